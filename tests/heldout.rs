//! Held-out check of field extraction on packages written by a third writer (docx-rs) with
//! label wordings, layouts and number formats that neither the samples nor the dev set use:
//! notes in labels (（中文）, （盖章）, （手机）), 合作企业, 申请专项资金（元） with separators,
//! 大写 amounts, periods as separate start and end cells, a credit code with spaces, six
//! columns (three label/value pairs) per row. The packages are made at test time, read as DOCX
//! and as the PDF LibreOffice makes of them.
//!
//!     cargo test --release --test heldout -- --nocapture

use docx_rs::{Docx, Paragraph, Run, Table, TableCell, TableRow};
use propscan::extract::Limits;
use propscan::profile::Profile;
use serde_json::{Value, json};
use std::path::Path;

fn cell(t: &str) -> TableCell {
    TableCell::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text(t)))
}

/// One information table as DOCX: rows of (label, value) pairs, `per_row` pairs a row.
fn write_info(path: &Path, title: &str, pairs: &[(String, String)], per_row: usize) {
    let rows: Vec<TableRow> = pairs
        .chunks(per_row)
        .map(|chunk| {
            let mut cells = Vec::new();
            for (l, v) in chunk {
                cells.push(cell(l));
                cells.push(cell(v));
            }
            TableRow::new(cells)
        })
        .collect();
    let f = std::fs::File::create(path).unwrap();
    Docx::new()
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(title).bold()))
        .add_table(Table::new(rows))
        .build()
        .pack(f)
        .unwrap();
}

const DAXIE: [&str; 10] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];

fn daxie_wan(n: u32) -> String {
    // n < 1000 万元, whole: 叁佰伍拾万元整
    let (b, s, g) = (n / 100, n / 10 % 10, n % 10);
    let mut o = String::new();
    if b > 0 {
        o += DAXIE[b as usize];
        o += "佰";
    }
    if s > 0 {
        o += DAXIE[s as usize];
        o += "拾";
    } else if b > 0 && g > 0 {
        o += "零";
    }
    if g > 0 {
        o += DAXIE[g as usize];
    }
    o + "万元整"
}

