//! `witaj hsds export` and `witaj hsds import` as staff and scripts use
//! them: through the catalog, into content files that `witaj content lint`
//! accepts, with errors that say where the input is wrong.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use witaj_model::{CityId, Service};

fn witaj(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_witaj"))
        .args(args)
        .output()
        .expect("witaj runs")
}

fn succeeds(args: &[&str]) -> String {
    let output = witaj(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn examples() -> PathBuf {
    repository().join("../shared/standards/hsds-3.0/examples")
}

/// The bundled services, as the content files compile, in id order.
fn bundled() -> Vec<Service> {
    let mut services = witaj_content::compile(&repository().join("content"))
        .expect("content compiles")
        .services;
    services.sort_by(|a, b| a.id.cmp(&b.id));
    services
}

#[test]
fn export_is_one_language_with_stable_unique_ids() {
    let dir = tempfile::tempdir().expect("temp");
    let export = |name: &str| -> Value {
        let out = dir.path().join(name);
        succeeds(&[
            "hsds",
            "export",
            "--lang",
            "uk",
            "--city",
            "krakow",
            "--out",
            text(&out),
        ]);
        serde_json::from_slice(&std::fs::read(out).expect("written")).expect("JSON")
    };
    let exported = export("first.json");
    let services = exported.as_array().expect("an array");
    let krakow = bundled().into_iter().filter(|s| s.city == CityId::Krakow);
    assert_eq!(services.len(), krakow.count());
    let ids: std::collections::BTreeSet<&str> =
        services.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids.len(), services.len());
    let housing = services
        .iter()
        .find(|s| s["alternate_name"] == "Wydział Mieszkalnictwa – Referat Pomocy Mieszkaniowej")
        .expect("the housing office");
    assert!(
        housing["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("Відділ житлового"))
    );
    assert_eq!(housing["schedules"][0]["byday"], "MO");
    assert_eq!(
        export("second.json"),
        exported,
        "ids are stable across runs"
    );
}

#[test]
fn every_city_round_trips_into_files_lint_accepts() {
    let dir = tempfile::tempdir().expect("temp");
    let round_trip = |city: CityId, format: &str| -> Vec<Service> {
        let exported = dir.path().join(format!("{city}-{format}"));
        let content = dir.path().join(format!("{city}-{format}-content"));
        succeeds(&[
            "hsds",
            "export",
            "--city",
            city.as_str(),
            "--lang",
            "ar",
            "--format",
            format,
            "--out",
            text(&exported),
        ]);
        let imported = succeeds(&[
            "hsds",
            "import",
            text(&exported),
            "--city",
            city.as_str(),
            "--out",
            text(&content),
        ]);
        assert!(imported.ends_with(" passes: 0\n"), "{imported}");
        assert!(!imported.contains("warning"), "{city} {format}: {imported}");
        succeeds(&["content", "lint", text(&content)]);
        let mut compiled = witaj_content::compile(&content)
            .expect("the written files compile")
            .services;
        compiled.sort_by(|a, b| a.id.cmp(&b.id));
        compiled
    };
    let bundled = bundled();
    std::thread::scope(|scope| {
        for city in CityId::ALL {
            let (round_trip, bundled) = (&round_trip, &bundled);
            scope.spawn(move || {
                let expected: Vec<&Service> = bundled.iter().filter(|s| s.city == city).collect();
                for format in ["json", "tabular"] {
                    let compiled = round_trip(city, format);
                    assert_eq!(
                        compiled.iter().collect::<Vec<_>>(),
                        expected,
                        "{city} {format}"
                    );
                }
            });
        }
    });
}

#[test]
fn export_from_a_database_reads_the_catalog() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("catalog.sqlite");
    succeeds(&[
        "content",
        "build",
        text(&repository().join("content")),
        "--out",
        text(&db),
    ]);
    let out = dir.path().join("gdansk.json");
    succeeds(&[
        "hsds",
        "export",
        "--db",
        text(&db),
        "--city",
        "gdansk",
        "--out",
        text(&out),
    ]);
    let exported: Vec<Value> =
        serde_json::from_slice(&std::fs::read(out).expect("written")).expect("JSON");
    let gdansk = bundled()
        .into_iter()
        .filter(|s| s.city == CityId::Gdansk)
        .count();
    assert_eq!(exported.len(), gdansk);
}

#[test]
fn tabular_export_is_a_data_package_of_hsds_tables() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("tables");
    let said = succeeds(&["hsds", "export", "--format", "tabular", "--out", text(&out)]);
    let all = bundled().len();
    assert_eq!(
        said,
        format!("{all} services written to {}\n", out.display())
    );
    let descriptor: Value =
        serde_json::from_slice(&std::fs::read(out.join("datapackage.json")).expect("a descriptor"))
            .expect("JSON");
    let resources = descriptor["resources"].as_array().expect("resources");
    for resource in resources {
        let path = out.join(resource["path"].as_str().expect("a path"));
        let header = std::fs::read_to_string(&path)
            .expect("each resource is written")
            .lines()
            .next()
            .map(str::to_owned)
            .expect("a header");
        let columns: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .filter_map(|f| f["name"].as_str())
            .collect();
        assert_eq!(header, columns.join(","), "{}", path.display());
    }
    let services = std::fs::read_to_string(out.join("services.csv")).expect("services");
    assert_eq!(services.lines().count(), all + 1);
}

