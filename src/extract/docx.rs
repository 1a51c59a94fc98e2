//! DOCX read with zip + quick-xml.
//!
//! docx-rs is not used here: its reader hangs at 100 % CPU on XML truncated mid-tag and on a
//! renamed .xlsx (bokuweb/docx-rs#852) and panics on malformed numbers, so it must never see an
//! upload. This reader streams `word/document.xml` once: paragraphs with their style resolved
//! through `styles.xml`, table cells by row and column (gridSpan honoured), text boxes, content
//! controls, hyperlinks and field results; tracked deletions, field codes and the duplicate
//! `mc:Fallback` copy of drawings are skipped.

use super::{BlockKind, Deadline, Document, ExtractError, Format, Limits};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// A zip-based document's archive, or the error that it is none (`what`: the format's name).
pub(super) fn open_archive<'a>(
    bytes: &'a [u8],
    what: &str,
) -> Result<zip::ZipArchive<Cursor<&'a [u8]>>, ExtractError> {
    zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ExtractError::Corrupt {
        detail: format!("not a readable {what} ({e})"),
    })
}

pub(crate) fn read_entry(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: usize,
) -> Result<Option<Vec<u8>>, ExtractError> {
    let mut f = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(zip::result::ZipError::UnsupportedArchive(m))
            if m.contains("ncrypt") || m.contains("assword") =>
        {
            return Err(ExtractError::Encrypted);
        }
        Err(e) => {
            return Err(ExtractError::Corrupt {
                detail: format!("{name}: {e}"),
            });
        }
    };
    if f.encrypted() {
        return Err(ExtractError::Encrypted);
    }
    let mut buf = Vec::new();
    (&mut f)
        .take(limit as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| ExtractError::Corrupt {
            detail: format!("{name}: {e}"),
        })?;
    if buf.len() > limit {
        return Err(ExtractError::TooLarge {
            detail: format!("{name} inflates beyond {limit} bytes"),
        });
    }
    Ok(Some(buf))
}

pub(super) fn attr(e: &BytesStart, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| {
            let k = a.key.0;
            k.rsplit(':').next() == Some(local)
        })
        .map(|a| a.value.to_string())
}

/// The character an XML reference stands for: a character reference or one of XML's five
/// entities (documents declare no others).
pub(super) fn ref_char(r: quick_xml::events::BytesRef) -> Option<char> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => Some(c),
        _ => match &*r.into_inner() {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => None,
        },
    }
}

/// A closing tag's local name (without its namespace prefix).
pub(super) fn end_local(e: &quick_xml::events::BytesEnd) -> String {
    let n = e.name().0;
    n.rsplit(':').next().unwrap_or(n).to_string()
}

pub(super) fn local(e: &BytesStart) -> String {
    let n = e.name().0;
    n.rsplit(':').next().unwrap_or(n).to_string()
}

#[derive(Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    /// The style's run properties say hidden (Some(true)) or not hidden (Some(false)).
    vanish: Option<bool>,
}

/// A toggle property's value: absent, 1, true, on → set; 0, false, off → cleared.
fn toggle(e: &BytesStart) -> bool {
    !matches!(attr(e, "val").as_deref(), Some("0" | "false" | "off"))
}

fn heading_level_of_name(name: &str) -> Option<u8> {
    let n = name.trim().to_lowercase();
    if n == "title" || n == "标题" {
        return Some(1);
    }
    for prefix in ["heading", "标题"] {
        if let Some(rest) = n.strip_prefix(prefix)
            && let Ok(l) = rest.trim().parse::<u8>()
            && (1..=9).contains(&l)
        {
            return Some(l);
        }
    }
    None
}

