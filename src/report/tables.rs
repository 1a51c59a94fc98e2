//! Batch outputs for intake staff: an XLSX workbook (summary and findings sheets), a CSV of
//! the findings, and the call's summary table (附件2) as DOCX written with docx-rs.

use super::{PackageReport, Report};
use crate::profile::Profile;
use crate::rules::{Finding, Severity};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// The columns of 附件2, in the call's order.
pub const SUMMARY_COLUMNS: [&str; 9] = [
    "序号",
    "指南代码",
    "项目名称",
    "申报单位",
    "项目负责人",
    "联系方式",
    "主管部门",
    "所在高新区",
    "备注",
];

fn s(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The 附件2 columns read from the fields: 指南代码 … 所在高新区 (between 序号 and 备注).
fn summary_fields(f: &crate::fields::Fields) -> [String; 7] {
    [
        s(&f.guide_code),
        s(&f.project_name),
        s(&f.applicant),
        s(&f.leader),
        s(&f.phone),
        s(&f.department),
        s(&f.zone),
    ]
}

/// The file name of a package path.
pub fn short_path(p: &str) -> String {
    std::path::Path::new(p)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.to_string())
}

/// Batch findings that name a package.
fn batch_for<'a>(r: &'a Report, path: &'a str) -> impl Iterator<Item = &'a super::BatchFinding> {
    r.batch_findings
        .iter()
        .filter(move |b| b.packages.iter().any(|p| p == path))
}

/// Errors and warnings of a package, its own and the batch's.
pub fn counts(r: &Report, p: &PackageReport) -> (usize, usize) {
    let e = p.count(Severity::Error)
        + batch_for(r, &p.path)
            .filter(|b| b.severity == Severity::Error)
            .count();
    let w = p.count(Severity::Warning)
        + batch_for(r, &p.path)
            .filter(|b| b.severity == Severity::Warning)
            .count();
    (e, w)
}

/// "T001 项目名称须以…；B002 …": the worst findings, shortened.
fn worst(p: &PackageReport, r: &Report, n: usize) -> String {
    let mut v: Vec<(Severity, &str, &str)> = p
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| (f.severity, f.rule, f.message.as_str()))
        .chain(batch_for(r, &p.path).map(|b| (b.severity, b.rule, b.message.as_str())))
        .collect();
    v.sort_by_key(|x| (x.0, x.1));
    v.iter()
        .take(n)
        .map(|(_, rule, m)| {
            let m: String = m.chars().take(40).collect();
            format!("{rule} {m}")
        })
        .collect::<Vec<_>>()
        .join("；")
}

fn warnings_note(p: &PackageReport, r: &Report) -> String {
    let mut codes: Vec<String> = p
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .map(|f| f.rule.to_string())
        .chain(
            batch_for(r, &p.path)
                .filter(|b| b.severity == Severity::Warning)
                .map(|b| b.rule.to_string()),
        )
        .collect();
    codes.dedup();
    let mut names: Vec<String> = Vec::new();
    for c in codes {
        let n = crate::rules::info(&c)
            .map(|i| format!("{c}（{}）", zh_rule_name(i.code)))
            .unwrap_or(c);
        if !names.contains(&n) {
            names.push(n);
        }
    }
    if names.is_empty() {
        String::new()
    } else {
        format!("需人工核实：{}", names.join("、"))
    }
}

/// A short Chinese name of a rule for tables.
pub fn zh_rule_name(code: &str) -> &'static str {
    match code {
        "T002" => "名称字数",
        "T006" => "名称不规范",
        "A006" => "缺封面",
        "A007" => "装订顺序",
        "B005" => "经费未读出",
        "P002" => "期限未读出",
        "G003" => "指南方向",
        "G004" => "发明专利",
        "G005" => "样品样机/小试",
        "E005" => "劳动合同",
        "E006" => "行业许可",
        "S001" => "量产产业化",
        "S002" => "技术推广",
        "D001" => "与在研项目相近",
        "D003" => "批内相似",
        "F003" => "扫描件",
        "F006" => "纸张非A4",
        "F001" => "文件不完整",
        _ => "见说明",
    }
}