#[test]
fn foreign_data_imports_with_what_staff_must_add() {
    let dir = tempfile::tempdir().expect("temp");
    let said = succeeds(&[
        "hsds",
        "import",
        text(&examples().join("service_full.json")),
        "--city",
        "lublin",
        "--lang",
        "en",
        "--out",
        text(dir.path()),
    ]);
    let file = dir
        .path()
        .join("lublin/services/community-counselling.toml");
    assert!(
        said.contains(&format!("wrote {}", file.display())),
        "{said}"
    );
    assert!(
        said.contains("service_full.json:1: category: HSDS gives no Witaj category"),
        "{said}"
    );
    assert!(said.ends_with(" passes: 5\n"), "{said}");
    let written = std::fs::read_to_string(&file).expect("the file");
    assert!(written.starts_with("id = \"lublin-community-counselling\"\ncategory = \"\"\n"));
    let lint = witaj(&["content", "lint", text(dir.path())]);
    assert!(!lint.status.success());
    assert!(
        String::from_utf8_lossy(&lint.stdout)
            .contains("community-counselling.toml:2: category: unknown category ``")
    );
}

#[test]
fn malformed_input_fails_with_file_line_and_field() {
    let dir = tempfile::tempdir().expect("temp");
    let check = |name: &str, content: &str, expected: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, content).expect("write");
        let output = witaj(&[
            "hsds",
            "import",
            text(&path),
            "--city",
            "gdansk",
            "--out",
            text(&dir.path().join("out")),
        ]);
        assert!(!output.status.success(), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            format!("witaj: error: {}{expected}\n", path.display()),
            "{name}"
        );
        assert!(!dir.path().join("out").exists(), "nothing is written");
    };
    check(
        "truncated.json",
        "[\n  {\"id\": \"a\",\n",
        ":3:0: not JSON: EOF while parsing an object",
    );
    check(
        "wrong-type.json",
        "[\n {\"id\": \"a\", \"name\": \"A\", \"status\": \"active\"},\n {\"id\": \"b\", \"name\": \"B\", \"status\": \"active\",\n  \"phones\": [{\"id\": \"p\", \"number\": 5}]}\n]\n",
        ":4: [1].phones[0].number: invalid type: integer `5`, expected a string",
    );
    check(
        "scalar.json",
        "42",
        ": expected an HSDS service, an array of services, an HSDS API page (contents), an organization with services or a service_at_location with its service; found a number",
    );
    let package = dir.path().join("package");
    std::fs::create_dir(&package).expect("mkdir");
    std::fs::write(
        package.join("services.csv"),
        "id,organization_id,name,status\n1,o,A,active\n2,o,B,active,extra\n",
    )
    .expect("write");
    let output = witaj(&[
        "hsds",
        "import",
        text(&package),
        "--city",
        "gdansk",
        "--out",
        text(&dir.path().join("out")),
    ]);
    assert!(!output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "witaj: error: {}:3: row: has 5 cells where the header has 4\n",
            package.join("services.csv").display()
        )
    );
}

#[test]
fn export_needs_somewhere_to_write() {
    let output = witaj(&["hsds", "export", "--city", "krakow"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--out <PATH>"));
}
