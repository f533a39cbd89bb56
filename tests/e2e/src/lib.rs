//! Harness for end-to-end tests: starts Xvfb (when there is no display) and
//! tauri-driver, opens a WebDriver session on the built app, and stops every
//! process it started by its process id.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

/// A process that is killed and reaped when dropped.
#[derive(Debug)]
pub struct Guard(Child);

impl Drop for Guard {
    /// Asks the process to stop (so Xvfb removes its socket and lock), and
    /// kills it if it has not stopped within a few seconds.
    fn drop(&mut self) {
        let pid = self.0.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Everything one test run needs; dropping it stops the app, the driver and
/// the display.
#[derive(Debug)]
pub struct App {
    pub client: Client,
    pub shots: PathBuf,
    pub started: Instant,
    _driver: Guard,
    _display: Option<Guard>,
    _data: tempfile::TempDir,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root exists")
}

fn wait_for_port(port: u16, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts Xvfb on a display it chooses itself (`-displayfd`), unless there
/// is a display already.
fn start_display() -> Option<(Guard, String)> {
    use std::io::{BufRead, BufReader};
    if std::env::var_os("DISPLAY").is_some() {
        return None;
    }
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts (package xvfb)");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("piped stdout");
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("Xvfb reports its display");
    let number = line.trim().to_owned();
    assert!(
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
        "Xvfb display: {line:?}"
    );
    Some((Guard(child), format!(":{number}")))
}

fn tauri_driver() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .expect("HOME is set");
    let installed = home.join("bin/tauri-driver");
    if installed.exists() {
        installed
    } else {
        PathBuf::from("tauri-driver")
    }
}

impl App {
    /// Launches the app (the debug build, or the one `WITAJ_E2E_APP` names,
    /// such as `target/release/witaj-app`) with an empty data folder.
    pub async fn launch(test: &str) -> App {
        Self::launch_with(test, &[]).await
    }

    /// Like [`launch`](Self::launch), with extra environment for the app.
    pub async fn launch_with(test: &str, env: &[(&str, &str)]) -> App {
        Self::launch_in(test, env, tempfile::tempdir().expect("temp data dir")).await
    }

    /// Closes the app and keeps its data folder, to start it again as a
    /// reader would (settings and catalog already there).
    pub async fn close_keeping_data(self) -> tempfile::TempDir {
        let App { client, _data, .. } = self;
        let _ = client.close().await;
        _data
    }

    /// Launches the app on an existing data folder.
    pub async fn launch_in(test: &str, env: &[(&str, &str)], data: tempfile::TempDir) -> App {
        let root = workspace_root();
        let binary = std::env::var_os("WITAJ_E2E_APP")
            .map(PathBuf::from)
            .map(|path| {
                if path.is_absolute() {
                    path
                } else {
                    root.join(path)
                }
            })
            .unwrap_or_else(|| root.join("target/debug/witaj-app"));
        assert!(
            binary.exists(),
            "build the app first: cargo build -p witaj-app ({})",
            binary.display()
        );
        let shots = root.join("test-output/e2e").join(test);
        std::fs::create_dir_all(&shots).expect("screenshot folder");
        let display = start_display();
        let port = free_port();
        let native_port = free_port();
        let mut driver = Command::new(tauri_driver());
        driver
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("XDG_DATA_HOME", data.path().join("data"))
            .env("XDG_CONFIG_HOME", data.path().join("config"))
            .env("XDG_CACHE_HOME", data.path().join("cache"))
            .env("LANG", "en_US.UTF-8")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some((_, name)) = &display {
            driver.env("DISPLAY", name);
        }
        let driver = Guard(
            driver
                .spawn()
                .expect("tauri-driver starts (cargo install tauri-driver)"),
        );
        assert!(
            wait_for_port(port, Duration::from_secs(20)),
            "tauri-driver listens on {port}"
        );
        let capabilities = serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": binary.to_string_lossy() }
        });
        let started = Instant::now();
        // tauri-driver listens before the WebKit driver behind it does; a
        // session asked for in between fails with a dropped connection.
        let mut attempts = 0;
        let client = loop {
            attempts += 1;
            match ClientBuilder::native()
                .capabilities(capabilities.as_object().expect("an object").clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(error) if attempts < 5 => {
                    eprintln!("WebDriver session, attempt {attempts}: {error}; retrying");
                    tokio::time::sleep(Duration::from_millis(500 * attempts)).await;
                }
                Err(error) => panic!("a WebDriver session on the app: {error}"),
            }
        };
        App {
            client,
            shots,
            started,
            _driver: driver,
            _display: display.map(|(guard, _)| guard),
            _data: data,
        }
    }

