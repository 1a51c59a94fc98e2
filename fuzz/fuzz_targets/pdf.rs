//! The PDF reader on arbitrary bytes, without the panic guard the pipeline puts around it: any
//! panic, hang or runaway allocation is a bug. OCR is off (Tesseract is not ours to fuzz and
//! would take a second a page); the image decoders OCR feeds on are fuzzed by `image`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{Deadline, Limits, pdf::extract_pdf};
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        ocr: false,
        ..Limits::default()
    };
    let _ = extract_pdf(
        "fuzz.pdf",
        data,
        &limits,
        Deadline::after(Duration::from_secs(5)),
    );
});
