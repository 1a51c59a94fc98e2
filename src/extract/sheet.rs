//! Spreadsheets (.xlsx), read so that their content counts; F004 still says the call takes PDF
//! and DOCX. Online systems export the information table as a workbook, and a clerk opens it.
//!
//! Through calamine's streaming cell reader (never a dense range: a sheet with one cell at A1
//! and one at XFD1048576 would ask for billions): every sheet in order, each row a table row
//! (merged cells read once, at their first cell), a row with a single value a paragraph (a
//! title, a note), a missing row the end of a table. Numbers as a person sees them (300,
//! 12.5), dates as 2022-07-01. The archive's declared sizes are checked against the limits
//! before anything is inflated, and calamine runs under a panic guard. Legacy .xls files
//! (BIFF8, as online systems still export) are read through calamine's .xls reader, which
//! builds each sheet as a dense range: so the Workbook stream's cell records are first walked
//! here (`biff_extent`) and a workbook whose sheets span more cells than a form could fill is
//! refused unread; its compound-file reader runs under the same panic guard (it panicked on a
//! fuzzed file, `tests/fixtures/bad/fuzz_calamine_cfb.xls`).

use super::flow::Flow;
use super::formula;
use super::{Deadline, DocIssue, Document, ExtractError, Format, Limits};
use calamine::{Data, Dimensions, Reader, Xls, Xlsx, open_workbook_from_rs};
use std::collections::BTreeMap;
use std::io::Cursor;

/// Empty cells written between two values of a row at most (wider gaps are closed up).
const MAX_GAP: u32 = 32;

/// A sheet's non-empty cells by (row, column), as shown.
type SheetCells = BTreeMap<(u32, u32), String>;

/// A formula to work out once every sheet is read: the kept sheet it shows on, where it shows,
/// its sheet's index in the workbook, its text, and the result cached with it.
struct Pending {
    sheet: usize,
    at: (u32, u32),
    index: usize,
    formula: String,
    cached: Data,
}

/// The most cells kept for working out formulas written without results (far beyond a form).
const MAX_FORMULA_CELLS: usize = 200_000;
/// Number cells whose number format is kept to show them by, per sheet.
const MAX_FORMATTED_CELLS: usize = 200_000;

fn corrupt(detail: String) -> ExtractError {
    ExtractError::Corrupt {
        detail: format!("spreadsheet: {detail}"),
    }
}

/// A zip whose declared entries would inflate beyond the limits is refused unread.
fn check_zip(bytes: &[u8], limits: &Limits) -> Result<(), ExtractError> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| corrupt(format!("not a readable workbook ({e})")))?;
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
    check_zip(bytes, limits)?;
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
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(unopened)?;
    let mut out = Sheets::new(path, limits);
    // What a clerk who opens the workbook does not see is not read: hidden sheets, and the
    // hidden rows and columns of the others (a designer's example column, rows an applicant
    // hid instead of deleting them).
    let shown: Vec<String> = wb
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == calamine::SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let (mut hidden, mut formats) = hidden_parts_and_formats(bytes, limits);
    // Formulas written without their results (a script's workbook) are worked out once every
    // sheet is read: they may point at a later sheet, or at a hidden one.
    let names = wb.sheet_names();
    let mut book = formula::Book {
        sheets: names.clone(),
        ..formula::Book::default()
    };
    let mut sheets: Vec<(SheetCells, Vec<Dimensions>)> = Vec::new();
    let mut pending: Vec<Pending> = Vec::new();
    let stale = recalculated_on_load(bytes, limits);
    for (index, name) in names.iter().enumerate() {
        let visible = shown.contains(name);
        let hide = hidden.remove(name).unwrap_or_default();
        let shown_as = formats.remove(name).unwrap_or_default();
        // The sheet's non-empty cells, by (row, column).
        let mut cells: BTreeMap<(u32, u32), String> = BTreeMap::new();
        let mut full = false;
        {
            let Ok(mut reader) = wb.worksheet_cells_reader(name) else {
                continue;
            };
            let mut n = 0usize;
            while let Ok(Some(cell)) = reader.next_cell_with_formula() {
                n += 1;
                if n.is_multiple_of(4096) && deadline.expired() {
                    return Err(ExtractError::Timeout {
                        seconds: limits.time_budget.as_secs(),
                    });
                }
                let value = Data::from(cell.value.clone());
                let uncached = (stale || matches!(value, Data::Empty)) && cell.formula.is_some();
                if book.cells.len() < MAX_FORMULA_CELLS {
                    let seen = match (&value, &cell.formula) {
                        (_, Some(f)) if uncached => Some(formula::Cell::Formula(f.clone())),
                        (Data::Float(f), _) => Some(formula::Cell::Number(*f)),
                        (Data::Int(i), _) => Some(formula::Cell::Number(*i as f64)),
                        (Data::Empty, Some(f)) => Some(formula::Cell::Formula(f.clone())),
                        (Data::Empty, None) => None,
                        _ => Some(formula::Cell::Text),
                    };
                    if let Some(seen) = seen {
                        book.cells.insert((index, cell.pos.0, cell.pos.1), seen);
                    }
                }
                // Hidden sheets, rows and columns close up, as on screen.
                if !visible {
                    continue;
                }
                let Some(at) = hide.shown(cell.pos) else {
                    continue;
                };
                if uncached {
                    if let Some(f) = cell.formula {
                        pending.push(Pending {
                            sheet: sheets.len(),
                            at,
                            index,
                            formula: f,
                            cached: value,
                        });
                    }
                } else if !out.keep(&mut cells, at, &as_shown(value, shown_as.get(&cell.pos))) {
                    full = true;
                    break;
                }
            }
        }
        if visible {
            let merged = hide.merged(wb.merge_cells_by_sheet_name(name).unwrap_or_default());
            sheets.push((cells, merged));
        }
        if full {
            break;
        }
    }
    // A result worked out here; else the cached one, unless it is the 0 a writer that does not
    // calculate stores (then the cell is left empty: unknown, not a wrong 0).
    for Pending {
        sheet,
        at,
        index,
        formula,
        cached,
    } in pending
    {
        let Some((cells, _)) = sheets.get_mut(sheet) else {
            continue;
        };
        match book.evaluate(index, &formula) {
            Some(v) => {
                out.keep(cells, at, &Data::Float(v));
            }
            None if !matches!(cached, Data::Empty | Data::Float(0.0) | Data::Int(0)) => {
                out.keep(cells, at, &cached);
            }
            None => {}
        }
    }
    for (cells, merged) in &sheets {
        if !out.sheet(cells, merged) {
            break;
        }
    }
    let doc = out.finish();
    let (pictures, names) = xlsx_pictures(bytes, &shown, limits);
    if pictures.is_empty() {
        return Ok(doc);
    }
    let Ok(zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(doc);
    };
    Ok(super::docx::read_pictures(
        doc,
        &mut super::docx::Parts::Zip(zip),
        &names,
        &pictures,
        limits,
    ))
}

/// Every start or empty tag of an XML part: (local name, attributes).
fn each_tag(xml: &[u8], f: &mut dyn FnMut(&str, &quick_xml::events::BytesStart)) {
    use quick_xml::events::Event;
    let mut r = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => f(&super::docx::local(&e), &e),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
}

/// An .xlsx's sheets: (name, worksheet part), from the workbook's sheet list and its
/// relationships; none when the workbook's parts cannot be read.
fn sheet_parts(part: &mut dyn FnMut(&str) -> Option<Vec<u8>>) -> Vec<(String, String)> {
    let attr = super::docx::attr;
    let (Some(book), Some(rels)) = (part("xl/workbook.xml"), part("xl/_rels/workbook.xml.rels"))
    else {
        return Vec::new();
    };
    let mut targets = std::collections::HashMap::new();
    each_tag(&rels, &mut |name, e| {
        if name == "Relationship"
            && let (Some(id), Some(t)) = (attr(e, "Id"), attr(e, "Target"))
        {
            let t = match t.strip_prefix('/') {
                Some(abs) => abs.to_string(),
                None => format!("xl/{t}"),
            };
            targets.insert(id, t);
        }
    });
    let mut sheets = Vec::new();
    each_tag(&book, &mut |name, e| {
        if name == "sheet"
            && let (Some(n), Some(id)) = (attr(e, "name"), attr(e, "id"))
            && let Some(t) = targets.get(&id)
        {
            sheets.push((unescape(&n), t.clone()));
        }
    });
    sheets
}

