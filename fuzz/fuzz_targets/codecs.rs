//! The JBIG2 and JPEG 2000 decoders scanned pages go through (`hayro-jbig2`, `hayro-jpeg2000`,
//! with propscan's size checks in front) on arbitrary bytes, under a small pixel budget: no
//! panic past the guard, no allocation past the budget. The first byte picks the codec (and, for
//! JBIG2, whether the second half of the data is given as the document's globals).
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::raster::{jbig2, jpx};

fuzz_target!(|data: &[u8]| {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    match pick % 3 {
        0 => drop(jbig2(rest, None, 4_000_000, pick & 0x80 != 0)),
        1 => {
            let (page, globals) = rest.split_at(rest.len() / 2);
            drop(jbig2(page, Some(globals), 4_000_000, false))
        }
        _ => drop(jpx(rest, 4_000_000)),
    }
});
