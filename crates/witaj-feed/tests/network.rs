//! Sync against a real HTTP server on loopback that misbehaves on purpose:
//! every fault ends in a clean, specific outcome, within bounded time and
//! memory, with the catalog unchanged.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{CITY, build, catalog, keys, options, runtime};
use witaj_feed::{FeedError, Source, SyncReport, SyncStatus, content_hash, sha256_hex};

/// Serves `root` at `/<mode>/<file>`, with a fault chosen by `<mode>`.
struct FaultServer {
    port: u16,
    requests: Arc<AtomicUsize>,
}

fn read_request(stream: &mut TcpStream) -> Option<(String, Vec<String>)> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let path = line.split_whitespace().nth(1)?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        if header.trim().is_empty() {
            break;
        }
        headers.push(header.trim().to_ascii_lowercase());
    }
    Some((path, headers))
}

fn respond(stream: &mut TcpStream, status: &str, headers: &[String], body: &[u8]) {
    let mut head = format!("HTTP/1.1 {status}\r\nConnection: close\r\n");
    for header in headers {
        head.push_str(header);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

fn handle(mut stream: TcpStream, root: &Path, counter: &AtomicUsize) {
    let Some((path, headers)) = read_request(&mut stream) else {
        return;
    };
    let attempt = counter.fetch_add(1, Ordering::SeqCst);
    let mut parts = path.trim_start_matches('/').splitn(2, '/');
    let (mode, file) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let body = std::fs::read(root.join(file)).unwrap_or_default();
    let etag = format!("\"{}\"", &sha256_hex(&body)[..16]);
    let is_payload = file.ends_with(".json.gz");
    let ok = |stream: &mut TcpStream, body: &[u8]| {
        respond(
            stream,
            "200 OK",
            &[
                format!("Content-Length: {}", body.len()),
                format!("ETag: {etag}"),
                "Content-Type: application/octet-stream".to_owned(),
            ],
            body,
        );
    };
    match mode {
        // Every answer carries an ETag, as a tracking host would; a request
        // that sends one back (or any validator) is refused.
        "ok" => {
            if headers
                .iter()
                .any(|h| h.starts_with("if-none-match:") || h.starts_with("if-modified-since:"))
            {
                respond(&mut stream, "400 Bad Request", &[], b"");
            } else {
                ok(&mut stream, &body);
            }
        }
        "not-modified" => {
            respond(
                &mut stream,
                "304 Not Modified",
                &[format!("ETag: {etag}")],
                b"",
            );
        }
        "truncated" if is_payload => {
            respond(
                &mut stream,
                "200 OK",
                &[format!("Content-Length: {}", body.len())],
                &body[..body.len() / 2],
            );
        }
        "short-length" if is_payload => {
            respond(
                &mut stream,
                "200 OK",
                &[format!("Content-Length: {}", body.len() / 2)],
                &body,
            );
        }
        "long-length" if is_payload => {
            respond(
                &mut stream,
                "200 OK",
                &[format!("Content-Length: {}", body.len() * 2)],
                &body,
            );
        }
        "endless" if is_payload => {
            respond(
                &mut stream,
                "200 OK",
                &["Transfer-Encoding: chunked".to_owned()],
                b"",
            );
            let chunk = vec![b'x'; 64 * 1024];
            let framed = [
                format!("{:x}\r\n", chunk.len()).into_bytes(),
                chunk,
                b"\r\n".to_vec(),
            ]
            .concat();
            while stream.write_all(&framed).is_ok() {}
        }
        "trickle" if is_payload => {
            respond(
                &mut stream,
                "200 OK",
                &[format!("Content-Length: {}", body.len())],
                b"",
            );
            for byte in &body {
                if stream.write_all(&[*byte]).is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(300));
            }
        }
        "reset" => drop(stream),
        "flaky" if attempt < 2 => respond(
            &mut stream,
            "503 Service Unavailable",
            &["Content-Length: 0".to_owned()],
            b"",
        ),
        "flaky" => ok(&mut stream, &body),
        "always-503" => respond(
            &mut stream,
            "503 Service Unavailable",
            &["Content-Length: 0".to_owned()],
            b"",
        ),
        "error-500" => respond(
            &mut stream,
            "500 Internal Server Error",
            &["Content-Length: 0".to_owned()],
            b"",
        ),
        "missing" => respond(
            &mut stream,
            "404 Not Found",
            &["Content-Length: 0".to_owned()],
            b"",
        ),
        "portal" => {
            let page = b"<!doctype html><html><body><form>Log in to Free WiFi</form></body></html>";
            respond(
                &mut stream,
                "200 OK",
                &[
                    format!("Content-Length: {}", page.len()),
                    "Content-Type: text/html".to_owned(),
                ],
                page,
            );
        }
        "portal-untyped" => {
            let page = b"  <html><body>Accept the terms to continue</body></html>";
            respond(
                &mut stream,
                "200 OK",
                &[format!("Content-Length: {}", page.len())],
                page,
            );
        }
        "redirect" => respond(
            &mut stream,
            "302 Found",
            &[
                "Location: /portal/login".to_owned(),
                "Content-Length: 0".to_owned(),
            ],
            b"",
        ),
        // A redirect to the same file on this server, or on another port.
        "same-origin" => respond(
            &mut stream,
            "302 Found",
            &[
                format!("Location: /ok/{file}"),
                "Content-Length: 0".to_owned(),
            ],
            b"",
        ),
        other if other.starts_with("to-") => respond(
            &mut stream,
            "302 Found",
            &[
                format!("Location: http://127.0.0.1:{}/ok/{file}", &other[3..]),
                "Content-Length: 0".to_owned(),
            ],
            b"",
        ),
        "no-content" => respond(&mut stream, "204 No Content", &[], b""),
        "auth-required" => respond(
            &mut stream,
            "511 Network Authentication Required",
            &["Content-Length: 0".to_owned()],
            b"",
        ),
        "huge-manifest" if file == "manifest.json" => {
            respond(
                &mut stream,
                "200 OK",
                &[format!("Content-Length: {}", 10 * 1024 * 1024)],
                b"{",
            );
        }
        _ => ok(&mut stream, &body),
    }
}

impl FaultServer {
    fn start(root: PathBuf) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let port = listener.local_addr().expect("address").port();
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, counter) = (root.clone(), Arc::clone(&counter));
                std::thread::spawn(move || handle(stream, &root, &counter));
            }
        });
        Self { port, requests }
    }

    fn url(&self, mode: &str) -> String {
        format!("http://127.0.0.1:{}/{mode}/", self.port)
    }
}

