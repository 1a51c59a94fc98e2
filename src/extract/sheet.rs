//! Spreadsheets (.xlsx, .xls), read so that their content counts; F004 still says the call
//! takes PDF and DOCX. Online systems export the information table as a workbook, and a clerk
//! opens it.
//!
//! Through calamine: every sheet in order, each row a table row (merged cells read once, at
//! their first cell), a row with a single value a paragraph (a title, a note), an empty row
//! the end of a table. Numbers as a person sees them (300, 12.5), dates as 2022-07-01.
//! The archive's declared sizes are checked against the limits before anything is inflated.

use super::flow::Flow;
use super::{Deadline, DocIssue, Document, ExtractError, Format, Limits};
use calamine::{Data, Dimensions, Reader, Sheets, open_workbook_auto_from_rs};
use std::io::Cursor;

fn corrupt(detail: String) -> ExtractError {
    ExtractError::Corrupt {
        detail: format!("spreadsheet: {detail}"),
    }
}

/// A zip (xlsx) whose declared entries would inflate beyond the limits is refused unread; a
/// compound file (.xls) is first opened by the cfb crate, which checks its sector chains
/// against the file (calamine's own reader trusts them: a fuzzed file made it index past its
/// buffer, or size a buffer by a sector number).
fn check_container(bytes: &[u8], limits: &Limits) -> Result<(), ExtractError> {
    let Ok(mut z) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        let mut cf = cfb::CompoundFile::open(Cursor::new(bytes))
            .map_err(|e| corrupt(format!("the compound file cannot be opened ({e})")))?;
        for name in ["Workbook", "Book"] {
            if let Ok(s) = cf.open_stream(name)
                && s.len() > limits.max_stream_bytes as u64
            {
                return Err(ExtractError::TooLarge {
                    detail: format!("a {name} stream of {} bytes", s.len()),
                });
            }
        }
        return Ok(());
    };
    let mut total = 0u64;
    if z.len() > limits.max_zip_entries {
        return Err(corrupt(format!("{} entries", z.len())));
    }
    for i in 0..z.len() {
        let Ok(f) = z.by_index_raw(i) else {
            return Err(corrupt("an unreadable zip entry".into()));
        };
        let size = f.size();
        total = total.saturating_add(size);
        if size > limits.max_stream_bytes as u64
            || total > limits.max_zip_total_bytes
            || size / f.compressed_size().max(1) > limits.max_zip_ratio
        {
            return Err(ExtractError::TooLarge {
                detail: format!("a workbook part inflating to {size} bytes"),
            });
        }
    }
    Ok(())
}

fn number(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        let s = format!("{:.6}", f);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => number(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        Data::DateTime(x) if x.is_duration() => number(x.as_f64()),
        Data::DateTime(x) => {
            let (y, m, d, ..) = x.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

pub fn extract_sheet(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    check_container(bytes, limits)?;
    // calamine is a third party's parser of hostile bytes: a panic in it is a corrupt file.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_workbook(path, bytes, limits, deadline)
    }))
    .unwrap_or_else(|_| Err(corrupt("the workbook's structure is broken".into())))
}

fn read_workbook(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    // A workbook calamine cannot open is still a workbook: said to be a format the call does
    // not take (F004), as before spreadsheets were read.
    let mut wb = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        ExtractError::Unsupported {
            format: "Excel (.xls/.xlsx)".into(),
            advice: format!(
                "申报材料须为 PDF 或 DOCX：请将表格内容填入模板后导出 PDF (fill the template and export to PDF; the workbook could not be opened: {e})"
            ),
        }
    })?;
    let mut doc = Document::new(path, Format::Sheet);
    let names = wb.sheet_names();
    let mut chars = 0usize;
    'sheets: for name in names {
        if deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        let Ok(range) = wb.worksheet_range(&name) else {
            continue;
        };
        let merged: Vec<Dimensions> = match &mut wb {
            Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            Sheets::Xls(x) => x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            _ => Vec::new(),
        };
        let (r0, c0) = range.start().unwrap_or((0, 0));
        // Cells covered by a merge, but for its first: not read again.
        let covered = |r: u32, c: u32| {
            merged.iter().any(|m| {
                (m.start.0..=m.end.0).contains(&r)
                    && (m.start.1..=m.end.1).contains(&c)
                    && (r, c) != m.start
            })
        };
        let mut flow = Flow::new(&mut doc);
        for (i, row) in range.rows().enumerate() {
            let r = r0 + i as u32;
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .filter(|(j, _)| !covered(r, c0 + *j as u32))
                .map(|(_, d)| cell_text(d).trim().to_string())
                .collect();
            let filled: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
            chars += filled.iter().map(|c| c.len()).sum::<usize>();
            match filled.len() {
                0 => flow.end_table(),
                1 => flow.paragraph(filled[0], None),
                _ => {
                    let last = cells.iter().rposition(|c| !c.is_empty()).unwrap_or(0);
                    for c in &cells[..=last] {
                        flow.cell_text(c, '\n');
                        flow.end_cell();
                    }
                    flow.end_row();
                }
            }
            if chars > limits.max_chars * 4 {
                flow.finish();
                doc.issues.push(DocIssue::Truncated {
                    detail: "text longer than the limit".into(),
                });
                break 'sheets;
            }
        }
        flow.finish();
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workbook as an online system exports the information table: a merged title, label and
    /// value pairs (a label merged over two columns), a number, a date; then an empty row and a
    /// second table.
    #[test]
    fn a_workbook_reads_as_a_title_and_tables() {
        use rust_xlsxwriter::{ExcelDateTime, Format as XFormat, Workbook};
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        let plain = XFormat::new();
        ws.merge_range(0, 0, 0, 3, "项目信息表", &plain).unwrap();
        ws.write_string(1, 0, "项目名称").unwrap();
        ws.write_string(1, 1, "高效电机控制器研发").unwrap();
        ws.merge_range(2, 0, 2, 1, "项目总投入（万元）", &plain)
            .unwrap();
        ws.write_number(2, 2, 300.0).unwrap();
        ws.write_string(3, 0, "开始日期").unwrap();
        let date = ExcelDateTime::from_ymd(2022, 7, 1).unwrap();
        let fmt = XFormat::new().set_num_format("yyyy-mm-dd");
        ws.write_datetime_with_format(3, 1, &date, &fmt).unwrap();
        ws.write_string(5, 0, "科目").unwrap();
        ws.write_string(5, 1, "金额").unwrap();
        let bytes = wb.save_to_buffer().unwrap();
        let limits = Limits::default();
        let doc = extract_sheet(
            "t.xlsx",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        assert_eq!(
            doc.render_text(),
            "项目信息表\n项目名称\t高效电机控制器研发\n项目总投入（万元）\t300\n开始日期\t2022-07-01\n科目\t金额\n"
        );
        assert_eq!(doc.next_table(), 2, "{:?}", doc.blocks);
    }

    /// A fuzzed compound file on which calamine's own CFB reader panicked (slicing past its
    /// buffer): a typed error now, whatever calamine would do.
    #[test]
    fn a_broken_compound_file_is_an_error_not_a_panic() {
        let bytes = include_bytes!("../../tests/fixtures/bad/fuzz_calamine_cfb.xls");
        let limits = Limits::default();
        let r = extract_sheet("f.xls", bytes, &limits, Deadline::after(limits.time_budget));
        assert!(r.is_err(), "{r:?}");
    }

    #[test]
    fn numbers_as_people_read_them() {
        assert_eq!(number(300.0), "300");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
    }
}
