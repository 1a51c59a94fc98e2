//! The call's summary table (附件2) as DOCX (docx-rs): the profile's title, the 主管部门 line,
//! and one row a package that passed (no error, its own or the batch's), 备注 listing its
//! warnings; A4 landscape. The columns are 附件2's, in the call's order.

use super::{PackageReport, RenderCx, Renderer, Report, batch_for, counts};
use crate::model::{Fields, Severity};
use std::io::{self, Write};

/// The 附件2 renderer.
pub struct SummaryDocx;

impl Renderer for SummaryDocx {
    fn render(&self, r: &Report, cx: &RenderCx, w: &mut dyn Write) -> io::Result<()> {
        let mut buf = std::io::Cursor::new(Vec::new());
        write_summary_docx(r, cx, &mut buf)?;
        w.write_all(buf.get_ref())
    }
}

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
pub fn summary_fields(f: &Fields) -> [String; 7] {
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

pub fn warnings_note(p: &PackageReport, r: &Report) -> String {
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
            .map(|i| format!("{c}（{}）", i.short_zh))
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

/// The call's summary table (附件2) as DOCX: the profile's title, the 主管部门 line, and one row
/// a package that passed (no error, its own or the batch's), 备注 listing its warnings; A4
/// landscape.
fn write_summary_docx(
    r: &Report,
    cx: &RenderCx,
    out: &mut std::io::Cursor<Vec<u8>>,
) -> io::Result<()> {
    let profile = cx.profile;
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
        .pack(out)
        .map_err(|e| io::Error::other(e.to_string()))
}
