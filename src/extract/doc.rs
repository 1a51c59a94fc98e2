//! Word 97-2003 binary documents (.doc, [MS-DOC]), read so that their content counts; F004 still
//! says the call takes PDF and DOCX. Many applicants' templates are still .doc files, and a clerk
//! opens them.
//!
//! What is read: the main document's text through the piece table (the Clx in the table stream;
//! each piece 8-bit "compressed" cp1252 or UTF-16), fields shown by their result, and the
//! paragraph properties of the FKPs (PlcBtePapx) that say which paragraphs are table cells and
//! which marks end a table row (sprmPFInTable, sprmPFTtp, sprmPItap), and which are headings (the
//! built-in heading styles, sprmPOutLvl). Pictures pasted in (a scanned, sealed page) are read
//! by OCR in their place, as in a DOCX ([`super::doc_art`]). Not read: headers, footers,
//! footnotes, text boxes, list numbers (they are not in the text). Word 6/95 files and
//! encrypted ones are reported, not read.

use super::flow::Flow;
use super::{Deadline, DocIssue, Document, ExtractError, Format, Limits};
use std::io::Read;
use std::ops::Range;

const W_IDENT: u16 = 0xA5EC;
const FKP: usize = 512;

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    b.get(i..i + 4)
        .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
}

fn corrupt(detail: &str) -> ExtractError {
    ExtractError::Corrupt {
        detail: format!("Word 97-2003 document: {detail}"),
    }
}

/// A stream of the compound file, read whole (it cannot be larger than the file).
fn stream(cf: &mut super::compound::Compound, name: &str) -> Option<Vec<u8>> {
    let mut s = cf.open_stream(name).ok()?;
    let mut out = Vec::new();
    s.read_to_end(&mut out).ok()?;
    Some(out)
}

/// What a paragraph's properties say, as far as propscan needs them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Para {
    in_table: bool,
    /// The paragraph is a table row's end mark (TTP).
    row_end: bool,
    /// Table depth (1 for an ordinary table, 2+ nested).
    depth: u32,
    /// An inner (nested) table's row end.
    inner_row_end: bool,
    /// Heading level 1–9 (built-in heading style or outline level).
    heading: Option<u8>,
}

/// The properties of one FKP run: the FC range it covers.
struct Run {
    start: u32,
    end: u32,
    para: Para,
}

/// Operand length of a sprm at `i` (the sprm's two bytes not counted), [MS-DOC] 2.2.5.1.
fn operand_len(grpprl: &[u8], sprm: u16, i: usize) -> Option<usize> {
    Some(match sprm >> 13 {
        0 | 1 => 1,
        2 | 4 | 5 => 2,
        3 => 4,
        7 => 3,
        _ => match sprm {
            // sprmTDefTable: a two-byte cb counting the rest plus one.
            0xD608 => 2 + (u16_at(grpprl, i)? as usize).saturating_sub(1),
            // sprmPChgTabs: cb 255 means a longer form (rare); read its counts.
            0xC615 if *grpprl.get(i)? == 255 => {
                let del = *grpprl.get(i + 1)? as usize;
                let add = *grpprl.get(i + 2 + del * 4)? as usize;
                2 + del * 4 + 1 + add * 3
            }
            _ => 1 + *grpprl.get(i)? as usize,
        },
    })
}

/// A paragraph's style and sprms read into a [`Para`].
fn read_papx(istd: u16, grpprl: &[u8]) -> Para {
    let mut p = Para {
        heading: (1..=9).contains(&istd).then_some(istd as u8),
        ..Para::default()
    };
    let mut i = 0;
    while i + 2 <= grpprl.len() {
        let sprm = u16::from_le_bytes([grpprl[i], grpprl[i + 1]]);
        let Some(len) = operand_len(grpprl, sprm, i + 2) else {
            break;
        };
        let op = &grpprl[(i + 2).min(grpprl.len())..(i + 2 + len).min(grpprl.len())];
        let byte = op.first().copied().unwrap_or(0);
        match sprm {
            0x2416 => p.in_table = byte != 0,
            0x2417 => p.row_end = byte != 0,
            0x6649 => p.depth = u32_at(op, 0).unwrap_or(0),
            0x244C => p.inner_row_end = byte != 0,
            0x2640 if byte < 9 => p.heading = Some(byte + 1),
            0x2640 => p.heading = None,
            _ => {}
        }
        i += 2 + len;
    }
    if p.in_table && p.depth == 0 {
        p.depth = 1;
    }
    if p.depth > 0 {
        p.in_table = true;
        p.heading = None;
    }
    p
}

