//! Every city's HSDS export checked by the tools the HSDS specification's
//! own CI uses: each `service` object against `schema/compiled/service.json`
//! compiled with additional properties forbidden everywhere
//! (compiletojsonschema + check-jsonschema), and the tabular export with
//! `frictionless validate`, against Witaj's descriptor and against the
//! specification's own Data Package. The tools come from PyPI, pinned in
//! tests/hsds/requirements.txt, in target/hsds-venv (`./scripts/test`
//! creates it).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Instant;

use serde_json::Value;
use witaj_model::CityId;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn specification() -> PathBuf {
    let path = repository().join("../shared/standards/hsds-3.0");
    assert!(
        path.join("schema/compiled/service.json").is_file(),
        "the HSDS 3.0 specification is expected in {}",
        path.display()
    );
    path
}

/// A validator from the virtual environment, or a failure saying how to
/// make it: a missing validator must never pass silently.
fn tool(name: &str) -> PathBuf {
    let path = repository().join("target/hsds-venv/bin").join(name);
    assert!(
        path.is_file(),
        "{} is missing: create the HSDS validators with `bash -c 'source scripts/lib/deps.sh && ensure_hsds_venv'` (./scripts/test does it)",
        path.display()
    );
    path
}

fn run(program: &Path, args: &[&Path]) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("{} runs: {error}", program.display()))
}

fn assert_valid(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} is not valid:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn witaj(args: &[&str]) {
    let output = Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(args)
        .output()
        .expect("witaj runs");
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

#[test]
fn every_city_validates_strictly_as_json_and_as_tables() {
    let started = Instant::now();
    let specification = specification();
    let dir = tempfile::tempdir().expect("temp");

    let compiled = run(
        &tool("compiletojsonschema"),
        &[
            Path::new("--set-additional-properties-false-everywhere"),
            &specification.join("schema/compiled/service.json"),
        ],
    );
    assert_valid("compiletojsonschema's run", &compiled);
    let strict = dir.path().join("strict-service.json");
    std::fs::write(&strict, &compiled.stdout).expect("write the strict schema");

    // check-jsonschema reads one instance per file: one file per service.
    let mut instances = Vec::new();
    let mut counts = Vec::new();
    for city in CityId::ALL {
        let export = dir.path().join(format!("{city}.json"));
        witaj(&[
            "hsds",
            "export",
            "--city",
            city.as_str(),
            "--out",
            text(&export),
        ]);
        let services: Vec<Value> =
            serde_json::from_slice(&std::fs::read(&export).expect("exported")).expect("JSON");
        assert!(!services.is_empty(), "{city} exports its services");
        for (i, service) in services.iter().enumerate() {
            let path = dir.path().join(format!("{city}-{i}.json"));
            std::fs::write(&path, service.to_string()).expect("write a service");
            instances.push(path);
        }
        counts.push((city, services.len()));
    }
    let mut args: Vec<&Path> = vec![Path::new("--schemafile"), &strict];
    args.extend(instances.iter().map(PathBuf::as_path));
    assert_valid("the JSON export", &run(&tool("check-jsonschema"), &args));

    let frictionless = tool("frictionless");
    std::thread::scope(|scope| {
        for (city, _) in &counts {
            let (frictionless, dir) = (&frictionless, dir.path());
            scope.spawn(move || {
                let tables = dir.join(format!("{city}-tables"));
                witaj(&[
                    "hsds",
                    "export",
                    "--city",
                    city.as_str(),
                    "--lang",
                    "uk",
                    "--format",
                    "tabular",
                    "--out",
                    text(&tables),
                ]);
                assert_valid(
                    &format!("{city}'s tabular export"),
                    &run(
                        frictionless,
                        &[Path::new("validate"), &tables.join("datapackage.json")],
                    ),
                );
            });
        }
    });

    // All cities in one package: ids stay unique across cities, and the
    // tables read as the specification's own Data Package describes them
    // (with its tables Witaj does not write present and empty).
    let tables = dir.path().join("all-tables");
    witaj(&[
        "hsds",
        "export",
        "--format",
        "tabular",
        "--out",
        text(&tables),
    ]);
    assert_valid(
        "the all-city tabular export",
        &run(
            &frictionless,
            &[Path::new("validate"), &tables.join("datapackage.json")],
        ),
    );
    let official_text =
        std::fs::read_to_string(specification.join("datapackage.json")).expect("the descriptor");
    let official: Value = serde_json::from_str(&official_text).expect("JSON");
    for resource in official["resources"].as_array().expect("resources") {
        let path = tables.join(resource["path"].as_str().expect("a path"));
        if !path.exists() {
            let header: Vec<&str> = resource["schema"]["fields"]
                .as_array()
                .expect("fields")
                .iter()
                .filter_map(|f| f["name"].as_str())
                .collect();
            std::fs::write(&path, header.join(",") + "\n").expect("an empty table");
        }
    }
    std::fs::write(tables.join("datapackage.json"), official_text).expect("the descriptor");
    assert_valid(
        "the all-city tabular export, read with the HSDS Data Package,",
        &run(
            &frictionless,
            &[Path::new("validate"), &tables.join("datapackage.json")],
        ),
    );

    let total: usize = counts.iter().map(|(_, n)| n).sum();
    for (city, count) in &counts {
        println!("{city}: {count} of {count} services valid (JSON and tables)");
    }
    println!(
        "all {total} services valid; validation took {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
