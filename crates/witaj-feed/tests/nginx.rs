//! The production shape: a feed folder built by the publisher, served by
//! nginx from Debian on loopback, synced twice (the second time costs one
//! conditional request and no body).

mod common;

use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{build, catalog, keys, options, runtime};
use witaj_feed::{Source, SyncStatus};

struct Nginx(Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_nginx(root: &Path, work: &Path) -> (Nginx, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let config = format!(
        "daemon off;\nworker_processes 1;\npid {work}/nginx.pid;\nerror_log {work}/error.log;\nevents {{ worker_connections 64; }}\n\
         http {{\n  access_log {work}/access.log;\n  client_body_temp_path {work}/body;\n  proxy_temp_path {work}/proxy;\n\
         fastcgi_temp_path {work}/fastcgi;\n  uwsgi_temp_path {work}/uwsgi;\n  scgi_temp_path {work}/scgi;\n\
         types {{ application/json json; application/gzip gz; }}\n  etag on;\n\
         server {{ listen 127.0.0.1:{port}; root {root}; location / {{ }} }}\n}}\n",
        work = work.display(),
        root = root.display(),
    );
    let config_path = work.join("nginx.conf");
    std::fs::write(&config_path, config).expect("config written");
    let nginx = ["/usr/sbin/nginx", "nginx"]
        .into_iter()
        .find(|p| Path::new(p).exists() || *p == "nginx")
        .expect("nginx");
    let child = Command::new(nginx)
        .args([
            "-p",
            &work.display().to_string(),
            "-c",
            &config_path.display().to_string(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nginx starts (Debian package nginx-light)");
    let guard = Nginx(child);
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nginx listens on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    (guard, port)
}

#[test]
fn a_published_folder_served_by_nginx_syncs_and_then_costs_nothing() {
    let keys = keys();
    let feed = tempfile::tempdir().expect("temp");
    build(&keys, feed.path(), "Nginx", 500, 7);
    let work = tempfile::tempdir().expect("temp");
    let (_nginx, port) = start_nginx(feed.path(), work.path());
    let db = tempfile::tempdir().expect("temp");
    let db = db.path().join("catalog.sqlite");
    let source = Source::parse(&format!("http://127.0.0.1:{port}/")).expect("url");

    let mut catalog = catalog(&db);
    let first = runtime()
        .block_on(witaj_feed::sync(
            &mut catalog,
            &source,
            std::slice::from_ref(&keys.public),
            None,
            &options(),
        ))
        .expect("applies");
    assert_eq!(
        (first.status, first.services),
        (SyncStatus::Applied, Some(500))
    );
    let second = runtime()
        .block_on(witaj_feed::sync(
            &mut catalog,
            &source,
            std::slice::from_ref(&keys.public),
            None,
            &options(),
        ))
        .expect("current");
    assert_eq!(second.status, SyncStatus::Current);
    assert!(
        second.bytes_transferred <= 2048,
        "{}",
        second.bytes_transferred
    );
    let log = std::fs::read_to_string(work.path().join("access.log")).expect("access log");
    let last = log.lines().last().expect("a request was logged");
    assert!(
        last.contains("GET /manifest.json.minisig") && last.contains(" 200 "),
        "{last}"
    );
    assert!(!log.contains(" 304 "), "no conditional request:\n{log}");
    assert!(
        !log.contains('?') && !log.to_lowercase().contains("cookie"),
        "requests carry no query or identifier:\n{log}"
    );
    println!(
        "first sync: {} bytes; unchanged sync: 1 request, {} body bytes (nginx: {last})",
        first.bytes_transferred, second.bytes_transferred
    );
}