/// The pictures on an .xlsx's shown sheets (a capture of the online form pasted into a sheet),
/// as the DOCX reader reads its pictures, after the cells: each sheet's drawing part
/// (xl/drawings/…), each anchored picture's part, the width it is shown at (its anchor's
/// extent, or its own) and its crop (a:srcRect, in thousandths of a
/// percent). With the names to find them by.
fn xlsx_pictures(
    bytes: &[u8],
    shown: &[String],
    limits: &Limits,
) -> (
    Vec<super::docx::Picture>,
    std::collections::HashMap<String, String>,
) {
    let attr = super::docx::attr;
    let mut pictures = Vec::new();
    let mut names = std::collections::HashMap::new();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return (pictures, names);
    };
    let mut part = |name: &str| {
        super::docx::read_entry(&mut zip, name, limits.max_stream_bytes)
            .ok()
            .flatten()
    };
    let rels_of = |target: &str| {
        let (dir, file) = target.rsplit_once('/').unwrap_or(("", target));
        (format!("{dir}/_rels/{file}.rels"), format!("{dir}/"))
    };
    let linked =
        |xml: &[u8], dir: &str| super::docx::relationship_list(&String::from_utf8_lossy(xml), dir);
    for (_, sheet) in sheet_parts(&mut part)
        .into_iter()
        .filter(|(n, _)| shown.contains(n))
    {
        let (rels, dir) = rels_of(&sheet);
        let Some(rels) = part(&rels) else { continue };
        for (_, kind, drawing) in linked(&rels, &dir) {
            if !kind.ends_with("/drawing") {
                continue;
            }
            let (Some(xml), (drels, ddir)) = (part(&drawing), rels_of(&drawing)) else {
                continue;
            };
            let Some(drels) = part(&drels) else { continue };
            let media: std::collections::HashMap<String, String> = linked(&drels, &ddir)
                .into_iter()
                .map(|(id, _, t)| (id, t))
                .collect();
            // The anchor being read: its extent (inches), its picture's relationship id, crop.
            let mut anchor: Option<(Option<f32>, Option<String>, [f32; 4])> = None;
            let mut done = |a: Option<(Option<f32>, Option<String>, [f32; 4])>| {
                if let Some((width, Some(id), crop)) = a
                    && let Some(target) = media.get(&id)
                    && pictures.len() < 64
                {
                    names.insert(target.clone(), target.clone());
                    pictures.push(super::docx::Picture {
                        at: usize::MAX,
                        id: target.clone(),
                        shown_in: width,
                        crop: super::docx::sane_crop(crop),
                    });
                }
            };
            each_tag(&xml, &mut |name, e| match name {
                "oneCellAnchor" | "twoCellAnchor" | "absoluteAnchor" => {
                    done(anchor.take());
                    anchor = Some((None, None, [0.0; 4]));
                }
                // The anchor's extent (one-cell and absolute anchors), else the picture's own
                // (a:xfrm/a:ext); extension-list entries (a:ext uri=…) have no cx.
                "ext" => {
                    if let Some(a) = anchor.as_mut()
                        && a.0.is_none()
                    {
                        a.0 = attr(e, "cx")
                            .and_then(|cx| cx.parse::<f32>().ok())
                            .map(|emu| emu / 914_400.0)
                            .filter(|w| *w > 0.0);
                    }
                }
                "blip" => {
                    if let Some(a) = anchor.as_mut() {
                        a.1 = a.1.take().or_else(|| attr(e, "embed"));
                    }
                }
                "srcRect" => {
                    if let Some(a) = anchor.as_mut() {
                        let side = |k: &str| {
                            attr(e, k)
                                .and_then(|v| v.parse::<f32>().ok())
                                .map_or(0.0, |v| v / 100_000.0)
                        };
                        a.2 = [side("l"), side("t"), side("r"), side("b")];
                    }
                }
                _ => {}
            });
            done(anchor.take());
        }
    }
    (pictures, names)
}

/// The hidden rows and columns of one worksheet, 0-based as calamine counts them.
#[derive(Default)]
struct Hidden {
    /// Sorted.
    rows: Vec<u32>,
    /// Inclusive column ranges, sorted and apart.
    cols: Vec<(u32, u32)>,
    /// How many hidden columns lie before each range.
    cols_before: Vec<u32>,
}

impl Hidden {
    /// Sort the rows, join overlapping column ranges (they would close up a column twice) and
    /// count the hidden columns before each range.
    fn settle(&mut self) {
        self.rows.sort_unstable();
        self.rows.dedup();
        self.cols.sort_unstable();
        let mut cols: Vec<(u32, u32)> = Vec::with_capacity(self.cols.len());
        for (a, b) in self.cols.drain(..) {
            match cols.last_mut() {
                Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                _ => cols.push((a, b)),
            }
        }
        let mut before = 0u32;
        self.cols_before = cols
            .iter()
            .map(|&(a, b)| {
                let k = before;
                before = before.saturating_add(b - a + 1);
                k
            })
            .collect();
        self.cols = cols;
    }

    /// Merged ranges where they show once hidden rows and columns are closed up; a range whose
    /// first or last cell is hidden is left out.
    fn merged(&self, ranges: Vec<Dimensions>) -> Vec<Dimensions> {
        ranges
            .into_iter()
            .filter_map(|m| {
                Some(Dimensions {
                    start: self.shown(m.start)?,
                    end: self.shown(m.end)?,
                })
            })
            .collect()
    }

    /// Where a cell shows once the hidden rows and columns are closed up; None when it is
    /// hidden itself.
    fn shown(&self, (row, col): (u32, u32)) -> Option<(u32, u32)> {
        let rows_before = match self.rows.binary_search(&row) {
            Ok(_) => return None,
            Err(k) => k as u32,
        };
        let k = self.cols.partition_point(|r| r.1 < col);
        if self.cols.get(k).is_some_and(|r| r.0 <= col) {
            return None;
        }
        let cols_before = match k {
            0 => 0,
            _ => {
                self.cols_before[k - 1].saturating_add(self.cols[k - 1].1 - self.cols[k - 1].0 + 1)
            }
        };
        Some((row - rows_before, col.saturating_sub(cols_before)))
    }
}

/// Whether the workbook asks to be recalculated when opened (`<calcPr fullCalcOnLoad="1">`):
/// writers that do not calculate (XlsxWriter, rust_xlsxwriter) store 0 as every formula's
/// result and set this, so the cached results are not what a clerk sees.
fn recalculated_on_load(bytes: &[u8], limits: &Limits) -> bool {
    use quick_xml::events::Event;
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return false;
    };
    let Some(book) = super::docx::read_entry(&mut zip, "xl/workbook.xml", limits.max_stream_bytes)
        .ok()
        .flatten()
    else {
        return false;
    };
    let mut r = quick_xml::Reader::from_reader(&book[..]);
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if super::docx::local(&e) == "calcPr" => {
                return e.attributes().flatten().any(|a| {
                    a.key.local_name().into_inner() == "fullCalcOnLoad"
                        && matches!(&*a.value, "1" | "true")
                });
            }
            Ok(Event::Eof) | Err(_) => return false,
            _ => {}
        }
        buf.clear();
    }
}

/// A number cell's value as its number format shows it (a unit, a percentage, leading zeros);
/// any other value, or a format that is not rendered, as it is.
fn as_shown(value: Data, code: Option<&std::rc::Rc<str>>) -> Data {
    let number = match value {
        Data::Float(f) => f,
        Data::Int(i) => i as f64,
        _ => return value,
    };
    match code.and_then(|c| super::numfmt::shown(number, c)) {
        Some(text) => Data::String(text),
        None => value,
    }
}

/// A sheet's number formats by cell (row, column), 0-based as calamine counts them.
type CellFormats = std::collections::HashMap<(u32, u32), std::rc::Rc<str>>;

/// Number formats by cell, of each sheet by name.
type Formats = std::collections::HashMap<String, CellFormats>;

/// The number formats a clerk would see a number under that can say more than the number:
/// the workbook's own formats (ids from 164) and the built-in percentages (9, 10), by cell
/// style index, from the styles part (the formats in `numFmts`, each cell style's format in
/// `cellXfs`).
fn style_formats(styles: &[u8]) -> Vec<Option<std::rc::Rc<str>>> {
    let attr = super::docx::attr;
    let mut codes: std::collections::HashMap<u32, std::rc::Rc<str>> =
        std::collections::HashMap::from([(9, "0%".into()), (10, "0.00%".into())]);
    let mut xfs = Vec::new();
    let (mut in_formats, mut in_xfs) = (false, false);
    each_tag(styles, &mut |tag, e| match tag {
        "numFmts" => in_formats = true,
        "cellXfs" => (in_formats, in_xfs) = (false, true),
        "fonts" | "fills" | "borders" | "cellStyleXfs" | "cellStyles" | "dxfs" | "tableStyles"
        | "colors" | "extLst" => (in_formats, in_xfs) = (false, false),
        "numFmt" if in_formats => {
            if let (Some(id), Some(code)) = (
                attr(e, "numFmtId").and_then(|v| v.parse::<u32>().ok()),
                attr(e, "formatCode"),
            ) && id >= 164
            {
                codes.insert(id, unescape(&code).into());
            }
        }
        "xf" if in_xfs && xfs.len() < 65_536 => xfs.push(
            attr(e, "numFmtId")
                .and_then(|v| v.parse::<u32>().ok())
                .and_then(|id| codes.get(&id).cloned()),
        ),
        _ => {}
    });
    xfs
}

/// The hidden rows (`<row hidden="1">`) and columns (`<col min max hidden="1">`) of each sheet
/// of an .xlsx, by sheet name (calamine does not say them), and the number formats of its
/// number cells that say more than the number (`style_formats`): the workbook's sheet list,
/// its relationships to the worksheet parts, then each part read as a stream of tags. A part
/// that cannot be read hides nothing and formats nothing.
fn hidden_parts_and_formats(
    bytes: &[u8],
    limits: &Limits,
) -> (std::collections::HashMap<String, Hidden>, Formats) {
    let mut out = std::collections::HashMap::new();
    let mut formats = Formats::new();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return (out, formats);
    };
    let mut part = |name: &str| {
        super::docx::read_entry(&mut zip, name, limits.max_stream_bytes)
            .ok()
            .flatten()
    };
    let sheets = sheet_parts(&mut part);
    let styles = part("xl/styles.xml")
        .map(|x| style_formats(&x))
        .unwrap_or_default();
    let attr = super::docx::attr;
    let on = |v: Option<String>| v.is_some_and(|v| v == "1" || v == "true");
    for (name, target) in sheets {
        let Some(xml) = part(&target) else {
            continue;
        };
        let mut h = Hidden::default();
        let mut shown_as = std::collections::HashMap::new();
        let mut next_row = 0u32;
        each_tag(&xml, &mut |tag, e| match tag {
            "c" if !styles.is_empty() && shown_as.len() < MAX_FORMATTED_CELLS => {
                if let Some(code) = attr(e, "s")
                    .and_then(|s| s.parse::<usize>().ok())
                    .and_then(|s| styles.get(s).cloned().flatten())
                    && let Some(at) = attr(e, "r").and_then(|r| super::formula::cell_ref(&r))
                {
                    shown_as.insert(at, code);
                }
            }
            "row" => {
                let row = attr(e, "r")
                    .and_then(|r| r.parse::<u32>().ok())
                    .map(|r| r.saturating_sub(1))
                    .unwrap_or(next_row);
                next_row = row.saturating_add(1);
                if on(attr(e, "hidden")) {
                    h.rows.push(row);
                }
            }
            "col" if on(attr(e, "hidden")) => {
                let n = |k: &str| attr(e, k).and_then(|v| v.parse::<u32>().ok());
                if let (Some(a), Some(b)) = (n("min"), n("max"))
                    && a <= b
                    && h.cols.len() < 16_384
                {
                    h.cols.push((a.saturating_sub(1), b.saturating_sub(1)));
                }
            }
            _ => {}
        });
        if !shown_as.is_empty() {
            formats.insert(name.clone(), shown_as);
        }
        if !h.rows.is_empty() || !h.cols.is_empty() {
            h.settle();
            out.insert(name, h);
        }
    }
    (out, formats)
}

