use std::path::PathBuf;

/// Why a feed was not applied. Every variant leaves the catalog untouched.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error("no connection to {url}: {detail}")]
    Offline { url: String, detail: String },
    #[error("{url} answered with a web page instead of a feed (a Wi-Fi login page?)")]
    CaptivePortal { url: String },
    #[error("{url} answered HTTP {status}")]
    HttpStatus { url: String, status: u16 },
    #[error("{url} took longer than {seconds} s")]
    Timeout { url: String, seconds: u64 },
    #[error("{what} is larger than the {limit} bytes allowed")]
    TooLarge { what: String, limit: u64 },
    #[error(
        "the feed has {services} services, {guides} guides and {notices} notices; a city's feed may have at most {limits:?}"
    )]
    TooMany {
        services: usize,
        guides: usize,
        notices: usize,
        limits: (usize, usize, usize),
    },
    #[error("{what} ended after {got} of {expected} bytes")]
    Truncated {
        what: String,
        got: u64,
        expected: u64,
    },
    #[error("the manifest signature does not verify with the pinned key: {detail}")]
    BadSignature { detail: String },
    #[error("the signed manifest is malformed: {detail}")]
    MalformedManifest { detail: String },
    #[error("feed format {found} is not supported (this app reads format {supported})")]
    UnsupportedFormat { found: u32, supported: u32 },
    #[error("this feed needs app version {needed} or newer")]
    AppTooOld { needed: String },
    #[error("the feed is for {found}, expected {expected}")]
    WrongCity { expected: String, found: String },
    #[error("feed version {offered} is older than the applied version {current}")]
    Rollback { offered: i64, current: i64 },
    #[error("feed version {offered} jumps implausibly far ahead (limit {limit})")]
    FastForward { offered: i64, limit: i64 },
    #[error("the feed expired at {expires}")]
    Expired { expires: String },
    #[error("the feed says it was issued at {issued}, later than this device's time allows")]
    NotYetValid { issued: String },
    #[error("the feed claims to stay valid for {days} days, more than the {limit} allowed")]
    ValidityTooLong { days: i64, limit: i64 },
    #[error("`{url}` is not a feed address: {detail}")]
    BadAddress { url: String, detail: String },
    #[error("payload {name} does not match the manifest: {detail}")]
    PayloadMismatch { name: String, detail: String },
    #[error("payload {name} is malformed: {detail}")]
    MalformedPayload { name: String, detail: String },
    #[error("payload content is invalid: {detail}")]
    InvalidPayload { detail: String },
    #[error("key file {path}: {detail}")]
    Key { path: PathBuf, detail: String },
    #[error("cannot {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Catalog(#[from] witaj_catalog::CatalogError),
}

impl FeedError {
    /// A stable reason code for scripts and the UI (`error-feed-<code>` in Fluent).
    pub fn code(&self) -> &'static str {
        match self {
            FeedError::Offline { .. } => "offline",
            FeedError::CaptivePortal { .. } => "captive-portal",
            FeedError::HttpStatus { .. } => "http-status",
            FeedError::Timeout { .. } => "timeout",
            FeedError::TooLarge { .. } | FeedError::TooMany { .. } => "too-large",
            FeedError::Truncated { .. } => "truncated",
            FeedError::BadSignature { .. } => "bad-signature",
            FeedError::MalformedManifest { .. } => "malformed-manifest",
            FeedError::UnsupportedFormat { .. } => "unsupported-format",
            FeedError::AppTooOld { .. } => "app-too-old",
            FeedError::WrongCity { .. } => "wrong-city",
            FeedError::Rollback { .. } => "rollback",
            FeedError::FastForward { .. } => "fast-forward",
            FeedError::Expired { .. } => "expired",
            FeedError::NotYetValid { .. } => "not-yet-valid",
            FeedError::ValidityTooLong { .. } => "validity-too-long",
            FeedError::BadAddress { .. } => "bad-address",
            FeedError::PayloadMismatch { .. } => "payload-mismatch",
            FeedError::MalformedPayload { .. } => "malformed-payload",
            FeedError::InvalidPayload { .. } => "invalid-payload",
            FeedError::Key { .. } => "key",
            FeedError::Io { .. } => "io",
            FeedError::Catalog(_) => "database",
        }
    }

    /// Worth trying again later (the network, not the feed, was at fault).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            FeedError::Offline { .. } | FeedError::Timeout { .. } | FeedError::CaptivePortal { .. }
        ) || matches!(self, FeedError::HttpStatus { status, .. } if *status >= 500 || *status == 429)
    }
}