    /// Resident memory of the app's processes (the app and its WebKit
    /// helpers), by process name, in MiB.
    pub fn memory_by_process(&self) -> Vec<(String, f64)> {
        let mut found = Vec::new();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return found;
        };
        for entry in entries.flatten() {
            let dir = entry.path();
            let Ok(name) = std::fs::read_to_string(dir.join("comm")) else {
                continue;
            };
            let name = name.trim().to_owned();
            if !(name.starts_with("witaj-app") || name.starts_with("WebKit")) {
                continue;
            }
            let rss = std::fs::read_to_string(dir.join("status"))
                .ok()
                .and_then(|status| {
                    status
                        .lines()
                        .find_map(|l| l.strip_prefix("VmRSS:"))
                        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
                });
            if let Some(kib) = rss {
                found.push((name, kib / 1024.0));
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
    }

    /// Saves a screenshot after the page has had time to paint.
    pub async fn shot(&self, name: &str) {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(self.shots.join(format!("{name}.png")), png).expect("screenshot written");
    }

    pub async fn wait_css(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("element {css} did not appear: {e}"))
    }

    /// Waits for the element `css` names and clicks it.
    pub async fn click(&self, css: &str) {
        self.wait_css(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {css} failed: {e}"));
    }

    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, Vec::new())
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Waits until `script` returns `expected`.
    pub async fn wait_eval(&self, script: &str, expected: serde_json::Value) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let value = self.eval(script).await;
            if value == expected {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{script} returned {value}, expected {expected}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// axe-core's violations on the current screen, one line each (axe-core
    /// from `ui/node_modules`, loaded into the page once).
    pub async fn axe_violations(&self) -> Vec<String> {
        if self.eval("return typeof window.axe").await != serde_json::json!("object") {
            let source = std::fs::read_to_string(
                workspace_root().join("ui/node_modules/axe-core/axe.min.js"),
            )
            .expect("axe-core is installed (npm ci in ui/)");
            self.client
                .execute(&format!("{source}\nreturn typeof window.axe;"), Vec::new())
                .await
                .expect("axe-core loads");
        }
        let found = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))
                    .catch(e => done(['axe failed: ' + e]));",
                Vec::new(),
            )
            .await
            .expect("axe runs");
        serde_json::from_value(found).expect("a list of violations")
    }

    pub async fn close(self) {
        let App { client, .. } = self;
        let _ = client.close().await;
    }
}

/// A static file server on loopback, in a thread: enough to serve a feed
/// folder to the app.
pub fn serve_folder(root: PathBuf) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut line = String::new();
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).map_or(true, |n| n == 0)
                    || header.trim().is_empty()
                {
                    break;
                }
            }
            let name = line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_owned();
            let safe = !name.contains("..") && !name.contains('/');
            match std::fs::read(root.join(&name)).ok().filter(|_| safe) {
                Some(body) => {
                    let _ = write!(
                        stream,
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(&body);
                }
                None => {
                    let _ = stream.write_all(
                        b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    );
                }
            }
        }
    });
    port
}

pub fn fixture(path: &str) -> PathBuf {
    workspace_root().join("tests/fixtures").join(path)
}