/// XML's five entities and character references in an attribute value (a sheet's name).
fn unescape(s: &str) -> String {
    quick_xml::escape::unescape(s)
        .map(|c| c.into_owned())
        .unwrap_or_else(|_| s.to_string())
}

/// A workbook calamine cannot open: said to be a format the call does not take (F004).
fn unopened(e: impl std::fmt::Display) -> ExtractError {
    ExtractError::Unsupported {
        format: "Excel (.xls/.xlsx)".into(),
        advice: format!(
            "申报材料须为 PDF 或 DOCX：请将表格内容填入模板后导出 PDF (fill the template and export to PDF; the workbook could not be opened: {e})"
        ),
    }
}

/// The document a workbook's sheets are read into, and the characters still to read.
struct Sheets {
    doc: Document,
    budget: usize,
    truncated: bool,
}

impl Sheets {
    fn new(path: &str, limits: &Limits) -> Sheets {
        Sheets {
            doc: Document::new(path, Format::Sheet),
            budget: limits.max_chars,
            truncated: false,
        }
    }

    /// Keep a cell's text (none for an empty cell); false once the text limit is reached.
    fn keep(&mut self, cells: &mut BTreeMap<(u32, u32), String>, at: (u32, u32), d: &Data) -> bool {
        let text = cell_text(d);
        let text = text.trim();
        if text.is_empty() {
            return true;
        }
        if text.len() > self.budget {
            self.truncated = true;
            return false;
        }
        self.budget -= text.len();
        cells.insert(at, text.to_string());
        true
    }

    /// One sheet's kept cells into the document; false when reading stops here.
    fn sheet(&mut self, cells: &BTreeMap<(u32, u32), String>, merged: &[Dimensions]) -> bool {
        push_sheet(&mut self.doc, cells, merged);
        !self.truncated
    }

    fn finish(mut self) -> Document {
        if self.truncated {
            self.doc.issues.push(DocIssue::Truncated {
                detail: "text longer than the limit".into(),
            });
        }
        self.doc
    }
}

/// The most cells the sheets of an .xls may span together (rows × columns between each sheet's
/// outermost cells) before calamine is let build them densely: far beyond any form, far below
/// memory trouble.
const MAX_XLS_CELLS: u64 = 2_000_000;

/// Whether the workbook stream opens with a BIFF8 BOF (Excel 97 and later; a version of 0 that
/// is not a BIFF5 workbook's counts, as calamine reads it).
fn is_biff8(stream: &[u8]) -> bool {
    let u16_at = |at: usize| {
        stream
            .get(at..at + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    u16_at(0) == Some(0x0809)
        && match u16_at(4) {
            Some(0x0600) => true,
            Some(0) => u16_at(6) != Some(0x1000),
            _ => false,
        }
}

/// The spans (rows × columns between the outermost cell records) of the sheets of a BIFF
/// Workbook stream, added up, walked record by record (type, length, data) without trusting anything
/// but the bytes: sheets begin at their BOF records, cells are the records that carry a row and
/// a column (NUMBER, LABEL, LABELSST, RK, MULRK, BOOLERR, FORMULA, RSTRING, BLANK, MULBLANK).
fn biff_extent(stream: &[u8]) -> u64 {
    let u16_at = |b: &[u8], i: usize| b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let mut total = 0u64;
    let mut span: Option<(u16, u16, u16, u16)> = None;
    let area = |s: Option<(u16, u16, u16, u16)>| {
        s.map_or(0, |(r0, r1, c0, c1)| {
            (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1)
        })
    };
    let mut i = 0usize;
    while let (Some(kind), Some(len)) = (u16_at(stream, i), u16_at(stream, i + 2)) {
        let data = stream.get(i + 4..i + 4 + len as usize).unwrap_or(&[]);
        i += 4 + len as usize;
        if kind == 0x0809 {
            total = total.saturating_add(area(span));
            span = None;
            continue;
        }
        let cols: Option<(u16, u16)> = match kind {
            0x0203 | 0x0204 | 0x00FD | 0x027E | 0x0205 | 0x0006 | 0x00D6 | 0x0201 => {
                u16_at(data, 2).map(|c| (c, c))
            }
            // MULRK, MULBLANK: the first column after the row, the last in the final two bytes.
            0x00BD | 0x00BE if data.len() >= 6 => u16_at(data, 2).zip(u16_at(data, data.len() - 2)),
            _ => None,
        };
        if let (Some((c0, c1)), Some(r)) = (cols, u16_at(data, 0)) {
            let (c0, c1) = (c0.min(c1), c0.max(c1));
            span = Some(match span {
                None => (r, r, c0, c1),
                Some((r0, r1, a, b)) => (r0.min(r), r1.max(r), a.min(c0), b.max(c1)),
            });
        }
    }
    total.saturating_add(area(span))
}

/// The hidden rows (ROW records with fDyZero) and columns (COLINFO records with fHidden) of
/// each worksheet substream of a BIFF8 Workbook stream, in the order of the BOUNDSHEET records
/// (the order of the workbook's sheets): each substream found at the offset its BOUNDSHEET
/// gives. Sheets whose substream is not found hide nothing. With each sheet's number cells
/// whose format says more than the number (as `style_formats` for an .xlsx).
fn biff_hidden_and_formats(stream: &[u8]) -> Vec<(Hidden, CellFormats)> {
    let u16_at = |b: &[u8], i: usize| b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let mut sheets: Vec<(usize, Hidden, CellFormats)> = Vec::new();
    let mut current: Option<usize> = None;
    // The formats a number can be shown by that say more than the number (as for an .xlsx:
    // the workbook's own, from 164, and the built-in percentages), and each XF's.
    let mut codes: std::collections::HashMap<u16, std::rc::Rc<str>> =
        std::collections::HashMap::from([(9, "0%".into()), (10, "0.00%".into())]);
    let mut xfs: Vec<Option<std::rc::Rc<str>>> = Vec::new();
    let biff8 = is_biff8(stream);
    let mut i = 0usize;
    while let (Some(kind), Some(len)) = (u16_at(stream, i), u16_at(stream, i + 2)) {
        let data = stream.get(i + 4..i + 4 + len as usize).unwrap_or(&[]);
        // A number cell's format, kept for the sheet being read when it says more.
        let formatted =
            |sheets: &mut Vec<(usize, Hidden, CellFormats)>,
             (row, col, xf): (Option<u16>, Option<u16>, Option<u16>)| {
                if let (Some(k), Some(r), Some(c), Some(Some(code))) = (
                    current,
                    row,
                    col,
                    xf.map(|x| xfs.get(usize::from(x)).cloned().flatten()),
                ) && sheets[k].2.len() < MAX_FORMATTED_CELLS
                {
                    sheets[k].2.insert((u32::from(r), u32::from(c)), code);
                }
            };
        match kind {
            // BOUNDSHEET: where the sheet's substream starts.
            0x0085 if data.len() >= 4 => {
                let at = u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize;
                if sheets.len() < 4096 {
                    sheets.push((at, Hidden::default(), CellFormats::new()));
                }
            }
            // FORMAT (BIFF8): ifmt, then the code as an XLUnicodeString.
            0x041E if biff8 && data.len() >= 5 => {
                if let (Some(id), Some(n)) = (u16_at(data, 0), u16_at(data, 2))
                    && id >= 164
                {
                    let n = usize::from(n);
                    let code = if data[4] & 1 == 0 {
                        data.get(5..5 + n)
                            .map(|b| b.iter().map(|&c| char::from(c)).collect())
                    } else {
                        data.get(5..5 + 2 * n).map(|b| {
                            char::decode_utf16(
                                b.chunks_exact(2).map(|x| u16::from_le_bytes([x[0], x[1]])),
                            )
                            .map(|c| c.unwrap_or('\u{FFFD}'))
                            .collect::<String>()
                        })
                    };
                    if let Some(code) = code {
                        codes.insert(id, code.into());
                    }
                }
            }
            // XF: the number format of the cells that name this XF (by their order).
            0x00E0 if xfs.len() < 65_536 => {
                xfs.push(u16_at(data, 2).and_then(|f| codes.get(&f).cloned()));
            }
            // NUMBER, RK, FORMULA: row, column, XF.
            0x0203 | 0x027E | 0x0006 => {
                formatted(
                    &mut sheets,
                    (u16_at(data, 0), u16_at(data, 2), u16_at(data, 4)),
                );
            }
            // MULRK: row, first column, (XF, RK) pairs, last column.
            0x00BD if data.len() >= 6 => {
                let (row, first) = (u16_at(data, 0), u16_at(data, 2));
                for (n, pair) in data[4..data.len() - 2].chunks_exact(6).enumerate() {
                    let col = first.and_then(|f| f.checked_add(u16::try_from(n).ok()?));
                    formatted(&mut sheets, (row, col, u16_at(pair, 0)));
                }
            }
            // BOF: a substream starts; one of the sheets' if a BOUNDSHEET points here.
            0x0809 => current = sheets.iter().position(|(at, ..)| *at == i),
            // ROW: fDyZero (bit 5 of the flags byte at 12) hides the row.
            0x0208 if data.len() >= 13 && data[12] & 0x20 != 0 => {
                if let (Some(k), Some(r)) = (current, u16_at(data, 0)) {
                    sheets[k].1.rows.push(u32::from(r));
                }
            }
            // COLINFO: fHidden (bit 0 of the flags at 8) hides columns first..=last.
            0x007D if data.len() >= 10 && data[8] & 0x01 != 0 => {
                if let (Some(k), Some(a), Some(b)) = (current, u16_at(data, 0), u16_at(data, 2))
                    && a <= b
                    && sheets[k].1.cols.len() < 16_384
                {
                    sheets[k].1.cols.push((u32::from(a), u32::from(b)));
                }
            }
            _ => {}
        }
        i += 4 + len as usize;
    }
    sheets
        .into_iter()
        .map(|(_, mut h, formats)| {
            h.settle();
            (h, formats)
        })
        .collect()
}

/// What an Excel 97-2003 workbook draws: the drawing group (MsoDrawingGroup's data joined with
/// the Continue records after it), and for each worksheet substream, in the order of the
/// BOUNDSHEET records, its drawing (its MsoDrawing records' data joined; a chart's substream
/// inside it is passed over) and its column widths (COLINFO, DEFCOLWIDTH).
#[derive(Default)]
struct BiffDrawings {
    group: Vec<u8>,
    sheets: Vec<(Vec<u8>, ColumnWidths)>,
}

/// A sheet's column widths as Excel shows them: COLINFO ranges in 1/256 of a character, the
/// rest DEFCOLWIDTH characters (8 unless said).
struct ColumnWidths {
    ranges: Vec<(u16, u16, u16)>,
    default_chars: u16,
}

impl Default for ColumnWidths {
    fn default() -> Self {
        Self {
            ranges: Vec::new(),
            default_chars: 8,
        }
    }
}

impl ColumnWidths {
    /// A column's width in pixels at 96 dpi (a character of the default font 7 pixels wide,
    /// and 5 pixels of margin, as Excel counts).
    fn pixels(&self, col: u16) -> f32 {
        match self.ranges.iter().find(|r| r.0 <= col && col <= r.1) {
            Some(r) => f32::from(r.2) * 7.0 / 256.0,
            None => f32::from(self.default_chars) * 7.0 + 5.0,
        }
    }

    /// The width a picture's anchor spans, in inches (a BIFF8 sheet has 256 columns).
    fn span(&self, a: &super::doc_art::SheetAnchor) -> Option<f32> {
        if a.last < a.first || a.last > 255 {
            return None;
        }
        let mut px: f32 = (a.first..a.last).map(|c| self.pixels(c)).sum();
        px -= self.pixels(a.first) * f32::from(a.first_in.min(1024)) / 1024.0;
        px += self.pixels(a.last) * f32::from(a.last_in.min(1024)) / 1024.0;
        (px > 0.0).then_some(px / 96.0)
    }
}

fn biff_drawings(stream: &[u8], limit: usize) -> BiffDrawings {
    let u16_at = |b: &[u8], i: usize| b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]));
    let mut out = BiffDrawings::default();
    let mut starts: Vec<usize> = Vec::new();
    // The substreams open (BOF … EOF nest: a chart inside a sheet), each with its sheet index
    // when a BOUNDSHEET points at it; and whether the last record was the drawing group's.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut in_group = false;
    let mut bytes = 0usize;
    let mut i = 0usize;
    while let (Some(kind), Some(len)) = (u16_at(stream, i), u16_at(stream, i + 2)) {
        let data = stream.get(i + 4..i + 4 + len as usize).unwrap_or(&[]);
        let at = i;
        i += 4 + len as usize;
        let continued = in_group && kind == 0x003C;
        in_group = false;
        let sheet = open.last().copied().flatten();
        match kind {
            // BOUNDSHEET: where a sheet's substream starts.
            0x0085 if data.len() >= 4 && starts.len() < 4096 => {
                starts.push(u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize);
                out.sheets.push(Default::default());
            }
            0x0809 if open.len() < 64 => open.push(starts.iter().position(|s| *s == at)),
            0x000A => {
                open.pop();
            }
            // MSODRAWINGGROUP, and the CONTINUE records after it.
            0x00EB | 0x003C if (kind == 0x00EB || continued) && open.len() == 1 => {
                if bytes + data.len() <= limit {
                    bytes += data.len();
                    out.group.extend_from_slice(data);
                }
                in_group = true;
            }
            // MSODRAWING of a sheet.
            0x00EC => {
                if let Some(k) = sheet
                    && bytes + data.len() <= limit
                {
                    bytes += data.len();
                    out.sheets[k].0.extend_from_slice(data);
                }
            }
            // COLINFO: first, last, width (1/256 of a character); a sheet has 256 columns, so
            // 256 ranges at most (a hostile file's thousands are not each looked through).
            0x007D if data.len() >= 6 => {
                if let (Some(k), Some(a), Some(b), Some(w)) =
                    (sheet, u16_at(data, 0), u16_at(data, 2), u16_at(data, 4))
                    && out.sheets[k].1.ranges.len() < 256
                {
                    out.sheets[k].1.ranges.push((a, b, w));
                }
            }
            // DEFCOLWIDTH: characters.
            0x0055 => {
                if let (Some(k), Some(w)) = (sheet, u16_at(data, 0)) {
                    out.sheets[k].1.default_chars = w;
                }
            }
            _ => {}
        }
    }
    out
}

