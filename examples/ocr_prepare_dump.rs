//! Debugging aid: the image Tesseract is given for a page image (PGM in → PGM out).
//! `cargo run --release --example ocr_prepare_dump -- in.pgm 300 out.pgm`
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&a[1]).expect("read");
    let img = image::load_from_memory(&bytes).expect("decode").to_luma8();
    let g = propscan::extract::raster::Grey {
        w: img.width(),
        h: img.height(),
        px: img.into_raw(),
        red: Vec::new(),
    };
    let (p, skew, dpi) = propscan::extract::ocr::prepare(&g, a[2].parse().expect("dpi"));
    eprintln!("skew {skew} dpi {dpi}");
    image::GrayImage::from_raw(p.w, p.h, p.px)
        .expect("size")
        .save(&a[3])
        .expect("save");
}
