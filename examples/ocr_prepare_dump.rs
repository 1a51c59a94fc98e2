//! Debugging aid: the image Tesseract is given for a page image (any image file in → PNG out):
//! seal ink lifted (colour images), then cleaned as `ocr::prepare` does.
//! `cargo run --release --example ocr_prepare_dump -- in.png 300 out.png`
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&a[1]).expect("read");
    let pages = propscan::extract::raster::decode_image_file(&bytes, 200_000_000).expect("decode");
    let dpi: f32 = a[2].parse().expect("dpi");
    let lifted = propscan::extract::ocr::seal_ink_lifted(&pages[0], dpi);
    eprintln!("seal ink lifted: {}", lifted.is_some());
    let (p, skew, dpi) = propscan::extract::ocr::prepare(lifted.as_ref().unwrap_or(&pages[0]), dpi);
    eprintln!("skew {skew} dpi {dpi}");
    image::GrayImage::from_raw(p.w, p.h, p.px)
        .expect("size")
        .save(&a[3])
        .expect("save");
}