/// An Excel 97-2003 workbook (.xls): every sheet as for an .xlsx, after its extent was checked.
pub fn extract_xls(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_xls(path, bytes, limits, deadline)
    }))
    .unwrap_or_else(|_| Err(corrupt("the workbook's structure is broken".into())))
}

fn read_xls(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    use std::io::Read;
    let mut cf = super::compound::open(bytes)
        .map_err(|e| corrupt(format!("the compound file cannot be opened ({e})")))?;
    let mut stream = Vec::new();
    for name in ["Workbook", "Book"] {
        if let Ok(mut s) = cf.open_stream(name) {
            (&mut s)
                .take(limits.max_stream_bytes as u64 + 1)
                .read_to_end(&mut stream)
                .map_err(|e| corrupt(format!("{name}: {e}")))?;
            break;
        }
    }
    if stream.is_empty() {
        return Err(corrupt("no Workbook stream".into()));
    }
    if stream.len() > limits.max_stream_bytes {
        return Err(ExtractError::TooLarge {
            detail: format!(
                "Workbook stream larger than {} bytes",
                limits.max_stream_bytes
            ),
        });
    }
    let extent = biff_extent(&stream);
    if extent > MAX_XLS_CELLS {
        return Err(ExtractError::TooLarge {
            detail: format!("sheets spanning {extent} cells (limit {MAX_XLS_CELLS})"),
        });
    }
    let mut hidden = biff_hidden_and_formats(&stream);
    let drawings = biff_drawings(&stream, limits.max_stream_bytes);
    // The bytes as opened: a directory put in order is put in order for calamine too.
    let opened = cf.into_inner().into_inner();
    // A BIFF8 workbook's strings are Unicode whatever its CodePage record says: Excel writes
    // 1200 there, JExcelApi 1252, and calamine would decode UTF-16 text as Windows-1252.
    let mut options = calamine::XlsOptions::default();
    if is_biff8(&stream) {
        options.force_codepage = Some(1200);
    }
    let mut wb: Xls<_> =
        Xls::new_with_options(Cursor::new(&opened[..]), options).map_err(unopened)?;
    // As for an .xlsx, what Excel does not show is not read: hidden sheets, rows and columns
    // (rows and columns by the BOUNDSHEET order, which is the sheets' order when every
    // BOUNDSHEET's substream was found).
    let meta: Vec<(String, bool)> = wb
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible == calamine::SheetVisible::Visible))
        .collect();
    if hidden.len() != meta.len() {
        hidden = Vec::new();
    }
    let mut out = Sheets::new(path, limits);
    let (mut held, mut held_bytes) = (Vec::new(), 0usize);
    for name in wb.sheet_names() {
        let Some(k) = meta.iter().position(|(n, _)| *n == name) else {
            continue;
        };
        if !meta[k].1 {
            continue;
        }
        let (hide, shown_as) = hidden.get_mut(k).map(std::mem::take).unwrap_or_default();
        if deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        let Ok(range) = wb.worksheet_range(&name) else {
            continue;
        };
        let mut cells: BTreeMap<(u32, u32), String> = BTreeMap::new();
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, d) in range.used_cells() {
            let pos = (r0 + r as u32, c0 + c as u32);
            let Some(at) = hide.shown(pos) else {
                continue;
            };
            if !out.keep(&mut cells, at, &as_shown(d.clone(), shown_as.get(&pos))) {
                break;
            }
        }
        let merged = hide.merged(wb.merge_cells_by_sheet_name(&name).unwrap_or_default());
        if !out.sheet(&cells, &merged) {
            break;
        }
        // The pictures on a shown sheet (a capture of the form pasted in), read as an
        // .xlsx's are; the sheets' substreams in the BOUNDSHEET order, as calamine lists them.
        if drawings.sheets.len() == meta.len()
            && let Some((drawing, widths)) = drawings.sheets.get(k)
            && held.len() < 64
        {
            for shown in super::doc_art::sheet_pictures(
                &drawings.group,
                drawing,
                |a| widths.span(a),
                limits.max_stream_bytes,
            ) {
                // Shapes of every sheet may name one large picture: the copies are bounded.
                held_bytes += shown.bytes.len();
                if held.len() >= 64 || held_bytes > limits.max_stream_bytes {
                    break;
                }
                held.push(super::docx::HeldPicture {
                    at: usize::MAX,
                    bytes: shown.bytes,
                    shown_in: shown.width_in,
                    crop: shown.crop,
                });
            }
        }
    }
    Ok(super::docx::read_held_pictures(out.finish(), held, limits))
}

