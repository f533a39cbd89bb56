//! The two parsers that read untrusted bytes never panic, whatever they are
//! given, and refuse what is not theirs with a feed error.

use proptest::prelude::*;
use witaj_feed::{Manifest, Payload};

proptest! {
    #[test]
    fn manifest_parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = Manifest::parse(&bytes);
    }

    #[test]
    fn manifest_parse_refuses_any_json_object_it_did_not_write(
        version in any::<i64>(),
        files in 0usize..4,
        name in "[a-z0-9./%]{0,80}",
    ) {
        let listed: Vec<String> = (0..files)
            .map(|_| format!(r#"{{"name":"{name}","sha256":"{name}","size":10}}"#))
            .collect();
        let text = format!(
            r#"{{"format":1,"city":"krakow","version":{version},"issued":"2026-11-26T10:00:00Z","expires":"2026-12-26T10:00:00Z","min_app":"0.1.0","files":[{}]}}"#,
            listed.join(",")
        );
        // One file named by a 64-digit hash is the only shape accepted.
        prop_assert!(Manifest::parse(text.as_bytes()).is_err());
    }

    #[test]
    fn payload_decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = Payload::decode("payload", &bytes);
    }
}