/// The paragraph runs of every FKP named by the PlcBtePapx, sorted by FC. Each page is read
/// once, and at most `max` runs are kept (a document has no more paragraphs than characters):
/// a hostile table naming one page a million times cannot fill the memory.
fn paragraph_runs(word: &[u8], table: &[u8], fc: usize, lcb: usize, max: usize) -> Vec<Run> {
    let mut runs = Vec::new();
    for page in fkp_pages(word, table, fc..fc.saturating_add(lcb)) {
        if runs.len() >= max {
            break;
        }
        let crun = page[FKP - 1] as usize;
        if 4 * (crun + 1) + 13 * crun > FKP - 1 {
            continue;
        }
        for j in 0..crun {
            let (Some(start), Some(end)) = (u32_at(page, 4 * j), u32_at(page, 4 * (j + 1))) else {
                break;
            };
            let b_off = page[4 * (crun + 1) + 13 * j] as usize * 2;
            let para = if b_off == 0 || b_off >= FKP - 1 {
                Para::default()
            } else {
                let cb = page[b_off] as usize;
                let (from, size) = if cb != 0 {
                    (b_off + 1, (2 * cb).saturating_sub(1))
                } else {
                    (
                        b_off + 2,
                        2 * page.get(b_off + 1).copied().unwrap_or(0) as usize,
                    )
                };
                match page.get(from..(from + size).min(FKP - 1)) {
                    Some(px) if px.len() >= 2 => {
                        read_papx(u16::from_le_bytes([px[0], px[1]]), &px[2..])
                    }
                    _ => Para::default(),
                }
            };
            runs.push(Run { start, end, para });
        }
    }
    runs.sort_by_key(|r| r.start);
    runs
}

/// The FKP pages (in the WordDocument stream) a PlcBte names (`plc`: its place in the table
/// stream), each page once.
fn fkp_pages<'a>(word: &'a [u8], table: &[u8], plc: Range<usize>) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let Some(plc) = table.get(plc) else {
        return out;
    };
    if plc.len() < 12 {
        return out;
    }
    let n = (plc.len() - 4) / 8;
    let mut seen = std::collections::HashSet::new();
    for k in 0..n {
        let Some(pn) = u32_at(plc, 4 * (n + 1) + 4 * k) else {
            break;
        };
        if !seen.insert(pn & 0x3F_FFFF) {
            continue;
        }
        let at = (pn & 0x3F_FFFF) as usize * FKP;
        if let Some(page) = word.get(at..at + FKP) {
            out.push(page);
        }
    }
    out
}

fn para_at(runs: &[Run], fc: u32) -> Option<Para> {
    let i = runs.partition_point(|r| r.start <= fc);
    let r = runs.get(i.checked_sub(1)?)?;
    (fc < r.end).then_some(r.para)
}

/// One character of the main text with its character position and the file position of its
/// byte(s).
struct Ch {
    c: char,
    cp: u32,
    fc: u32,
}