/// An Excel 2003 XML Spreadsheet (Workbook › Worksheet › Table › Row › Cell › Data): every
/// worksheet as a sheet of a workbook is read. A Row or Cell with ss:Index stands at that row
/// or column (1-based; the cells skipped are empty), a Cell's ss:MergeAcross covers the
/// columns after it; a Data element's text is read with the formatting elements inside it (rich
/// text) flattened; Number data as a person reads it, DateTime as its date. Comments
/// (ss:Comment) are not content.
pub fn extract_sheet_xml(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    use super::docx::{attr, end_local, local};
    use quick_xml::events::Event;
    let index = |e: &quick_xml::events::BytesStart| -> Option<u32> {
        attr(e, "Index")
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|&i| i >= 1)
    };
    let mut r = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    let mut out = Sheets::new(path, limits);
    let mut cells: BTreeMap<(u32, u32), String> = BTreeMap::new();
    let (mut row, mut col) = (0u32, 0u32);
    let mut in_row = false;
    // The open cell: its column (1-based), its Data's type and text so far.
    let mut data: Option<(u32, String, String)> = None;
    // Depth of an ss:Comment being skipped.
    let mut comment = 0usize;
    let mut events = 0usize;
    loop {
        let ev = super::next_xml_event(
            &mut r,
            &mut buf,
            &mut events,
            limits,
            deadline,
            "spreadsheet: XML spreadsheet",
        )?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                match local(e).as_str() {
                    "Comment" if !empty => comment += 1,
                    _ if comment > 0 => {}
                    "Worksheet" if !empty => {
                        cells.clear();
                        row = 0;
                    }
                    "Row" => {
                        row = index(e).map_or(row.saturating_add(1), |i| i);
                        col = 0;
                        in_row = !empty;
                    }
                    "Cell" if in_row => {
                        col = index(e).map_or(col.saturating_add(1), |i| i);
                        let across = attr(e, "MergeAcross")
                            .and_then(|v| v.trim().parse::<u32>().ok())
                            .unwrap_or(0);
                        // The columns a merge covers come after it: the next cell is past them.
                        let at = col;
                        col = col.saturating_add(across.min(16_384));
                        data = (!empty).then(|| (at, String::new(), String::new()));
                    }
                    "Data" if !empty => {
                        if let Some(d) = data.as_mut() {
                            d.1 = attr(e, "Type").unwrap_or_default();
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if comment == 0 => {
                if let Some(d) = data.as_mut() {
                    d.2.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(g) if comment == 0 => {
                if let (Some(d), Some(c)) = (data.as_mut(), super::docx::ref_char(g)) {
                    d.2.push(c);
                }
            }
            Event::End(ref e) => match end_local(e).as_str() {
                "Comment" => comment = comment.saturating_sub(1),
                _ if comment > 0 => {}
                "Cell" => {
                    if let Some((at, kind, text)) = data.take() {
                        let value = match kind.as_str() {
                            "Number" => text
                                .trim()
                                .parse::<f64>()
                                .map_or(Data::String(text.clone()), Data::Float),
                            "DateTime" => Data::String(
                                text.trim().split('T').next().unwrap_or("").to_string(),
                            ),
                            _ => Data::String(text.clone()),
                        };
                        let key = (row.saturating_sub(1), at.saturating_sub(1));
                        if !out.keep(&mut cells, key, &value) {
                            break;
                        }
                    }
                }
                "Row" => in_row = false,
                "Worksheet" => {
                    if !out.sheet(&cells, &[]) {
                        break;
                    }
                    cells.clear();
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out.finish())
}

/// Cells written by one `number-…-repeated` attribute at most: LibreOffice closes a sheet with
/// a row of a thousand empty columns repeated a million times; a value repeated so is kept this
/// many times and the rest only counted.
const MAX_REPEAT: u32 = 64;

/// An OpenDocument spreadsheet (.ods: LibreOffice Calc, WPS, 永中): content.xml's tables in
/// order, each a sheet, read as a clerk who opens the file sees them — the cells' text as shown
/// (their text:p paragraphs, one line each; the typed value only when no text is written), a
/// cell's `number-columns-spanned` × `number-rows-spanned` a merged range, covered cells
/// skipped, `number-columns-repeated` / `number-rows-repeated` counted (a value repeated is kept
/// [`MAX_REPEAT`] times). Not read: sheets whose table style says `table:display="false"`, rows
/// and columns with `table:visibility` collapse or filter (they close up, as on screen), and
/// comments (office:annotation).
pub fn extract_ods(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    check_zip(bytes, limits)?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| corrupt(format!("not a readable OpenDocument spreadsheet ({e})")))?;
    let xml = super::docx::read_entry(&mut zip, "content.xml", limits.max_stream_bytes)?
        .ok_or_else(|| corrupt("OpenDocument spreadsheet without content.xml".into()))?;
    let (doc, frames) = read_ods(path, &xml, limits, deadline)?;
    Ok(super::odt::read_frames(
        doc,
        super::docx::Parts::Zip(zip),
        &frames,
        limits,
    ))
}

/// A flat OpenDocument spreadsheet (.fods, as LibreOffice saves "Flat XML"): the whole file is
/// one XML document, styles and content, read as an .ods's content.xml.
pub fn extract_fods(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let (doc, mut frames) = read_ods(path, bytes, limits, deadline)?;
    let inline = frames.take_inline();
    Ok(super::odt::read_frames(
        doc,
        super::docx::Parts::Flat(inline),
        &frames,
        limits,
    ))
}

/// The sheets of an OpenDocument spreadsheet's content XML (content.xml, or a flat file), and
/// the pictures on its shown sheets.
fn read_ods(
    path: &str,
    xml: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<(Document, super::odt::Frames), ExtractError> {
    use super::docx::{attr, end_local, local};
    use quick_xml::events::Event;
    let count = |e: &quick_xml::events::BytesStart, k: &str| {
        attr(e, k)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|&n| n >= 1)
            .unwrap_or(1)
    };
    let collapsed = |e: &quick_xml::events::BytesStart| {
        attr(e, "visibility").is_some_and(|v| v == "collapse" || v == "filter")
    };
    let mut r = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Sheets::new(path, limits);
    // Table styles that hide their sheet (automatic styles come before the body).
    let mut hiding_styles: Vec<String> = Vec::new();
    let mut style: Option<String> = None;
    // The open sheet: whether it is shown, its cells (row, column as written), merged ranges
    // and hidden rows and columns.
    let mut shown = false;
    let mut raw: BTreeMap<(u32, u32), String> = BTreeMap::new();
    let mut merged: Vec<Dimensions> = Vec::new();
    let mut hide = Hidden::default();
    let (mut row, mut col, mut col_defs) = (0u32, 0u32, 0u32);
    let mut row_repeat = 1u32;
    // The open cell: its column, columns repeated, typed value, text, paragraphs so far.
    let mut cell: Option<(u32, u32, Option<String>, String, usize)> = None;
    let mut annotation = 0usize;
    let mut events = 0usize;
    // Pictures on the shown sheets (a capture of the online form pasted in), read after the
    // cells.
    let mut frames = super::odt::Frames::default();
    loop {
        let ev = super::next_xml_event(
            &mut r,
            &mut buf,
            &mut events,
            limits,
            deadline,
            "spreadsheet: OpenDocument spreadsheet",
        )?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let name = local(e);
                if annotation == 0 && (shown || name != "frame") {
                    frames.start(e, &name, usize::MAX, empty);
                }
                match name.as_str() {
                    // A comment, and a picture's bytes in a flat file, are no cell text.
                    "annotation" | "binary-data" if !empty => annotation += 1,
                    // A picture's name and alternative text are not on the sheet.
                    "title" | "desc" if !empty && frames.in_frame() => annotation += 1,
                    _ if annotation > 0 => {}
                    "style" => style = attr(e, "name"),
                    "table-properties" => {
                        if attr(e, "display").is_some_and(|v| v == "false")
                            && let Some(s) = style.clone()
                        {
                            hiding_styles.push(s);
                        }
                    }
                    "table" if !empty => {
                        shown = !attr(e, "style-name").is_some_and(|s| hiding_styles.contains(&s));
                        raw.clear();
                        merged.clear();
                        hide = Hidden::default();
                        (row, col_defs) = (0, 0);
                    }
                    "table-column" => {
                        let n = count(e, "number-columns-repeated");
                        if collapsed(e) && hide.cols.len() < 16_384 {
                            hide.cols.push((col_defs, col_defs.saturating_add(n - 1)));
                        }
                        col_defs = col_defs.saturating_add(n);
                    }
                    "table-row" => {
                        row_repeat = count(e, "number-rows-repeated");
                        if collapsed(e) && row_repeat <= 4096 && hide.rows.len() < 65_536 {
                            hide.rows.extend(row..row.saturating_add(row_repeat));
                        }
                        col = 0;
                        if empty {
                            row = row.saturating_add(row_repeat);
                        }
                    }
                    "table-cell" | "covered-table-cell" => {
                        let n = count(e, "number-columns-repeated");
                        if local(e) == "table-cell" {
                            let (cs, rs) = (
                                count(e, "number-columns-spanned"),
                                count(e, "number-rows-spanned"),
                            );
                            if (cs > 1 || rs > 1) && merged.len() < 4096 {
                                merged.push(Dimensions {
                                    start: (row, col),
                                    end: (row.saturating_add(rs - 1), col.saturating_add(cs - 1)),
                                });
                            }
                            let typed = attr(e, "value")
                                .or_else(|| attr(e, "date-value"))
                                .or_else(|| attr(e, "string-value"));
                            if !empty {
                                cell = Some((col, n, typed, String::new(), 0));
                            } else if let Some(v) = typed {
                                cell = Some((col, n, Some(v), String::new(), 0));
                                // An empty element ends here: handled as its end below.
                                if !keep_ods_cell(&mut out, &mut raw, row, row_repeat, cell.take())
                                {
                                    break;
                                }
                            }
                        }
                        col = col.saturating_add(n);
                    }
                    "p" | "h" if cell.is_some() && !empty => {
                        if let Some(c) = cell.as_mut() {
                            if c.4 > 0 {
                                c.3.push('\n');
                            }
                            c.4 += 1;
                        }
                    }
                    "s" => {
                        if let Some(c) = cell.as_mut() {
                            let n = count(e, "c").min(64);
                            c.3.extend(std::iter::repeat_n(' ', n as usize));
                        }
                    }
                    "tab" => {
                        if let Some(c) = cell.as_mut() {
                            c.3.push('\t');
                        }
                    }
                    "line-break" => {
                        if let Some(c) = cell.as_mut() {
                            c.3.push('\n');
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if frames.text(&t.xml10_content(), limits) => {}
            Event::Text(t) if annotation == 0 => {
                if let Some(c) = cell.as_mut() {
                    c.3.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(g) if annotation == 0 => {
                if let (Some(c), Some(ch)) = (cell.as_mut(), super::docx::ref_char(g)) {
                    c.3.push(ch);
                }
            }
            Event::End(ref e) => match end_local(e).as_str() {
                "title" | "desc" if frames.in_frame() => annotation = annotation.saturating_sub(1),
                name @ ("annotation" | "binary-data") => {
                    annotation = annotation.saturating_sub(1);
                    if annotation == 0 {
                        frames.end(name, usize::MAX);
                    }
                }
                name @ ("frame" | "style") if annotation == 0 => {
                    frames.end(name, usize::MAX);
                }
                _ if annotation > 0 => {}
                "table-cell"
                    if !keep_ods_cell(&mut out, &mut raw, row, row_repeat, cell.take()) =>
                {
                    break;
                }
                "table-row" => row = row.saturating_add(row_repeat),
                "table" => {
                    if shown {
                        hide.settle();
                        let cells: BTreeMap<(u32, u32), String> = std::mem::take(&mut raw)
                            .into_iter()
                            .filter_map(|(at, v)| Some((hide.shown(at)?, v)))
                            .collect();
                        let merged = hide.merged(std::mem::take(&mut merged));
                        if !out.sheet(&cells, &merged) {
                            break;
                        }
                    }
                    shown = false;
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok((out.finish(), frames))
}

/// One ODS cell kept at `row` (its text as shown, else its typed value), repeated over its
/// columns and the row's repeats up to [`MAX_REPEAT`] times each; false once the text limit is
/// reached.
fn keep_ods_cell(
    out: &mut Sheets,
    raw: &mut BTreeMap<(u32, u32), String>,
    row: u32,
    row_repeat: u32,
    cell: Option<(u32, u32, Option<String>, String, usize)>,
) -> bool {
    let Some((col, n, typed, text, _)) = cell else {
        return true;
    };
    let text = if text.trim().is_empty() {
        typed.unwrap_or_default()
    } else {
        text
    };
    if text.trim().is_empty() {
        return true;
    }
    let value = Data::String(text);
    for dr in 0..row_repeat.min(MAX_REPEAT) {
        for dc in 0..n.min(MAX_REPEAT) {
            let at = (row.saturating_add(dr), col.saturating_add(dc));
            if !out.keep(raw, at, &value) {
                return false;
            }
        }
    }
    true
}

/// A file named .csv or .tsv whose bytes are text (no NUL in its first 64 KiB) with a
/// separator on at least two lines: what online systems' "导出CSV" writes.
pub fn is_delimited_text(path: &str, bytes: &[u8]) -> bool {
    let ext = std::path::Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ext != "csv" && ext != "tsv" {
        return false;
    }
    let head = &bytes[..bytes.len().min(65_536)];
    if head.contains(&0) {
        return false;
    }
    head.split(|&b| b == b'\n')
        .filter(|l| l.contains(&b',') || l.contains(&b'\t') || l.contains(&b';'))
        .take(2)
        .count()
        == 2
}

/// Text whose encoding is not declared: UTF-8 (with or without a byte-order mark) when it is
/// valid UTF-8, else GBK (what Chinese Windows and web systems write).
fn decode_text(bytes: &[u8]) -> String {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::GBK
            .decode_without_bom_handling(b)
            .0
            .into_owned(),
    }
}

/// The separator of delimited text: of comma, tab and semicolon, the one found on most of the
/// first lines (outside quotes), commas on a tie.
fn separator(text: &str) -> char {
    let lines: Vec<&str> = text.lines().take(20).collect();
    let on = |sep: char| lines.iter().filter(|l| l.contains(sep)).count();
    [',', '\t', ';']
        .into_iter()
        .max_by_key(|&c| (on(c), c == ','))
        .unwrap_or(',')
}

/// A CSV or TSV file (RFC 4180: fields in double quotes may hold separators, line breaks and
/// doubled quotes), read as one sheet: each record a row.
pub fn extract_csv(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let text = decode_text(bytes);
    let sep = separator(&text);
    let mut out = Sheets::new(path, limits);
    let mut cells: BTreeMap<(u32, u32), String> = BTreeMap::new();
    let (mut row, mut col) = (0u32, 0u32);
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut n = 0usize;
    let mut stop = false;
    while let Some(c) = chars.next() {
        n += 1;
        if n.is_multiple_of(65_536) && deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if field.trim().is_empty() => {
                field.clear();
                quoted = true;
            }
            c if (c == sep || c == '\n') && !quoted => {
                if !out.keep(
                    &mut cells,
                    (row, col),
                    &Data::String(std::mem::take(&mut field)),
                ) {
                    stop = true;
                    break;
                }
                if c == sep {
                    col = col.saturating_add(1);
                } else {
                    row = row.saturating_add(1);
                    col = 0;
                }
            }
            '\r' if !quoted || chars.peek() == Some(&'\n') => {}
            c => field.push(c),
        }
    }
    if !stop {
        out.keep(&mut cells, (row, col), &Data::String(field));
    }
    out.sheet(&cells, &[]);
    Ok(out.finish())
}

/// One sheet's cells as paragraphs and tables.
fn push_sheet(doc: &mut Document, cells: &BTreeMap<(u32, u32), String>, merged: &[Dimensions]) {
    // Cells covered by a merge, but for its first: not read again (merges are few).
    let covered = |r: u32, c: u32| {
        merged.iter().take(10_000).any(|m| {
            (m.start.0..=m.end.0).contains(&r)
                && (m.start.1..=m.end.1).contains(&c)
                && (r, c) != m.start
        })
    };
    let c0 = cells.keys().map(|&(_, c)| c).min().unwrap_or(0);
    let mut flow = Flow::new(doc);
    let mut prev_row: Option<u32> = None;
    let mut rows = cells.iter().peekable();
    while let Some(&(&(r, _), _)) = rows.peek() {
        let mut row: Vec<(u32, &String)> = Vec::new();
        while let Some(&(&(r2, c), text)) = rows.peek() {
            if r2 != r {
                break;
            }
            if !covered(r, c) {
                row.push((c, text));
            }
            rows.next();
        }
        if prev_row.is_some_and(|p| r > p + 1) {
            flow.end_table(); // an empty row between
        }
        prev_row = Some(r);
        match row.as_slice() {
            [] => {}
            [(_, text)] => flow.paragraph(text, None),
            _ => {
                let mut col = c0;
                for (c, text) in &row {
                    // Empty cells keep the columns (up to a gap; a merge's covered cells are
                    // no columns of their own).
                    for k in col..(*c).min(col.saturating_add(MAX_GAP)) {
                        if !covered(r, k) {
                            flow.end_cell();
                        }
                    }
                    flow.cell_text(text, '\n');
                    flow.end_cell();
                    col = c + 1;
                }
                flow.end_row();
            }
        }
    }
    flow.finish();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A picture's width is the widths of the columns its anchor spans, less how far into the
    /// first it starts, plus how far into the last it reaches (1/1024 of a column).
    #[test]
    fn an_anchor_spans_its_columns_widths() {
        let anchor = |first, first_in, last, last_in| super::super::doc_art::SheetAnchor {
            first,
            first_in,
            last,
            last_in,
        };
        let widths = ColumnWidths {
            ranges: vec![(1, 2, 20 * 256)],
            default_chars: 8,
        };
        // Columns 0 (61 px), 1 and 2 (140 px each), then half of column 3 (61 px).
        let inches = widths.span(&anchor(0, 0, 3, 512)).unwrap();
        assert!(
            (inches - (61.0 + 280.0 + 30.5) / 96.0).abs() < 0.01,
            "{inches}"
        );
        // Half into the first column, within it.
        let inches = widths.span(&anchor(1, 512, 1, 1024)).unwrap();
        assert!((inches - 70.0 / 96.0).abs() < 0.01, "{inches}");
        // Backwards, and past a sheet's 256 columns.
        assert_eq!(widths.span(&anchor(4, 0, 2, 0)), None);
        assert_eq!(widths.span(&anchor(0, 0, 300, 0)), None);
    }

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

        // Two cells at the far corners of a sheet: read as they are, nothing dense allocated.
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "项目名称").unwrap();
        ws.write_string(0, 1, "研发").unwrap();
        ws.write_string(1_048_575, 16_383, "末格").unwrap();
        let bytes = wb.save_to_buffer().unwrap();
        let doc = extract_sheet(
            "far.xlsx",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        assert_eq!(doc.render_text(), "项目名称\t研发\n末格\n");
    }

    /// An .xlsx as propscan reads it.
    fn read_xlsx(bytes: &[u8]) -> Document {
        let limits = Limits::default();
        extract_sheet(
            "t.xlsx",
            bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap()
    }

    /// A number cell reads as its format shows it: a unit, a percentage, a leading zero.
    #[test]
    fn numbers_are_read_as_their_number_format_shows_them() {
        use rust_xlsxwriter::{Format as XFormat, Workbook};
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        let rows: [(&str, f64, &str); 5] = [
            ("项目总投资", 1_500_000.0, r#"#,##0"元""#),
            ("申请市级财政资助", 80.0, r#"#,##0.00"万元""#),
            ("自筹比例", 0.35, "0%"),
            ("指南代码", 10203.0, "000000"),
            ("合计", 1_580_000.0, "#,##0"),
        ];
        for (row, (label, n, code)) in rows.iter().enumerate() {
            ws.write_string(row as u32, 0, *label).unwrap();
            let fmt = XFormat::new().set_num_format(*code);
            ws.write_number_with_format(row as u32, 1, *n, &fmt)
                .unwrap();
        }
        let doc = read_xlsx(&wb.save_to_buffer().unwrap());
        // The unit, the percentage, the leading zero and the grouping are in the formats, not
        // in the numbers.
        assert_eq!(
            doc.render_text(),
            "项目总投资\t1,500,000元\n申请市级财政资助\t80.00万元\n自筹比例\t35%\n指南代码\t010203\n合计\t1,580,000\n"
        );

        // An amount in 元 under a label that names no unit, small enough to pass for 万元 as
        // stored (50000): its format's unit makes it 5 万元.
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "申请市级财政资助").unwrap();
        let yuan = XFormat::new().set_num_format(r#"#,##0"元""#);
        ws.write_number_with_format(0, 1, 50_000.0, &yuan).unwrap();
        let doc = read_xlsx(&wb.save_to_buffer().unwrap());
        let fields = crate::fields::extract_fields(&[(&doc, 0..doc.blocks.len())]).fields;
        assert_eq!(fields.municipal_funding_wan, Some(5.0), "{fields:?}");
    }

    /// The pictures on a workbook's shown sheets are found through its sheets' drawings, with
    /// the width they are shown at and their crop (a:srcRect); a hidden sheet's are not.
    #[test]
    fn pictures_on_shown_sheets_are_found_with_their_crop() {
        use rust_xlsxwriter::{Image, Workbook};
        use std::io::{Read, Write};
        let mut png = Vec::new();
        image::GrayImage::from_pixel(96, 192, image::Luma([255]))
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let mut wb = Workbook::new();
        let img = Image::new_from_buffer(&png).unwrap();
        let shown = wb.add_worksheet().set_name("截图").unwrap();
        shown.write_string(0, 0, "项目信息表").unwrap();
        shown.insert_image(2, 0, &img).unwrap();
        let hidden = wb.add_worksheet().set_name("旧表").unwrap();
        hidden.insert_image(0, 0, &img).unwrap();
        hidden.set_hidden(true);
        let bytes = wb.save_to_buffer().unwrap();
        // The picture on the shown sheet cropped in Excel: a quarter off its top.
        let mut zip = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            if name == "xl/drawings/drawing1.xml" {
                let xml = String::from_utf8(data).unwrap();
                let at = xml.find("<a:blip ").unwrap();
                let end = at + xml[at..].find("/>").unwrap() + 2;
                data =
                    format!("{}<a:srcRect t=\"25000\"/>{}", &xml[..end], &xml[end..]).into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            out.write_all(&data).unwrap();
        }
        let bytes = out.finish().unwrap().into_inner();
        let limits = Limits::default();
        let (pictures, names) = xlsx_pictures(&bytes, &["截图".to_string()], &limits);
        assert_eq!(pictures.len(), 1, "{names:?}");
        let p = &pictures[0];
        assert!(
            p.id.starts_with("xl/media/") && names.contains_key(&p.id),
            "{}",
            p.id
        );
        assert_eq!(p.crop, [0.0, 0.25, 0.0, 0.0]);
        // 96 pixels at Excel's 96 per inch: shown an inch wide.
        assert!(
            p.shown_in.is_some_and(|w| (w - 1.0).abs() < 0.05),
            "{:?}",
            p.shown_in
        );
        let (both, _) = xlsx_pictures(&bytes, &["截图".to_string(), "旧表".to_string()], &limits);
        assert_eq!(both.len(), 2);
    }

    /// What Excel does not show is not read: a hidden sheet (last year's table kept before
    /// this one), a hidden column (the designer's examples) and hidden rows (superseded values
    /// under the same labels).
    #[test]
    fn hidden_sheets_rows_and_columns_are_not_read() {
        use rust_xlsxwriter::Workbook;
        let mut wb = Workbook::new();
        let old = wb.add_worksheet().set_name("2021年度").unwrap();
        old.write_string(0, 0, "项目名称").unwrap();
        old.write_string(0, 1, "旧项目研究").unwrap();
        old.set_hidden(true);
        let ws = wb.add_worksheet().set_name("信息表").unwrap();
        for (r, (label, example, value)) in [
            ("项目", "填写示例", "填写内容"),
            ("项目名称", "XX研发", "旧名称"),
            ("项目名称", "XX研发", "新型电机控制器研发"),
            ("项目总投入（万元）", "1000", "300"),
        ]
        .into_iter()
        .enumerate()
        {
            ws.write_string(r as u32, 0, label).unwrap();
            ws.write_string(r as u32, 1, example).unwrap();
            ws.write_string(r as u32, 2, value).unwrap();
        }
        ws.set_row_hidden(1).unwrap();
        ws.set_column_hidden(1).unwrap();
        ws.set_active(true);
        let bytes = wb.save_to_buffer().unwrap();
        let limits = Limits::default();
        let doc = extract_sheet(
            "h.xlsx",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        assert_eq!(
            doc.render_text(),
            "项目\t填写内容\n项目名称\t新型电机控制器研发\n项目总投入（万元）\t300\n"
        );
    }

    /// Formulas a writer stored with 0 for a result and "recalculate on load" (rust_xlsxwriter,
    /// XlsxWriter): worked out as the spreadsheet program would, across sheets; one that cannot
    /// be worked out is left empty, not read as 0.
    #[test]
    fn formulas_stored_without_their_results_are_worked_out() {
        use rust_xlsxwriter::Workbook;
        let mut wb = Workbook::new();
        let info = wb.add_worksheet().set_name("基本信息").unwrap();
        info.write_string(0, 0, "项目总投入（万元）").unwrap();
        info.write_formula(0, 1, "='经费预算'!D4").unwrap();
        info.write_string(1, 0, "申请市拨经费（万元）").unwrap();
        info.write_formula(1, 1, "=经费预算!B4").unwrap();
        info.write_string(2, 0, "备注").unwrap();
        info.write_formula(2, 1, "=VLOOKUP(A1,A1:B2,2)").unwrap();
        let budget = wb.add_worksheet().set_name("经费预算").unwrap();
        for (r, (item, m, o)) in [("设备费", 30.0, 60.5), ("材料费", 20.0, 49.5)]
            .into_iter()
            .enumerate()
        {
            let r = r as u32 + 1;
            budget.write_string(r, 0, item).unwrap();
            budget.write_number(r, 1, m).unwrap();
            budget.write_number(r, 2, o).unwrap();
            budget
                .write_formula(r, 3, format!("=B{}+C{}", r + 1, r + 1).as_str())
                .unwrap();
        }
        budget.write_string(3, 0, "合计").unwrap();
        budget.write_formula(3, 1, "=SUM(B2:B3)").unwrap();
        budget.write_formula(3, 3, "=SUM(D2:D3)").unwrap();
        let bytes = wb.save_to_buffer().unwrap();
        let limits = Limits::default();
        let doc = extract_sheet(
            "f.xlsx",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let text = doc.render_text();
        assert!(
            text.starts_with("项目总投入（万元）\t160\n申请市拨经费（万元）\t50\n备注\n"),
            "{text}"
        );
        assert!(text.contains("设备费\t30\t60.5\t90.5\n"), "{text}");
        assert!(text.ends_with("合计\t50\t\t160\n"), "{text}");
    }

    /// A fuzzed compound file on which calamine's own CFB reader panicked (slicing past its
    /// buffer): a typed error from either reader, never a panic.
    #[test]
    fn a_broken_compound_file_is_an_error_not_a_panic() {
        let bytes = include_bytes!("../../tests/fixtures/bad/fuzz_calamine_cfb.xls");
        let limits = Limits::default();
        let r = extract_sheet("f.xls", bytes, &limits, Deadline::after(limits.time_budget));
        assert!(r.is_err(), "{r:?}");
        let r = extract_xls("f.xls", bytes, &limits, Deadline::after(limits.time_budget));
        assert!(r.is_err(), "{r:?}");
    }

    /// An .xls file read with the default limits.
    fn read_xls(bytes: &[u8]) -> Document {
        let limits = Limits::default();
        extract_xls(
            "信息表.xls",
            bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap()
    }

    /// An .xls the online system exported (LibreOffice Calc's BIFF8, from
    /// tests/families/make_families.py's xlsold family): its cells read as a table.
    #[test]
    fn an_excel_97_workbook_is_read() {
        let doc = read_xls(include_bytes!("../../tests/fixtures/gen/info_table.xls"));
        let text = doc.render_text();
        assert!(
            text.contains("统一社会信用代码\t12320000GPG45UTP49"),
            "{text}"
        );
        assert!(text.contains("项目总投入（万元）\t200"), "{text}");
    }

    /// An .xls whose numbers carry their unit, percentage or leading zero only in their number
    /// format (LibreOffice Calc's BIFF8, tests/fixtures/make_sheet_fixtures.py): read as
    /// shown, from the FORMAT and XF records and each number cell's XF.
    #[test]
    fn an_excel_97_workbooks_numbers_are_read_as_shown() {
        let doc = read_xls(include_bytes!("../../tests/fixtures/gen/format_units.xls"));
        assert_eq!(
            doc.render_text(),
            "项目总投资\t1,500,000元\n申请市级财政资助\t50,000元\n自筹资金\t145.00万元\n自筹比例\t35%\n指南代码\t010203\n"
        );
        let fields = crate::fields::extract_fields(&[(&doc, 0..doc.blocks.len())]).fields;
        assert_eq!(fields.municipal_funding_wan, Some(5.0), "{fields:?}");
    }

    /// The text of an .xls the cfb crate refuses as it stands (checked here), as propscan reads it.
    fn read_refused_by_cfb(bytes: &[u8]) -> String {
        assert!(cfb::CompoundFile::open(std::io::Cursor::new(bytes)).is_err());
        read_xls(bytes).render_text()
    }

    /// An .xls by JExcelApi (tests/fixtures/make_jxl_fixture.sh): its directory out of name
    /// order (the cfb crate refuses it as it stands) and a CodePage of 1252 over Unicode strings
    /// (calamine would decode them as Windows-1252) — read as Excel reads it.
    #[test]
    fn a_jexcelapi_workbook_is_read() {
        let text = read_refused_by_cfb(include_bytes!("../../tests/fixtures/gen/jxl_table.xls"));
        assert!(text.contains("项目名称\t高精度伺服驱动器研发"), "{text}");
        assert!(text.contains("项目总投入（万元）\t300"), "{text}");
        assert!(text.contains("项目开始时间\t2022-07"), "{text}");
    }

    /// An .xls by Ruby's spreadsheet gem (tests/fixtures/make_ruby_xls_fixture.sh): ruby-ole's
    /// root entry is not whole mini sectors long (the cfb crate refuses it as it stands).
    #[test]
    fn a_ruby_spreadsheet_workbook_is_read() {
        let text = read_refused_by_cfb(include_bytes!("../../tests/fixtures/gen/ruby_table.xls"));
        assert!(text.contains("项目名称\t高精度伺服驱动器研发"), "{text}");
        assert!(text.contains("项目总投入（万元）\t300"), "{text}");
    }

    /// An .xls as an applicant leaves a reused one (tests/fixtures/make_sheet_fixtures.py):
    /// last year's sheet, the example column and the superseded row hidden — none of it read.
    #[test]
    fn an_excel_97_workbooks_hidden_parts_are_not_read() {
        let doc = read_xls(include_bytes!("../../tests/fixtures/gen/hidden_rows.xls"));
        assert_eq!(
            doc.render_text(),
            "项目\t填写内容\n项目名称\t新型电机控制器研发\n项目总投入（万元）\t300\n"
        );
    }

    /// An OpenDocument spreadsheet LibreOffice Calc saved from a reused workbook
    /// (tests/fixtures/make_sheet_fixtures.py): the merged title read once, the date and the
    /// amount as shown; last year's hidden sheet, the hidden example column, the superseded
    /// hidden row and a reviewer's comment not read.
    #[test]
    fn an_ods_workbook_is_read_as_shown() {
        let bytes = include_bytes!("../../tests/fixtures/gen/hidden_rows.ods");
        assert_eq!(crate::extract::sniff(bytes), crate::extract::FileKind::Ods);
        let doc = extract_ods(
            "t.ods",
            bytes,
            &Limits::default(),
            Deadline::after(std::time::Duration::from_secs(30)),
        )
        .unwrap();
        assert_eq!(
            doc.render_text(),
            "项目信息表\n项目\t填写内容\n项目名称\t新型电机控制器研发\n开始日期\t2022-07-01\n项目总投入（万元）\t300.00\n"
        );
    }

    /// The same workbook saved by LibreOffice Calc as a flat OpenDocument spreadsheet (.fods:
    /// styles, settings and content in one XML file) reads as the .ods does.
    #[test]
    fn a_flat_ods_workbook_is_read_as_the_ods() {
        let bytes = include_bytes!("../../tests/fixtures/gen/hidden_rows.fods");
        assert_eq!(
            crate::extract::sniff(bytes),
            crate::extract::FileKind::FlatOds
        );
        let doc = extract_fods(
            "t.fods",
            bytes,
            &Limits::default(),
            Deadline::after(std::time::Duration::from_secs(30)),
        )
        .unwrap();
        assert_eq!(
            doc.render_text(),
            "项目信息表\n项目\t填写内容\n项目名称\t新型电机控制器研发\n开始日期\t2022-07-01\n项目总投入（万元）\t300.00\n"
        );
    }

    /// A BIFF8 workbook whose two cells lie at A1 and IV65536 would make calamine build a
    /// dense range of 16.7 million cells: refused before calamine sees it.
    #[test]
    fn an_xls_spanning_millions_of_cells_is_refused_unread() {
        let record = |kind: u16, data: &[u8]| {
            let mut r = kind.to_le_bytes().to_vec();
            r.extend((data.len() as u16).to_le_bytes());
            r.extend(data);
            r
        };
        let number = |row: u16, col: u16| {
            let mut d = row.to_le_bytes().to_vec();
            d.extend(col.to_le_bytes());
            d.extend(0u16.to_le_bytes());
            d.extend(1.0f64.to_le_bytes());
            record(0x0203, &d)
        };
        let mut stream = record(0x0809, &[0, 6, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        stream.extend(number(0, 0));
        stream.extend(number(65535, 255));
        stream.extend(record(0x000A, &[]));
        assert_eq!(biff_extent(&stream), 65536 * 256);
        let mut cf = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        {
            use std::io::Write;
            let mut s = cf.create_stream("Workbook").unwrap();
            s.write_all(&stream).unwrap();
        }
        let bytes = cf.into_inner().into_inner();
        let limits = Limits::default();
        let r = extract_xls(
            "far.xls",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        );
        assert!(matches!(r, Err(ExtractError::TooLarge { .. })), "{r:?}");
    }

    /// An Excel 2003 XML Spreadsheet as web systems export it: the title merged across, two
    /// pairs a row with the second placed by ss:Index past an empty column, Number and
    /// DateTime data, rich text inside Data, a comment that is no content, a second sheet.
    #[test]
    fn an_xml_spreadsheet_is_read_as_its_sheets() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="信息表"><Table>
  <Row><Cell ss:MergeAcross="4"><Data ss:Type="String">项目信息表</Data></Cell></Row>
  <Row><Cell><Data ss:Type="String">项目名称</Data></Cell><Cell><Data ss:Type="String">检测装置研发</Data></Cell><Cell ss:Index="4"><Data ss:Type="String">指南代码</Data></Cell><Cell><Data ss:Type="String">210101</Data></Cell></Row>
  <Row ss:Index="4"><Cell><Data ss:Type="String">项目总投入（万元）</Data></Cell><Cell><Data ss:Type="Number">250.50</Data><Comment><Data>填写说明：单位万元</Data></Comment></Cell><Cell ss:Index="4"><ss:Data ss:Type="String"><html:B>开始</html:B>日期</ss:Data></Cell><Cell><Data ss:Type="DateTime">2022-07-01T00:00:00.000</Data></Cell></Row>
 </Table></Worksheet>
 <Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">本表由系统导出</Data></Cell></Row></Table></Worksheet>
</Workbook>"#;
        assert_eq!(
            crate::extract::sniff(xml.as_bytes()),
            crate::extract::FileKind::SheetXml
        );
        let d = read_with(extract_sheet_xml, "t.xls", xml.as_bytes());
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "项目信息表",
                "项目名称",
                "检测装置研发",
                "",
                "指南代码",
                "210101",
                "项目总投入（万元）",
                "250.5",
                "",
                "开始日期",
                "2022-07-01",
                "本表由系统导出"
            ]
        );
        // The row after an empty one starts a table of its own, its cells in their columns.
        assert!(matches!(
            d.blocks[9].kind,
            crate::extract::BlockKind::Cell { row: 0, col: 3, .. }
        ));
        // Malformed XML is an error, not a panic.
        let limits = Limits::default();
        assert!(
            extract_sheet_xml(
                "t.xls",
                b"<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell><Data>x</Cell>",
                &limits,
                Deadline::after(limits.time_budget),
            )
            .is_err()
        );
    }

    /// A file read by `read` with the default limits.
    fn read_with(
        read: fn(&str, &[u8], &Limits, Deadline) -> Result<Document, ExtractError>,
        name: &str,
        bytes: &[u8],
    ) -> Document {
        let limits = Limits::default();
        read(name, bytes, &limits, Deadline::after(limits.time_budget)).unwrap()
    }

    /// A CSV export in GBK: a title line, quoted fields holding a comma, a line break and a
    /// doubled quote; a TSV; a .csv that is binary or a .txt is not taken as one.
    #[test]
    fn csv_exports_are_read_as_a_sheet() {
        let text = "项目信息表,\r\n项目名称,\"智能检测装置研发\"\r\n合作单位,\"苏州大学,南京大学\"\r\n备注,\"第一行\r\n第二行 \"\"引号\"\"\"\r\n项目总投入（万元）,250\r\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        assert!(is_delimited_text("信息.CSV", &gbk));
        assert!(!is_delimited_text("信息.txt", &gbk));
        assert!(!is_delimited_text("信息.csv", b"a,b\n\0c,d\n"));
        let d = read_with(extract_csv, "信息.csv", &gbk);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "项目信息表",
                "项目名称",
                "智能检测装置研发",
                "合作单位",
                "苏州大学,南京大学",
                "备注",
                "第一行\n第二行 \"引号\"",
                "项目总投入（万元）",
                "250"
            ]
        );
        let tsv = "单位\t苏州大学\n代码\t12320000466008447X\n";
        assert!(is_delimited_text("a.tsv", tsv.as_bytes()));
        let d = read_with(extract_csv, "a.tsv", tsv.as_bytes());
        assert_eq!(d.blocks[1].text, "苏州大学");
    }

    #[test]
    fn numbers_as_people_read_them() {
        assert_eq!(number(300.0), "300");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
    }
}