fn parse_styles(xml: &str) -> HashMap<String, Style> {
    let mut styles = HashMap::new();
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut cur: Option<(String, Style)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match local(&e).as_str() {
                "style" => {
                    if let Some((id, s)) = cur.take() {
                        styles.insert(id, s);
                    }
                    cur = attr(&e, "styleId").map(|id| (id, Style::default()));
                }
                "name" => {
                    if let (Some((_, s)), Some(v)) = (cur.as_mut(), attr(&e, "val")) {
                        s.name = v;
                    }
                }
                "basedOn" => {
                    if let Some((_, s)) = cur.as_mut() {
                        s.based_on = attr(&e, "val");
                    }
                }
                "outlineLvl" => {
                    if let Some((_, s)) = cur.as_mut() {
                        s.outline = attr(&e, "val").and_then(|v| v.parse().ok());
                    }
                }
                "vanish" => {
                    if let Some((_, s)) = cur.as_mut() {
                        s.vanish = Some(toggle(&e));
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    if let Some((id, s)) = cur.take() {
        styles.insert(id, s);
    }
    styles
}

/// Whether style `id` hides its text: w:vanish set or cleared in it or in a style it is based
/// on (the nearest says), or None when none of them says.
fn style_vanish(styles: &HashMap<String, Style>, id: &str) -> Option<bool> {
    let mut id = id.to_string();
    for _ in 0..10 {
        let s = styles.get(&id)?;
        if s.vanish.is_some() {
            return s.vanish;
        }
        id = s.based_on.clone()?;
    }
    None
}

fn style_level(styles: &HashMap<String, Style>, id: &str) -> Option<u8> {
    let mut id = id.to_string();
    for _ in 0..10 {
        let s = styles.get(&id)?;
        if let Some(l) = heading_level_of_name(&s.name).or_else(|| heading_level_of_name(&id)) {
            return Some(l);
        }
        if let Some(o) = s.outline.filter(|o| *o < 9) {
            return Some(o + 1);
        }
        id = s.based_on.clone()?;
    }
    None
}

struct Para {
    text: String,
    style: Option<String>,
    outline: Option<u8>,
}

struct Table {
    index: u32,
    row: i64,
    col: u32,
    cell: Option<(String, u32, bool)>, // text, span, vMerge continuation
}

const SKIP: &[&str] = &[
    "del",
    "instrText",
    "delInstrText",
    "Fallback",
    "footnoteReference",
    "endnoteReference",
    "rPr",
    "tblPr",
];

pub fn extract_docx(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut zip = open_archive(bytes, "DOCX/zip")?;
    let main =
        read_entry(&mut zip, "word/document.xml", limits.max_stream_bytes)?.ok_or_else(|| {
            ExtractError::Corrupt {
                detail: "word/document.xml is missing".into(),
            }
        })?;
    let styles = match read_entry(&mut zip, "word/styles.xml", limits.max_stream_bytes) {
        Ok(Some(s)) => parse_styles(&String::from_utf8_lossy(&s)),
        _ => HashMap::new(),
    };
    let xml = String::from_utf8_lossy(&main);
    let mut doc = Document::new(path, Format::Docx);
    let mut reader = Reader::from_str(&xml);
    reader.config_mut().check_end_names = false;
    let mut stack: Vec<String> = Vec::new();
    let mut skip_depth: Option<usize> = None;
    let mut paras: Vec<Para> = Vec::new();
    let mut tables: Vec<Table> = Vec::new();
    let mut table_count = 0u32;
    let mut in_text = false;
    // Hidden text (w:vanish, directly or by the paragraph's or run's style): a template's
    // instructions and examples that Word neither shows nor prints, so no value of the form.
    let mut run_hidden = false;
    // White type (w:color FFFFFF) on no shading of its run, paragraph or cell: text hidden the
    // way people hide a template's examples — on paper and on screen it is not there.
    let (mut run_white, mut run_shaded, mut para_shaded, mut cell_shaded) =
        (false, false, false, false);
    let mut run_struck = false;
    // A run set in a symbol font (Wingdings 2): its letters are glyphs (R draws ☑).
    let mut run_symbol_font: Option<String> = None;
    // Content controls open around this point; true for one still showing Word's placeholder
    // (w:showingPlcHdr: 单击或点击此处输入文字。), which is no value.
    let mut controls: Vec<bool> = Vec::new();
    let mut events = 0usize;
    let mut saw_body = false;
    // Pictures in body order: (blocks before it, relationship id).
    let mut pictures: Vec<(usize, String)> = Vec::new();
    // Alternative format chunks (w:altChunk): HTML or MHT parts that Word imports as the body
    // (web editors' DOCX), by relationship id.
    let mut chunks: Vec<String> = Vec::new();
    loop {
        events += 1;
        if events.is_multiple_of(8192) && deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        if stack.len() > 512 {
            return Err(ExtractError::Corrupt {
                detail: "word/document.xml nests too deeply".into(),
            });
        }
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                if doc.blocks.is_empty() {
                    return Err(ExtractError::Corrupt {
                        detail: format!("word/document.xml is not well-formed XML ({e})"),
                    });
                }
                doc.issues.push(super::DocIssue::Truncated {
                    detail: format!("XML error after {} blocks: {e}", doc.blocks.len()),
                });
                break;
            }
        };
        // The element's local name, read once for the hidden-text state and the handlers below.
        let mut open_name = match &ev {
            Event::Start(e) | Event::Empty(e) => Some(local(e)),
            _ => None,
        };
        if let (Event::Start(e) | Event::Empty(e), Some(name)) = (&ev, &open_name) {
            let in_run_props = stack.len() >= 2
                && stack[stack.len() - 1] == "rPr"
                && stack[stack.len() - 2] == "r";
            match name.as_str() {
                "altChunk" => chunks.extend(attr(e, "id")),
                "sdt" if matches!(ev, Event::Start(_)) => controls.push(false),
                "showingPlcHdr" if stack.last().is_some_and(|s| s == "sdtPr") => {
                    if let Some(c) = controls.last_mut() {
                        *c = toggle(e);
                    }
                }
                "rFonts" if in_run_props => {
                    run_symbol_font = ["ascii", "hAnsi"]
                        .iter()
                        .filter_map(|a| attr(e, a))
                        .find(|f| super::symbols::is_symbol_font(f));
                }
                "p" => para_shaded = false,
                "tc" => cell_shaded = false,
                "color" if in_run_props => {
                    run_white = attr(e, "val").is_some_and(|v| v.eq_ignore_ascii_case("FFFFFF"));
                }
                "shd" | "highlight" => {
                    let fill = if name == "shd" {
                        attr(e, "fill")
                    } else {
                        attr(e, "val")
                    };
                    let shaded = fill.is_some_and(|f| {
                        !["", "auto", "ffffff", "none", "white"]
                            .contains(&f.to_ascii_lowercase().as_str())
                    });
                    match stack.last().map(String::as_str) {
                        Some("rPr") => run_shaded |= shaded,
                        Some("pPr") => para_shaded |= shaded,
                        Some("tcPr") => cell_shaded |= shaded,
                        _ => {}
                    }
                }
                "r" => {
                    run_white = false;
                    run_shaded = false;
                    run_struck = false;
                    run_symbol_font = None;
                    run_hidden = paras
                        .last()
                        .and_then(|p| p.style.as_deref())
                        .and_then(|id| style_vanish(&styles, id))
                        .unwrap_or(false);
                }
                // A character style that says nothing of w:vanish leaves the paragraph's; Word's
                // placeholder style marks a content control's prompt, no value.
                "rStyle" if in_run_props => {
                    let id = attr(e, "val").unwrap_or_default();
                    if id == "PlaceholderText" {
                        run_hidden = true;
                    } else if let Some(h) = style_vanish(&styles, &id) {
                        run_hidden = h;
                    }
                }
                "vanish" if in_run_props => run_hidden = toggle(e),
                // Struck through (single or double): text crossed out, as a correction on paper
                // crosses out the old value.
                "strike" | "dstrike" if in_run_props => run_struck = toggle(e),
                _ => {}
            }
        }
        let hidden_now = run_hidden
            || run_struck
            || (run_white && !run_shaded && !para_shaded && !cell_shaded)
            || controls
                .iter()
                .any(|showing_placeholder| *showing_placeholder);
        match ev {
            Event::Start(e) => {
                let name = open_name.take().unwrap_or_default();
                if skip_depth.is_none() {
                    handle_open(
                        &name,
                        &e,
                        &mut paras,
                        &mut tables,
                        &mut table_count,
                        &mut in_text,
                    );
                    if name == "body" {
                        saw_body = true;
                    }
                    note_picture(&name, &e, doc.blocks.len(), &mut pictures);
                    if SKIP.contains(&name.as_str()) {
                        skip_depth = Some(stack.len());
                    }
                }
                stack.push(name);
            }
            Event::Empty(e) if skip_depth.is_none() => {
                let name = open_name.take().unwrap_or_default();
                note_picture(&name, &e, doc.blocks.len(), &mut pictures);
                handle_open(
                    &name,
                    &e,
                    &mut paras,
                    &mut tables,
                    &mut table_count,
                    &mut in_text,
                );
                if name == "t" {
                    in_text = false;
                }
                let parent_is_run = stack.last().map(|s| s == "r").unwrap_or(false);
                if let Some(p) = paras.last_mut().filter(|_| !hidden_now) {
                    match name.as_str() {
                        "tab" if parent_is_run => p.text.push('\t'),
                        "br" | "cr" if parent_is_run => p.text.push('\n'),
                        "noBreakHyphen" => p.text.push('-'),
                        "sym" if parent_is_run => {
                            let code = attr(&e, "char")
                                .and_then(|c| u32::from_str_radix(c.trim(), 16).ok());
                            if let (Some(font), Some(code)) = (attr(&e, "font"), code) {
                                p.text.push(super::symbols::symbol_char(&font, code));
                            }
                        }
                        _ => {}
                    }
                }
                // An empty <w:p/> or <w:tc/> still closes.
                handle_close(&name, &mut paras, &mut tables, &mut doc, &styles);
            }
            Event::End(_) => {
                let name = stack.pop().unwrap_or_default();
                if name == "sdt" {
                    controls.pop();
                }
                if let Some(d) = skip_depth {
                    if stack.len() == d {
                        skip_depth = None;
                    }
                    continue;
                }
                if name == "t" {
                    in_text = false;
                }
                if name == "r" {
                    run_hidden = false;
                    run_white = false;
                    run_struck = false;
                }
                handle_close(&name, &mut paras, &mut tables, &mut doc, &styles);
            }
            Event::Text(t) => {
                if skip_depth.is_none()
                    && in_text
                    && !hidden_now
                    && let Some(p) = paras.last_mut()
                {
                    match &run_symbol_font {
                        Some(font) => p.text.extend(
                            t.xml10_content()
                                .chars()
                                .map(|c| super::symbols::symbol_char(font, u32::from(c))),
                        ),
                        None => p.text.push_str(&t.xml10_content()),
                    }
                }
            }
            Event::CData(t) => {
                if skip_depth.is_none()
                    && in_text
                    && !hidden_now
                    && let Some(p) = paras.last_mut()
                {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if skip_depth.is_none() && in_text && !hidden_now => {
                if let (Some(c), Some(p)) = (ref_char(r), paras.last_mut()) {
                    p.text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if doc.text.len() > limits.max_chars * 4 {
            doc.issues.push(super::DocIssue::Truncated {
                detail: "text longer than the limit".into(),
            });
            break;
        }
    }
    if !saw_body {
        return Err(ExtractError::Corrupt {
            detail: "word/document.xml has no document body".into(),
        });
    }
    if !chunks.is_empty() {
        read_chunks(&mut doc, &mut zip, &chunks, limits, deadline)?;
    }
    if limits.ocr && !pictures.is_empty() {
        doc = read_pictures(doc, &mut zip, &pictures, limits);
    }
    Ok(doc)
}

/// The HTML of each alternative format chunk, read after the body's own blocks (a web editor's
/// DOCX is one chunk and nothing else; where a body mixes both, the chunks' text comes last).
fn read_chunks(
    doc: &mut Document,
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    chunks: &[String],
    limits: &Limits,
    deadline: Deadline,
) -> Result<(), ExtractError> {
    let rels = match read_entry(zip, "word/_rels/document.xml.rels", limits.max_stream_bytes) {
        Ok(Some(x)) => relationships(&String::from_utf8_lossy(&x)),
        _ => return Ok(()),
    };
    for id in chunks {
        let Some(target) = rels.get(id.as_str()) else {
            continue;
        };
        let Ok(Some(bytes)) = read_entry(zip, target, limits.max_stream_bytes) else {
            continue;
        };
        let html = if super::html::is_mht(&bytes) {
            super::html::mht_html(&bytes).unwrap_or_default()
        } else {
            super::html::decode(&bytes, None)
        };
        super::html::push_html(doc, &html, limits, deadline)?;
    }
    Ok(())
}

/// A picture's relationship id: DrawingML `a:blip r:embed`, VML `v:imagedata r:id`.
fn note_picture(name: &str, e: &BytesStart, blocks: usize, pictures: &mut Vec<(usize, String)>) {
    let id = match name {
        "blip" => attr(e, "embed"),
        "imagedata" => attr(e, "id"),
        _ => None,
    };
    if let Some(id) = id.filter(|i| !i.is_empty())
        && pictures.len() < 1024
    {
        pictures.push((blocks, id));
    }
}

/// Pictures of at least this many pixels (and `MIN_PAGE_SIDE` each way) may be pages pasted in —
/// a scan or photo of a signed and sealed page — not logos, icons or a seal image.
const MIN_PAGE_PIXELS: u64 = 1_000_000;
const MIN_PAGE_SIDE: u32 = 600;
/// A picture becomes a page only when OCR reads this many characters from it.
const MIN_PAGE_CHARS: usize = 40;
/// A document with less text of its own than this is a container of pasted scans: all its
/// large pictures are tried; in a longer one only portrait pictures shaped like a page (height
/// 1.25–1.6 times the width: A4 is 1.41) are — figures and photos stay pictures.
const CONTAINER_CHARS: usize = 300;

/// Scans and photos pasted into the document (a signed, sealed commitment scanned and put into
/// Word) are read by OCR as the document's pages 1, 2 …, their text placed where the picture
/// stands, their seals found as on a scanned PDF page. Other pictures are left alone.
fn read_pictures(
    doc: Document,
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    pictures: &[(usize, String)],
    limits: &Limits,
) -> Document {
    let rels = match read_entry(zip, "word/_rels/document.xml.rels", limits.max_stream_bytes) {
        Ok(Some(x)) => relationships(&String::from_utf8_lossy(&x)),
        _ => return doc,
    };
    let container = doc.char_count() < CONTAINER_CHARS;
    let mut read = super::scan::Pictures::new(limits);
    // (blocks before it, page number) of each picture read as a page.
    let mut placed: Vec<(usize, u32)> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (at, id) in pictures {
        let Some(target) = rels.get(id.as_str()) else {
            continue;
        };
        // The same picture shown twice is one page.
        if seen.contains(&target.as_str()) {
            continue;
        }
        seen.push(target);
        let Ok(Some(bytes)) = read_entry(zip, target, limits.max_stream_bytes) else {
            continue;
        };
        let Some((w, h)) = image::ImageReader::new(Cursor::new(&bytes))
            .with_guessed_format()
            .ok()
            .and_then(|r| r.into_dimensions().ok())
        else {
            continue; // EMF, WMF, SVG …: drawings, not scans
        };
        let page_shaped = (1.25..=1.6).contains(&(h as f32 / w.max(1) as f32));
        if (w as u64) * (h as u64) < MIN_PAGE_PIXELS
            || w.min(h) < MIN_PAGE_SIDE
            || !(container || page_shaped)
        {
            continue;
        }
        // A picture that cannot be decoded or holds little text is left a picture.
        let Ok(imgs) = super::raster::decode_image_file(&bytes, limits.max_image_pixels) else {
            continue;
        };
        let Some(number) = imgs
            .first()
            .and_then(|img| read.add_if_text(img, MIN_PAGE_CHARS))
        else {
            continue;
        };
        placed.push((*at, number));
    }
    if placed.is_empty() {
        return doc;
    }
    let mut scans = Document::new(&doc.path, Format::Image);
    read.finish(&mut scans);
    // Rebuild the document with each page's blocks where its picture stood; the pictures'
    // tables numbered after the document's own.
    let tables = doc.next_table();
    let mut out = Document::new(&doc.path, doc.format);
    out.pages = scans.pages;
    out.issues = doc.issues;
    out.issues.extend(scans.issues);
    let mut pending = placed.iter().peekable();
    let push_page = |out: &mut Document, n: u32| {
        for b in scans.blocks.iter().filter(|b| b.page == Some(n)) {
            let kind = match b.kind {
                BlockKind::Cell { table, row, col } => BlockKind::Cell {
                    table: table + tables,
                    row,
                    col,
                },
                ref k => k.clone(),
            };
            out.push_block(kind, &b.text, b.page);
        }
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        while let Some((_, n)) = pending.next_if(|(at, _)| *at <= i) {
            push_page(&mut out, *n);
        }
        out.push_block(b.kind.clone(), &b.text, b.page);
    }
    for (_, n) in pending {
        push_page(&mut out, *n);
    }
    out
}

/// Relationship id → part name in the package (`media/image1.png` → `word/media/image1.png`);
/// external targets left out.
fn relationships(xml: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut reader = Reader::from_str(xml);
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Start(e) | Event::Empty(e) if local(&e) == "Relationship" => {
                if attr(&e, "TargetMode").as_deref() == Some("External") {
                    continue;
                }
                if let (Some(id), Some(t)) = (attr(&e, "Id"), attr(&e, "Target")) {
                    let t = t.trim_start_matches('/');
                    let name = if t.starts_with("word/") {
                        t.to_string()
                    } else {
                        format!("word/{}", t.trim_start_matches("./"))
                    };
                    out.insert(id, name);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn handle_open(
    name: &str,
    e: &BytesStart,
    paras: &mut Vec<Para>,
    tables: &mut Vec<Table>,
    table_count: &mut u32,
    in_text: &mut bool,
) {
    match name {
        "p" => paras.push(Para {
            text: String::new(),
            style: None,
            outline: None,
        }),
        "pStyle" => {
            if let Some(p) = paras.last_mut() {
                p.style = attr(e, "val");
            }
        }
        "outlineLvl" => {
            if let Some(p) = paras.last_mut() {
                p.outline = attr(e, "val").and_then(|v| v.parse().ok());
            }
        }
        "t" => *in_text = true,
        "tbl" => {
            tables.push(Table {
                index: *table_count,
                row: -1,
                col: 0,
                cell: None,
            });
            *table_count += 1;
        }
        "tr" => {
            if let Some(t) = tables.last_mut() {
                t.row += 1;
                t.col = 0;
            }
        }
        "tc" => {
            if let Some(t) = tables.last_mut() {
                t.cell = Some((String::new(), 1, false));
            }
        }
        "gridSpan" => {
            if let Some(Some(c)) = tables.last_mut().map(|t| t.cell.as_mut()) {
                c.1 = attr(e, "val")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1)
                    .clamp(1, 64);
            }
        }
        "vMerge" => {
            if let Some(Some(c)) = tables.last_mut().map(|t| t.cell.as_mut()) {
                // <w:vMerge/> (no val) continues the cell above; val="restart" starts one.
                c.2 = attr(e, "val").map(|v| v != "restart").unwrap_or(true);
            }
        }
        _ => {}
    }
}

fn handle_close(
    name: &str,
    paras: &mut Vec<Para>,
    tables: &mut Vec<Table>,
    doc: &mut Document,
    styles: &HashMap<String, Style>,
) {
    match name {
        "p" => {
            let Some(p) = paras.pop() else { return };
            let text = p.text.trim_end().to_string();
            // Inside a table cell (and not inside a text box of a paragraph): collect.
            if paras.is_empty()
                && let Some(Some(cell)) = tables.last_mut().map(|t| t.cell.as_mut())
            {
                if !cell.0.is_empty() {
                    cell.0.push('\n');
                }
                cell.0.push_str(&text);
                return;
            }
            if text.trim().is_empty() {
                return;
            }
            let level = p
                .outline
                .filter(|o| *o < 9)
                .map(|o| o + 1)
                .or_else(|| p.style.as_deref().and_then(|s| style_level(styles, s)));
            let kind = match level {
                Some(level) => BlockKind::Heading { level },
                None => BlockKind::Paragraph,
            };
            doc.push_block(kind, &text, None);
        }
        "tc" => {
            let Some(t) = tables.last_mut() else { return };
            if let Some((text, span, cont)) = t.cell.take() {
                if !(cont && text.trim().is_empty()) {
                    let kind = BlockKind::Cell {
                        table: t.index,
                        row: t.row.max(0) as u32,
                        col: t.col,
                    };
                    doc.push_block(kind, text.trim(), None);
                }
                t.col += span;
            }
        }
        "tbl" => {
            tables.pop();
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks' texts of a DOCX made of `body` (inside w:body) and, when given, `styles`.
    /// A DOCX of the given parts, read.
    fn docx_of(parts: &[(&str, &str)]) -> Document {
        let bytes = crate::extract::zip_of(parts);
        let limits = Limits::default();
        extract_docx(
            "t.docx",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap()
    }

    fn texts_of(body: &str, styles: Option<&str>) -> Vec<String> {
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let doc = format!(r#"<w:document {w}><w:body>{body}<w:sectPr/></w:body></w:document>"#);
        let mut parts = vec![("word/document.xml", doc.as_str())];
        parts.extend(styles.map(|s| ("word/styles.xml", s)));
        let d = docx_of(&parts);
        d.blocks.iter().map(|b| b.text.clone()).collect()
    }

    /// A web editor's DOCX: the body is one w:altChunk of an MHT part; its HTML is read.
    #[test]
    fn alternative_format_chunks_are_read() {
        let doc = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:altChunk r:id="htmlChunk"/><w:sectPr/></w:body></w:document>"#;
        let rels =
            r#"<Relationships><Relationship Id="htmlChunk" Target="afchunk.mht"/></Relationships>"#;
        let mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"--b\"\r\n\r\n----b\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<table><tr><th>=E9=A1=B9=E7=9B=AE=E5=90=8D=E7=A7=B0</th><td>=E6=A3=80=E6=B5=8B=E7=A0=94=E5=8F=91</td></tr></table>\r\n----b--\r\n";
        let d = docx_of(&[
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", rels),
            ("word/afchunk.mht", mht),
        ]);
        let cells: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(cells, vec!["项目名称", "检测研发"]);
    }

    /// A content control still showing Word's placeholder holds no value; a filled one does.
    /// Tick boxes in Wingdings 2 read as the marks they draw, inserted (w:sym) or typed (R, £).
    #[test]
    fn placeholders_and_symbol_ticks() {
        let body = r#"<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>单击或点击此处输入文字。</w:t></w:r></w:sdtContent></w:sdt></w:p>
            <w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击或点击以输入日期。</w:t></w:r></w:p></w:sdtContent></w:sdt>
            <w:sdt><w:sdtPr><w:tag w:val="zone"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>吴江高新区</w:t></w:r></w:p></w:sdtContent></w:sdt>
            <w:p><w:r><w:sym w:font="Wingdings 2" w:char="F052"/></w:r><w:r><w:t>企业</w:t></w:r><w:r><w:sym w:font="Wingdings 2" w:char="F0A3"/></w:r><w:r><w:t>高校</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>£</w:t></w:r><w:r><w:t>企业</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>R</w:t></w:r><w:r><w:t>高校</w:t></w:r></w:p>"#;
        let texts = texts_of(body, None);
        assert!(!texts.iter().any(|t| t.contains("单击")), "{texts:?}");
        assert!(texts.iter().any(|t| t == "吴江高新区"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "☑企业□高校"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "□企业☑高校"), "{texts:?}");
    }

    /// Examples hidden in white type are not read, unless a shading makes them visible (white on
    /// a dark run, paragraph or cell); struck-through text (an old value crossed out) is not read.
    #[test]
    fn white_type_on_no_shading_is_not_read() {
        let body = concat!(
            r#"<w:p><w:r><w:t>统一社会信用代码：</w:t></w:r><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>示例：91320500MA1XXXXXXX </w:t></w:r><w:r><w:t>91320594KQQTCQLH1G</w:t></w:r></w:p>"#,
            r#"<w:p><w:r><w:rPr><w:color w:val="ffffff"/><w:shd w:val="clear" w:fill="1F3864"/></w:rPr><w:t>白字深底</w:t></w:r></w:p>"#,
            r#"<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="2E74B5"/></w:tcPr><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>表头</w:t></w:r></w:p></w:tc>"#,
            r#"<w:tc><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>隐藏示例</w:t></w:r><w:r><w:t>值</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
            r#"<w:p><w:r><w:t>总投入：</w:t></w:r><w:r><w:rPr><w:strike/></w:rPr><w:t>450</w:t></w:r><w:r><w:rPr><w:dstrike w:val="1"/></w:rPr><w:t>400</w:t></w:r><w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>300</w:t></w:r></w:p>"#,
        );
        let texts = texts_of(body, None);
        assert_eq!(
            texts,
            [
                "统一社会信用代码：91320594KQQTCQLH1G",
                "白字深底",
                "表头",
                "值",
                "总投入：300"
            ]
        );
    }

    /// A template's hidden text (w:vanish directly, through a character style, through a
    /// paragraph style, which a character style silent on it leaves) is not read; a run that
    /// says w:vanish w:val="0" is.
    #[test]
    fn hidden_text_is_not_read() {
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let styles = format!(
            r#"<w:styles {w}><w:style w:type="character" w:styleId="Hint"><w:name w:val="Hint"/><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:rPr><w:vanish/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Note2"><w:name w:val="Note2"/><w:basedOn w:val="Note"/></w:style><w:style w:type="character" w:styleId="Plain"><w:name w:val="Plain"/></w:style></w:styles>"#
        );
        let body = concat!(
            r#"<w:p><w:r><w:t>申报单位：</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>示例：苏州示例科技有限公司；</w:t></w:r>"#,
            r#"<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>苏州某某</w:t></w:r><w:r><w:t>科技有限公司</w:t></w:r></w:p>"#,
            r#"<w:p><w:r><w:t>项目总投入：</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Hint"/></w:rPr><w:t>例：500</w:t></w:r><w:r><w:t>240万元</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="Note2"/></w:pPr><w:r><w:t>填写说明：实施期限2021年1月至2025年12月</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Plain"/></w:rPr><w:t>仍然隐藏</w:t></w:r></w:p>"#,
            r#"<w:p><w:pPr><w:pStyle w:val="Note"/></w:pPr><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>本段显示</w:t></w:r></w:p>"#,
        );
        let texts = texts_of(body, Some(&styles));
        assert_eq!(
            texts,
            [
                "申报单位：苏州某某科技有限公司",
                "项目总投入：240万元",
                "本段显示"
            ]
        );
    }

    #[test]
    fn heading_names_in_both_cases_and_chinese() {
        assert_eq!(heading_level_of_name("Heading 1"), Some(1));
        assert_eq!(heading_level_of_name("heading 2"), Some(2));
        assert_eq!(heading_level_of_name("标题 3"), Some(3));
        assert_eq!(heading_level_of_name("Normal"), None);
    }

    #[test]
    fn picture_relationships_resolve_to_package_parts() {
        let rels = relationships(
            r#"<Relationships><Relationship Id="rId4" Target="media/image1.jpeg"/><Relationship Id="rId5" Target="/word/media/image2.png"/><Relationship Id="rId6" Target="https://example.com/a.png" TargetMode="External"/></Relationships>"#,
        );
        assert_eq!(rels["rId4"], "word/media/image1.jpeg");
        assert_eq!(rels["rId5"], "word/media/image2.png");
        assert!(!rels.contains_key("rId6"));
    }
}