/// The main document's characters through the piece table.
fn main_text(
    word: &[u8],
    table: &[u8],
    fc_clx: usize,
    lcb_clx: usize,
    ccp_text: usize,
    limits: &Limits,
    deadline: Deadline,
) -> Result<(Vec<Ch>, bool), ExtractError> {
    let clx = table
        .get(fc_clx..fc_clx.saturating_add(lcb_clx))
        .ok_or_else(|| corrupt("the piece table lies outside the table stream"))?;
    let mut i = 0;
    // Prc entries (property modifiers) come first; skip them.
    while clx.get(i) == Some(&1) {
        let cb = u16_at(clx, i + 1).ok_or_else(|| corrupt("a broken piece table"))? as usize;
        i += 3 + cb;
    }
    if clx.get(i) != Some(&2) {
        return Err(corrupt("no piece table"));
    }
    let lcb = u32_at(clx, i + 1).ok_or_else(|| corrupt("a broken piece table"))? as usize;
    let plc = clx
        .get(i + 5..(i + 5).saturating_add(lcb))
        .ok_or_else(|| corrupt("a broken piece table"))?;
    if lcb < 16 {
        return Err(corrupt("an empty piece table"));
    }
    let n = (lcb - 4) / 12;
    let cap = ccp_text.min(limits.max_chars);
    let truncated = ccp_text > limits.max_chars;
    let mut out = Vec::with_capacity(cap.min(1 << 20));
    for k in 0..n {
        if deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        let (Some(cp0), Some(cp1), Some(raw)) = (
            u32_at(plc, 4 * k),
            u32_at(plc, 4 * (k + 1)),
            u32_at(plc, 4 * (n + 1) + 8 * k + 2),
        ) else {
            break;
        };
        let (cp0, cp1) = (cp0 as usize, (cp1 as usize).min(cap));
        if cp0 >= cap || cp1 <= cp0 {
            continue;
        }
        let compressed = raw & 0x4000_0000 != 0;
        let fc = (raw & 0x3FFF_FFFF) as usize;
        for j in 0..cp1 - cp0 {
            let (c, at) = if compressed {
                let at = fc / 2 + j;
                let Some(&b) = word.get(at) else { break };
                (cp1252(b), at)
            } else {
                let at = fc + 2 * j;
                let Some(u) = u16_at(word, at) else { break };
                (char::from_u32(u as u32).unwrap_or('\u{FFFD}'), at)
            };
            out.push(Ch {
                c,
                cp: (cp0 + j) as u32,
                fc: at as u32,
            });
        }
        if out.len() >= cap {
            break;
        }
    }
    // Surrogate pairs stored as two UTF-16 units.
    let mut merged: Vec<Ch> = Vec::with_capacity(out.len());
    for ch in out {
        if let Some(last) = merged.last_mut() {
            let (hi, lo) = (last.c as u32, ch.c as u32);
            if (0xD800..0xDC00).contains(&hi) && (0xDC00..0xE000).contains(&lo) {
                let v = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                last.c = char::from_u32(v).unwrap_or('\u{FFFD}');
                continue;
            }
        }
        merged.push(ch);
    }
    Ok((merged, truncated))
}

/// A byte of a compressed piece: cp1252, as [MS-DOC] 2.4.1 says.
fn cp1252(b: u8) -> char {
    let one = [b];
    let (s, _, _) = encoding_rs::WINDOWS_1252.decode(&one);
    s.chars().next().unwrap_or('\u{FFFD}')
}