/// 1200000 → "1,200,000"
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn fields_of_packages_from_another_writer_and_wording() {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("heldout-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let profile = Profile::default_profile();
    let titles = [
        "面向工业互联网的边缘智能网关研发",
        "高导热氮化铝陶瓷基板制备工艺研发",
        "多关节协作机器人力控关节模组研发",
        "车规级毫米波雷达信号处理芯片研发",
        "锂电池极片缺陷在线视觉检测系统研发",
        "高纯电子级多晶硅还原炉控制技术研发",
    ];
    let mut total = 0;
    let mut ok = 0;
    let mut misses = Vec::new();
    for (i, title) in titles.iter().enumerate() {
        let pkg = dir.join(format!("p{i}"));
        std::fs::create_dir_all(&pkg).unwrap();
        let municipal = [40u32, 60, 80, 100, 50, 90][i];
        let total_wan = municipal * [4u32, 5, 4, 6, 5, 4][i];
        let university = i % 3 == 2;
        let applicant = if university {
            "苏州科技大学".to_string()
        } else {
            format!(
                "苏州市启{}智能科技有限公司",
                ["明", "航", "睿", "达", "远", "新"][i]
            )
        };
        let code = "91320505MA1X7Q3W0Y"; // spaces are inserted below
        let (money_label_m, money_m, money_label_t, money_t) = match i % 3 {
            0 => (
                "申请专项资金（元）".to_string(),
                thousands(municipal as u64 * 10_000),
                "项目总投资额（元）".to_string(),
                thousands(total_wan as u64 * 10_000),
            ),
            1 => (
                "拟申请市拨经费".to_string(),
                daxie_wan(municipal),
                "项目总预算".to_string(),
                daxie_wan(total_wan),
            ),
            _ => (
                "申请市拨经费（万元）".to_string(),
                format!("{municipal}.00"),
                "项目总投入（万元）".to_string(),
                format!("{total_wan}.00"),
            ),
        };
        let pairs: Vec<(String, String)> = vec![
            ("项目名称（中文）".into(), title.to_string()),
            ("所属指南代码".into(), format!("2109{:02}", 1 + i % 3)),
            ("申报单位名称（盖章）".into(), applicant.clone()),
            (
                "统一社会信用代码（18位）".into(),
                code.chars()
                    .collect::<Vec<_>>()
                    .chunks(4)
                    .map(|c| c.iter().collect::<String>())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            (
                "单位类别".into(),
                if university {
                    "高等院校".into()
                } else {
                    "民营企业".into()
                },
            ),
            ("项目负责人（签字）".into(), "陈立新".into()),
            ("联系电话（手机）".into(), "139 1234 5678".into()),
            (
                "推荐单位（主管部门）".into(),
                "苏州高新区（虎丘区）科技局".into(),
            ),
            ("所属高新区".into(), "苏州高新区".into()),
            (
                "合作企业".into(),
                if university {
                    "苏州启明智能科技有限公司".into()
                } else {
                    "/".into()
                },
            ),
            ("项目开始时间".into(), "2022年9月".into()),
            ("项目结束时间".into(), "2025年8月".into()),
            (money_label_m.clone(), money_m.clone()),
            (money_label_t.clone(), money_t.clone()),
        ];
        write_info(
            &pkg.join("基本信息表.docx"),
            "苏州市科技计划项目基本信息表",
            &pairs,
            if i % 2 == 0 { 3 } else { 2 },
        );
        let want = json!({
            "project_name": title,
            "guide_code": format!("2109{:02}", 1 + i % 3),
            "applicant": applicant,
            "applicant_type": if university { "university" } else { "enterprise" },
            "credit_code": code,
            "leader": "陈立新",
            "phone": "13912345678",
            "department": "苏州高新区（虎丘区）科技局",
            "zone": "苏州高新区",
            "partners": if university { json!(["苏州启明智能科技有限公司"]) } else { json!([]) },
            "municipal_funding_wan": municipal as f64,
            "total_budget_wan": total_wan as f64,
            "start": "2022-09",
            "end": "2025-08",
        });
        // The same table read as DOCX, and as the PDF LibreOffice makes of it (a PDF table whose
        // reading order is LibreOffice's, with six columns in half the cases).
        let pdf_dir = dir.join(format!("p{i}-pdf"));
        std::fs::create_dir_all(&pdf_dir).unwrap();
        let status = std::process::Command::new("soffice")
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&pdf_dir)
            .arg(pkg.join("基本信息表.docx"))
            .output()
            .expect("LibreOffice (soffice) is needed for this test; .ci/run installs it");
        assert!(status.status.success());
        for (form, path) in [("docx", &pkg), ("pdf", &pdf_dir)] {
            let r = propscan::check_path(path, &profile, &Limits::default(), None);
            let got = serde_json::to_value(&r.fields).unwrap();
            for (k, w) in want.as_object().unwrap() {
                total += 1;
                let g = &got[k];
                let same = match (w, g) {
                    (Value::Number(a), Value::Number(b)) => {
                        (a.as_f64().unwrap() - b.as_f64().unwrap()).abs() < 1e-6
                    }
                    _ => w == g,
                };
                if same {
                    ok += 1;
                } else {
                    misses.push(format!(
                        "p{i} {form} {k}: want {w} got {g} ({money_label_m}={money_m}, {money_label_t}={money_t})"
                    ));
                }
            }
        }
    }
    let acc = ok as f64 / total as f64;
    println!("held-out fields: {ok}/{total} = {acc:.3}");
    for m in &misses {
        println!("  {m}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(acc >= 0.98, "held-out field accuracy {acc:.3}: {misses:#?}");
}

/// A PDF as online application systems export them (iText style): STSong-Light with the
/// predefined UniGB-UCS2-H CMap, no embedded font, every table cell a stroked rectangle, text
/// placed in cells — and a code wider than its cell, running over the border.
fn itext_style_pdf(rows: &[[&str; 4]]) -> Vec<u8> {
    let hex = |t: &str| {
        t.encode_utf16()
            .map(|u| format!("{u:04X}"))
            .collect::<String>()
    };
    let x = [50, 150, 330, 430, 545];
    let mut ops = vec!["0.5 w".to_string()];
    let mut texts = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let y = 760 - 24 * r as i32;
        for c in 0..4 {
            ops.push(format!("{} {} {} 24 re S", x[c], y - 24, x[c + 1] - x[c]));
            texts.push(format!(
                "BT /F1 9 Tf 1 0 0 1 {} {} Tm <{}> Tj ET",
                x[c] + 3,
                y - 16,
                hex(row[c])
            ));
        }
    }
    ops.extend(texts);
    let content = ops.join("\n");
    let objs = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [7 0 R] /Count 1 >>".to_string(),
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>".to_string(),
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 3 0 R /DW 1000 >>".to_string(),
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offs = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offs.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).bytes());
    for o in offs {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .bytes(),
    );
    out
}

#[test]
fn fields_of_an_itext_style_pdf_table() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("itext-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = itext_style_pdf(&[
        [
            "项目名称",
            "高导热氮化铝陶瓷基板制备工艺研发",
            "指南代码",
            "210601",
        ],
        [
            "申报单位",
            "苏州市启明智能科技有限公司",
            "统一社会信用代码",
            "91320505MA1X7Q3W0Y",
        ],
        ["项目负责人", "陈立新", "联系电话", "13912345678"],
        ["申请市拨经费（万元）", "80", "项目总投入（万元）", "320"],
        [
            "实施期限",
            "2022年9月至2025年8月",
            "所在高新区",
            "苏州高新区",
        ],
    ]);
    std::fs::write(dir.join("项目信息表.pdf"), pdf).unwrap();
    let r = propscan::check_path(&dir, &Profile::default_profile(), &Limits::default(), None);
    let f = serde_json::to_value(&r.fields).unwrap();
    assert_eq!(f["project_name"], "高导热氮化铝陶瓷基板制备工艺研发");
    assert_eq!(f["guide_code"], "210601");
    assert_eq!(
        f["credit_code"], "91320505MA1X7Q3W0Y",
        "the code ran over its cell"
    );
    assert_eq!(f["leader"], "陈立新");
    assert_eq!(f["municipal_funding_wan"], 80.0);
    assert_eq!(f["total_budget_wan"], 320.0);
    assert_eq!(f["start"], "2022-09");
    assert_eq!(f["zone"], "苏州高新区");
    assert_eq!(
        r.documents[0].parts,
        vec![propscan::package::PartKind::InfoTable]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
