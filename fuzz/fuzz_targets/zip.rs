//! The package unpackers — zip (limits on entries, sizes and ratio) and e-mail attachments
//! (MIME parts, RFC 2047/2231 names) — on arbitrary bytes: every name they give back stays
//! inside the package.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{FileKind, Limits, archive};

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    for kind in [FileKind::Zip, FileKind::Email] {
        if let Ok(entries) = archive::open_package(data, &kind, &limits) {
            for e in entries {
                assert!(
                    !e.name.starts_with('/') && !e.name.split('/').any(|p| p == ".."),
                    "{}",
                    e.name
                );
            }
        }
    }
});
