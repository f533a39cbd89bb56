//! Minisign keys: city staff can sign and verify with the standard
//! `minisign` tool too.

use std::path::Path;

use crate::FeedError;

/// A verifying key, as pinned in the app or given on the command line.
#[derive(Clone)]
pub struct PublicKey {
    key: minisign_verify::PublicKey,
    text: String,
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PublicKey")
            .field("text", &self.text.trim())
            .finish()
    }
}

impl PublicKey {
    /// Accepts a `minisign.pub` file's text or its bare base64 line.
    pub fn parse(text: &str) -> Result<Self, String> {
        let trimmed = text.trim();
        let key = if trimmed.contains('\n') {
            minisign_verify::PublicKey::decode(trimmed)
        } else {
            minisign_verify::PublicKey::from_base64(trimmed)
        };
        key.map(|key| Self {
            key,
            text: trimmed.to_owned(),
        })
        .map_err(|e| e.to_string())
    }

    pub fn from_file(path: &Path) -> Result<Self, FeedError> {
        let text = std::fs::read_to_string(path).map_err(|source| FeedError::Io {
            action: "read",
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text).map_err(|detail| FeedError::Key {
            path: path.to_owned(),
            detail,
        })
    }

    /// Checks `signature` (a `.minisig` file's text) over exactly `bytes`,
    /// and returns its trusted comment, which the signature also covers.
    pub fn verify(&self, bytes: &[u8], signature: &str) -> Result<String, FeedError> {
        let signature =
            minisign_verify::Signature::decode(signature).map_err(|e| FeedError::BadSignature {
                detail: e.to_string(),
            })?;
        self.key
            .verify(bytes, &signature, false)
            .map_err(|e| FeedError::BadSignature {
                detail: e.to_string(),
            })?;
        Ok(signature.trusted_comment().to_owned())
    }

    /// A short stable name for the key: the start of the SHA-256 of its
    /// base64 line. The catalog records it with each applied feed.
    pub fn id(&self) -> String {
        let line = self
            .text
            .lines()
            .map(str::trim)
            .rfind(|line| !line.is_empty() && !line.starts_with("untrusted comment:"))
            .unwrap_or_default();
        crate::sha256_hex(line.as_bytes())[..16].to_owned()
    }
}
