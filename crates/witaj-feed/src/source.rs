//! Where a feed's files come from: a web server (any static host) or a
//! local folder (a USB stick). Every read is capped in size and time.
//!
//! Requests are never conditional: an `ETag` or `Last-Modified` chosen by
//! the server and sent back on every check would work as a cookie, and a
//! `304 Not Modified` would be an unsigned "nothing changed". A manifest is
//! a few hundred bytes, so fetching it each time costs less than that trust.

use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::header::CONTENT_TYPE;

use crate::FeedError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The folder's URL; files are fetched relative to it.
    Http(url::Url),
    Dir(PathBuf),
}

/// What kind of file is asked for: a manifest must be JSON (a web page in
/// its place is a Wi-Fi login page), other files are opaque bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expect {
    Json,
    Bytes,
}

impl Source {
    /// `http://` and `https://` are web sources; anything else is a folder.
    pub fn parse(text: &str) -> Result<Self, FeedError> {
        if text.starts_with("http://") || text.starts_with("https://") {
            let mut url = url::Url::parse(text).map_err(|e| FeedError::BadAddress {
                url: text.to_owned(),
                detail: e.to_string(),
            })?;
            if !url.path().ends_with('/') {
                url.set_path(&format!("{}/", url.path()));
            }
            Ok(Source::Http(url))
        } else {
            Ok(Source::Dir(PathBuf::from(text)))
        }
    }

    /// How the source is remembered in the catalog: the URL, or `folder`
    /// (a folder's path would name the reader and their USB stick).
    pub fn label(&self) -> String {
        match self {
            Source::Http(url) => url.to_string(),
            Source::Dir(_) => "folder".to_owned(),
        }
    }

    /// Reads `name` (already checked to be a safe file name) with at most
    /// `cap` bytes accepted and within `timeout`.
    pub(crate) async fn fetch(
        &self,
        client: &reqwest::Client,
        name: &str,
        cap: u64,
        timeout: Duration,
        expect: Expect,
    ) -> Result<Vec<u8>, FeedError> {
        match self {
            Source::Dir(dir) => {
                let path = dir.join(name);
                let shown = path.display().to_string();
                let read = tokio::task::spawn_blocking(move || read_capped(&path, cap));
                match tokio::time::timeout(timeout, read).await {
                    Ok(Ok(result)) => result,
                    Ok(Err(_)) => Err(FeedError::Io {
                        action: "read",
                        path: PathBuf::from(&shown),
                        source: std::io::Error::other("the reading task stopped"),
                    }),
                    Err(_) => Err(FeedError::Timeout {
                        url: shown,
                        seconds: timeout.as_secs(),
                    }),
                }
            }
            Source::Http(base) => {
                let url = base.join(name).map_err(|e| FeedError::BadAddress {
                    url: base.to_string(),
                    detail: e.to_string(),
                })?;
                fetch_http(client, url, cap, timeout, expect).await
            }
        }
    }
}

/// Reads a regular file, refusing it as soon as it passes `cap` bytes. A
/// symlink, FIFO or device is refused before it is opened for reading: a
/// FIFO on a USB stick would otherwise block the import forever.
pub(crate) fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, FeedError> {
    use std::io::Read;
    let io = |source| FeedError::Io {
        action: "read",
        path: path.to_owned(),
        source,
    };
    let kind = std::fs::symlink_metadata(path).map_err(io)?.file_type();
    if !kind.is_file() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a link, pipe or device is never read)",
        )));
    }
    let file = open_no_follow(path).map_err(io)?;
    if !file.metadata().map_err(io)?.is_file() {
        return Err(io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > cap {
        return Err(FeedError::TooLarge {
            what: path.display().to_string(),
            limit: cap,
        });
    }
    Ok(bytes)
}

/// Opens without following a final symlink and without blocking on a FIFO
/// that was swapped in after the type check.
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    options.open(path)
}

/// A shared HTTP client: no cookies, no identifiers, nothing about the
/// reader in any request; redirects only within the feed's own origin.
pub(crate) fn http_client(connect_timeout: Duration) -> reqwest::Client {
    let same_origin = reqwest::redirect::Policy::custom(|attempt| {
        let origin = attempt
            .previous()
            .first()
            .map(url::Url::origin)
            .filter(|_| attempt.previous().len() <= 5);
        match origin {
            Some(origin) if origin == attempt.url().origin() => attempt.follow(),
            _ => attempt.stop(),
        }
    });
    let builder = reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .user_agent(concat!("witaj/", env!("CARGO_PKG_VERSION")))
        .redirect(same_origin);
    #[cfg(not(debug_assertions))]
    let builder = builder.https_only(true);
    builder
        .build()
        .expect("a client with static settings builds")
}

async fn fetch_http(
    client: &reqwest::Client,
    url: url::Url,
    cap: u64,
    timeout: Duration,
    expect: Expect,
) -> Result<Vec<u8>, FeedError> {
    let shown = url.to_string();
    let network = |e: reqwest::Error| {
        if e.is_timeout() {
            FeedError::Timeout {
                url: shown.clone(),
                seconds: timeout.as_secs(),
            }
        } else {
            FeedError::Offline {
                url: shown.clone(),
                detail: e.to_string(),
            }
        }
    };
    let mut response = client
        .get(url)
        .timeout(timeout)
        .send()
        .await
        .map_err(network)?;
    let status = response.status().as_u16();
    match status {
        200 => {}
        204 | 511 => return Err(FeedError::CaptivePortal { url: shown }),
        _ => return Err(FeedError::HttpStatus { url: shown, status }),
    }
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.to_ascii_lowercase().contains("text/html"));
    if expect == Expect::Json && is_html {
        return Err(FeedError::CaptivePortal { url: shown });
    }
    let declared = response.content_length();
    if declared.is_some_and(|declared| declared > cap) {
        return Err(FeedError::TooLarge {
            what: shown,
            limit: cap,
        });
    }
    let mut bytes = Vec::new();
    loop {
        let chunk = response.chunk().await.map_err(|e| match declared {
            // The connection broke mid-body: the file arrived cut short.
            Some(expected) if !e.is_timeout() => FeedError::Truncated {
                what: shown.clone(),
                got: bytes.len() as u64,
                expected,
            },
            _ => network(e),
        })?;
        let Some(chunk) = chunk else { break };
        if bytes.len() as u64 + chunk.len() as u64 > cap {
            return Err(FeedError::TooLarge {
                what: shown,
                limit: cap,
            });
        }
        bytes.extend_from_slice(&chunk);
    }
    if expect == Expect::Json && bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') {
        return Err(FeedError::CaptivePortal { url: shown });
    }
    Ok(bytes)
}
