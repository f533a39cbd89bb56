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

    /// Checks `signature` (a `.minisig` file's text) over exactly `bytes`.
    pub fn verify(&self, bytes: &[u8], signature: &str) -> Result<(), FeedError> {
        let signature =
            minisign_verify::Signature::decode(signature).map_err(|e| FeedError::BadSignature {
                detail: e.to_string(),
            })?;
        self.key
            .verify(bytes, &signature, false)
            .map_err(|e| FeedError::BadSignature {
                detail: e.to_string(),
            })
    }
}

/// A signing key, read from the file `witaj feed keygen` wrote.
pub struct SecretKey {
    key: minisign::SecretKey,
    public: minisign::PublicKey,
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

impl SecretKey {
    /// `password` decrypts a password-protected key (minisign's default).
    pub fn from_file(path: &Path, password: Option<String>) -> Result<Self, FeedError> {
        let text = std::fs::read_to_string(path).map_err(|source| FeedError::Io {
            action: "read",
            path: path.to_owned(),
            source,
        })?;
        let key_error = |detail: String| FeedError::Key {
            path: path.to_owned(),
            detail,
        };
        let boxed =
            minisign::SecretKeyBox::from_string(&text).map_err(|e| key_error(e.to_string()))?;
        // An empty password means an unencrypted key; `None` would make minisign prompt on a terminal.
        let key = boxed
            .into_secret_key(Some(password.unwrap_or_default()))
            .map_err(|e| key_error(e.to_string()))?;
        let public =
            minisign::PublicKey::from_secret_key(&key).map_err(|e| key_error(e.to_string()))?;
        Ok(Self { key, public })
    }

    /// The `.minisig` text for `bytes`, with `comment` signed alongside.
    pub fn sign(&self, bytes: &[u8], comment: &str) -> Result<String, FeedError> {
        minisign::sign(
            Some(&self.public),
            &self.key,
            bytes,
            Some(comment),
            Some("signature from a Witaj feed key"),
        )
        .map(|signature| signature.into_string())
        .map_err(|e| FeedError::Key {
            path: "<secret key>".into(),
            detail: e.to_string(),
        })
    }
}

/// Writes `dir/feed.key` (secret; encrypted when `password` is given) and
/// `dir/feed.pub`, refusing to overwrite an existing key.
pub fn generate_keys(dir: &Path, password: Option<String>) -> Result<(), FeedError> {
    fn io<'p>(
        action: &'static str,
        path: &'p Path,
    ) -> impl FnOnce(std::io::Error) -> FeedError + 'p {
        move |source| FeedError::Io {
            action,
            path: path.to_owned(),
            source,
        }
    }
    std::fs::create_dir_all(dir).map_err(io("create", dir))?;
    let secret_path = dir.join("feed.key");
    let public_path = dir.join("feed.pub");
    if secret_path.exists() {
        return Err(FeedError::Key {
            path: secret_path,
            detail: "already exists; move it away to make a new key".to_owned(),
        });
    }
    let key_error = |detail: String| FeedError::Key {
        path: dir.to_owned(),
        detail,
    };
    // An empty password stores the key unencrypted, with its checksum.
    let pair = minisign::KeyPair::generate_encrypted_keypair(Some(password.unwrap_or_default()))
        .map_err(|e| key_error(e.to_string()))?;
    let secret = pair
        .sk
        .to_box(Some("Witaj feed secret key"))
        .map_err(|e| key_error(e.to_string()))?
        .into_string();
    let public = pair
        .pk
        .to_box()
        .map_err(|e| key_error(e.to_string()))?
        .into_string();
    write_private(&secret_path, &secret)?;
    std::fs::write(&public_path, public).map_err(io("write", &public_path))?;
    Ok(())
}

fn write_private(path: &Path, text: &str) -> Result<(), FeedError> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let io = |source| FeedError::Io {
        action: "write",
        path: path.to_owned(),
        source,
    };
    let mut file = options.open(path).map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)
}
