//! The image decoders OCR reads scans through (JPEG, PNG, TIFF incl. multi-page, BMP, GIF) on
//! arbitrary bytes, under a small pixel budget: no panic, no allocation past the budget.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::raster::decode_image_file;

fuzz_target!(|data: &[u8]| {
    let _ = decode_image_file(data, 4_000_000);
});
