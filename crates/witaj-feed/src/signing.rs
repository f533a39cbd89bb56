//! Signing, for city staff only: the app verifies and never links this.
//! Keys are standard minisign keys, so the `minisign` tool works with them.

use std::path::Path;

use crate::FeedError;

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

/// Refuses a secret key file that other users of the machine can read:
/// whoever reads it can publish for the city.
pub fn check_key_permissions(path: &Path) -> Result<(), FeedError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(|source| FeedError::Io {
                action: "read",
                path: path.to_owned(),
                source,
            })?
            .permissions()
            .mode();
        if mode & 0o077 != 0 {
            return Err(FeedError::Key {
                path: path.to_owned(),
                detail: format!(
                    "is readable by other users (mode {:o}): run `chmod 600` on it, or pass --force",
                    mode & 0o777
                ),
            });
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
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
            path: "the secret key".into(),
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
    for existing in [&secret_path, &public_path] {
        if existing.exists() {
            return Err(FeedError::Key {
                path: existing.clone(),
                detail: "already exists; move it away to make a new key".to_owned(),
            });
        }
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
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&public_path)
        .and_then(|mut file| std::io::Write::write_all(&mut file, public.as_bytes()))
        .map_err(io("write", &public_path))?;
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
