//! The EMF / WMF reader on arbitrary bytes, without the panic guard; inputs are made to look
//! like a metafile half the time (an EMF header's type and signature, or a placeable WMF key)
//! so the record walk is reached.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::metafile::drawn_text;

fuzz_target!(|data: &[u8]| {
    let _ = drawn_text(data, 10_000);
    if data.len() > 44 && data[0] & 1 == 0 {
        let mut emf = data.to_vec();
        emf[..4].copy_from_slice(&1u32.to_le_bytes());
        emf[40..44].copy_from_slice(&0x464D_4520u32.to_le_bytes());
        let _ = drawn_text(&emf, 10_000);
    } else if data.len() > 4 {
        let mut wmf = data.to_vec();
        wmf[..4].copy_from_slice(&0x9AC6_CDD7u32.to_le_bytes());
        let _ = drawn_text(&wmf, 10_000);
    }
});
