//! The image decoders OCR reads scans through (JPEG, PNG, TIFF incl. multi-page, BMP, GIF) on
//! arbitrary bytes, under a small pixel budget, and the pure-Rust clean-up OCR applies to what
//! they give (uneven light evened out, specks, table rules, rules broken into dashes): no panic, no allocation past the
//! budget.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::raster::decode_image_file;

fuzz_target!(|data: &[u8]| {
    // propscan guards third-party image decoders with catch_unwind (a decoder's panic costs
    // one image); libfuzzer-sys's hook would abort on the caught panic too, so print instead.
    // A panic nothing catches still reaches libfuzzer-sys, which aborts: still a crash.
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
    if let Ok(images) = decode_image_file(data, 4_000_000) {
        for g in images.iter().take(2) {
            let flat = propscan::extract::raster::flatten_background(g);
            let mut clean = propscan::extract::raster::despeckle(flat.as_ref().unwrap_or(g));
            propscan::extract::raster::remove_rules(&mut clean, 60);
            // Broken rules at a low resolution, so that small images reach every branch.
            propscan::extract::raster::remove_broken_rules(&mut clean, 50.0);
        }
    }
});
