//! The DOCX reader on arbitrary bytes (a zip of XML parts), without the panic guard.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{Deadline, Limits, docx::extract_docx};
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    let _ = extract_docx(
        "fuzz.docx",
        data,
        &limits,
        Deadline::after(Duration::from_secs(5)),
    );
});
