//! The PDF reader on arbitrary bytes, without the panic guard the pipeline puts around it: any
//! panic, hang or runaway allocation is a bug. OCR is off (Tesseract is not ours to fuzz and
//! would take a second a page); the image decoders OCR feeds on are fuzzed by `image`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{Deadline, Limits, pdf::extract_pdf};
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    // propscan guards third-party image decoders with catch_unwind (a decoder's panic costs
    // one image); libfuzzer-sys's hook would abort on the caught panic too, so print instead.
    // A panic nothing catches still reaches libfuzzer-sys, which aborts: still a crash.
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
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
