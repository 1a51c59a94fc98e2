//! Attachments checked the way a clerk checks them (issue 16): A009 (commitment without a seal)
//! and A010 (agreement without both seals) on commitments and agreements typeset by
//! LibreOffice with seals placed as pictures (`tests/fixtures/seals/`, made by
//! make_seal_fixtures.py with seals drawn by PIL, not by propscan), on colour and grey scans
//! of them made here (200 dpi, tilted, noisy, JPEG; and photocopied in black and white before
//! the scan, the seals as dark a grey as the text), as .jpg, as image-only PDFs and pasted into
//! a Word file, and on
//! pages with a red heading and a red logo but no seal; on scans also the signing place
//! (blank, signed by hand, a typed name). Prints a precision/recall table.

mod common;
use common::{degrade, degrade_rgb, jpeg_pdf, jpeg_pdf_with, render, render_rgb};
use propscan::extract::Limits;
use propscan::profile::Profile;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The rules that fire on a package of the application, the information table (applicant
/// 苏州芯创微电子科技有限公司) and `bytes` written under `name`.
fn codes_on(name: &str, bytes: &[u8]) -> Vec<&'static str> {
    let (_dir, pkg) = common::base_package();
    std::fs::write(pkg.join(name), bytes).unwrap();
    let limits = Limits {
        ocr_cache: None,
        ..Limits::default()
    };
    let r = propscan::check_path(&pkg, &Profile::default_profile(), &limits, None);
    r.findings.iter().map(|f| f.rule).collect()
}

fn rules_on(name: &str, bytes: &[u8]) -> (bool, bool) {
    let codes = codes_on(name, bytes);
    (codes.contains(&"A009"), codes.contains(&"A010"))
}

/// The variants of one source page: the PDF itself, a colour scan (.jpg and image-only PDF),
/// a grey scan, a black-and-white photocopy scanned (image-only PDFs), the colour scan pasted
/// into a Word file.
fn variants(src: &Path, seed: u64) -> Vec<(String, String, Vec<u8>)> {
    let stem = src.file_stem().unwrap().to_string_lossy().to_string();
    let rgb = render_rgb(src, 1, 200);
    let colour = degrade_rgb(&rgb, 1.4, seed);
    let grey_img = render(src, 1, 200);
    let grey = degrade(&grey_img, -1.1, seed + 1);
    vec![
        (
            format!("{stem} (text PDF)"),
            format!("{stem}.pdf"),
            std::fs::read(src).unwrap(),
        ),
        (
            format!("{stem} (colour scan .jpg)"),
            "IMG_0001.jpg".into(),
            colour.clone(),
        ),
        (
            format!("{stem} (colour scan PDF)"),
            "scan0001.pdf".into(),
            jpeg_pdf_with(&colour, rgb.dimensions(), 200.0, 3),
        ),
        (
            format!("{stem} (grey scan PDF)"),
            "scan0002.pdf".into(),
            jpeg_pdf(&grey, grey_img.dimensions(), 200.0),
        ),
        (
            format!("{stem} (black-and-white photocopy, scanned, PDF)"),
            "scan0003.pdf".into(),
            jpeg_pdf(
                &common::photocopy(&grey_img, 0.7, seed + 2),
                grey_img.dimensions(),
                200.0,
            ),
        ),
        (
            format!("{stem} (colour scan pasted into a DOCX)"),
            "盖章页.docx".into(),
            common::picture_docx(&colour, None),
        ),
    ]
}

