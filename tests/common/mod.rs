//! Scans made at test time from real text PDFs: pages rendered by poppler, then tilted,
//! sprinkled with noise and JPEG-compressed as a scanner and a careless hand make them, and
//! wrapped as image-only PDFs; small PDFs written by hand (`pdf_of`). Shared by tests/ocr.rs,
//! tests/seal.rs and tests/extract.rs.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Page `page` of `pdf` rendered at `dpi` by pdftoppm, in colour.
pub fn render_rgb(pdf: &Path, page: u32, dpi: u32) -> image::RgbImage {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p");
    let st = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-png", "-singlefile"])
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(&out)
        .status()
        .expect("pdftoppm (poppler-utils) is needed: bash scripts/setup installs it");
    assert!(st.success());
    image::open(out.with_extension("png")).unwrap().to_rgb8()
}

/// Page `page` of `pdf` rendered in grey at `dpi`.
pub fn render(pdf: &Path, page: u32, dpi: u32) -> image::GrayImage {
    image::DynamicImage::ImageRgb8(render_rgb(pdf, page, dpi)).to_luma8()
}

/// The text of one page of the original, as poppler reads it.
pub fn page_text(pdf: &Path, page: u32) -> String {
    let o = Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Tilted by `deg`, 1 pixel in 80 flipped to noise, JPEG at quality 70: grey.
pub fn degrade(img: &image::GrayImage, deg: f32, seed: u64) -> Vec<u8> {
    let rgb = image::DynamicImage::ImageLuma8(img.clone()).to_rgb8();
    let out = degrade_pixels(&rgb, deg, seed);
    let grey = image::DynamicImage::ImageRgb8(out).to_luma8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 70)
        .encode_image(&grey)
        .unwrap();
    jpeg
}

/// A black-and-white photocopy of the page, then scanned: the copier's tone curve makes
/// every mark a dark grey (black text and red seals alike, about 70–110) on a grey paper (212),
/// the lid's shadow darkens the left edge; then tilted, noisy and JPEG as `degrade`.
pub fn photocopy(img: &image::GrayImage, deg: f32, seed: u64) -> Vec<u8> {
    let mut copy = img.clone();
    let w = copy.width();
    for (x, _, p) in copy.enumerate_pixels_mut() {
        let v = p.0[0] as f32;
        let toned = if v > 200.0 { 212.0 } else { 70.0 + v / 5.0 };
        p.0[0] = if x < w / 30 {
            (toned * 0.3) as u8
        } else {
            toned as u8
        };
    }
    degrade(&copy, deg, seed)
}

/// The same in colour (a colour scan keeps a seal red).
pub fn degrade_rgb(img: &image::RgbImage, deg: f32, seed: u64) -> Vec<u8> {
    let out = degrade_pixels(img, deg, seed);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 70)
        .encode_image(&out)
        .unwrap();
    jpeg
}

fn degrade_pixels(img: &image::RgbImage, deg: f32, seed: u64) -> image::RgbImage {
    let (w, h) = img.dimensions();
    let (s, c) = deg.to_radians().sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let mut out = image::RgbImage::from_pixel(w, h, image::Rgb([255, 255, 255]));
    for y in 0..h {
        for x in 0..w {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            let sx = (c * dx + s * dy + cx).round();
            let sy = (-s * dx + c * dy + cy).round();
            if sx >= 0.0 && sy >= 0.0 && (sx as u32) < w && (sy as u32) < h {
                out.put_pixel(x, y, *img.get_pixel(sx as u32, sy as u32));
            }
        }
    }
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as u32
    };
    for _ in 0..(w * h / 80) {
        let (x, y) = (next() % w, next() % h);
        let v = [0u8, 80, 180, 255][(next() % 4) as usize];
        out.put_pixel(x, y, image::Rgb([v, v, v]));
    }
    out
}

/// An image-only PDF: one page showing the JPEG (grey or RGB: `components`) at `dpi`.
pub fn jpeg_pdf_with(jpeg: &[u8], px: (u32, u32), dpi: f32, components: u8) -> Vec<u8> {
    let (w_pt, h_pt) = (px.0 as f32 * 72.0 / dpi, px.1 as f32 * 72.0 / dpi);
    let space = if components == 3 {
        "DeviceRGB"
    } else {
        "DeviceGray"
    };
    let content = format!("q {w_pt:.2} 0 0 {h_pt:.2} 0 0 cm /Im1 Do Q");
    let mut im = format!("<< /Type /XObject /Subtype /Image /Width {} /Height {} /ColorSpace /{space} /BitsPerComponent 8 /Filter /DCTDecode /Length {} >> stream\n", px.0, px.1, jpeg.len()).into_bytes();
    im.extend_from_slice(jpeg);
    im.extend_from_slice(b"\nendstream");
    pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2} {h_pt:.2}] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>").into_bytes(),
        im,
        format!("<< /Length {} >> stream\n{content}\nendstream", content.len()).into_bytes(),
    ])
}

/// A PDF file of `objects` (object N is `objects[N - 1]`, object 1 the catalog), with its
/// cross-reference table and trailer.
pub fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out: Vec<u8> = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj ", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b" endobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes(),
    );
    for o in &offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer << /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A Word file holding nothing but `jpeg` as an inline picture (a scan pasted into Word), under
/// an optional typed caption paragraph; written by hand as Word lays out a pasted picture.
pub fn picture_docx(jpeg: &[u8], caption: Option<&str>) -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    let opt = zip::write::SimpleFileOptions::default();
    let mut put = |name: &str, body: &[u8]| {
        z.start_file(name, opt).unwrap();
        z.write_all(body).unwrap();
    };
    put("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#);
    put("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#);
    put("word/_rels/document.xml.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.jpeg"/></Relationships>"#);
    put("word/media/image1.jpeg", jpeg);
    let caption = caption
        .map(|c| format!("<w:p><w:r><w:t>{c}</w:t></w:r></w:p>"))
        .unwrap_or_default();
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>{caption}<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5760000" cy="8145000"/><wp:docPr id="1" name="Picture 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="scan.jpeg"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="8145000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p><w:sectPr/></w:body></w:document>"#
    );
    put("word/document.xml", doc.as_bytes());
    z.finish().unwrap();
    buf.into_inner()
}

/// A grey image-only PDF.
pub fn jpeg_pdf(jpeg: &[u8], px: (u32, u32), dpi: f32) -> Vec<u8> {
    jpeg_pdf_with(jpeg, px, dpi, 1)
}

/// A package folder holding the fixtures' application and information table (applicant
/// 苏州芯创微电子科技有限公司), for a test to add the attachment it is about. Keep the TempDir.
pub fn base_package() -> (tempfile::TempDir, std::path::PathBuf) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let dir = tempfile::tempdir().unwrap();
    let pkg = dir.path().join("pkg");
    std::fs::create_dir(&pkg).unwrap();
    std::fs::copy(fixtures.join("gen/application.pdf"), pkg.join("申报书.pdf")).unwrap();
    std::fs::copy(
        fixtures.join("gen/info_table.docx"),
        pkg.join("信息表.docx"),
    )
    .unwrap();
    (dir, pkg)
}