struct Setup {
    _keys_dir: tempfile::TempDir,
    key: witaj_feed::PublicKey,
    _feed: tempfile::TempDir,
    _db_dir: tempfile::TempDir,
    db: PathBuf,
    server: FaultServer,
}

fn setup() -> Setup {
    let keys = keys();
    let feed = tempfile::tempdir().expect("temp");
    build(&keys, feed.path(), "Net", 300, 50);
    let db_dir = tempfile::tempdir().expect("temp");
    let db = db_dir.path().join("catalog.sqlite");
    let server = FaultServer::start(feed.path().to_owned());
    Setup {
        key: keys.public,
        _keys_dir: keys.dir,
        _feed: feed,
        _db_dir: db_dir,
        db,
        server,
    }
}

fn sync(setup: &Setup, mode: &str) -> (Result<SyncReport, FeedError>, Duration) {
    let mut catalog = catalog(&setup.db);
    let source = Source::parse(&setup.server.url(mode)).expect("url");
    let started = Instant::now();
    let result = runtime().block_on(witaj_feed::sync(
        &mut catalog,
        &source,
        std::slice::from_ref(&setup.key),
        None,
        &options(),
    ));
    (result, started.elapsed())
}

#[test]
fn every_fault_has_a_clean_outcome_and_leaves_the_catalog_alone() {
    let setup = setup();
    let before = content_hash(&catalog(&setup.db), CITY).expect("hash");
    let cases = [
        ("truncated", "truncated"),
        ("short-length", "truncated"),
        ("long-length", "too-large"),
        ("endless", "too-large"),
        ("trickle", "timeout"),
        ("reset", "offline"),
        ("always-503", "http-status"),
        ("error-500", "http-status"),
        ("missing", "http-status"),
        ("portal", "captive-portal"),
        ("portal-untyped", "captive-portal"),
        ("redirect", "captive-portal"),
        ("no-content", "captive-portal"),
        ("auth-required", "captive-portal"),
        ("huge-manifest", "too-large"),
    ];
    for (mode, expected) in cases {
        let (result, took) = sync(&setup, mode);
        let error = result.expect_err(mode);
        assert_eq!(error.code(), expected, "{mode}: {error}");
        assert!(took < Duration::from_secs(20), "{mode} took {took:?}");
        println!("{mode:<15} → {expected:<15} in {took:?}");
    }
    assert_eq!(
        content_hash(&catalog(&setup.db), CITY).expect("hash"),
        before,
        "no fault changed the catalog"
    );
    println!(
        "{} fault cases, {} requests served",
        cases.len(),
        setup.server.requests.load(Ordering::SeqCst)
    );
}

