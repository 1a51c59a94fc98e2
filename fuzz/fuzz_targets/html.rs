//! The HTML / web-archive reader on arbitrary bytes (pages saved as .doc, MHT), without the
//! panic guard.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{Deadline, Limits, html::extract_html};
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    let _ = extract_html(
        "fuzz.doc",
        data,
        &limits,
        Deadline::after(Duration::from_secs(5)),
    );
});