fn location_text(f: &Finding) -> (String, String, String) {
    let l = f.location.clone().unwrap_or_default();
    (
        l.document.unwrap_or_default(),
        l.page.map(|p| p.to_string()).unwrap_or_default(),
        l.paragraph.map(|p| p.to_string()).unwrap_or_default(),
    )
}

fn xl(e: rust_xlsxwriter::XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

/// The XLSX workbook: 汇总 (one row a package: the 附件2 columns, errors, warnings, worst
/// findings, the closest project and its score) and 问题清单 (one row a finding).
pub fn write_xlsx(r: &Report, path: &std::path::Path) -> io::Result<()> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(0xD9E1F2)
        .set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    let summary_head = [
        "序号",
        "申报包",
        "指南代码",
        "项目名称",
        "申报单位",
        "项目负责人",
        "联系方式",
        "主管部门",
        "所在高新区",
        "错误",
        "警告",
        "主要问题",
        "最相近项目",
        "相似度",
        "结论",
    ];
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (i, p) in r.packages.iter().enumerate() {
        let f = &p.fields;
        let (e, w) = counts(r, p);
        let closest = p.similar.first();
        let mut row = vec![(i + 1).to_string(), short_path(&p.path)];
        row.extend(summary_fields(f));
        row.extend([
            e.to_string(),
            w.to_string(),
            worst(p, r, 3),
            closest
                .map(|c| format!("{} {}", c.id, c.title))
                .unwrap_or_default(),
            closest
                .map(|c| format!("{:.2}", c.score))
                .unwrap_or_default(),
            if e == 0 { "通过" } else { "退回修改" }.into(),
        ]);
        rows.push(row);
    }
    write_sheet(
        &mut wb,
        "汇总",
        &summary_head,
        &rows,
        &head,
        &wrap,
        &[0, 9, 10, 13],
    )?;
    let findings_head = ["申报包", "规则", "级别", "说明", "依据", "文件", "页", "段"];
    let mut frows: Vec<Vec<String>> = Vec::new();
    for p in &r.packages {
        for f in &p.findings {
            let (doc, page, para) = location_text(f);
            frows.push(vec![
                short_path(&p.path),
                f.rule.to_string(),
                f.severity.zh().to_string(),
                f.message.clone(),
                f.evidence.clone(),
                doc,
                page,
                para,
            ]);
        }
    }
    for b in &r.batch_findings {
        frows.push(vec![
            b.packages
                .iter()
                .map(|p| short_path(p))
                .collect::<Vec<_>>()
                .join("、"),
            b.rule.to_string(),
            b.severity.zh().to_string(),
            b.message.clone(),
            b.evidence.clone(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    write_sheet(
        &mut wb,
        "问题清单",
        &findings_head,
        &frows,
        &head,
        &wrap,
        &[6, 7],
    )?;
    wb.save(path).map_err(xl)
}

fn write_sheet(
    wb: &mut rust_xlsxwriter::Workbook,
    name: &str,
    head: &[&str],
    rows: &[Vec<String>],
    head_fmt: &rust_xlsxwriter::Format,
    wrap: &rust_xlsxwriter::Format,
    numeric: &[usize],
) -> io::Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(name).map_err(xl)?;
    for (c, h) in head.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, head_fmt)
            .map_err(xl)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            let (r, c16) = (r as u32 + 1, c as u16);
            match v.parse::<f64>() {
                Ok(x) if numeric.contains(&c) => {
                    ws.write_number(r, c16, x).map_err(xl)?;
                }
                _ => {
                    ws.write_string_with_format(r, c16, v, wrap).map_err(xl)?;
                }
            }
        }
    }
    // Widths that fit Chinese text: a CJK character is two columns wide.
    for (c, h) in head.iter().enumerate() {
        let w = rows
            .iter()
            .map(|r| {
                r.get(c)
                    .map(|v| v.lines().map(|l| l.width()).max().unwrap_or(0))
                    .unwrap_or(0)
            })
            .chain([h.width()])
            .max()
            .unwrap_or(8);
        ws.set_column_width(c as u16, (w as f64 + 2.0).clamp(6.0, 60.0))
            .map_err(xl)?;
    }
    ws.set_freeze_panes(1, 0).map_err(xl)?;
    ws.autofilter(0, 0, rows.len() as u32, head.len() as u16 - 1)
        .map_err(xl)?;
    Ok(())
}

