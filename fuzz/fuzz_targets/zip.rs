//! The zip unpacker (limits on entries, sizes and ratio, entry names made safe) on arbitrary
//! bytes: every name it gives back stays inside the archive.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{Limits, archive};

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    if let Ok(entries) = archive::open_zip(data, &limits) {
        for e in entries {
            assert!(
                !e.name.starts_with('/') && !e.name.split('/').any(|p| p == ".."),
                "{}",
                e.name
            );
        }
    }
});