#[test]
fn seals_on_commitments_and_agreements() {
    // (source, A009 expected on the text PDF, on its scans, A010 expected). A signature is
    // judged on scans only: a text PDF's signing place is text, not ink.
    let cases = [
        ("seals/commitment_sealed.pdf", false, false, false),
        ("seals/commitment_hand_signed.pdf", false, false, false),
        ("seals/commitment_unsigned.pdf", false, true, false),
        ("seals/commitment_logo_only.pdf", true, true, false),
        ("seals/agreement_two_seals.pdf", false, false, false),
        ("seals/agreement_one_seal.pdf", false, false, true),
    ];
    // (rule, true positives, false positives, false negatives)
    let mut tally = [("A009", 0, 0, 0), ("A010", 0, 0, 0)];
    let mut wrong = Vec::new();
    for (i, (src, a009_text, a009_scan, a010)) in cases.iter().enumerate() {
        for (label, name, bytes) in variants(&fixtures().join(src), i as u64 * 11 + 3) {
            let a009 = if label.contains("text PDF") {
                a009_text
            } else {
                a009_scan
            };
            let (got9, got10) = rules_on(&name, &bytes);
            for (k, (want, got)) in [(*a009, got9), (*a010, got10)].into_iter().enumerate() {
                match (want, got) {
                    (true, true) => tally[k].1 += 1,
                    (false, true) => tally[k].2 += 1,
                    (true, false) => tally[k].3 += 1,
                    _ => {}
                }
                if want != got {
                    wrong.push(format!(
                        "{label}: {} expected {want}, got {got}",
                        tally[k].0
                    ));
                }
            }
        }
    }
    for (rule, tp, fp, fn_) in tally {
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        println!("{rule}: tp {tp} fp {fp} fn {fn_}  precision {p:.3} recall {r:.3}");
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_plain_commitment_scan_without_seal_is_flagged_and_a_text_one_is_not_judged() {
    // A scan of a commitment that was never stamped: seen, no seal.
    let img = render(&fixtures().join("gen/commitment.pdf"), 1, 200);
    let jpeg = degrade(&img, 0.8, 5);
    assert_eq!(rules_on("IMG_0042.jpg", &jpeg), (true, false));
    // As a scanned PDF of a Letter-size page: still A009, and the scan's page size is not
    // judged (F006 may name the Letter-size application, never the scan).
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixtures().join("gen/application.pdf"),
        dir.path().join("申报书.pdf"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("scan0042.pdf"),
        jpeg_pdf(&jpeg, img.dimensions(), 200.0),
    )
    .unwrap();
    let r = propscan::check_path(
        dir.path(),
        &Profile::default_profile(),
        &Limits::default(),
        None,
    );
    assert!(r.findings.iter().any(|f| f.rule == "A009"));
    assert!(
        !r.findings.iter().any(|f| f.rule == "F006"
            && f.location.as_ref().and_then(|l| l.document.as_deref()) == Some("scan0042.pdf")),
        "{:?}",
        r.findings
    );
    // The same commitment as an exported text PDF carries no picture: nothing to judge.
    let text = std::fs::read(fixtures().join("gen/commitment.pdf")).unwrap();
    assert_eq!(rules_on("信用承诺书.pdf", &text), (false, false));
}

/// E007 on scanned certificates: valid, expired, another company's — exact on each, as a photo
/// (.jpg with a meaningless name) and as a scanned PDF; the scan proves the status (no A003).
#[test]
fn scanned_certificates_are_judged_like_text_ones() {
    for (src, e007) in [
        ("seals/cert_valid.pdf", false),
        ("seals/cert_expired.pdf", true),
        ("seals/cert_other_company.pdf", true),
    ] {
        let path = fixtures().join(src);
        let rgb = render_rgb(&path, 1, 200);
        let jpeg = degrade_rgb(&rgb, 1.0, 9);
        for (name, bytes) in [
            ("IMG_3301.jpg", jpeg.clone()),
            (
                "scan3302.pdf",
                jpeg_pdf_with(&jpeg, rgb.dimensions(), 200.0, 3),
            ),
        ] {
            let codes = codes_on(name, &bytes);
            assert_eq!(codes.contains(&"E007"), e007, "{src} as {name}: {codes:?}");
            assert!(!codes.contains(&"A003"), "{src} as {name}: {codes:?}");
        }
    }
}

#[test]
fn a_photo_without_text_in_a_word_file_stays_a_picture() {
    // A product photo (a smooth gradient with a few shapes, 1,600 × 1,200) pasted into a Word
    // file under a caption: OCR reads nothing from it, so it is no page — nothing unread
    // (F003), nothing read by OCR (F007).
    let img = image::RgbImage::from_fn(1600, 1200, |x, y| {
        let v = (x / 8 + y / 8) as u8;
        if (x / 200 + y / 200) % 3 == 0 {
            image::Rgb([200, 120, v])
        } else {
            image::Rgb([v, 180, 220])
        }
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80)
        .encode_image(&img)
        .unwrap();
    let codes = codes_on(
        "产品照片.docx",
        &common::picture_docx(&jpeg, Some("附图：样机外观")),
    );
    assert!(
        !codes.contains(&"F003") && !codes.contains(&"F007"),
        "{codes:?}"
    );
}