#[test]
fn retries_ride_out_a_flaky_server() {
    let setup = setup();
    let (result, _) = sync(&setup, "flaky");
    let report = result.expect("the third attempt succeeds");
    assert_eq!(
        (report.status, report.services),
        (SyncStatus::Applied, Some(300))
    );
}

#[test]
fn an_unchanged_feed_costs_two_small_requests_and_echoes_no_server_token() {
    let setup = setup();
    let (first, _) = sync(&setup, "ok");
    let first = first.expect("applies");
    assert_eq!(first.status, SyncStatus::Applied);
    let served = setup.server.requests.load(Ordering::SeqCst);
    let (second, _) = sync(&setup, "ok");
    let second = second.expect("current: no ETag from the first answer was sent back");
    assert_eq!(second.status, SyncStatus::Current);
    assert_eq!(
        setup.server.requests.load(Ordering::SeqCst) - served,
        2,
        "two requests: the manifest and its signature"
    );
    assert!(
        second.bytes_transferred <= 2048,
        "{} bytes for an unchanged feed",
        second.bytes_transferred
    );
    println!(
        "first sync {} bytes; unchanged sync {} body bytes in 1 request",
        first.bytes_transferred, second.bytes_transferred
    );
}

#[test]
fn a_not_modified_answer_is_not_trusted() {
    let setup = setup();
    let (result, _) = sync(&setup, "not-modified");
    assert_eq!(
        result.expect_err("an unsigned 'nothing changed'").code(),
        "http-status"
    );
}

#[test]
fn an_expired_feed_served_again_stays_expired() {
    let setup = setup();
    sync(&setup, "ok").0.expect("applies");
    let mut later = options();
    later.now = common::now() + chrono::Duration::days(31);
    let mut catalog = catalog(&setup.db);
    let source = Source::parse(&setup.server.url("ok")).expect("url");
    let result = runtime().block_on(witaj_feed::sync(
        &mut catalog,
        &source,
        std::slice::from_ref(&setup.key),
        None,
        &later,
    ));
    assert_eq!(
        result.expect_err("the same feed, now expired").code(),
        "expired"
    );
}

#[test]
fn redirects_stay_on_the_feed_origin() {
    let setup = setup();
    let other = FaultServer::start(setup._feed.path().to_owned());
    let (elsewhere, _) = sync(&setup, &format!("to-{}", other.port));
    assert_eq!(
        elsewhere.expect_err("a redirect to another port").code(),
        "http-status"
    );
    assert_eq!(
        other.requests.load(Ordering::SeqCst),
        0,
        "the other host was never asked"
    );
    let (same, _) = sync(&setup, "same-origin");
    assert_eq!(
        same.expect("a redirect within the origin").status,
        SyncStatus::Applied
    );
}
