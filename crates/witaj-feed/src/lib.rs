//! Signed city feeds.
//!
//! A feed is a folder of static files that any web server, CDN or USB stick
//! can carry:
//!
//! ```text
//! manifest.json            what the city publishes, signed exactly as stored
//! manifest.json.minisig    minisign (Ed25519) signature of manifest.json
//! <sha256>.json.gz         payloads, named by the hash of their bytes
//! ```
//!
//! Trust comes from the signature, never from the transport: the manifest
//! is verified against a pinned key before it is parsed, every payload's
//! size and SHA-256 are inside the signed manifest, and nothing reaches the
//! catalog until all of it has been verified. The update is applied in one
//! SQLite transaction together with the new version.

mod bundle;
mod directory;
mod error;
mod keys;
mod manifest;
mod payload;
#[cfg(feature = "publish")]
mod publish;
#[cfg(feature = "publish")]
mod signing;
mod source;
mod sync;

pub use bundle::{SeedReport, bundle_is_current, seed_bundle};
pub use directory::{CityFeed, Directory};
pub use error::FeedError;
pub use keys::PublicKey;
pub use manifest::{FORMAT, FileEntry, MAX_MANIFEST_BYTES, Manifest, is_safe_file_name};
pub use payload::{MAX_PAYLOAD_BYTES, MAX_SERVICES, Payload};
#[cfg(feature = "publish")]
pub use publish::{BuildOptions, BuildReport, build_feed, verify_feed};
#[cfg(feature = "publish")]
pub use signing::{SecretKey, check_key_permissions, generate_keys};
pub use source::Source;
pub use sync::{
    Checked, CityState, MAX_CLOCK_SKEW, MAX_VALIDITY_DAYS, Outcome, Stage, SyncOptions, SyncReport,
    SyncStatus, Update, apply, check_manifest, city_states, content_hash, fetch_update,
    import_folder, sha256_hex, sync, sync_shared,
};
