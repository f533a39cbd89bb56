//! Where a feed's files come from: a web server (any static host) or a
//! local folder (a USB stick). Every read is capped in size and time.

use std::path::PathBuf;
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::header::{CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};

use crate::FeedError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The folder's URL; files are fetched relative to it.
    Http(url::Url),
    Dir(PathBuf),
}

/// One file's bytes, or word that it has not changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fetched {
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
        last_modified: Option<String>,
    },
    NotModified,
}

/// The validators of a previous response, for a conditional request.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Conditional<'a> {
    pub(crate) etag: Option<&'a str>,
    pub(crate) last_modified: Option<&'a str>,
}

impl Source {
    /// `http://` and `https://` are web sources; anything else is a folder.
    pub fn parse(text: &str) -> Result<Self, FeedError> {
        if text.starts_with("http://") || text.starts_with("https://") {
            let mut url = url::Url::parse(text).map_err(|e| FeedError::Offline {
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

    /// How the source is remembered, to match stored validators to it.
    pub fn label(&self) -> String {
        match self {
            Source::Http(url) => url.to_string(),
            Source::Dir(path) => path.display().to_string(),
        }
    }

    /// Reads `name` (already checked to be a safe file name) with at most
    /// `cap` bytes accepted.
    pub(crate) async fn fetch(
        &self,
        client: &reqwest::Client,
        name: &str,
        cap: u64,
        timeout: Duration,
        conditional: Conditional<'_>,
        expect_json: bool,
    ) -> Result<Fetched, FeedError> {
        match self {
            Source::Dir(dir) => read_capped(&dir.join(name), cap).map(|bytes| Fetched::Body {
                bytes,
                etag: None,
                last_modified: None,
            }),
            Source::Http(base) => {
                let url = base.join(name).map_err(|e| FeedError::Offline {
                    url: base.to_string(),
                    detail: e.to_string(),
                })?;
                fetch_http(client, url, cap, timeout, conditional, expect_json).await
            }
        }
    }
}

/// Reads a file, refusing it as soon as it passes `cap` bytes.
pub(crate) fn read_capped(path: &std::path::Path, cap: u64) -> Result<Vec<u8>, FeedError> {
    use std::io::Read;
    let io = |source| FeedError::Io {
        action: "read",
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
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

/// A shared HTTP client: no cookies, no identifiers, nothing about the
/// reader in any request.
pub(crate) fn http_client(connect_timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .user_agent(concat!("witaj/", env!("CARGO_PKG_VERSION")))
        .redirect(reqwest::redirect::Policy::limited(5))
        .build()
        .expect("a client with static settings builds")
}

async fn fetch_http(
    client: &reqwest::Client,
    url: url::Url,
    cap: u64,
    timeout: Duration,
    conditional: Conditional<'_>,
    expect_json: bool,
) -> Result<Fetched, FeedError> {
    let shown = url.to_string();
    let mut request = client.get(url).timeout(timeout);
    if let Some(etag) = conditional.etag {
        request = request.header(IF_NONE_MATCH, etag);
    }
    if let Some(modified) = conditional.last_modified {
        request = request.header(IF_MODIFIED_SINCE, modified);
    }
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
    let response = request.send().await.map_err(network)?;
    let status = response.status().as_u16();
    match status {
        304 => return Ok(Fetched::NotModified),
        200 => {}
        204 | 511 => return Err(FeedError::CaptivePortal { url: shown }),
        _ => return Err(FeedError::HttpStatus { url: shown, status }),
    }
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let (etag, last_modified) = (header(ETAG), header(LAST_MODIFIED));
    let is_html =
        header(CONTENT_TYPE).is_some_and(|t| t.to_ascii_lowercase().contains("text/html"));
    if expect_json && is_html {
        return Err(FeedError::CaptivePortal { url: shown });
    }
    if response
        .content_length()
        .is_some_and(|declared| declared > cap)
    {
        return Err(FeedError::TooLarge {
            what: shown,
            limit: cap,
        });
    }
    let declared = response.content_length();
    let mut bytes = Vec::new();
    let mut stream = response.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| match declared {
            // The connection broke mid-body: the file arrived cut short.
            Some(expected) if !e.is_timeout() => FeedError::Truncated {
                what: shown.clone(),
                got: bytes.len() as u64,
                expected,
            },
            _ => network(e),
        })?;
        if bytes.len() as u64 + chunk.len() as u64 > cap {
            return Err(FeedError::TooLarge {
                what: shown,
                limit: cap,
            });
        }
        bytes.extend_from_slice(&chunk);
    }
    if expect_json && bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') {
        return Err(FeedError::CaptivePortal { url: shown });
    }
    Ok(Fetched::Body {
        bytes,
        etag,
        last_modified,
    })
}
