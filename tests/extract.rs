//! Extraction on real files: reference texts (whitespace-insensitive), typed outcomes for bad
//! input, document structure from DOCX and PDF tables, zip packages, and a corruption sweep.

mod common;

use propscan::extract::{self, BlockKind, DocIssue, ExtractError, Limits, archive};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn extract_ok(rel: &str) -> extract::Document {
    extract::extract_guarded(rel, &read(rel), &Limits::default())
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn rendered(doc: &extract::Document) -> String {
    doc.render_text()
        .lines()
        .filter(|l| !l.starts_with("--- 第"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Word 97-2003 (.doc), RTF (under a .doc name) and OpenDocument text, saved by LibreOffice
/// from one page:
/// read with their headings, paragraphs and table cells — an empty cell keeps its column, a
/// cell's two paragraphs stay in it, a nested table's text folds into its cell — and said to be
/// formats the call does not take (F004).
#[test]
fn word97_rtf_and_odt_are_read_with_their_tables() {
    for rel in [
        "gen/word97_table.doc",
        "gen/rtf_table.doc",
        "gen/odt_table.odt",
    ] {
        let doc = extract_ok(rel);
        assert!(
            doc.issues
                .iter()
                .any(|i| matches!(i, DocIssue::NotAccepted { .. })),
            "{rel}: {:?}",
            doc.issues
        );
        let text = rendered(&doc);
        for want in [
            "项目名称\t高效永磁同步电机控制器研发\t指南代码\t210601",
            "合作单位\t\t联系电话\t13912345678",
            "项目简介\t第一段：研制控制器样机。 第二段：完成可靠性试验。",
            "总投入 500",
            "永磁同步电机广泛用于新能源汽车。",
        ] {
            assert!(text.contains(want), "{rel}: {want:?} not in\n{text}");
        }
        let heading = |t: &str| {
            doc.blocks
                .iter()
                .any(|b| b.text == t && matches!(b.kind, BlockKind::Heading { .. }))
        };
        assert!(
            heading("项目信息表") && heading("一、立项依据"),
            "{rel}: {:?}",
            doc.blocks
        );
    }
}

/// Each fixture's text against its reference (the file's text as written). Traditional-only
/// characters are read as simplified ones (`text::fold_traditional`), so the reference is
/// compared so folded (pdf.js's traditional-Chinese fixtures), a line at a time as propscan
/// folds a block at a time (a line without a traditional-only character keeps its words).
#[test]
fn every_fixture_with_a_text_layer_matches_its_reference() {
    let fold = |s: &str| {
        s.split('\n')
            .map(|l| propscan::text::fold_traditional(l).into_owned())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut checked = 0;
    for dir in ["real", "gen", "fonts"] {
        for entry in std::fs::read_dir(fixtures().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if !(name.ends_with(".pdf") || name.ends_with(".docx")) {
                continue;
            }
            let rel = format!("{dir}/{name}");
            let full = fixtures().join(format!("{rel}.txt"));
            let contains = fixtures().join(format!("{rel}.contains.txt"));
            if full.exists() {
                let doc = extract_ok(&rel);
                let want = std::fs::read_to_string(&full).unwrap();
                assert_eq!(
                    squash(&rendered(&doc)),
                    squash(&fold(&want)),
                    "{rel} differs from its reference"
                );
                checked += 1;
            } else if contains.exists() {
                let got = squash(&rendered(&extract_ok(&rel)));
                for line in std::fs::read_to_string(&contains).unwrap().lines() {
                    assert!(got.contains(&squash(&fold(line))), "{rel} lacks {line:?}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 20, "only {checked} fixtures had references");
}

/// Fonts without ToUnicode: text from the embedded program (TrueType cmap through CIDToGIDMap,
/// OpenType CFF, a symbolic TrueType's (3,0) cmap) or the character collection (Adobe-GB1 CIDs
/// under Identity-H) — pages that read cleanly, with no garble finding; and a font with no
/// cmap at all stays "garbled", never guessed.
#[test]
fn fonts_without_tounicode_read_from_the_font_program() {
    for rel in [
        "fonts/cid_truetype_cmap.pdf",
        "fonts/opentype_cff_cmap.pdf",
        "fonts/cid_gb1_identity.pdf",
        "fonts/symbolic_truetype.pdf",
    ] {
        let doc = extract_ok(rel);
        assert!(
            !doc.issues
                .iter()
                .any(|i| matches!(i, DocIssue::Garbled { .. } | DocIssue::Scanned { .. })),
            "{rel}: {:?}",
            doc.issues
        );
        assert!(doc.char_count() > 0, "{rel} gave no text");
    }
    let rel = "fonts/no_cmap_truetype.pdf";
    let doc = extract::extract_guarded(rel, &read(rel), &no_ocr()).unwrap();
    assert!(
        doc.issues
            .iter()
            .any(|i| matches!(i, DocIssue::Garbled { .. })),
        "a font with no cmap must be called garbled: {:?}",
        doc.issues
    );
    assert!(!doc.text.contains("基金"), "nothing may be guessed");
    // With OCR the page is drawn (poppler) and read: the real page's heading comes back.
    let doc = extract_ok(rel);
    assert!(
        doc.issues.iter().any(|i| matches!(i, DocIssue::Ocr { .. })),
        "{:?}",
        doc.issues
    );
    assert!(
        squash(&doc.text).contains("广东省基础与应用基础研究基金"),
        "{}",
        doc.text
    );
}

fn no_ocr() -> Limits {
    Limits {
        ocr: false,
        ..Limits::default()
    }
}

#[test]
fn broken_tounicode_is_detected_not_trusted() {
    for rel in ["real/issue2884_reduced.pdf", "real/issue7696.pdf"] {
        let doc = extract::extract_guarded(rel, &read(rel), &no_ocr()).unwrap();
        assert!(
            doc.issues
                .iter()
                .any(|i| matches!(i, DocIssue::Garbled { pages, .. } if pages == &vec![1])),
            "{rel}: {:?}",
            doc.issues
        );
        assert!(
            doc.text.is_empty(),
            "{rel}: garbage must not reach the document text"
        );
        // With OCR the garbled page is read from its picture instead, and says so.
        let doc = extract_ok(rel);
        assert!(
            doc.issues
                .iter()
                .any(|i| matches!(i, DocIssue::Ocr { pages, .. } if pages == &vec![1])),
            "{rel}: {:?}",
            doc.issues
        );
    }
}

#[test]
fn gbk_simple_fonts_decode_to_chinese() {
    assert!(
        squash(&extract_ok("real/SimFang-variant.pdf").text).contains("全世界无产者，联合起来")
    );
    let toc = extract_ok("real/XiaoBiaoSong.pdf").text;
    assert!(toc.contains("关于红军作战的原则"), "{toc}");
    assert!(!toc.contains('Ä'));
}

#[test]
fn predefined_cmaps_decode() {
    assert!(
        extract_ok("real/issue2128r.pdf")
            .text
            .contains("浅谈校长的魅力")
    );
    assert!(
        extract_ok("real/issue3521.pdf")
            .text
            .contains("我们都是黑体字")
    );
    assert!(extract_ok("real/issue8372.pdf").text.contains("目录"));
}

#[test]
fn no_spaces_inside_tokens_and_rows_kept_together() {
    let doc = extract_ok("gen/info_table.pdf");
    assert!(doc.text.contains("91320594MA1MXXXX3K"), "{}", doc.text);
    assert!(
        doc.text
            .contains("基于RISC-V架构的车规级SiC功率模块驱动芯片研发"),
        "{}",
        doc.text
    );
    // The ruled table comes out as cells with row and column, like the DOCX it was made from.
    let cell = |d: &extract::Document, text: &str| {
        d.blocks
            .iter()
            .find(|b| b.text == text)
            .map(|b| b.kind.clone())
            .unwrap_or_else(|| panic!("no block {text:?}"))
    };
    for d in [&doc, &extract_ok("gen/info_table.docx")] {
        let label = cell(d, "统一社会信用代码");
        let value = cell(d, "91320594MA1MXXXX3K");
        match (label, value) {
            (
                BlockKind::Cell {
                    table: t1,
                    row: r1,
                    col: c1,
                },
                BlockKind::Cell {
                    table: t2,
                    row: r2,
                    col: c2,
                },
            ) => {
                assert_eq!((t1, r1), (t2, r2));
                assert_eq!(c1 + 1, c2);
            }
            other => panic!("{}: not cells: {other:?}", d.path),
        }
    }
}

#[test]
fn docx_headings_resolve_through_styles() {
    let doc = extract_ok("gen/application.docx");
    let h: Vec<_> = doc
        .blocks
        .iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading { level } => Some((level, b.text.as_str())),
            _ => None,
        })
        .collect();
    assert!(h.contains(&(1, "项目申报书")), "{h:?}");
    assert!(h.contains(&(2, "二、研究内容")), "{h:?}");
    // LibreOffice's DOCX: <h1> becomes "Heading 1".
    let c = extract_ok("gen/commitment.docx");
    assert!(
        matches!(c.blocks[0].kind, BlockKind::Heading { level: 1 }),
        "{:?}",
        c.blocks[0]
    );
    // Offsets point into the full text.
    for b in &doc.blocks {
        assert_eq!(&doc.text[b.start..b.end], b.text);
    }
}

#[test]
fn wps_docx_reads() {
    let doc = extract_ok("real/extractous_issue-52-chinese.docx");
    assert!(doc.text.contains("选择题"));
    assert!(doc.char_count() > 600);
}

#[test]
fn pdf_pages_have_numbers_and_sizes() {
    let doc = extract_ok("gen/application.pdf");
    assert_eq!(doc.pages.len(), 1);
    // python-docx's default template is US Letter, which LibreOffice keeps (F006 material).
    assert_eq!(
        (doc.pages[0].width_pt, doc.pages[0].height_pt),
        (612.0, 792.0)
    );
    assert!((extract_ok("gen/cover.pdf").pages[0].width_pt - 595.3).abs() < 1.0);
    assert!(doc.blocks.iter().all(|b| b.page == Some(1)));
}

fn outcome(rel: &str) -> Result<extract::Document, ExtractError> {
    extract::extract_guarded(rel, &read(rel), &Limits::default())
}

#[test]
fn bad_files_give_typed_outcomes() {
    assert_eq!(outcome("bad/empty.pdf").unwrap_err(), ExtractError::Empty);
    assert_eq!(
        outcome("bad/encrypted.pdf").unwrap_err(),
        ExtractError::Encrypted
    );
    assert_eq!(
        outcome("bad/encrypted_rc4.pdf").unwrap_err(),
        ExtractError::Encrypted
    );
    assert!(matches!(
        outcome("bad/truncated.pdf"),
        Err(ExtractError::Corrupt { .. })
    ));
    assert!(matches!(
        outcome("bad/corrupt.pdf"),
        Err(ExtractError::Corrupt { .. })
    ));
    assert!(matches!(
        outcome("bad/truncated.docx"),
        Err(ExtractError::Corrupt { .. })
    ));
    assert!(matches!(
        outcome("bad/not_a_pdf.pdf"),
        Err(ExtractError::Corrupt { .. })
    ));
    // A Word 97 file under a .docx name is read (its content counts) and said not to be taken.
    let doc = outcome("bad/renamed_doc.docx").unwrap();
    assert!(
        doc.issues
            .iter()
            .any(|i| matches!(i, DocIssue::NotAccepted { format, .. } if format.contains(".doc"))),
        "{:?}",
        doc.issues
    );
    assert!(squash(&doc.text).contains("信用承诺书"), "{}", doc.text);
    assert!(
        matches!(outcome("bad/renamed_xlsx.docx"), Err(ExtractError::Unsupported { format, .. }) if format.contains("Excel"))
    );
    // A 40-dpi scan: OCR is not tried on it, and the reason is given.
    let scanned = outcome("bad/scanned.pdf").unwrap();
    assert!(
        matches!(&scanned.issues[..], [DocIssue::ImageUnread { pages, reason }] if pages == &vec![1] && reason.contains("dpi")),
        "{:?}",
        scanned.issues
    );
    let scanned = extract::extract_guarded("s.pdf", &read("bad/scanned.pdf"), &no_ocr()).unwrap();
    assert_eq!(scanned.issues, vec![DocIssue::Scanned { pages: vec![1] }]);
    // An empty user password opens.
    assert!(
        outcome("gen/encrypted_empty_user.pdf")
            .unwrap()
            .text
            .contains("信用承诺书")
    );
}

#[test]
fn zip_packages_decode_gbk_names_and_never_escape() {
    let entries = archive::open_zip(&read("gen/package_gbk.zip"), &Limits::default()).unwrap();
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"苏州芯创/项目信息表.docx"), "{names:?}");
    assert!(names.contains(&"escape/申报书.pdf"), "{names:?}");
    assert!(names.contains(&"abs/封面.pdf"), "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| !n.contains("..") && !n.starts_with('/'))
    );
    assert!(
        entries
            .iter()
            .find(|e| e.name == "escape/申报书.pdf")
            .unwrap()
            .renamed_from
            .is_some()
    );
    assert!(entries.iter().all(|e| e.bytes.is_ok()));
}

/// A zip that stores its first PDF uncompressed (as 7-Zip and others do with files that do not
/// compress) has "%PDF-" a few bytes in: it is still a zip, and a Mac's AppleDouble copies
/// (__MACOSX/._申报书.pdf) and .DS_Store are not documents of the package.
#[test]
fn a_zip_storing_a_pdf_is_a_zip() {
    use std::io::Write;
    let pdf = read("gen/info_table.pdf");
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        z.start_file("申报材料/项目信息表.pdf", stored).unwrap();
        z.write_all(&pdf).unwrap();
        z.start_file("__MACOSX/申报材料/._项目信息表.pdf", stored)
            .unwrap();
        z.write_all(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
            .unwrap();
        z.start_file("申报材料/.DS_Store", stored).unwrap();
        z.write_all(b"\x00\x00\x00\x01Bud1").unwrap();
        z.finish().unwrap();
    }
    let bytes = buf.into_inner();
    assert!(bytes[..1024].windows(5).any(|w| w == b"%PDF-"));
    assert_eq!(extract::sniff(&bytes), extract::FileKind::Zip);
    let entries = archive::open_zip(&bytes, &Limits::default()).unwrap();
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["申报材料/项目信息表.pdf"]);
}

#[test]
fn zip_bomb_is_stopped() {
    let entries = archive::open_zip(&read("bad/bomb.zip"), &Limits::default()).unwrap();
    assert_eq!(entries.len(), 1);
    assert!(
        matches!(entries[0].bytes, Err(ExtractError::TooLarge { .. })),
        "{:?}",
        entries[0].bytes.as_ref().err()
    );
}

/// A package sent as a 7-Zip archive: its files in their folder are read, the Mac's
/// __MACOSX companion is no document, and the whole goes through `package::load` as a zip does.
#[test]
fn seven_zip_packages_are_read() {
    let bytes = read("gen/package.7z");
    assert_eq!(extract::sniff(&bytes), extract::FileKind::SevenZip);
    let entries = archive::open_7z(&bytes, &Limits::default()).unwrap();
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "苏州某某科技有限公司申报材料/项目信息表.pdf",
            "苏州某某科技有限公司申报材料/信用承诺书.pdf",
            "苏州某某科技有限公司申报材料/附件清单.pdf"
        ]
    );
    assert!(
        entries[..2]
            .iter()
            .all(|e| e.bytes.as_ref().is_ok_and(|b| b.starts_with(b"%PDF-")))
    );
    // An empty file has no stream in 7z; it is still a file of the package.
    assert!(entries[2].bytes.as_ref().is_ok_and(|b| b.is_empty()));
    let pkg = propscan::package::load(&fixtures().join("gen/package.7z"), &Limits::default());
    let kinds: Vec<String> = pkg
        .docs
        .iter()
        .map(|d| format!("{} {:?}", d.path, d.parts))
        .collect();
    assert_eq!(pkg.docs.len(), 3, "{kinds:?}");
    assert!(pkg.docs[..2].iter().all(|d| d.doc.is_some()), "{kinds:?}");
    assert!(pkg.docs[2].error.is_some(), "{kinds:?}");
}

/// A 7z bomb (96 MiB of zeros in 15 KiB) stops at the ratio limit, long before its declared
/// size; with a stream limit below what its decoder's dictionary needs, it is refused before
/// anything is allocated. A password-protected archive is said to be encrypted; a truncated one
/// is corrupt, no panic.
#[test]
fn seven_zip_bombs_passwords_and_truncation() {
    let entries = archive::open_7z(&read("bad/bomb.7z"), &Limits::default()).unwrap();
    assert!(
        matches!(entries[0].bytes, Err(ExtractError::TooLarge { .. })),
        "{:?}",
        entries[0].bytes.as_ref().err()
    );
    let small = Limits {
        max_stream_bytes: 2 * 1024 * 1024,
        ..Limits::default()
    };
    assert!(matches!(
        archive::open_7z(&read("bad/bomb.7z"), &small),
        Err(ExtractError::TooLarge { .. })
    ));
    let enc = archive::open_7z(&read("bad/encrypted.7z"), &Limits::default());
    assert!(matches!(enc, Err(ExtractError::Encrypted)), "{enc:?}");
    match archive::open_7z(&read("bad/truncated.7z"), &Limits::default()) {
        Err(ExtractError::Corrupt { .. }) => {}
        Ok(entries) => assert!(entries.iter().any(|e| e.bytes.is_err()), "{entries:?}"),
        Err(e) => panic!("{e:?}"),
    }
}

/// Hundreds of mutated and truncated copies of real fixtures: none panics, none runs away.
#[test]
fn corruption_sweep() {
    let limits = Limits {
        time_budget: Duration::from_secs(5),
        ..Limits::default()
    };
    let sources = [
        "real/issue2128r.pdf",
        "real/issue19360.pdf",
        "real/XiaoBiaoSong.pdf",
        "gen/info_table.pdf",
        "gen/application.docx",
        "gen/cover.docx",
        "gen/package_gbk.zip",
        "gen/package.7z",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut runs = 0;
    for src in sources {
        let base = read(src);
        for k in 0..40 {
            let mut data = base.clone();
            match k % 4 {
                0 => data.truncate((next() as usize) % data.len().max(1)),
                1 => {
                    for _ in 0..(1 + next() % 20) {
                        let i = (next() as usize) % data.len();
                        data[i] = next() as u8;
                    }
                }
                2 => {
                    let i = (next() as usize) % data.len();
                    let n = ((next() as usize) % 4096).min(data.len() - i);
                    data.drain(i..i + n);
                }
                _ => {
                    let i = (next() as usize) % data.len();
                    let chunk: Vec<u8> = data[i..(i + 64).min(data.len())].to_vec();
                    data.splice(i..i, chunk.iter().cycle().take(2048).copied());
                }
            }
            let start = Instant::now();
            if src.ends_with(".zip") || src.ends_with(".7z") {
                let kind = extract::sniff(&data);
                if let Ok(entries) = archive::open_package(&data, &kind, &limits) {
                    for e in entries.into_iter().filter_map(|e| e.bytes.ok()) {
                        let _ = extract::extract_guarded(src, &e, &limits);
                    }
                }
            } else {
                let r = extract::extract_guarded(src, &data, &limits);
                // Whatever came back is typed: a document or one of the errors.
                if let Err(e) = &r {
                    assert!(!e.to_string().is_empty());
                }
            }
            // The budget is cooperative; allow generous slack for a loaded CI machine.
            assert!(
                start.elapsed() < limits.time_budget * 3,
                "{src} mutation {k} ran {:?}",
                start.elapsed()
            );
            runs += 1;
        }
    }
    assert_eq!(runs, sources.len() * 40);
}

#[test]
fn a_jpeg_that_overflows_its_decoder_costs_the_image_not_the_file() {
    // Found by `cargo fuzz run pdf`: a DCT image whose coefficients overflow an integer
    // multiplication inside the JPEG decoder (a panic where overflow checks are on, as in test
    // and fuzz builds). The reader itself, without the pipeline's panic guard, must return.
    let bytes = read("bad/fuzz-jpeg-overflow.pdf");
    let limits = Limits {
        ocr: false,
        ..Limits::default()
    };
    let run = std::panic::catch_unwind(|| {
        propscan::extract::pdf::extract_pdf(
            "fuzz-jpeg-overflow.pdf",
            &bytes,
            &limits,
            propscan::extract::Deadline::after(std::time::Duration::from_secs(20)),
        )
    });
    assert!(run.is_ok(), "the PDF reader panicked");
}

/// The text propscan reads (no OCR) from a file of the family set, which must hold each of
/// `want` as a whole line.
fn family_file_text(rel: &str, want: &[&str]) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/families/set")
        .join(rel);
    let bytes = std::fs::read(&path).expect("family file");
    let doc = extract::extract_guarded(rel, &bytes, &no_ocr()).expect("reads");
    let text = rendered(&doc);
    let lines: Vec<&str> = text.lines().collect();
    for w in want {
        assert!(lines.contains(w), "{w:?} not a line of:\n{text}");
    }
    text
}

/// A diagonal text watermark in the text layer (tests/families/make_families.py `watermark_pdf`:
/// ReportLab text at 35° laid over a LibreOffice table by pikepdf) stays out of the table's rows
/// and comes out as lines of its own.
#[test]
fn a_diagonal_watermark_is_not_read_into_the_rows_it_crosses() {
    let text = family_file_text(
        "watermark-1/项目信息表.pdf",
        &[
            "申报单位\t常熟同华新材料科技有限公司",
            "项目负责人\t陈志强",
            "合作单位\t无",
            "主管部门\t常熟高新区科技局",
        ],
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines
            .iter()
            .filter(|l| squash(l) == "苏州市科技计划项目申报材料仅供评审使用")
            .count(),
        2,
        "{text}"
    );
}

/// A fillable form filled by software that leaves the drawing to the viewer (values in the
/// fields' /V, /NeedAppearances, no appearance streams; tests/families/make_families.py
/// `info_acroform`): the values are read into their cells.
#[test]
fn form_field_values_without_appearances_are_read() {
    family_file_text(
        "acroform-0/项目信息表（可填写）.pdf",
        &[
            "统一社会信用代码\t12320000C537QAWA2X",
            "合作单位\t苏州科同精密机械有限公司",
            "项目总投入（万元）\t80",
            "申请市拨经费（万元）\t40",
        ],
    );
}

/// A one-page PDF with Helvetica text drawn by `content` (no ToUnicode needed: WinAnsi).
fn text_pdf(content: &str) -> Vec<u8> {
    common::pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        format!("<< /Length {} >> stream\n{content}\nendstream", content.len()).into_bytes(),
    ])
}

/// Text filled white on the white page (a template's examples hidden in white type, printed to
/// PDF) is not read; white text on a dark filled cell, and black text, are.
#[test]
fn white_type_on_the_page_is_not_read() {
    let content = "0.2 0.3 0.5 rg 50 690 200 30 re f \
        1 1 1 rg BT /F1 12 Tf 60 700 Td (HEADER) Tj ET \
        1 1 1 rg BT /F1 12 Tf 60 600 Td (EXAMPLE) Tj ET \
        0 0 0 rg BT /F1 12 Tf 60 500 Td (VALUE) Tj ET \
        /DeviceCMYK cs 0 0 0 0 sc BT /F1 12 Tf 60 400 Td (CMYKWHITE) Tj ET \
        1 g BT /F1 12 Tf 60 300 Td (GREYWHITE) Tj ET";
    let pdf = text_pdf(content);
    let doc = extract::extract_guarded("w.pdf", &pdf, &no_ocr()).expect("reads");
    let text = rendered(&doc);
    assert!(text.contains("HEADER"), "{text}");
    assert!(text.contains("VALUE"), "{text}");
    for hidden in ["EXAMPLE", "CMYKWHITE", "GREYWHITE"] {
        assert!(!text.contains(hidden), "{hidden} read: {text}");
    }
}

/// Round 27's white type, as LibreOffice prints it (tests/families/make_families.py, whitepdf):
/// the examples are gone, the values read.
#[test]
fn a_templates_white_examples_are_not_read_from_its_pdf() {
    let text = family_file_text("whitepdf-0/项目信息表.pdf", &[]);
    assert!(!text.contains("示例"), "{text}");
    assert!(text.contains("913205815QL25BW6KM"), "{text}");
}

/// An information table whose rows keep the template's fixed height, printed by LibreOffice
/// Calc and by Gnumeric (`make_sheet_fixtures.py`): the long name and the long label wrap onto
/// a second line the row cuts off (Calc draws it through the cell's clip, wholly below it;
/// Gnumeric through a thin clip, the tops of its glyphs showing). Each cell reads whole, and
/// the cut lines land in no cell below.
#[test]
fn cells_cut_off_by_their_rows_height_read_whole() {
    for rel in ["gen/cut_rows_calc.pdf", "gen/cut_rows_gnumeric.pdf"] {
        let text = rendered(&extract_ok(rel));
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            lines,
            [
                "项目名称\t高精度伺服电机驱动器在高端装备智能制造领域中的集成应用关键技术研发",
                "指南代码\t210701",
                "统一社会信用代码（法人证书号）\t91320506MA1WQ2LX3K",
            ],
            "{rel}"
        );
    }
}