pub fn extract_doc(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut cf = super::compound::open(bytes)
        .map_err(|e| corrupt(&format!("the compound file cannot be opened ({e})")))?;
    let word = stream(&mut cf, "WordDocument").ok_or_else(|| corrupt("no WordDocument stream"))?;
    if u16_at(&word, 0) != Some(W_IDENT) {
        return Err(corrupt("not a Word document (wIdent)"));
    }
    let n_fib = u16_at(&word, 2).unwrap_or(0);
    let flags = u16_at(&word, 0x0A).unwrap_or(0);
    if flags & 0x0100 != 0 {
        return Err(ExtractError::Encrypted);
    }
    if n_fib < 0x00C1 {
        return Err(ExtractError::Unsupported {
            format: "Word 6.0/95 (.doc)".into(),
            advice: "在 Word 或 WPS 中另存为 .docx 或导出为 PDF 后重新上传 (save as .docx or export to PDF)".into(),
        });
    }
    let table_name = if flags & 0x0200 != 0 {
        "1Table"
    } else {
        "0Table"
    };
    let table = stream(&mut cf, table_name).ok_or_else(|| corrupt("no table stream"))?;
    // FIB: FibBase (32 bytes), csw + FibRgW97, cslw + FibRgLw97, cbRgFcLcb + FibRgFcLcb.
    let csw = u16_at(&word, 32).ok_or_else(|| corrupt("a short FIB"))? as usize;
    let lw = 34 + 2 * csw;
    let cslw = u16_at(&word, lw).ok_or_else(|| corrupt("a short FIB"))? as usize;
    let ccp_text = u32_at(&word, lw + 2 + 12).ok_or_else(|| corrupt("a short FIB"))? as usize;
    let fl = lw + 2 + 4 * cslw;
    let pairs = u16_at(&word, fl).ok_or_else(|| corrupt("a short FIB"))? as usize;
    if pairs < 34 {
        return Err(corrupt("a FIB without a piece table"));
    }
    let pair = |k: usize| -> Option<(usize, usize)> {
        Some((
            u32_at(&word, fl + 2 + 8 * k)? as usize,
            u32_at(&word, fl + 2 + 8 * k + 4)? as usize,
        ))
    };
    let (fc_clx, lcb_clx) = pair(33).ok_or_else(|| corrupt("a short FIB"))?;
    let (fc_bte, lcb_bte) = pair(13).unwrap_or((0, 0));
    let (chars, truncated) = main_text(&word, &table, fc_clx, lcb_clx, ccp_text, limits, deadline)?;
    let runs = paragraph_runs(&word, &table, fc_bte, lcb_bte, chars.len() + 1);
    let mut doc = Document::new(path, Format::Doc);
    let marks = build(&mut doc, &chars, &runs);
    if !marks.is_empty() {
        let at = |k: usize| {
            let (fc, lcb) = pair(k).unwrap_or((0, 0));
            fc..fc.saturating_add(lcb)
        };
        let data = stream(&mut cf, "Data").unwrap_or_default();
        let streams = Streams {
            word: &word,
            table: &table,
            data: &data,
        };
        doc = with_pictures(
            doc,
            &streams,
            &chars,
            &marks,
            [at(12), at(40), at(50)],
            limits,
        );
    }
    if truncated {
        doc.issues.push(DocIssue::Truncated {
            detail: "text longer than the limit".into(),
        });
    }
    Ok(doc)
}

/// The document's streams a picture is found in.
struct Streams<'a> {
    word: &'a [u8],
    table: &'a [u8],
    data: &'a [u8],
}

/// A document has at most this many of its pictures looked at.
const MAX_PICTURES: usize = 64;

/// The character runs whose properties place an inline picture (sprmCPicLocation): (first FC,
/// end FC, the PICF's offset in the Data stream), sorted. The runs of every FKP named by the
/// PlcBteChpx (`plc`), each page read once.
fn picture_locations(
    word: &[u8],
    table: &[u8],
    plc: Range<usize>,
    max: usize,
) -> Vec<(u32, u32, u32)> {
    let mut out = Vec::new();
    for page in fkp_pages(word, table, plc) {
        if out.len() >= max {
            break;
        }
        let crun = page[FKP - 1] as usize;
        if 4 * (crun + 1) + crun > FKP - 1 {
            continue;
        }
        for j in 0..crun {
            let (Some(start), Some(end)) = (u32_at(page, 4 * j), u32_at(page, 4 * (j + 1))) else {
                break;
            };
            let b_off = page[4 * (crun + 1) + j] as usize * 2;
            if b_off == 0 || b_off >= FKP - 1 {
                continue;
            }
            let cb = page[b_off] as usize;
            let Some(grpprl) = page.get(b_off + 1..(b_off + 1 + cb).min(FKP - 1)) else {
                continue;
            };
            let mut i = 0;
            while i + 2 <= grpprl.len() {
                let sprm = u16::from_le_bytes([grpprl[i], grpprl[i + 1]]);
                let Some(len) = operand_len(grpprl, sprm, i + 2) else {
                    break;
                };
                if sprm == 0x6A03
                    && let Some(loc) = u32_at(grpprl, i + 2)
                {
                    out.push((start, end, loc));
                }
                i += 2 + len;
            }
        }
    }
    out.sort_unstable();
    out
}

