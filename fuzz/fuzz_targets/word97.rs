//! The Word 97-2003 (.doc) and RTF readers on arbitrary bytes, without the panic guard.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{Deadline, Limits, doc::extract_doc, rtf::extract_rtf};
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    let deadline = Deadline::after(Duration::from_secs(5));
    if data.starts_with(b"{\\rtf") {
        let _ = extract_rtf("fuzz.doc", data, &limits, deadline);
    } else {
        let _ = extract_doc("fuzz.doc", data, &limits, deadline);
    }
});