fn csv_field(v: &str) -> String {
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}

/// The findings as CSV, UTF-8 with a BOM so that Excel opens it as UTF-8.
pub fn write_csv(r: &Report, w: &mut dyn Write) -> io::Result<()> {
    w.write_all("\u{feff}".as_bytes())?;
    writeln!(
        w,
        "package,rule,severity,message,evidence,document,page,paragraph"
    )?;
    for p in &r.packages {
        for f in &p.findings {
            let (doc, page, para) = location_text(f);
            let row = [
                p.path.as_str(),
                f.rule,
                f.severity.as_str(),
                &f.message,
                &f.evidence,
                &doc,
                &page,
                &para,
            ];
            writeln!(w, "{}", row.map(csv_field).join(","))?;
        }
    }
    for b in &r.batch_findings {
        let pk = b.packages.join(" | ");
        let row = [
            pk.as_str(),
            b.rule,
            b.severity.as_str(),
            &b.message,
            &b.evidence,
            "",
            "",
            "",
        ];
        writeln!(w, "{}", row.map(csv_field).join(","))?;
    }
    Ok(())
}

/// The call's summary table (附件2) as DOCX: the profile's title, the 主管部门 line, and one row
/// a package that passed (no error, its own or the batch's), 备注 listing its warnings; A4
/// landscape.
pub fn write_summary_docx(r: &Report, profile: &Profile, path: &std::path::Path) -> io::Result<()> {
    use docx_rs::*;
    let font = RunFonts::new().east_asia("宋体").ascii("Times New Roman");
    let run = |t: &str| Run::new().add_text(t).fonts(font.clone()).size(21);
    let passed: Vec<&PackageReport> = r.packages.iter().filter(|p| counts(r, p).0 == 0).collect();
    let mut depts: Vec<String> = passed
        .iter()
        .filter_map(|p| p.fields.department.clone())
        .collect();
    depts.sort();
    depts.dedup();
    let title = Paragraph::new()
        .add_run(
            Run::new()
                .add_text(&profile.summary_table_title)
                .fonts(RunFonts::new().east_asia("黑体"))
                .size(32)
                .bold(),
        )
        .align(AlignmentType::Center);
    let dept_line =
        Paragraph::new().add_run(run(&format!("主管部门（盖章）：{}", depts.join("、"))));
    // Column widths in twips: the landscape A4 text width (16,838 − 2 × 1,134).
    let widths = [600, 1150, 2850, 2300, 1000, 1650, 1800, 1300, 1920];
    let cell = |t: &str, w: usize, bold: bool| {
        let mut r = run(t);
        if bold {
            r = r.bold();
        }
        TableCell::new()
            .add_paragraph(Paragraph::new().add_run(r))
            .width(w, WidthType::Dxa)
            .vertical_align(VAlignType::Center)
    };
    let mut rows = vec![TableRow::new(
        SUMMARY_COLUMNS
            .iter()
            .zip(widths)
            .map(|(h, w)| cell(h, w, true))
            .collect(),
    )];
    for (i, p) in passed.iter().enumerate() {
        let mut vals = vec![(i + 1).to_string()];
        vals.extend(summary_fields(&p.fields));
        vals.push(warnings_note(p, r));
        rows.push(TableRow::new(
            vals.iter()
                .zip(widths)
                .map(|(v, w)| cell(v, w, false))
                .collect(),
        ));
    }
    let table = Table::new(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed);
    let file = std::fs::File::create(path)?;
    Docx::new()
        .page_size(16838, 11906)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(PageMargin {
            top: 1134,
            left: 1134,
            bottom: 1134,
            right: 1134,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .add_paragraph(title)
        .add_paragraph(dept_line)
        .add_table(table)
        .build()
        .pack(file)
        .map_err(|e| io::Error::other(e.to_string()))
}