/// The document with the pictures of its picture characters (`marks`: index in `chars`, blocks
/// before it) read by OCR where they stand, when they are scans or captures
/// ([`super::docx::read_pictures`] judges them). `ranges`: the PlcBteChpx, the PlcSpaMom and the
/// OfficeArtContent in the table stream.
fn with_pictures(
    doc: Document,
    s: &Streams,
    chars: &[Ch],
    marks: &[(usize, usize)],
    ranges: [Range<usize>; 3],
    limits: &Limits,
) -> Document {
    let [chpx, spa, art] = ranges;
    let locations = picture_locations(s.word, s.table, chpx, chars.len() + 1);
    let anchors = super::doc_art::anchors(s.table, spa);
    let drawing = if anchors.is_empty() {
        super::doc_art::Drawing::default()
    } else {
        super::doc_art::drawing(s.table, art)
    };
    let limit = limits.max_stream_bytes;
    let mut held = Vec::new();
    // Each place (a PICF's offset, a shape) is taken once, and the pictures' bytes copied out
    // are at most one stream's limit in all: characters of a hostile file all naming one large
    // picture do not copy it again and again.
    let mut taken = std::collections::HashSet::new();
    let mut total = 0usize;
    for &(i, at) in marks.iter().take(MAX_PICTURES) {
        let Some(ch) = chars.get(i) else { continue };
        let shown = if ch.c == '\u{1}' {
            let k = locations.partition_point(|l| l.0 <= ch.fc);
            k.checked_sub(1)
                .and_then(|k| locations.get(k))
                .filter(|l| ch.fc < l.1 && taken.insert((true, l.2)))
                .and_then(|l| super::doc_art::inline_picture(s.data, l.2 as usize, s.word, limit))
        } else {
            anchors
                .iter()
                .find(|a| a.0 == ch.cp && taken.insert((false, a.1)))
                .and_then(|&(_, spid, width)| drawing.picture(s.table, s.word, spid, width, limit))
        };
        let Some(shown) = shown else { continue };
        total += shown.bytes.len();
        if total > limit {
            break;
        }
        held.push(super::docx::HeldPicture {
            at,
            bytes: shown.bytes,
            shown_in: shown.width_in,
            crop: shown.crop,
        });
    }
    super::docx::read_held_pictures(doc, held, limits)
}

