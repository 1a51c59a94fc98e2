//! The XLSX workbook for intake staff: 汇总 (one row a package: the 附件2 columns, errors,
//! warnings, worst findings, the closest project and its score) and 问题清单 (one row a
//! finding); frozen header, filters, widths for Chinese.

use super::csv::location_text;
use super::docx::{SUMMARY_COLUMNS, summary_fields};
use super::{PackageReport, RenderCx, Renderer, Report, batch_for, counts, short_path};
use crate::model::Severity;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// The XLSX renderer.
pub struct Xlsx;

impl Renderer for Xlsx {
    fn render(&self, r: &Report, cx: &RenderCx, w: &mut dyn Write) -> io::Result<()> {
        w.write_all(&workbook(r, cx)?)
    }
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

fn xl(e: rust_xlsxwriter::XlsxError) -> io::Error {
    io::Error::other(e.to_string())
}

/// The XLSX workbook: 汇总 (one row a package: the 附件2 columns, errors, warnings, worst
/// findings, the closest project and its score) and 问题清单 (one row a finding).
fn workbook(r: &Report, _cx: &RenderCx) -> io::Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(0xD9E1F2)
        .set_text_wrap();
    let wrap = Format::new().set_text_wrap();
    // 序号, the package, then 附件2's columns up to 所在高新区, then the screening columns.
    let mut summary_head: Vec<&str> = vec![SUMMARY_COLUMNS[0], "申报包"];
    summary_head.extend(&SUMMARY_COLUMNS[1..SUMMARY_COLUMNS.len() - 1]);
    summary_head.extend(["错误", "警告", "主要问题", "最相近项目", "相似度", "结论"]);
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
    let findings_head = [
        "申报包",
        "规则",
        "级别",
        "说明",
        "依据",
        "建议",
        "文件",
        "页",
        "段",
    ];
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
                f.suggestion.clone().unwrap_or_default(),
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
    wb.save_to_buffer().map_err(xl)
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