/// Paragraphs and table cells from the characters and their paragraph properties; returns the
/// picture characters met (index in `chars`, blocks before it): 0x01 an inline picture, 0x08 a
/// drawn object (a floating picture).
fn build(doc: &mut Document, chars: &[Ch], runs: &[Run]) -> Vec<(usize, usize)> {
    let mut flow = Flow::new(doc);
    let mut buf = String::new();
    // Field nesting: true while inside a field's code (before its separator).
    let mut fields: Vec<bool> = Vec::new();
    let known = !runs.is_empty();
    // Without paragraph properties (no FKPs read): a cell mark right after a cell mark ends the
    // row, and a paragraph mark right after a row's end ends the table.
    let mut in_table = false;
    let mut prev_mark = false;
    let mut after_row = false;
    let mut marks = Vec::new();
    for (i, ch) in chars.iter().enumerate() {
        match ch.c {
            '\u{13}' => {
                fields.push(true);
                continue;
            }
            '\u{14}' => {
                if let Some(f) = fields.last_mut() {
                    *f = false;
                }
                continue;
            }
            '\u{15}' => {
                fields.pop();
                continue;
            }
            _ if fields.last().copied().unwrap_or(false) => continue,
            _ => {}
        }
        match ch.c {
            '\r' | '\u{0C}' | '\u{07}' => {
                let para = para_at(runs, ch.fc).unwrap_or_default();
                let text = std::mem::take(&mut buf);
                let cell_mark = ch.c == '\u{07}';
                let table_para = if known {
                    para.in_table
                } else {
                    cell_mark || (in_table && !after_row)
                };
                after_row = false;
                if !table_para {
                    in_table = false;
                    flow.paragraph(&text, para.heading);
                    prev_mark = false;
                    continue;
                }
                in_table = true;
                if para.depth >= 2 {
                    // A nested table's paragraph or cell: its text joins the outer cell.
                    flow.cell_text(&text, if cell_mark { ' ' } else { '\n' });
                    continue;
                }
                let row_end = if known {
                    para.row_end
                } else {
                    cell_mark && prev_mark && text.is_empty()
                };
                if !cell_mark {
                    flow.cell_text(&text, '\n');
                    prev_mark = false;
                } else if row_end {
                    flow.end_row();
                    prev_mark = false;
                    after_row = true;
                } else {
                    flow.cell_text(&text, '\n');
                    flow.end_cell();
                    prev_mark = true;
                }
            }
            '\u{0B}' => buf.push('\n'),
            '\t' => buf.push('\t'),
            '\u{1E}' => buf.push('-'),
            '\u{A0}' => buf.push(' '),
            '\u{1}' | '\u{8}' => marks.push((i, flow.blocks())),
            // Note and comment marks, optional hyphens.
            c if (c as u32) < 0x20 || c == '\u{FFFD}' => {}
            c => buf.push(c),
        }
    }
    flow.paragraph(&buf, None);
    flow.finish();
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sprm_operands_and_table_marks() {
        // istd 0, sprmPFInTable 1, sprmPFTtp 1, sprmPItap 1.
        let grpprl = [0x16, 0x24, 1, 0x17, 0x24, 1, 0x49, 0x66, 1, 0, 0, 0];
        let p = read_papx(0, &grpprl);
        assert!(p.in_table && p.row_end);
        assert_eq!(p.depth, 1);
        // A heading style (istd 2) with an outline level sprm saying body text.
        assert_eq!(read_papx(2, &[]).heading, Some(2));
        assert_eq!(read_papx(0, &[0x40, 0x26, 9]).heading, None);
        assert_eq!(read_papx(0, &[0x40, 0x26, 0]).heading, Some(1));
        // sprmTDefTable's two-byte length is skipped whole; a truncated operand stops reading.
        let mut g = vec![0x08, 0xD6, 3, 0, 0xAA, 0xBB, 0x16, 0x24, 1];
        assert!(read_papx(0, &g).in_table);
        g.truncate(5);
        assert!(!read_papx(0, &g).in_table);
    }

    #[test]
    fn an_inline_pictures_place_is_read_from_its_character_properties() {
        // One FKP (page 1 of the WordDocument stream) of two runs: FC 100–101 with
        // sprmCFSpec and sprmCPicLocation 0x1234, FC 101–150 without properties.
        let mut word = vec![0u8; 2 * FKP];
        let page = &mut word[FKP..];
        for (k, fc) in [100u32, 101, 150].into_iter().enumerate() {
            page[4 * k..4 * k + 4].copy_from_slice(&fc.to_le_bytes());
        }
        page[12] = 100; // the first run's CHPX at byte 200
        page[13] = 0;
        page[FKP - 1] = 2;
        page[200..210].copy_from_slice(&[9, 0x55, 0x08, 1, 0x03, 0x6A, 0x34, 0x12, 0, 0]);
        // PlcBteChpx: FCs 100 and 150, page number 1.
        let mut table = Vec::new();
        for v in [100u32, 150, 1] {
            table.extend_from_slice(&v.to_le_bytes());
        }
        assert_eq!(
            picture_locations(&word, &table, 0..12, 10),
            vec![(100, 101, 0x1234)]
        );
        assert!(picture_locations(&word, &table, 0..40, 10).is_empty());
    }

    #[test]
    fn not_a_compound_file_is_corrupt() {
        let limits = Limits::default();
        let r = extract_doc(
            "x.doc",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and then nothing",
            &limits,
            Deadline::after(limits.time_budget),
        );
        assert!(matches!(r, Err(ExtractError::Corrupt { .. })), "{r:?}");
    }
}
