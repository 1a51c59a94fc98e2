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

/// A tag's local name: held inline, without an allocation, up to 24 bytes (every element of
/// the formats read here), since one is made for every element of every part.
pub(super) type LocalName = compact_str::CompactString;

/// A closing tag's local name (without its namespace prefix).
pub(super) fn end_local(e: &quick_xml::events::BytesEnd) -> LocalName {
    LocalName::from(without_prefix(e.name().0))
}

/// An opening tag's local name (without its namespace prefix).
pub(super) fn local(e: &BytesStart) -> LocalName {
    LocalName::from(without_prefix(e.name().0))
}

/// A qualified name's part after its last colon (a byte scan: `rsplit` on a str set up a
/// searcher for every element of every part).
fn without_prefix(n: &str) -> &str {
    match n.bytes().rposition(|b| b == b':') {
        Some(i) => &n[i + 1..],
        None => n,
    }
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
    /// Its frame, when it is a framed paragraph placed on the page (w:framePr).
    frame: Option<super::placed::Item>,
    /// The largest font size of its runs (points; 0: none given).
    size: f32,
}

struct Table {
    index: u32,
    row: i64,
    col: u32,
    cell: Option<(String, u32, bool)>, // text, span, vMerge continuation
}

const SKIP: &[&str] = &[
    "del",
    // Tracked moves: the text where it was (w:moveFrom) is gone once the changes are accepted;
    // it stands again where it went (w:moveTo).
    "moveFrom",
    "instrText",
    "delInstrText",
    "Fallback",
    "footnoteReference",
    "endnoteReference",
    // A phonetic guide's text (拼音指南: the pinyin over w:rubyBase), a reading aid.
    "rt",
    "rPr",
    "tblPr",
];

/// The parts of a WordprocessingML document: the entries of a zip (.docx), or parts held in
/// one XML file — Word's flat "XML Document" (pkg:package), or a Word 2003 XML document whose
/// pictures are base64 w:binData named `wordml://…`.
pub(super) enum Parts<'a> {
    Zip(zip::ZipArchive<Cursor<&'a [u8]>>),
    Flat(HashMap<String, Vec<u8>>),
}

impl Parts<'_> {
    pub(super) fn read(
        &mut self,
        name: &str,
        limit: usize,
    ) -> Result<Option<Vec<u8>>, ExtractError> {
        match self {
            Parts::Zip(zip) => read_entry(zip, name, limit),
            // Each flat part's size was checked when the file was split into parts.
            Parts::Flat(parts) => Ok(parts.get(name).cloned()),
        }
    }

    fn names(&self) -> Vec<String> {
        match self {
            Parts::Zip(zip) => zip.file_names().flatten().map(|n| n.into_owned()).collect(),
            Parts::Flat(parts) => parts.keys().cloned().collect(),
        }
    }
}

/// The package's custom XML parts (customXml/itemN.xml), by the store item ID their
/// properties part gives, for content controls bound to them.
fn custom_xml_store(zip: &mut Parts, limits: &Limits) -> super::custom_xml::Store {
    let mut store = super::custom_xml::Store::default();
    let mut items: Vec<String> = zip
        .names()
        .into_iter()
        .filter(|n| {
            n.strip_prefix("customXml/item")
                .and_then(|r| r.strip_suffix(".xml"))
                .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect();
    items.sort();
    for item in items.into_iter().take(64) {
        let k = &item["customXml/item".len()..item.len() - 4];
        // The properties part: named by the item's relationships, else itemPropsN.xml.
        let props_name = zip
            .read(
                &format!("customXml/_rels/item{k}.xml.rels"),
                limits.max_stream_bytes,
            )
            .ok()
            .flatten()
            .and_then(|r| {
                relationships(&String::from_utf8_lossy(&r), "customXml/")
                    .into_values()
                    .find(|t| t.contains("itemProps"))
            })
            .unwrap_or_else(|| format!("customXml/itemProps{k}.xml"));
        let Some(id) = zip
            .read(&props_name, limits.max_stream_bytes)
            .ok()
            .flatten()
            .and_then(|p| super::custom_xml::item_id(&p))
        else {
            continue;
        };
        if let Some(part) = zip
            .read(&item, limits.max_stream_bytes)
            .ok()
            .flatten()
            .and_then(|x| super::custom_xml::Part::parse(&x))
        {
            store.insert(&id, part);
        }
    }
    store
}

/// A content control open around the reader's position.
#[derive(Default)]
struct Control {
    /// Still showing Word's placeholder (w:showingPlcHdr: 单击或点击此处输入文字。), no value.
    placeholder: bool,
    /// What its data binding shows, when it is bound to a custom XML node that exists: its
    /// cached text is then not what Word shows.
    bound: Option<String>,
    /// Inside its w:sdtContent.
    in_content: bool,
    /// The bound text was put into a paragraph.
    shown: bool,
}

pub fn extract_docx(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let zip = open_archive(bytes, "DOCX/zip")?;
    read_parts(path, Parts::Zip(zip), Format::Docx, limits, deadline, true)
}

/// A Word XML document in one file, as web systems' "export to Word" writes them from
/// templates (FreeMarker and the like) and saves as .doc or .xml: Word 2003 XML
/// (w:wordDocument, the 2003 namespace, pictures as base64 w:binData) or Word 2007+'s flat
/// "XML Document" (pkg:package holding each part of a .docx inline). Read with the DOCX reader:
/// the vocabulary is WordprocessingML's.
pub fn extract_word_xml(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    // The XML declaration names the encoding (UTF-8, or GB2312 in older templates).
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]);
    let declared = head
        .split_once("?>")
        .map_or("", |(decl, _)| decl)
        .split_once("encoding=")
        .and_then(|(_, rest)| {
            rest.trim_start_matches(['"', '\''])
                .split(['"', '\''])
                .next()
        })
        .map(str::to_string);
    let text = super::html::decode(bytes, Some(declared.as_deref().unwrap_or("utf-8")));
    let parts = flat_parts(&text, limits)?;
    read_parts(
        path,
        Parts::Flat(parts),
        Format::WordXml,
        limits,
        deadline,
        true,
    )
}

/// The parts of a one-file Word XML document, by part name. A flat package's parts are its
/// pkg:part elements (pkg:xmlData kept as XML, pkg:binaryData decoded); a Word 2003 document
/// is its own main part, with its w:styles as the styles part and each w:binData picture under
/// its name. Every part is held to the stream limit and all of them together to the file limit.
fn flat_parts(xml: &str, limits: &Limits) -> Result<HashMap<String, Vec<u8>>, ExtractError> {
    let corrupt = |e: quick_xml::Error| ExtractError::Corrupt {
        detail: format!("Word XML document is not well-formed XML ({e})"),
    };
    let too_large = |name: &str| ExtractError::TooLarge {
        detail: format!("{name} is larger than {} bytes", limits.max_stream_bytes),
    };
    let mut parts: HashMap<String, Vec<u8>> = HashMap::new();
    let mut total = 0usize;
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut part_name: Option<String> = None;
    let mut word2003 = false;
    loop {
        let ev = reader.read_event().map_err(corrupt)?;
        let e = match ev {
            Event::Start(e) => e,
            Event::Eof => break,
            _ => continue,
        };
        let (name, data) = match local(&e).as_str() {
            "wordDocument" => {
                word2003 = true;
                continue;
            }
            "part" => {
                part_name = attr(&e, "name").map(|n| n.trim_start_matches('/').to_string());
                continue;
            }
            "xmlData" | "styles" => {
                let end = e.to_end().into_owned();
                let span = reader.read_to_end(end.name()).map_err(corrupt)?;
                let inner = xml
                    .get(span.start as usize..span.end as usize)
                    .unwrap_or_default();
                if local(&e) == "styles" {
                    if !word2003 {
                        continue;
                    }
                    let styles = format!("<w:styles>{inner}</w:styles>");
                    ("word/styles.xml".to_string(), styles.into_bytes())
                } else {
                    let Some(n) = part_name.clone() else { continue };
                    (n, inner.as_bytes().to_vec())
                }
            }
            "binaryData" | "binData" => {
                let name = if local(&e) == "binData" {
                    attr(&e, "name")
                } else {
                    part_name.clone()
                };
                let end = e.to_end().into_owned();
                let text = reader.read_text(end.name()).map_err(corrupt)?;
                let Some(n) = name else { continue };
                if text.len() / 4 * 3 > limits.max_stream_bytes {
                    return Err(too_large(&n));
                }
                (n, super::html::base64(&text))
            }
            _ => continue,
        };
        if data.len() > limits.max_stream_bytes {
            return Err(too_large(&name));
        }
        total += data.len();
        if total as u64 > limits.max_file_bytes.saturating_mul(4) {
            return Err(too_large("the document's parts"));
        }
        parts.insert(name, data);
    }
    if word2003 {
        if xml.len() > limits.max_stream_bytes {
            return Err(too_large("the Word 2003 XML document"));
        }
        parts.insert("word/document.xml".into(), xml.as_bytes().to_vec());
    }
    Ok(parts)
}

/// The document in `zip`'s parts; `objects`: read embedded OLE objects (not for a document
/// that is itself embedded).
fn read_parts(
    path: &str,
    mut zip: Parts,
    format: Format,
    limits: &Limits,
    deadline: Deadline,
    objects: bool,
) -> Result<Document, ExtractError> {
    let part = MainPart::find(&mut zip, limits);
    let main = zip
        .read(&part.name, limits.max_stream_bytes)?
        .ok_or_else(|| ExtractError::Corrupt {
            detail: format!("{} is missing", part.name),
        })?;
    let styles = match zip.read(&part.styles, limits.max_stream_bytes) {
        Ok(Some(s)) => parse_styles(&crate::text::lossy(&s)),
        _ => HashMap::new(),
    };
    let xml = crate::text::lossy(&main);
    let mut doc = Document::new(path, format);
    let mut reader = Reader::from_str(&xml);
    reader.config_mut().check_end_names = false;
    let mut stack: Vec<LocalName> = Vec::new();
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
    // A run set as a superscript (w:vertAlign), and where its text starts (paragraph count,
    // byte): a note mark typed after a value (研发*, 160①) is no part of it, as a footnote
    // reference is none (text::is_note_reference).
    let mut run_sup = false;
    let mut run_from: Option<(usize, usize)> = None;
    // A run set in a symbol font (Wingdings 2): its letters are glyphs (R draws ☑).
    let mut run_symbol_font: Option<String> = None;
    // Content controls open around this point.
    let mut controls: Vec<Control> = Vec::new();
    let store = custom_xml_store(&mut zip, limits);
    // Document properties, when the document asks Word to update its fields on opening: its
    // DOCPROPERTY fields then show the property, not the result cached in the file.
    let props = field_properties(&mut zip, &part.settings, limits);
    let mut fields: Vec<Field> = Vec::new();
    let mut events = 0usize;
    let mut saw_body = false;
    // Pictures in body order: (blocks before it, relationship id).
    let mut pictures: Vec<Picture> = Vec::new();
    // The width the next picture is shown at (wp:extent, a VML shape's style), in inches.
    let mut shown_width: Option<f32> = None;
    // Alternative format chunks (w:altChunk): HTML or MHT parts that Word imports as the body
    // (web editors' DOCX), by relationship id.
    let mut chunks: Vec<String> = Vec::new();
    // Embedded OLE objects (a table pasted as an Excel worksheet object): where each stands,
    // its relationship id, and the picture the document shows for it.
    let mut embedded: Vec<Embedded> = Vec::new();
    let mut object_pictures: Option<usize> = None;
    // SmartArt diagrams read so far (each data model part read once, by its relationship id),
    // the characters they gave, and the body's relationships (read at the first one).
    let mut diagrams: HashMap<String, Vec<String>> = HashMap::new();
    let mut diagram_chars = 0usize;
    // Text placed on the page (text boxes anchored at offsets, framed paragraphs): the shape
    // open now (with the stack depth it opened at), the items read, the paragraphs opened and
    // the page breaks seen so far, and the page's size and margins.
    let mut shape: Option<(usize, super::placed::Item)> = None;
    // A group shape open in it (depth; its off, ext, chOff, chExt in EMU) and the child shape
    // open in the group.
    let mut group: Option<(usize, [f32; 8])> = None;
    let mut kid: Option<(usize, super::placed::Item)> = None;
    let mut kids_placed = false;
    let mut placed_items: Vec<super::placed::Item> = Vec::new();
    let mut para_serial = 0u32;
    let mut page_breaks = 0u32;
    let mut geometry = super::placed::Geometry::default();
    loop {
        events += 1;
        if events.is_multiple_of(8192) && deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        if stack.len() > 512 {
            return Err(ExtractError::Corrupt {
                detail: format!("{} nests too deeply", part.name),
            });
        }
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                if doc.blocks.is_empty() {
                    return Err(ExtractError::Corrupt {
                        detail: format!("{} is not well-formed XML ({e})", part.name),
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
                "drawing" | "pict" => shown_width = None,
                "anchor"
                    if shape.is_none()
                        && skip_depth.is_none()
                        && matches!(ev, Event::Start(_))
                        && stack.last().is_some_and(|s| s == "drawing") =>
                {
                    shape = Some((
                        stack.len(),
                        super::placed::Item {
                            blocks: doc.blocks.len()..doc.blocks.len(),
                            para: para_serial,
                            page: page_breaks,
                            // DrawingML's default text insets: 0.1 in left and right, 0.05 in top.
                            inset: (7.2, 3.6),
                            ..Default::default()
                        },
                    ));
                }
                "positionH" | "positionV" if skip_depth.is_none() => {
                    if let Some((_, it)) = shape.as_mut() {
                        let rel = attr(e, "relativeFrom").unwrap_or_default();
                        if name == "positionH" {
                            it.h_rel = super::placed::Rel::of_drawing(&rel, true);
                        } else {
                            it.v_rel = super::placed::Rel::of_drawing(&rel, false);
                        }
                    }
                }
                "prstGeom" if skip_depth.is_none() => {
                    if let Some((_, it)) = kid.as_mut().or(shape.as_mut()) {
                        let prst = attr(e, "prst").unwrap_or_default();
                        it.line |= prst == "line" || prst.starts_with("straightConnector");
                    }
                }
                "cNvCnPr" if skip_depth.is_none() => {
                    if let Some((_, it)) = kid.as_mut().or(shape.as_mut()) {
                        it.line = true;
                    }
                }
                "solidFill" | "gradFill" | "noFill"
                    if skip_depth.is_none() && stack.last().is_some_and(|s| s == "ln") =>
                {
                    if let Some((_, it)) = kid.as_mut().or(shape.as_mut()) {
                        it.outline = name != "noFill";
                    }
                }
                "bodyPr" if skip_depth.is_none() => {
                    if let Some((_, it)) = kid.as_mut().or(shape.as_mut()) {
                        let emu = |a: &str, d: f32| {
                            attr(e, a)
                                .and_then(|v| v.parse::<f32>().ok())
                                .map_or(d, |v| v / 12_700.0)
                        };
                        it.inset = (emu("lIns", 7.2), emu("tIns", 3.6));
                    }
                }
                // A group shape anchored on the page (shapes someone grouped): its children are
                // placed in its child coordinates, each a box or line of its own.
                "wgp" if skip_depth.is_none() && shape.is_some() && group.is_none() => {
                    group = Some((stack.len(), [0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0]));
                }
                // A drawing canvas (wpc): its shapes stand in its own coordinates, as a group's
                // children do. Set in line (Word's "new drawing canvas"), it stands where its
                // paragraph starts, at the margin.
                "wpc"
                    if skip_depth.is_none() && group.is_none() && matches!(ev, Event::Start(_)) =>
                {
                    if shape.is_none()
                        && let Some(d) = stack.iter().rposition(|s| s == "inline")
                        && stack.iter().rposition(|s| s == "drawing") == d.checked_sub(1)
                    {
                        shape = Some((
                            d,
                            super::placed::Item {
                                blocks: doc.blocks.len()..doc.blocks.len(),
                                h_rel: super::placed::Rel::Margin,
                                v_rel: super::placed::Rel::Paragraph,
                                x: super::placed::Pos::Offset(0.0),
                                y: super::placed::Pos::Offset(0.0),
                                para: para_serial,
                                page: page_breaks,
                                inset: (7.2, 3.6),
                                ..Default::default()
                            },
                        ));
                    }
                    if shape.is_some() {
                        group = Some((stack.len(), [0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0]));
                    }
                }
                "wsp"
                    if skip_depth.is_none()
                        && kid.is_none()
                        && matches!(ev, Event::Start(_))
                        && group.as_ref().is_some_and(|(d, _)| *d + 1 == stack.len()) =>
                {
                    if let Some((_, a)) = shape.as_ref() {
                        kid = Some((
                            stack.len(),
                            super::placed::Item {
                                blocks: doc.blocks.len()..doc.blocks.len(),
                                inset: (7.2, 3.6),
                                sizes: Vec::new(),
                                line: false,
                                outline: false,
                                ..a.clone()
                            },
                        ));
                    }
                }
                "off" | "ext" | "chOff" | "chExt"
                    if skip_depth.is_none()
                        && group.is_some()
                        && stack.last().is_some_and(|s| s == "xfrm") =>
                {
                    let v = |a: &str| attr(e, a).and_then(|v| v.parse::<f32>().ok());
                    let (x, y) = match name.as_str() {
                        "off" | "chOff" => (v("x"), v("y")),
                        _ => (v("cx"), v("cy")),
                    };
                    let parent = stack.len().checked_sub(2).map(|i| stack[i].as_str());
                    if let (Some(x), Some(y)) = (x, y) {
                        if parent == Some("grpSpPr") {
                            if let Some((_, g)) = group.as_mut() {
                                let k = ["off", "ext", "chOff", "chExt"]
                                    .iter()
                                    .position(|n| *n == name)
                                    .unwrap_or(0);
                                g[2 * k] = x;
                                g[2 * k + 1] = y;
                            }
                        } else if parent == Some("spPr")
                            && let (Some((_, it)), Some((_, g))) = (kid.as_mut(), group.as_ref())
                        {
                            // Child coordinates onto the group's extent, from the group's corner.
                            let (sx, sy) = (
                                if g[6] > 0.0 { g[2] / g[6] } else { 1.0 },
                                if g[7] > 0.0 { g[3] / g[7] } else { 1.0 },
                            );
                            if name == "off" {
                                let shift = |p: super::placed::Pos, d: f32| match p {
                                    super::placed::Pos::Offset(o) => {
                                        super::placed::Pos::Offset(o + d / 12_700.0)
                                    }
                                    other => other,
                                };
                                let anchor = shape.as_ref().map(|(_, a)| (a.x, a.y));
                                if let Some((ax, ay)) = anchor {
                                    it.x = shift(ax, (x - g[4]) * sx + g[0]);
                                    it.y = shift(ay, (y - g[5]) * sy + g[1]);
                                }
                            } else if name == "ext" {
                                it.w = x * sx / 12_700.0;
                                it.h = y * sy / 12_700.0;
                            }
                        }
                    }
                }
                "framePr" if skip_depth.is_none() && stack.last().is_some_and(|s| s == "pPr") => {
                    let twips = |a: &str| {
                        attr(e, a)
                            .and_then(|v| v.parse::<f32>().ok())
                            .map(|v| v / 20.0)
                    };
                    let pos = |off: &str, align: &str| match (twips(off), attr(e, align)) {
                        (_, Some(a)) => super::placed::Pos::align(&a),
                        (Some(v), None) => super::placed::Pos::Offset(v),
                        (None, None) => super::placed::Pos::Offset(0.0),
                    };
                    let frame = super::placed::Item {
                        h_rel: super::placed::Rel::of_frame(
                            &attr(e, "hAnchor").unwrap_or_else(|| "margin".into()),
                            true,
                        ),
                        v_rel: super::placed::Rel::of_frame(
                            &attr(e, "vAnchor").unwrap_or_else(|| "text".into()),
                            false,
                        ),
                        x: pos("x", "xAlign"),
                        y: pos("y", "yAlign"),
                        w: twips("w").unwrap_or(0.0),
                        h: twips("h").unwrap_or(0.0),
                        para: para_serial,
                        page: page_breaks,
                        ..Default::default()
                    };
                    if let Some(p) = paras.last_mut() {
                        p.frame = Some(frame);
                    }
                }
                "sz" if in_run_props => {
                    let pt = attr(e, "val")
                        .and_then(|v| v.parse::<f32>().ok())
                        .map_or(0.0, |v| v / 2.0);
                    if let Some(p) = paras.last_mut() {
                        p.size = p.size.max(pt.min(200.0));
                    }
                }
                "br" if attr(e, "type").as_deref() == Some("page") => page_breaks += 1,
                "lastRenderedPageBreak" => page_breaks += 1,
                "pageBreakBefore" if toggle(e) => page_breaks += 1,
                "pgSz" => {
                    let twips = |a: &str| attr(e, a).and_then(|v| v.parse::<f32>().ok());
                    if let (Some(w), Some(h)) = (twips("w"), twips("h")) {
                        geometry.width = w / 20.0;
                        geometry.height = h / 20.0;
                    }
                }
                "pgMar" => {
                    let twips = |a: &str, d: f32| {
                        attr(e, a)
                            .and_then(|v| v.parse::<f32>().ok())
                            .map_or(d, |v| v / 20.0)
                    };
                    geometry.left = twips("left", geometry.left);
                    geometry.right = twips("right", geometry.right);
                    geometry.top = twips("top", geometry.top);
                    geometry.bottom = twips("bottom", geometry.bottom);
                }
                "extent" => {
                    if let Some((depth, it)) = shape.as_mut()
                        && stack.len() == *depth + 1
                    {
                        let emu = |a: &str| {
                            attr(e, a)
                                .and_then(|v| v.parse::<f32>().ok())
                                .map_or(0.0, |v| v / 12_700.0)
                        };
                        it.w = emu("cx");
                        it.h = emu("cy");
                    }
                    shown_width = attr(e, "cx")
                        .and_then(|cx| cx.parse::<f32>().ok())
                        .map(|emu| emu / 914_400.0);
                }
                "shape" | "rect" | "roundrect" | "line" => {
                    if name == "shape" {
                        shown_width = attr(e, "style").and_then(|s| css_width_inches(&s));
                    }
                    // A VML shape placed on the page by its style (compatibility mode, older
                    // converters' exact layout).
                    if shape.is_none()
                        && skip_depth.is_none()
                        && let Some(mut it) = super::placed::vml_item(
                            &attr(e, "style").unwrap_or_default(),
                            (name == "line")
                                .then(|| Some((attr(e, "from")?, attr(e, "to")?)))
                                .flatten()
                                .as_ref()
                                .map(|(f, t)| (f.as_str(), t.as_str())),
                        )
                    {
                        it.outline &= name != "line"
                            && attr(e, "stroked").is_none_or(|v| v != "f" && v != "false");
                        it.blocks = doc.blocks.len()..doc.blocks.len();
                        it.para = para_serial;
                        it.page = page_breaks;
                        if matches!(ev, Event::Start(_)) {
                            shape = Some((stack.len(), it));
                        } else if placed_items.len() < 100_000 {
                            placed_items.push(it);
                        }
                    }
                }
                "textbox" if skip_depth.is_none() => {
                    if let (Some((_, it)), Some(inset)) = (shape.as_mut(), attr(e, "inset")) {
                        it.inset = super::placed::vml_inset(&inset);
                    }
                }
                "object" => {
                    shown_width = None;
                    if matches!(ev, Event::Start(_)) {
                        object_pictures = Some(pictures.len());
                    }
                }
                "OLEObject" if embedded.len() < 64 => {
                    if let Some(id) = attr(e, "id") {
                        embedded.push(Embedded {
                            at: doc.blocks.len(),
                            id,
                            prog_id: attr(e, "ProgID").unwrap_or_default(),
                            preview: object_pictures
                                .filter(|&first| pictures.len() > first)
                                .map(|_| pictures.len() - 1),
                        });
                    }
                }
                "sdt" if matches!(ev, Event::Start(_)) => controls.push(Control::default()),
                "fldChar" => match attr(e, "fldCharType").as_deref() {
                    Some("begin") if fields.len() < 16 => fields.push(Field::default()),
                    Some("separate") => {
                        if let Some(f) = fields.last_mut() {
                            f.in_result = true;
                            f.shown = super::doc_props::field_value(&f.code, &props);
                            if skip_depth.is_none()
                                && let (Some(v), Some(p)) = (f.shown.as_ref(), paras.last_mut())
                            {
                                p.text.push_str(v);
                            }
                        }
                    }
                    Some("end") => {
                        // A field with no result shown yet: the property where it ends, or the
                        // choice of a legacy drop-down or check box form field.
                        if let Some(f) = fields.pop()
                            && !f.in_result
                            && skip_depth.is_none()
                            && let (Some(v), Some(p)) = (
                                super::doc_props::field_value(&f.code, &props)
                                    .or_else(|| f.form_choice()),
                                paras.last_mut(),
                            )
                        {
                            p.text.push_str(&v);
                        }
                    }
                    _ => {}
                },
                // A legacy form field's data (w:ffData in the field's begin): a drop-down's
                // entries and the chosen one's number, a check box's state.
                "listEntry" | "result" | "default" | "checked"
                    if stack.iter().any(|s| s == "ffData") =>
                {
                    if let Some(f) = fields.last_mut() {
                        let val = attr(e, "val");
                        match name.as_str() {
                            "listEntry" if f.entries.len() < 64 => {
                                f.entries.push(val.unwrap_or_default())
                            }
                            "listEntry" => {}
                            "checked" => {
                                f.checked = Some(val.is_none_or(|v| v != "0" && v != "false"))
                            }
                            _ if stack.last().is_some_and(|s| s == "checkBox") => {
                                if name == "default" && f.checked.is_none() {
                                    f.default_checked =
                                        val.is_some_and(|v| v == "1" || v == "true");
                                }
                            }
                            // A drop-down's w:result (the choice) over its w:default.
                            "result" => f.chosen = val.and_then(|v| v.parse().ok()),
                            _ => {
                                if f.chosen.is_none() {
                                    f.default_choice = val.and_then(|v| v.parse().ok());
                                }
                            }
                        }
                    }
                }
                "showingPlcHdr" if stack.last().is_some_and(|s| s == "sdtPr") => {
                    if let Some(c) = controls.last_mut() {
                        c.placeholder = toggle(e);
                    }
                }
                "dataBinding"
                    if stack.last().is_some_and(|s| s == "sdtPr") && !store.is_empty() =>
                {
                    if let (Some(c), Some(xpath)) = (controls.last_mut(), attr(e, "xpath")) {
                        c.bound = store.value(
                            attr(e, "storeItemID").as_deref(),
                            &xpath,
                            &attr(e, "prefixMappings").unwrap_or_default(),
                        );
                    }
                }
                "sdtContent" if matches!(ev, Event::Start(_)) => {
                    if let Some(c) = controls.last_mut() {
                        c.in_content = true;
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
                    match stack.last().map(LocalName::as_str) {
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
                    run_sup = false;
                    run_from = paras.last().map(|p| (paras.len(), p.text.len()));
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
                "vertAlign" if in_run_props => {
                    run_sup = attr(e, "val").is_some_and(|v| v == "superscript");
                }
                _ => {}
            }
        }
        let hidden_now = run_hidden
            || fields.iter().any(|f| f.in_result && f.shown.is_some())
            || run_struck
            || (run_white && !run_shaded && !para_shaded && !cell_shaded)
            || controls
                .iter()
                .any(|c| c.placeholder || (c.bound.is_some() && c.in_content));
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
                    if name == "p" {
                        para_serial += 1;
                    }
                    // A bound control shows its node's text where its content begins: in the
                    // paragraph it stands in, or the first one it holds.
                    if (name == "sdtContent" || name == "p")
                        && let Some(c) = controls.last_mut()
                        && c.in_content
                        && !c.shown
                        && let (Some(v), Some(p)) = (c.bound.as_ref(), paras.last_mut())
                    {
                        p.text.push_str(v);
                        c.shown = true;
                    }
                    note_picture(&name, &e, doc.blocks.len(), shown_width, &mut pictures);
                    if SKIP.contains(&name.as_str()) {
                        skip_depth = Some(stack.len());
                    }
                    deleted_row(&name, &stack, &mut tables, &mut skip_depth);
                    // A simple field showing a property: the property instead of its result.
                    if name == "fldSimple"
                        && let Some(v) = attr(&e, "instr")
                            .and_then(|i| super::doc_props::field_value(&i, &props))
                    {
                        if let Some(p) = paras.last_mut().filter(|_| !hidden_now) {
                            p.text.push_str(&v);
                        }
                        skip_depth = Some(stack.len());
                    }
                }
                stack.push(name);
            }
            Event::Empty(e) if skip_depth.is_none() => {
                let name = open_name.take().unwrap_or_default();
                if deleted_row(&name, &stack, &mut tables, &mut skip_depth) {
                    continue;
                }
                if name == "fldSimple"
                    && !hidden_now
                    && let (Some(v), Some(p)) = (
                        attr(&e, "instr").and_then(|i| super::doc_props::field_value(&i, &props)),
                        paras.last_mut(),
                    )
                {
                    p.text.push_str(&v);
                }
                // A SmartArt diagram: its node texts where it stands, one line each.
                if name == "relIds"
                    && diagrams.len() < MAX_DIAGRAMS
                    && diagram_chars < limits.max_chars
                    && !hidden_now
                    && let (Some(dm), Some(p)) = (attr(&e, "dm"), paras.last_mut())
                {
                    let lines = diagrams
                        .entry(dm.clone())
                        .or_insert_with(|| diagram_texts(&mut zip, &part.rels, &dm, limits));
                    diagram_chars += lines.iter().map(|l| l.chars().count()).sum::<usize>();
                    if !lines.is_empty() {
                        if !p.text.is_empty() && !p.text.ends_with('\n') {
                            p.text.push('\n');
                        }
                        p.text.push_str(&lines.join("\n"));
                    }
                }
                note_picture(&name, &e, doc.blocks.len(), shown_width, &mut pictures);
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
                if let Some((depth, _)) = kid.as_ref()
                    && *depth == stack.len()
                    && let Some((_, mut it)) = kid.take()
                {
                    it.blocks.end = doc.blocks.len();
                    if placed_items.len() < 100_000 {
                        placed_items.push(it);
                        kids_placed = true;
                    }
                }
                if group.as_ref().is_some_and(|(d, _)| *d == stack.len()) {
                    group = None;
                }
                if let Some((depth, _)) = shape.as_ref()
                    && *depth == stack.len()
                    && let Some((_, mut it)) = shape.take()
                {
                    it.blocks.end = doc.blocks.len();
                    // A group's children stand for it.
                    if !std::mem::take(&mut kids_placed) && placed_items.len() < 100_000 {
                        placed_items.push(it);
                    }
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
                // A framed paragraph's block, with where the frame stands.
                if name == "p"
                    && skip_depth.is_none()
                    && let Some(p) = paras.last()
                    && let Some(frame) = p.frame.clone()
                {
                    let before = doc.blocks.len();
                    let size = p.size;
                    handle_close(&name, &mut paras, &mut tables, &mut doc, &styles);
                    if doc.blocks.len() > before {
                        // A frame inside a placed text box is part of the box.
                        if let Some((_, it)) = kid.as_mut().or(shape.as_mut()) {
                            it.sizes.push(size);
                        } else if placed_items.len() < 100_000 {
                            placed_items.push(super::placed::Item {
                                blocks: before..doc.blocks.len(),
                                sizes: vec![size],
                                ..frame
                            });
                        }
                    }
                    continue;
                }
                // A paragraph of a placed text box: its block's font size.
                if name == "p"
                    && let Some((_, it)) = kid.as_mut().or(shape.as_mut())
                {
                    let before = doc.blocks.len();
                    let size = paras.last().map_or(0.0, |p| p.size);
                    handle_close(&name, &mut paras, &mut tables, &mut doc, &styles);
                    if doc.blocks.len() > before {
                        it.sizes.push(size);
                    }
                    continue;
                }
                if name == "r" {
                    run_hidden = false;
                    run_white = false;
                    run_struck = false;
                    if run_sup
                        && let Some((n, from)) = run_from.take()
                        && n == paras.len()
                        && let Some(p) = paras.last_mut()
                        && p.text.is_char_boundary(from)
                        && crate::text::is_note_reference(&p.text[..from], &p.text[from..])
                    {
                        p.text.truncate(from);
                    }
                    run_sup = false;
                }
                handle_close(&name, &mut paras, &mut tables, &mut doc, &styles);
            }
            Event::Text(t) => {
                // A placed shape's offset (EMU) or alignment on either axis.
                if skip_depth.is_none()
                    && let Some((_, it)) = shape.as_mut()
                    && stack.len() >= 2
                    && matches!(stack[stack.len() - 1].as_str(), "posOffset" | "align")
                {
                    let text = t.xml10_content();
                    let pos = if stack[stack.len() - 1] == "align" {
                        super::placed::Pos::align(text.trim())
                    } else {
                        text.trim()
                            .parse::<f32>()
                            .map_or(super::placed::Pos::Unknown, |v| {
                                super::placed::Pos::Offset(v / 12_700.0)
                            })
                    };
                    match stack[stack.len() - 2].as_str() {
                        "positionH" => it.x = pos,
                        "positionV" => it.y = pos,
                        _ => {}
                    }
                }
                // A complex field's code (w:instrText, not itself read).
                if stack.last().is_some_and(|s| s == "instrText")
                    && let Some(f) = fields.last_mut()
                    && !f.in_result
                    && f.code.len() < 1024
                {
                    f.code.push_str(&t.xml10_content());
                }
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
            detail: format!("{} has no document body", part.name),
        });
    }
    // Pages of text placed by position are read by where their text stands.
    if !placed_items.is_empty() {
        let map;
        (doc, map) = super::placed::lay_out(doc, &placed_items, geometry);
        let moved = |at: usize| map.get(at).copied().unwrap_or(at);
        for p in &mut pictures {
            p.at = moved(p.at);
        }
        for o in &mut embedded {
            o.at = moved(o.at);
        }
    }
    if !chunks.is_empty() {
        read_chunks(
            &mut doc, &mut zip, &part.rels, &chunks, limits, deadline, !objects,
        )?;
    }
    // An equation object's preview (MathType, Microsoft Equation: a WMF drawing the formula
    // piece by piece in symbol fonts) is a formula, not text to read.
    let equations: Vec<String> = embedded
        .iter()
        .filter(|o| o.prog_id.starts_with("Equation"))
        .filter_map(|o| o.preview.and_then(|k| pictures.get(k)))
        .map(|p| p.id.clone())
        .collect();
    if objects && !embedded.is_empty() {
        let read;
        (doc, read) = read_objects(doc, &mut zip, &part.rels, &embedded, limits, deadline);
        let mut kinds: Vec<String> = Vec::new();
        for (i, o) in embedded.iter().enumerate() {
            let name = if o.prog_id.is_empty() {
                "OLE"
            } else {
                o.prog_id.as_str()
            };
            if !read.iter().any(|&(k, _)| k == i) && !kinds.iter().any(|k| k == name) {
                kinds.push(name.to_string());
            }
        }
        if !kinds.is_empty() {
            doc.issues.push(super::DocIssue::ObjectUnread { kinds });
        }
        // A read object's preview picture is the same table drawn: not read again by OCR.
        let previews: Vec<usize> = read
            .iter()
            .filter_map(|&(i, _)| embedded[i].preview)
            .collect();
        let inserted: Vec<(usize, usize)> =
            read.iter().map(|&(i, n)| (embedded[i].at, n)).collect();
        pictures = moved_down(pictures, &inserted, &previews);
    }
    if !pictures.is_empty() {
        let read;
        (doc, read) = read_metafiles(doc, &mut zip, &part.rels, &pictures, &equations, limits);
        let inserted: Vec<(usize, usize)> =
            read.iter().map(|&(i, n)| (pictures[i].at, n)).collect();
        let done: Vec<usize> = read.iter().map(|&(i, _)| i).collect();
        pictures = moved_down(pictures, &inserted, &done);
    }
    if !pictures.is_empty() {
        doc = read_pictures(doc, &mut zip, &part.rels, &pictures, limits);
    }
    Ok(doc)
}

/// The pictures left after blocks were inserted at (position, how many) — each moved down by
/// the blocks inserted at or before it — without those at the indices in `drop` (read already).
fn moved_down(pictures: Vec<Picture>, inserted: &[(usize, usize)], drop: &[usize]) -> Vec<Picture> {
    pictures
        .into_iter()
        .enumerate()
        .filter(|(k, _)| !drop.contains(k))
        .map(|(_, p)| {
            let shift: usize = inserted
                .iter()
                .filter(|&&(at, _)| at <= p.at)
                .map(|&(_, n)| n)
                .sum();
            Picture {
                at: p.at + shift,
                ..p
            }
        })
        .collect()
}

/// A block of another document (a scan read by OCR, an embedded workbook) appended to `out`,
/// its table numbered `base` further on (after the document's own tables).
pub(super) fn push_renumbered(out: &mut Document, b: &super::Block, base: u32, page: Option<u32>) {
    let kind = match b.kind {
        BlockKind::Cell { table, row, col } => BlockKind::Cell {
            table: table + base,
            row,
            col,
        },
        ref k => k.clone(),
    };
    out.push_block(kind, &b.text, page);
}

/// An embedded OLE object of the document body (o:OLEObject).
struct Embedded {
    /// Blocks of the document before it.
    at: usize,
    /// Its relationship id (the embedded part).
    id: String,
    prog_id: String,
    /// The index, among the body's pictures, of the picture showing it.
    preview: Option<usize>,
}

/// Embedded objects whose part is an Office Open XML document — an Excel workbook
/// (Excel.Sheet.12: a table pasted as a worksheet object), a Word document — read and their
/// blocks put where the object stands, their tables numbered after the document's own. What a
/// picture of the object shows is what its workbook holds, so the workbook is the reading.
/// Returns the document and, for each object read, (its index, blocks inserted). Objects that
/// are OLE compound files (Excel 97-2003 .bin) or cannot be opened are left as pictures.
fn read_objects(
    doc: Document,
    zip: &mut Parts,
    rels: &HashMap<String, String>,
    objects: &[Embedded],
    limits: &Limits,
    deadline: Deadline,
) -> (Document, Vec<(usize, usize)>) {
    let mut inserts: Vec<(usize, usize, Document)> = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        let Some(target) = rels.get(o.id.as_str()) else {
            continue;
        };
        let Ok(Some(bytes)) = zip.read(target, limits.max_stream_bytes) else {
            continue;
        };
        let name = format!("{}#{}", doc.path, o.prog_id);
        let Some(read) = read_object(&name, &bytes, limits, deadline) else {
            continue;
        };
        if let Ok(inner) = read
            && !inner.blocks.is_empty()
        {
            inserts.push((o.at, i, inner));
        }
    }
    splice(doc, inserts)
}

/// Metafile pictures (EMF, WMF: a table copied from Excel as a picture) read as the text and
/// lines they draw, their blocks put where the picture stands, their tables numbered after the
/// document's own; the previews of equation objects (`equations`, by relationship id) are not. Returns the document and, for each picture read, (its index, blocks
/// inserted); bitmaps and metafiles without text are left for `read_pictures`.
fn read_metafiles(
    doc: Document,
    zip: &mut Parts,
    rels: &HashMap<String, String>,
    pictures: &[Picture],
    equations: &[String],
    limits: &Limits,
) -> (Document, Vec<(usize, usize)>) {
    let mut inserts: Vec<(usize, usize, Document)> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (i, p) in pictures.iter().enumerate() {
        if equations.contains(&p.id) {
            continue;
        }
        let target = match rels.get(p.id.as_str()) {
            Some(t) => t.as_str(),
            None if p.id.starts_with("wordml://") => p.id.as_str(),
            None => continue,
        };
        // Office names metafile parts by their kind: bitmaps are not read twice.
        let lower = target.to_ascii_lowercase();
        if seen.contains(&target) || !(lower.ends_with(".emf") || lower.ends_with(".wmf")) {
            continue;
        }
        seen.push(target);
        let Ok(Some(bytes)) = zip.read(target, limits.max_stream_bytes) else {
            continue;
        };
        let Some(page) = super::metafile::read(&bytes, limits.max_chars) else {
            continue;
        };
        if page.glyphs.iter().all(|g| g.text.trim().is_empty()) {
            continue;
        }
        let mut inner = Document::new(&doc.path, doc.format);
        super::pdf::push_glyph_pages(
            &mut inner,
            vec![super::pdf::GlyphPage {
                number: 1,
                glyphs: page.glyphs,
                lines: page.lines,
            }],
            page.width,
            page.height,
        );
        if !inner.blocks.is_empty() {
            inserts.push((p.at, i, inner));
        }
    }
    splice(doc, inserts)
}

/// Documents read from parts of `doc` (embedded objects, metafiles) put where they stand:
/// `inserts` holds (blocks before it, its index, the document read), in document order. Their
/// tables are numbered after the document's own. Returns the document and, for each insert,
/// (its index, blocks inserted).
fn splice(
    doc: Document,
    inserts: Vec<(usize, usize, Document)>,
) -> (Document, Vec<(usize, usize)>) {
    if inserts.is_empty() {
        return (doc, Vec::new());
    }
    let mut tables = doc.next_table();
    let mut out = Document::new(&doc.path, doc.format);
    out.pages = doc.pages;
    out.issues = doc.issues;
    let mut read = Vec::new();
    let mut pending = inserts.into_iter().peekable();
    let put = |out: &mut Document, inner: Document, tables: &mut u32| {
        let base = *tables;
        for b in &inner.blocks {
            push_renumbered(out, b, base, None);
        }
        *tables = base.max(out.next_table());
        inner.blocks.len()
    };
    for (k, b) in doc.blocks.iter().enumerate() {
        while let Some((_, i, inner)) = pending.next_if(|(at, _, _)| *at <= k) {
            read.push((i, put(&mut out, inner, &mut tables)));
        }
        out.push_block(b.kind.clone(), &b.text, b.page);
    }
    for (_, i, inner) in pending {
        read.push((i, put(&mut out, inner, &mut tables)));
    }
    (out, read)
}

/// An embedded object's part read as the document it holds: an Office Open XML workbook or
/// document (Excel.Sheet.12, Word.Document.12), or an OLE compound file — an Excel 97-2003
/// workbook (Excel.Sheet.8: the BIFF8 Workbook stream), a Word 97-2003 document
/// (Word.Document.8), or an OOXML file wrapped in a "Package" stream (how objects of the 2007
/// formats are kept in files first saved as .doc). None for anything else (pictures, charts,
/// packaged files).
fn read_object(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Option<Result<Document, ExtractError>> {
    use super::FileKind;
    Some(match super::sniff(bytes) {
        FileKind::Xlsx => super::sheet::extract_sheet(name, bytes, limits, deadline),
        FileKind::Docx => open_archive(bytes, "DOCX/zip")
            .and_then(|z| read_parts(name, Parts::Zip(z), Format::Docx, limits, deadline, false)),
        FileKind::Ole("xls") => super::sheet::extract_xls(name, bytes, limits, deadline),
        FileKind::Ole("doc") => super::doc::extract_doc(name, bytes, limits, deadline),
        FileKind::Ole(_) => {
            let inner = package_stream(bytes, limits.max_stream_bytes)?;
            match super::sniff(&inner) {
                FileKind::Xlsx | FileKind::Docx => {
                    return read_object(name, &inner, limits, deadline);
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// The "Package" stream of an OLE compound file (an OOXML file kept as an OLE object), held to
/// `limit` bytes.
fn package_stream(bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
    let mut cf = super::compound::open(bytes).ok()?;
    let s = cf.open_stream("Package").ok()?;
    let mut out = Vec::new();
    s.take(limit as u64 + 1).read_to_end(&mut out).ok()?;
    (out.len() <= limit).then_some(out)
}

/// Each alternative format chunk, read after the body's own blocks (a web editor's DOCX is one
/// chunk and nothing else; where a body mixes both, the chunks' text comes last): HTML or MHT
/// (web editors), RTF (a web system's export wrapped in a DOCX), or a whole .docx (what
/// document-merging libraries leave for Word to merge: docx4j's MergeDocx, Open XML
/// PowerTools) — read as a document whose blocks follow, its tables numbered after the body's;
/// a .docx chunk's own .docx chunks are not followed (`nested`). A chunk that cannot be read
/// is said so.
fn read_chunks(
    doc: &mut Document,
    zip: &mut Parts,
    rels: &HashMap<String, String>,
    chunks: &[String],
    limits: &Limits,
    deadline: Deadline,
    nested: bool,
) -> Result<(), ExtractError> {
    for id in chunks {
        let Some(target) = rels.get(id.as_str()) else {
            continue;
        };
        let Ok(Some(bytes)) = zip.read(target, limits.max_stream_bytes) else {
            continue;
        };
        let inner = if bytes.starts_with(b"{\\rtf") {
            Some(super::rtf::extract_rtf(target, &bytes, limits, deadline))
        } else if super::sniff(&bytes) == super::FileKind::Docx {
            (!nested).then(|| {
                open_archive(&bytes, "DOCX/zip").and_then(|z| {
                    read_parts(target, Parts::Zip(z), Format::Docx, limits, deadline, false)
                })
            })
        } else {
            None
        };
        match inner {
            Some(Ok(inner)) => {
                let base = doc.next_table();
                for b in &inner.blocks {
                    push_renumbered(doc, b, base, None);
                }
                continue;
            }
            Some(Err(ExtractError::Timeout { seconds })) => {
                return Err(ExtractError::Timeout { seconds });
            }
            Some(Err(e)) => {
                doc.issues.push(super::DocIssue::Truncated {
                    detail: format!(
                        "an alternative format chunk ({target}) could not be read: {e}"
                    ),
                });
                continue;
            }
            None if super::sniff(&bytes) == super::FileKind::Docx => continue,
            None => {}
        }
        let html = if super::html::is_mht(&bytes) {
            super::html::mht_html(&bytes).unwrap_or_default()
        } else {
            super::html::decode(&bytes, None)
        };
        super::html::push_html(doc, &html, limits, deadline)?;
    }
    Ok(())
}

/// A picture of the body.
pub(super) struct Picture {
    /// Blocks of the document before it.
    pub(super) at: usize,
    /// Its relationship id, or a Word 2003 w:binData name (an OpenDocument picture: its name
    /// in the package).
    pub(super) id: String,
    /// The width it is shown at, in inches, when the document says.
    pub(super) shown_in: Option<f32>,
    /// The part of the picture Word shows: the fractions cut from its left, top, right and
    /// bottom (DrawingML a:srcRect, VML v:imagedata crop…, OpenDocument fo:clip). What is cut
    /// is not on the page.
    pub(super) crop: [f32; 4],
}

/// Fractions cut from a picture's sides, kept sane: none below 0 (a negative crop pads the
/// picture, it shows all of it), and at least a tenth of it left each way.
pub(super) fn sane_crop(c: [f32; 4]) -> [f32; 4] {
    let mut c = c.map(|v| {
        if v.is_finite() {
            v.clamp(0.0, 0.9)
        } else {
            0.0
        }
    });
    if c[0] + c[2] > 0.9 || c[1] + c[3] > 0.9 {
        c = [0.0; 4];
    }
    c
}

/// A VML crop (v:imagedata croptop="…"): a fraction ("0.25") or a 16.16 fixed-point number
/// ("16384f").
fn vml_fraction(v: &str) -> Option<f32> {
    match v.trim().strip_suffix('f') {
        Some(fixed) => fixed.trim().parse::<f32>().ok().map(|n| n / 65536.0),
        None => v.trim().parse::<f32>().ok(),
    }
}

/// A CSS width (VML `style="width:430pt;height:80pt"`) in inches.
fn css_width_inches(style: &str) -> Option<f32> {
    let v = style
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("width"))?
        .1;
    length_inches(v).filter(|w| *w > 0.0)
}

/// A CSS or OpenDocument length ("16cm", "453.6pt", "2.58in", "120px") in inches.
pub(super) fn length_inches(v: &str) -> Option<f32> {
    let v = v.trim().to_ascii_lowercase();
    let (num, per_inch) = [
        ("pt", 72.0),
        ("in", 1.0),
        ("cm", 2.54),
        ("mm", 25.4),
        ("px", 96.0),
        ("pc", 6.0),
    ]
    .iter()
    .find_map(|(u, k)| v.strip_suffix(u).map(|n| (n.trim().to_string(), *k)))?;
    num.parse::<f32>()
        .ok()
        .map(|n| n / per_inch)
        .filter(|w| w.is_finite())
}

/// A picture's relationship id: DrawingML `a:blip r:embed`, VML `v:imagedata r:id` (in Word
/// 2003 XML, `src`: the name of its w:binData), with the width it is shown at.
fn note_picture(
    name: &str,
    e: &BytesStart,
    blocks: usize,
    shown_in: Option<f32>,
    pictures: &mut Vec<Picture>,
) {
    // A:srcRect follows its a:blip in the same a:blipFill: it crops the picture just noted.
    if name == "srcRect" {
        if let Some(p) = pictures.last_mut().filter(|p| p.at == blocks) {
            let side = |k: &str| {
                attr(e, k)
                    .and_then(|v| v.trim().parse::<f32>().ok())
                    .map_or(0.0, |n| n / 100_000.0)
            };
            p.crop = sane_crop([side("l"), side("t"), side("r"), side("b")]);
        }
        return;
    }
    let id = match name {
        "blip" => attr(e, "embed"),
        "imagedata" => {
            attr(e, "id").or_else(|| attr(e, "src").filter(|s| s.starts_with("wordml://")))
        }
        _ => None,
    };
    let crop = if name == "imagedata" {
        let side = |k: &str| attr(e, k).and_then(|v| vml_fraction(&v)).unwrap_or(0.0);
        sane_crop([
            side("cropleft"),
            side("croptop"),
            side("cropright"),
            side("cropbottom"),
        ])
    } else {
        [0.0; 4]
    };
    if let Some(id) = id.filter(|i| !i.is_empty())
        && pictures.len() < 1024
    {
        pictures.push(Picture {
            at: blocks,
            id,
            shown_in,
            crop,
        });
    }
}

/// A picture held in memory (a Word 97 document's blip, an RTF file's \pict data): the blocks
/// of the document before it, its bytes, the width it is shown at (inches) and the fractions
/// cut from its left, top, right and bottom.
pub(super) struct HeldPicture {
    pub(super) at: usize,
    pub(super) bytes: Vec<u8>,
    pub(super) shown_in: Option<f32>,
    pub(super) crop: [f32; 4],
}

/// Pictures held in memory, read as [`read_pictures`] reads a package's; the same bytes twice
/// are one picture.
pub(super) fn read_held_pictures(
    doc: Document,
    held: Vec<HeldPicture>,
    limits: &Limits,
) -> Document {
    let mut parts = HashMap::new();
    let mut names = HashMap::new();
    let mut pictures = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for p in held {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&p.bytes, &mut h);
        if !seen.insert(std::hash::Hasher::finish(&h)) {
            continue;
        }
        let id = format!("picture{}", pictures.len() + 1);
        pictures.push(Picture {
            at: p.at,
            id: id.clone(),
            shown_in: p.shown_in,
            crop: sane_crop(p.crop),
        });
        names.insert(id.clone(), id.clone());
        parts.insert(id, p.bytes);
    }
    if pictures.is_empty() {
        return doc;
    }
    read_pictures(doc, &mut Parts::Flat(parts), &names, &pictures, limits)
}

/// Pictures of at least this many pixels (and `MIN_PAGE_SIDE` each way) may be pages pasted in —
/// a scan or photo of a signed and sealed page — not logos, icons or a seal image.
const MIN_PAGE_PIXELS: u64 = 1_000_000;
const MIN_PAGE_SIDE: u32 = 600;
/// In a document with little text of its own, a smaller picture may still be its content: a
/// screenshot of a form or table (a screen's 96–120 dpi), tried when it has this many pixels
/// and `MIN_SHOT_SIDE` each way, and read at the resolution it is shown at.
const MIN_SHOT_PIXELS: u64 = 200_000;
const MIN_SHOT_SIDE: u32 = 300;
/// A picture becomes a page only when OCR reads this many characters from it.
const MIN_PAGE_CHARS: usize = 40;
/// A document with less text of its own than this is a container of pasted scans: all its
/// large pictures are tried; in a longer one only portrait pictures shaped like a page (height
/// 1.25–1.6 times the width: A4 is 1.41) are — figures and photos stay pictures.
const CONTAINER_CHARS: usize = 300;

/// Scans and photos pasted into the document (a signed, sealed commitment scanned and put into
/// Word) are read by OCR as the document's pages 1, 2 …, their text placed where the picture
/// stands, their seals found as on a scanned PDF page. Other pictures are left alone. With OCR
/// off, pictures that would have been read are said to be unread (F003), so that nothing found
/// missing is taken for certain.
pub(super) fn read_pictures(
    doc: Document,
    zip: &mut Parts,
    rels: &HashMap<String, String>,
    pictures: &[Picture],
    limits: &Limits,
) -> Document {
    // A Word 2003 document names its pictures directly (v:imagedata src="wordml://…"), with
    // no relationships part (`rels` is empty).
    let container = doc.char_count() < CONTAINER_CHARS;
    let mut read = super::scan::Pictures::new(limits);
    // (blocks before it, page number) of each picture read as a page.
    let mut placed: Vec<(usize, u32)> = Vec::new();
    // Pictures that would have been read, with OCR off.
    let mut left = 0;
    let mut seen: Vec<&str> = Vec::new();
    for Picture {
        at,
        id,
        shown_in,
        crop,
    } in pictures
    {
        let target = match rels.get(id.as_str()) {
            Some(t) => t,
            None if id.starts_with("wordml://") => id,
            None => continue,
        };
        // The same picture shown twice is one page.
        if seen.contains(&target.as_str()) {
            continue;
        }
        seen.push(target);
        let Ok(Some(bytes)) = zip.read(target, limits.max_stream_bytes) else {
            continue;
        };
        let Some((full_w, full_h)) = image::ImageReader::new(Cursor::new(&bytes))
            .with_guessed_format()
            .ok()
            .and_then(|r| r.into_dimensions().ok())
        else {
            continue; // EMF, WMF, SVG …: drawings, not scans
        };
        // Only the part Word shows is on the page (a capture cropped to the form, one page
        // of two scanned together): it is what is judged and read.
        let (x0, y0) = (
            (crop[0] * full_w as f32) as u32,
            (crop[1] * full_h as f32) as u32,
        );
        let (x1, y1) = (
            full_w - (crop[2] * full_w as f32) as u32,
            full_h - (crop[3] * full_h as f32) as u32,
        );
        let (w, h) = (x1.saturating_sub(x0), y1.saturating_sub(y0));
        let page_shaped = (1.25..=1.6).contains(&(h as f32 / w.max(1) as f32));
        let page_sized = (w as u64) * (h as u64) >= MIN_PAGE_PIXELS && w.min(h) >= MIN_PAGE_SIDE;
        let shot_sized = (w as u64) * (h as u64) >= MIN_SHOT_PIXELS && w.min(h) >= MIN_SHOT_SIDE;
        if !((page_sized && (container || page_shaped)) || (shot_sized && container)) {
            continue;
        }
        if !limits.ocr {
            left += 1;
            continue;
        }
        // Shown at a known width, a picture's resolution is its pixels over that width (a
        // screenshot shown 16 cm wide); a page-sized scan is an A4 page.
        let dpi = shown_in
            .filter(|_| !page_sized)
            .map(|inches| w as f32 / inches);
        // A picture that cannot be decoded or holds little text is left a picture.
        let Ok(imgs) = super::raster::decode_image_file(&bytes, limits.max_image_pixels) else {
            continue;
        };
        let shown = imgs.first().map(|img| {
            if (w, h) == (img.w, img.h) {
                std::borrow::Cow::Borrowed(img)
            } else {
                // Scaled when the decoder's image is not the size the header said.
                let sx = img.w as f32 / full_w.max(1) as f32;
                let sy = img.h as f32 / full_h.max(1) as f32;
                std::borrow::Cow::Owned(img.crop(
                    (x0 as f32 * sx) as u32,
                    (y0 as f32 * sy) as u32,
                    (x1 as f32 * sx).ceil() as u32,
                    (y1 as f32 * sy).ceil() as u32,
                ))
            }
        });
        let Some(number) = shown.and_then(|img| read.add_if_text(&img, MIN_PAGE_CHARS, dpi)) else {
            continue;
        };
        placed.push((*at, number));
    }
    if placed.is_empty() {
        let mut doc = doc;
        if left > 0 {
            doc.issues.push(super::DocIssue::ImageUnread {
                pages: Vec::new(),
                reason: format!(
                    "{left} 张可能是扫描页或截图的图片；OCR 已关闭 ({left} picture(s) that may be scans or captures; OCR is off)"
                ),
            });
        }
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
            push_renumbered(out, b, tables, b.page);
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
fn relationships(xml: &str, dir: &str) -> HashMap<String, String> {
    relationship_list(xml, dir)
        .into_iter()
        .map(|(id, _, name)| (id, name))
        .collect()
}

/// A relationships part's internal relationships as (id, type, part name): a target is
/// resolved against `dir`, the directory of the part whose relationships these are (`word/`
/// for word/document.xml, empty for the package's own), unless it is an absolute part name
/// (/word/media/image2.png); `.` and `..` steps are taken. External targets are left out.
pub(super) fn relationship_list(xml: &str, dir: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut reader = Reader::from_str(xml);
    while let Ok(ev) = reader.read_event() {
        match ev {
            Event::Start(e) | Event::Empty(e) if local(&e) == "Relationship" => {
                if attr(&e, "TargetMode").as_deref() == Some("External") {
                    continue;
                }
                if let (Some(id), Some(t)) = (attr(&e, "Id"), attr(&e, "Target")) {
                    let joined = match t.strip_prefix('/') {
                        Some(abs) => abs.to_string(),
                        None => format!("{dir}{t}"),
                    };
                    let mut steps: Vec<&str> = Vec::new();
                    for step in joined.split('/') {
                        match step {
                            "" | "." => {}
                            ".." => {
                                steps.pop();
                            }
                            s => steps.push(s),
                        }
                    }
                    out.push((id, attr(&e, "Type").unwrap_or_default(), steps.join("/")));
                }
                if out.len() >= 100_000 {
                    break;
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// The main document part and the parts its relationships name.
struct MainPart {
    /// Its part name: word/document.xml, unless the package's relationships name another —
    /// Word for the web saves word/document2.xml.
    name: String,
    /// Relationship id → part name, resolved against the main part's directory.
    rels: HashMap<String, String>,
    /// The styles and settings parts (by relationship type; Word's usual names otherwise).
    styles: String,
    settings: String,
}

impl MainPart {
    fn find(zip: &mut Parts, limits: &Limits) -> MainPart {
        let text = |zip: &mut Parts, name: &str| match zip.read(name, limits.max_stream_bytes) {
            Ok(Some(x)) => Some(String::from_utf8_lossy(&x).into_owned()),
            _ => None,
        };
        let default = "word/document.xml".to_string();
        let name = text(zip, "_rels/.rels")
            .and_then(|x| {
                relationship_list(&x, "")
                    .into_iter()
                    .find(|(_, ty, _)| ty.ends_with("/officeDocument"))
                    .map(|(_, _, name)| name)
            })
            .filter(|n| n != &default && zip.names().contains(n))
            .unwrap_or(default);
        let (dir, file) = match name.rfind('/') {
            Some(i) => (&name[..=i], &name[i + 1..]),
            None => ("", name.as_str()),
        };
        let list = text(zip, &format!("{dir}_rels/{file}.rels"))
            .map(|x| relationship_list(&x, dir))
            .unwrap_or_default();
        let of_type = |suffix: &str, usual: &str| {
            list.iter()
                .find(|(_, ty, _)| ty.ends_with(suffix))
                .map(|(_, _, n)| n.clone())
                .unwrap_or_else(|| usual.to_string())
        };
        let styles = of_type("/styles", "word/styles.xml");
        let settings = of_type("/settings", "word/settings.xml");
        let rels = list.into_iter().map(|(id, _, n)| (id, n)).collect();
        MainPart {
            name,
            rels,
            styles,
            settings,
        }
    }
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
            frame: None,
            size: 0.0,
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
        // Word 2003 XML spells it w:vmerge.
        "vMerge" | "vmerge" => {
            if let Some(Some(c)) = tables.last_mut().map(|t| t.cell.as_mut()) {
                // <w:vMerge/> (no val) continues the cell above; val="restart" starts one.
                c.2 = attr(e, "val").map(|v| v != "restart").unwrap_or(true);
            }
        }
        _ => {}
    }
}

/// A complex field open at this point of the body (w:fldChar begin … separate … end).
#[derive(Default)]
struct Field {
    /// Its code so far (w:instrText).
    code: String,
    /// Past its separator: the runs are its cached result.
    in_result: bool,
    /// The value shown instead of the cached result (a DOCPROPERTY field's property).
    shown: Option<String>,
    /// A legacy drop-down form field's entries (w:listEntry), its chosen entry's number
    /// (w:result) and its default's (w:default).
    entries: Vec<String>,
    chosen: Option<usize>,
    default_choice: Option<usize>,
    /// A legacy check box form field's state (w:checked) and default (w:default).
    checked: Option<bool>,
    default_checked: bool,
}

impl Field {
    /// What a legacy form field with no result text shows: a drop-down's chosen entry (Word
    /// keeps only its number: FORMDROPDOWN), a check box as ☑ or ☐ (FORMCHECKBOX).
    fn form_choice(&self) -> Option<String> {
        let code = self.code.to_ascii_uppercase();
        if code.contains("FORMDROPDOWN") {
            let i = self.chosen.or(self.default_choice).unwrap_or(0);
            return self.entries.get(i).cloned();
        }
        if code.contains("FORMCHECKBOX") {
            let on = self.checked.unwrap_or(self.default_checked);
            return Some(if on { "☑" } else { "☐" }.to_string());
        }
        None
    }
}

/// The document's properties when its settings ask Word to update fields on opening (so a
/// DOCPROPERTY field shows the property); none otherwise (the cached results are what shows).
fn field_properties(zip: &mut Parts, settings: &str, limits: &Limits) -> HashMap<String, String> {
    let mut read = |name: &str| match zip.read(name, limits.max_stream_bytes) {
        Ok(Some(x)) => Some(String::from_utf8_lossy(&x).into_owned()),
        _ => None,
    };
    if !read(settings).is_some_and(|s| super::doc_props::updates_fields(&s)) {
        return HashMap::new();
    }
    let (custom, core, app) = (
        read("docProps/custom.xml"),
        read("docProps/core.xml"),
        read("docProps/app.xml"),
    );
    super::doc_props::properties(custom.as_deref(), core.as_deref(), app.as_deref())
}

/// At most this many SmartArt diagrams are read in one document.
const MAX_DIAGRAMS: usize = 256;

/// The texts of the SmartArt diagram whose data model is the body's relationship `dm`: its
/// nodes in order, or, when the model holds no text, the shapes of the drawing Word cached.
fn diagram_texts(
    zip: &mut Parts,
    rels: &HashMap<String, String>,
    dm: &str,
    limits: &Limits,
) -> Vec<String> {
    let Some(Ok(Some(data))) = rels
        .get(dm)
        .map(|target| zip.read(target, limits.max_stream_bytes))
    else {
        return Vec::new();
    };
    let model = super::diagram::data_model(&String::from_utf8_lossy(&data), limits.max_chars);
    if !model.texts.is_empty() {
        return model.texts;
    }
    match model
        .drawing
        .and_then(|id| rels.get(&id))
        .map(|target| zip.read(target, limits.max_stream_bytes))
    {
        Some(Ok(Some(x))) => {
            super::diagram::drawing(&String::from_utf8_lossy(&x), limits.max_chars)
        }
        _ => Vec::new(),
    }
}

/// A table row deleted with Track Changes on (w:trPr/w:del), or moved away from here (its old
/// place, w:trPr/w:del with its text in w:moveFrom): gone once the changes are accepted, so
/// the rest of the row is skipped and its row number given back. `name` is an element opening
/// inside `stack`; true when it marked the row.
fn deleted_row(
    name: &str,
    stack: &[LocalName],
    tables: &mut [Table],
    skip_depth: &mut Option<usize>,
) -> bool {
    if name != "del" || stack.last().map(LocalName::as_str) != Some("trPr") {
        return false;
    }
    let Some(tr) = stack.iter().rposition(|s| s == "tr") else {
        return false;
    };
    if let Some(t) = tables.last_mut() {
        t.row -= 1;
    }
    *skip_depth = Some(tr);
    true
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

    /// Crops as Word writes them: DrawingML's in thousandths of a percent, VML's as fractions
    /// or 16.16 fixed-point numbers; a negative crop (padding) shows the whole side, and a crop
    /// that would leave less than a tenth of the picture is taken for a mistake.
    #[test]
    fn crops_are_read_as_word_writes_them() {
        assert_eq!(vml_fraction("32768f"), Some(0.5));
        assert_eq!(vml_fraction(" 0.25 "), Some(0.25));
        assert_eq!(vml_fraction("x"), None);
        assert_eq!(sane_crop([-0.1, 0.2, 0.0, 0.0]), [0.0, 0.2, 0.0, 0.0]);
        assert_eq!(sane_crop([0.5, 0.0, 0.45, 0.0]), [0.0; 4]);
        assert_eq!(sane_crop([f32::NAN, 0.0, 0.0, 0.3]), [0.0, 0.0, 0.0, 0.3]);
    }

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

    /// A converter's exact layout: text boxes anchored to the page, the labels' column written
    /// before the values', and framed paragraphs placed on the page, values first — read by
    /// where they stand, a label beside its value. Three boxes keep the file's order.
    #[test]
    fn text_placed_on_the_page_is_read_by_where_it_stands() {
        let ns = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#;
        let emu = |pt: f32| (pt * 12_700.0) as i64;
        let boxed = |x: f32, y: f32, text: &str| {
            format!(
                r#"<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>{}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{}</wp:posOffset></wp:positionV><wp:extent cx="{}" cy="{}"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr lIns="0" tIns="0"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"#,
                emu(x),
                emu(y),
                emu(200.0),
                emu(16.0)
            )
        };
        let rows = [
            ("项目名称", "高精度伺服驱动器研发"),
            ("申报单位", "苏州汇川技术有限公司"),
            ("项目负责人", "王晓明"),
        ];
        let read = |body: String| {
            let doc =
                format!(r#"<w:document {ns}><w:body>{body}<w:sectPr/></w:body></w:document>"#);
            docx_of(&[("word/document.xml", doc.as_str())])
                .blocks
                .iter()
                .map(|b| b.text.clone())
                .collect::<Vec<_>>()
        };
        let mut runs = String::new();
        for (k, (label, _)) in rows.iter().enumerate() {
            runs += &boxed(60.0, 100.0 + 30.0 * k as f32, label);
        }
        for (k, (_, value)) in rows.iter().enumerate() {
            runs += &boxed(200.0, 100.0 + 30.0 * k as f32, value);
        }
        // Each label stands on a line with its value after it.
        let beside = |text: &str| {
            for (label, value) in rows {
                assert!(
                    text.lines().any(|l| l.contains(label)
                        && l.contains(value)
                        && l.find(label) < l.find(value)),
                    "{label} beside {value}: {text}"
                );
            }
        };
        beside(&read(format!("<w:p>{runs}</w:p>")).join("\n"));
        let framed = |x: f32, y: f32, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:framePr w:w="{}" w:h="320" w:hRule="exact" w:vAnchor="page" w:hAnchor="page" w:x="{}" w:y="{}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#,
                (200.0 * 20.0) as i64,
                (x * 20.0) as i64,
                (y * 20.0) as i64
            )
        };
        let mut body = String::new();
        for (k, (_, value)) in rows.iter().enumerate() {
            body += &framed(200.0, 100.0 + 30.0 * k as f32, value);
        }
        for (k, (label, _)) in rows.iter().enumerate() {
            body += &framed(60.0, 100.0 + 30.0 * k as f32, label);
        }
        beside(&read(body).join("\n"));
        // VML text boxes placed by their style, in any order, a v:line among them.
        let vml = |x: f32, y: f32, text: &str| {
            format!(
                r#"<w:p><w:r><w:pict><v:shape stroked="f" style="position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:120pt;height:16pt;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"><v:textbox inset="0,0,0,0"><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"#
            )
        };
        let mut body = String::new();
        for (k, (label, value)) in rows.iter().enumerate().rev() {
            body += &vml(200.0, 100.0 + 30.0 * k as f32, value);
            body += &vml(60.0, 100.0 + 30.0 * k as f32, label);
        }
        body += r#"<w:p><w:r><w:pict><v:line from="50pt,95pt" to="330pt,95pt" style="position:absolute;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"/></w:pict></w:r></w:p>"#;
        let text = read(body.replace(
            "<w:pict>",
            r#"<w:pict xmlns:v="urn:schemas-microsoft-com:vml">"#,
        ))
        .join("\n");
        for (k, (label, value)) in rows.iter().enumerate() {
            let line = text.lines().nth(k).unwrap_or("");
            assert!(
                line.contains(label) && line.contains(value) && line.find(label) < line.find(value),
                "row {k}: {text}"
            );
        }
        // The boxes as children of one group anchored to the page, placed in its child
        // coordinates (offset by chOff, scaled by ext / chExt).
        let kid = |x: f32, y: f32, text: &str| {
            format!(
                r#"<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr lIns="0" tIns="0"/></wps:wsp>"#,
                emu(2.0 * x + 1000.0),
                emu(2.0 * y + 1000.0),
                emu(400.0),
                emu(32.0)
            )
        };
        let mut kids = String::new();
        for (k, (label, _)) in rows.iter().enumerate() {
            kids += &kid(60.0, 100.0 + 30.0 * k as f32, label);
        }
        for (k, (_, value)) in rows.iter().enumerate() {
            kids += &kid(200.0, 100.0 + 30.0 * k as f32, value);
        }
        let group = format!(
            r#"<w:p><w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="{e}" cy="{e}"/><a:graphic><a:graphicData><wpg:wgp xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{e}" cy="{e}"/><a:chOff x="{o}" y="{o}"/><a:chExt cx="{c}" cy="{c}"/></a:xfrm></wpg:grpSpPr>{kids}</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>"#,
            e = emu(500.0),
            o = emu(1000.0),
            c = emu(1000.0)
        );
        beside(&read(group).join("\n"));
        // The same boxes in a drawing canvas set in line, in the canvas's own coordinates, with
        // the VML fallback Word writes beside it (not read twice).
        let canvas = format!(
            r#"<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wpc"><w:drawing><wp:inline><wp:extent cx="{e}" cy="{e}"/><a:graphic><a:graphicData><wpc:wpc xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"><wpc:bg/><wpc:whole/>{kids}</wpc:wpc></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:group xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{label}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
            e = emu(500.0),
            label = rows[0].0
        );
        let text = read(canvas).join("\n");
        beside(&text);
        assert_eq!(text.matches(rows[0].0).count(), 1, "{text}");
        // Three boxes (a cover's title, a signature block) keep the file's order.
        let few: String = rows[..2]
            .iter()
            .enumerate()
            .map(|(k, (label, _))| boxed(60.0, 100.0 + 30.0 * k as f32, label))
            .chain([boxed(200.0, 100.0, rows[0].1)])
            .collect();
        assert_eq!(
            read(format!("<w:p>{few}</w:p>")),
            ["项目名称", "申报单位", "高精度伺服驱动器研发"]
        );
    }

    /// Word for the web names the main part word/document2.xml: the package's relationship
    /// (an absolute target) finds it, its own relationships part names its styles, and the
    /// file is known as a Word document by its content types.
    #[test]
    fn the_main_part_is_found_through_the_package_relationship() {
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let doc = format!(
            r#"<w:document {w}><w:body><w:p><w:pPr><w:pStyle w:val="T1"/></w:pPr><w:r><w:t>项目信息表</w:t></w:r></w:p><w:p><w:r><w:t>项目名称：检测装备研发</w:t></w:r></w:p></w:body></w:document>"#
        );
        let styles = format!(
            r#"<w:styles {w}><w:style w:type="paragraph" w:styleId="T1"><w:name w:val="heading 1"/></w:style></w:styles>"#
        );
        let parts = [
            (
                "[Content_Types].xml",
                r#"<Types><Override PartName="/word/document2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#,
            ),
            (
                "_rels/.rels",
                r#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#,
            ),
            (
                "word/_rels/document2.xml.rels",
                r#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles2.xml"/></Relationships>"#,
            ),
            ("word/document2.xml", doc.as_str()),
            ("word/styles2.xml", styles.as_str()),
        ];
        let bytes = crate::extract::zip_of(&parts);
        assert_eq!(super::super::sniff(&bytes), super::super::FileKind::Docx);
        let d = docx_of(&parts);
        assert_eq!(d.blocks.len(), 2);
        assert_eq!(d.blocks[0].kind, BlockKind::Heading { level: 1 });
        assert_eq!(d.blocks[1].text, "项目名称：检测装备研发");
        // Without the content types it is a zip like any other.
        let bytes = crate::extract::zip_of(&parts[1..]);
        assert_eq!(super::super::sniff(&bytes), super::super::FileKind::Zip);
    }

    /// Legacy form fields of a protected Word form: a drop-down shows its chosen entry (Word
    /// keeps only the entry's number, w:result; without one, w:default or the first entry), a
    /// check box ☑ or ☐, a text field its result.
    #[test]
    fn legacy_drop_down_and_check_box_form_fields_show_their_choice() {
        let field = |data: &str, code: &str| {
            format!(
                r#"<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="f"/><w:enabled/>{data}</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
            )
        };
        let entries = r#"<w:listEntry w:val="请选择"/><w:listEntry w:val="企业"/><w:listEntry w:val="高校"/>"#;
        let p = |label: &str, f: String| format!("<w:p><w:r><w:t>{label}</w:t></w:r>{f}</w:p>");
        let body = [
            p(
                "单位类型：",
                field(
                    &format!(r#"<w:ddList><w:result w:val="2"/>{entries}</w:ddList>"#),
                    "FORMDROPDOWN",
                ),
            ),
            p(
                "所在高新区：",
                field(&format!("<w:ddList>{entries}</w:ddList>"), "FORMDROPDOWN"),
            ),
            p(
                "高新技术企业",
                field(
                    r#"<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox>"#,
                    "FORMCHECKBOX",
                ),
            ),
            p(
                "科技型中小企业",
                field(
                    r#"<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>"#,
                    "FORMCHECKBOX",
                ),
            ),
        ]
        .concat();
        assert_eq!(
            texts_of(&body, None),
            [
                "单位类型：高校",
                "所在高新区：请选择",
                "高新技术企业☑",
                "科技型中小企业☐"
            ]
        );
    }

    /// A note mark typed in superscript after a value (研发*, 50①, 期限注1) is no part of it,
    /// as a footnote reference is none; a superscript exponent (m², 10⁶) stays.
    #[test]
    fn superscript_note_marks_are_not_read_exponents_are() {
        let sup = |t: &str| {
            format!(r#"<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{t}</w:t></w:r>"#)
        };
        let p = |a: &str, m: &str| format!("<w:p><w:r><w:t>{a}</w:t></w:r>{}</w:p>", sup(m));
        let body = [
            p("项目名称：关键技术研发", "*"),
            p("申请市拨经费：50", "①"),
            p("实施期限：2025年12月", "注1"),
            p("厂房面积 300m", "2"),
            p("循环寿命 10", "4"),
        ]
        .concat();
        assert_eq!(
            texts_of(&body, None),
            [
                "项目名称：关键技术研发",
                "申请市拨经费：50",
                "实施期限：2025年12月",
                "厂房面积 300m2",
                "循环寿命 104"
            ]
        );
    }

    /// A merged DOCX whose body is altChunks of a whole .docx (a document-merging library's)
    /// and of RTF (a web system's export): both read, the .docx chunk's table as a table; a
    /// .docx chunk inside a .docx chunk is not followed.
    #[test]
    fn docx_and_rtf_chunks_are_read() {
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;
        let rels = |targets: &[&str]| {
            let r: String = targets
                .iter()
                .enumerate()
                .map(|(i, t)| format!(r#"<Relationship Id="c{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="{t}"/>"#))
                .collect();
            format!(
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{r}</Relationships>"#
            )
        };
        let body = |inner: &str| {
            format!("<w:document {w}><w:body>{inner}<w:sectPr/></w:body></w:document>")
        };
        let innermost = crate::extract::zip_of(&[(
            "word/document.xml",
            &body("<w:p><w:r><w:t>不应读到</w:t></w:r></w:p>"),
        )]);
        let chunk_rels = rels(&["deeper.docx"]);
        let chunk_body = body(
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>新型电机控制器研发</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:altChunk r:id="c0"/>"#,
        );
        let chunk = crate::extract::zip_of_bytes(&[
            ("word/document.xml", chunk_body.as_bytes()),
            ("word/_rels/document.xml.rels", chunk_rels.as_bytes()),
            ("word/deeper.docx", &innermost),
        ]);
        let rtf =
            br"{\rtf1\ansi {\fonttbl{\f0 SimSun;}}\pard \u30003?\u25253?\u21333?\u20301?\par}";
        let main_body = body(r#"<w:altChunk r:id="c0"/><w:altChunk r:id="c1"/>"#);
        let main_rels = rels(&["afchunk1.docx", "afchunk.rtf"]);
        let bytes = crate::extract::zip_of_bytes(&[
            ("word/document.xml", main_body.as_bytes()),
            ("word/_rels/document.xml.rels", main_rels.as_bytes()),
            ("word/afchunk1.docx", &chunk),
            ("word/afchunk.rtf", rtf),
        ]);
        let limits = Limits::default();
        let d = extract_docx(
            "t.docx",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["项目名称", "新型电机控制器研发", "申报单位"]);
        assert!(matches!(d.blocks[0].kind, BlockKind::Cell { .. }));
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

    /// Tracked changes left unaccepted read as accepted: text moved away (w:moveFrom) is not
    /// read where it was, only where it went (w:moveTo); a deleted table row (w:trPr/w:del) is
    /// gone and the rows after it keep their numbers; an inserted row stays.
    #[test]
    fn tracked_moves_and_deleted_rows_read_as_accepted() {
        let d = r#"w:id="1" w:author="审核人" w:date="2022-07-10T09:00:00Z""#;
        let body = format!(
            r#"<w:tbl>
            <w:tr><w:tc><w:p><w:r><w:t>项目总投入（万元）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:moveFromRangeStart {d} w:name="m1"/><w:moveFrom {d}><w:r><w:t>100</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="1"/><w:moveToRangeStart {d} w:name="m2"/><w:moveTo {d}><w:r><w:t>250</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="1"/></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:ins {d}/></w:trPr><w:tc><w:p><w:r><w:t>指南代码</w:t></w:r></w:p></w:tc><w:tc><w:p><w:moveTo {d}><w:r><w:t>210103</w:t></w:r></w:moveTo></w:p></w:tc></w:tr>
            <w:tr><w:trPr><w:del {d}/></w:trPr><w:tc><w:p><w:pPr><w:rPr><w:moveFrom {d}/></w:rPr></w:pPr><w:moveFrom {d}><w:r><w:t>指南代码</w:t></w:r></w:moveFrom></w:p></w:tc><w:tc><w:p><w:r><w:t>210103</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:rPr><w:b/><w:rPrChange {d}><w:rPr/></w:rPrChange></w:rPr><w:t>申请市拨经费（万元）</w:t></w:r></w:p></w:tc><w:tc><w:p><w:moveFrom {d}><w:r><w:t>250</w:t></w:r></w:moveFrom><w:moveTo {d}><w:r><w:t>100</w:t></w:r></w:moveTo></w:p></w:tc></w:tr>
            </w:tbl>"#
        );
        let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
        let doc = format!(r#"<w:document {w}><w:body>{body}<w:sectPr/></w:body></w:document>"#);
        let read = docx_of(&[("word/document.xml", doc.as_str())]);
        let cells: Vec<(u32, u32, &str)> = read
            .blocks
            .iter()
            .filter_map(|b| match b.kind {
                BlockKind::Cell { row, col, .. } => Some((row, col, b.text.as_str())),
                _ => None,
            })
            .collect();
        assert_eq!(
            cells,
            [
                (0, 0, "项目总投入（万元）"),
                (0, 1, "250"),
                (1, 0, "指南代码"),
                (1, 1, "210103"),
                (2, 0, "申请市拨经费（万元）"),
                (2, 1, "100")
            ]
        );
    }

    /// A document that asks Word to update its fields on opening shows each DOCPROPERTY
    /// field's property, not the result cached in the file (a complex field, a simple one, one
    /// with no result); without that setting the cached results are what shows. Other fields'
    /// results are read as they are.
    #[test]
    fn docproperty_fields_show_the_property_when_fields_are_updated_on_opening() {
        let body = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>申报单位：</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY  "sbdw" </w:instrText></w:r><w:r><w:instrText>\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>苏州某某</w:t></w:r><w:r><w:t>科技有限公司</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            <w:p><w:r><w:t>总投入：</w:t></w:r><w:fldSimple w:instr=" DOCPROPERTY xmztr \* MERGEFORMAT "><w:r><w:t>200</w:t></w:r></w:fldSimple><w:r><w:t>万元</w:t></w:r></w:p>
            <w:p><w:r><w:t>负责人：</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DOCPROPERTY xmfzr </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            <w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>
            <w:sectPr/></w:body></w:document>"#;
        let custom = r#"<Properties xmlns:vt="v"><property name="sbdw"><vt:lpwstr>苏州汇华新材料科技有限公司</vt:lpwstr></property><property name="xmztr"><vt:r8>250</vt:r8></property><property name="xmfzr"><vt:lpwstr>周海燕</vt:lpwstr></property></Properties>"#;
        let update = r#"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:updateFields w:val="true"/></w:settings>"#;
        let texts = |settings: Option<&str>| -> Vec<String> {
            let mut parts = vec![("word/document.xml", body), ("docProps/custom.xml", custom)];
            parts.extend(settings.map(|s| ("word/settings.xml", s)));
            docx_of(&parts)
                .blocks
                .iter()
                .map(|b| b.text.clone())
                .collect()
        };
        assert_eq!(
            texts(Some(update)),
            [
                "申报单位：苏州汇华新材料科技有限公司",
                "总投入：250万元",
                "负责人：周海燕",
                "第1页"
            ]
        );
        assert_eq!(
            texts(None),
            [
                "申报单位：苏州某某科技有限公司",
                "总投入：200万元",
                "负责人：",
                "第1页"
            ]
        );
    }

    /// A SmartArt diagram's node texts are read where it stands, in the diagram's order, from
    /// its data model; a model without text falls back to the drawing Word cached.
    #[test]
    fn smartart_diagrams_are_read_where_they_stand() {
        let doc = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"><w:body>
            <w:p><w:r><w:t>四、考核指标</w:t></w:r></w:p>
            <w:p><w:r><w:drawing><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="rId4" r:lo="rId5" r:qs="rId6" r:cs="rId7"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>
            <w:p><w:r><w:t>五、实施期限</w:t></w:r></w:p>
            <w:p><w:r><w:drawing><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds r:dm="rId8"/></a:graphicData></a:graphic></w:drawing></w:r></w:p>
            <w:sectPr/></w:body></w:document>"#;
        let rels = r#"<Relationships><Relationship Id="rId4" Target="diagrams/data1.xml"/><Relationship Id="rId8" Target="diagrams/data2.xml"/><Relationship Id="rId9" Target="diagrams/drawing2.xml"/></Relationships>"#;
        let data1 = r#"<dgm:dataModel xmlns:dgm="d" xmlns:a="a"><dgm:ptLst>
            <dgm:pt modelId="0" type="doc"><dgm:t><a:p/></dgm:t></dgm:pt>
            <dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>研制样机2台套</a:t></a:r></a:p></dgm:t></dgm:pt>
            <dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>申请发明专利3项</a:t></a:r></a:p></dgm:t></dgm:pt>
            </dgm:ptLst><dgm:cxnLst><dgm:cxn modelId="5" srcId="0" destId="1" srcOrd="0"/><dgm:cxn modelId="6" srcId="0" destId="2" srcOrd="1"/></dgm:cxnLst></dgm:dataModel>"#;
        let data2 = r#"<dgm:dataModel xmlns:dgm="d" xmlns:a="a"><dgm:ptLst><dgm:pt modelId="0" type="doc"/></dgm:ptLst>
            <dgm:extLst><a:ext uri="x"><dsp:dataModelExt xmlns:dsp="s" relId="rId9"/></a:ext></dgm:extLst></dgm:dataModel>"#;
        let drawing2 = r#"<dsp:drawing xmlns:dsp="s" xmlns:a="a"><dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>2022年7月至2024年6月</a:t></a:r></a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>"#;
        let d = docx_of(&[
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", rels),
            ("word/diagrams/data1.xml", data1),
            ("word/diagrams/data2.xml", data2),
            ("word/diagrams/drawing2.xml", drawing2),
        ]);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "四、考核指标",
                "申请发明专利3项\n研制样机2台套",
                "五、实施期限",
                "2022年7月至2024年6月"
            ]
        );
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
            r#"<Relationships><Relationship Id="rId4" Target="media/image1.jpeg"/><Relationship Id="rId5" Target="/word/media/image2.png"/><Relationship Id="rId6" Target="https://example.com/a.png" TargetMode="External"/><Relationship Id="rId7" Target="../customXml/item1.xml"/><Relationship Id="rId8" Target="./embeddings/./x.bin"/></Relationships>"#,
            "word/",
        );
        assert_eq!(rels["rId4"], "word/media/image1.jpeg");
        assert_eq!(rels["rId5"], "word/media/image2.png");
        assert!(!rels.contains_key("rId6"));
        assert_eq!(rels["rId7"], "customXml/item1.xml");
        assert_eq!(rels["rId8"], "word/embeddings/x.bin");
    }

    fn word_xml(xml: &str) -> Document {
        let limits = Limits::default();
        assert_eq!(
            crate::extract::sniff(xml.as_bytes()),
            crate::extract::FileKind::WordXml
        );
        extract_word_xml(
            "t.doc",
            xml.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap()
    }

    /// Word 2003 XML as a FreeMarker "export to Word" writes it: a heading style in w:styles,
    /// a table whose second row continues a vertical merge (w:vmerge, lower case in 2003), a
    /// w:binData picture that is no text. Read as a DOCX would be.
    #[test]
    fn word_2003_xml_is_read() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xml:space="preserve">
<w:styles><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style><w:style w:type="character" w:styleId="h"><w:name w:val="hidden"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>
<w:body><wx:sect>
<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>项目信息表</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:tcPr><w:vmerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>申报单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>苏州某某科技有限公司</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:vmerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>91320505MA1X0000</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:pict><w:binData w:name="wordml://03000001.png" xml:space="preserve">iVBORw0KGgo=</w:binData><v:shape style="width:20pt;height:20pt"><v:imagedata src="wordml://03000001.png" o:title=""/></v:shape></w:pict></w:r><w:r><w:t>（盖章）</w:t></w:r></w:p>
<w:sectPr/></wx:sect></w:body></w:wordDocument>"#;
        let d = word_xml(xml);
        assert_eq!(d.format, Format::WordXml);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "项目信息表",
                "申报单位",
                "苏州某某科技有限公司",
                "91320505MA1X0000",
                "（盖章）"
            ]
        );
        assert!(
            matches!(d.blocks[0].kind, BlockKind::Heading { level: 1 }),
            "{:?}",
            d.blocks[0]
        );
        // The continued cell is no new block; its value sits in row 1, column 1.
        assert!(matches!(
            d.blocks[3].kind,
            BlockKind::Cell { row: 1, col: 1, .. }
        ));
    }

    /// Word's flat "XML Document" (pkg:package): each part inline, the styles and relationships
    /// read from their parts, as from a .docx.
    #[test]
    fn flat_word_xml_package_is_read() {
        let xml = r#"<?xml version="1.0" encoding="utf-8" standalone="yes"?><?mso-application progid="Word.Document"?>
<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="2"/></w:pPr><w:r><w:t>一、立项依据</w:t></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r><w:r><w:rPr><w:rStyle w:val="tip"/></w:rPr><w:t>（填写说明）</w:t></w:r></w:p><w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style><w:style w:type="character" w:styleId="tip"><w:name w:val="tip"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles></pkg:xmlData></pkg:part>
<pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png" pkg:compression="store"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>
</pkg:package>"#;
        let d = word_xml(xml);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["一、立项依据", "正文"]);
        assert!(matches!(d.blocks[0].kind, BlockKind::Heading { level: 2 }));
        let limits = Limits::default();
        let parts = flat_parts(xml, &limits).unwrap();
        assert_eq!(parts["word/media/image1.png"], b"\x89PNG\r\n\x1a\n");
    }

    /// Other XML is no Word document; a Word XML document that is not well-formed is a corrupt
    /// file, not a panic; a part over the stream limit is refused.
    #[test]
    fn word_xml_edges() {
        use crate::extract::{FileKind, sniff};
        assert_ne!(
            sniff(b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            FileKind::WordXml
        );
        assert_eq!(
            sniff(b"\xEF\xBB\xBF  <w:wordDocument xmlns:w=\"x\"><w:body/></w:wordDocument>"),
            FileKind::WordXml
        );
        let limits = Limits::default();
        let broken = "<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"x\"><w:body><w:p><w:r><w:t>a</w:r></w:body>";
        let r = extract_word_xml(
            "t.doc",
            broken.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        );
        assert!(r.is_ok() || matches!(r, Err(ExtractError::Corrupt { .. })));
        let small = Limits {
            max_stream_bytes: 16,
            ..Limits::default()
        };
        let pic = "<?xml version=\"1.0\"?><w:wordDocument xmlns:w=\"x\"><w:body><w:binData w:name=\"wordml://1.png\">QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB</w:binData></w:body></w:wordDocument>";
        assert!(matches!(
            flat_parts(pic, &small),
            Err(ExtractError::TooLarge { .. })
        ));
    }

    /// Content controls bound to a custom XML part show the bound node's text, not the text
    /// cached in document.xml (the template's sample); a control whose binding selects
    /// nothing, or names no part there is, keeps its own text.
    #[test]
    fn bound_content_controls_show_the_custom_xml() {
        let sdt = |xpath: &str, store: &str, cached: &str| {
            format!(
                r#"<w:sdt><w:sdtPr><w:dataBinding w:prefixMappings="xmlns:ns0='urn:p'" w:xpath="{xpath}" w:storeItemID="{store}"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>{cached}</w:t></w:r></w:sdtContent></w:sdt>"#
            )
        };
        let doc = format!(
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>申报单位</w:t></w:r></w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>项目负责人</w:t></w:r></w:p></w:tc><w:tc><w:p>{}</w:p></w:tc></w:tr></w:tbl>{}<w:sectPr/></w:body></w:document>"#,
            sdt(
                "/ns0:p[1]/ns0:applicant[1]",
                "{S-1}",
                "苏州某某科技有限公司"
            ),
            sdt("/ns0:p[1]/ns0:leader[1]", "{S-1}", "张三"),
            // Block level, bound to a part that is not there: its own text stays.
            r#"<w:sdt><w:sdtPr><w:dataBinding w:xpath="/a[1]" w:storeItemID="{NONE}"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>原文</w:t></w:r></w:p></w:sdtContent></w:sdt>"#
        );
        let bytes = crate::extract::zip_of_bytes(&[
            ("word/document.xml", doc.as_bytes()),
            (
                "customXml/item1.xml",
                r#"<ns0:p xmlns:ns0="urn:p"><ns0:applicant>苏州恒鼎微电子科技有限公司</ns0:applicant></ns0:p>"#.as_bytes(),
            ),
            (
                "customXml/itemProps1.xml",
                br#"<ds:datastoreItem ds:itemID="{s-1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>"#,
            ),
        ]);
        let d = read_docx(&bytes);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "申报单位",
                "苏州恒鼎微电子科技有限公司",
                "项目负责人",
                "张三",
                "原文"
            ]
        );
    }

    /// A DOCX read with the default limits.
    fn read_docx(bytes: &[u8]) -> Document {
        let limits = Limits::default();
        extract_docx(
            "t.docx",
            bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap()
    }

    /// Objects kept as OLE compound files: an Excel 97-2003 worksheet (Excel.Sheet.8, the
    /// workbook's BIFF8 stream in oleObject1.bin, as Word keeps objects of files first saved as
    /// .doc) and a 2007 workbook wrapped in a compound file's "Package" stream are read where
    /// they stand; a compound file holding neither is reported unread by its ProgID.
    #[test]
    fn excel_97_objects_and_packaged_workbooks_are_read() {
        use std::io::Write;
        let xls = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/gen/info_table.xls"
        ));
        let mut wb = rust_xlsxwriter::Workbook::new();
        wb.add_worksheet()
            .write_string(0, 0, "包装的工作簿")
            .unwrap();
        let xlsx = wb.save_to_buffer().unwrap();
        let compound = |stream: &str, data: &[u8]| {
            let mut cf = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
            cf.create_stream(stream).unwrap().write_all(data).unwrap();
            cf.flush().unwrap();
            cf.into_inner().into_inner()
        };
        let packaged = compound("Package", &xlsx);
        let other = compound("CONTENTS", b"a chart");
        let obj = |prog: &str, rid: &str| {
            format!(
                r#"<w:p><w:r><w:object><o:OLEObject Type="Embed" ProgID="{prog}" r:id="{rid}"/></w:object></w:r></w:p>"#
            )
        };
        let doc = format!(
            r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:o="urn:schemas-microsoft-com:office:office"><w:body><w:p><w:r><w:t>附件1</w:t></w:r></w:p>{}{}{}<w:sectPr/></w:body></w:document>"#,
            obj("Excel.Sheet.8", "rId1"),
            obj("Excel.Sheet.12", "rId2"),
            obj("MSGraph.Chart.8", "rId3")
        );
        let rels = r#"<Relationships><Relationship Id="rId1" Target="embeddings/oleObject1.bin"/><Relationship Id="rId2" Target="embeddings/oleObject2.bin"/><Relationship Id="rId3" Target="embeddings/oleObject3.bin"/></Relationships>"#;
        let bytes = crate::extract::zip_of_bytes(&[
            ("word/document.xml", doc.as_bytes()),
            ("word/_rels/document.xml.rels", rels.as_bytes()),
            ("word/embeddings/oleObject1.bin", xls),
            ("word/embeddings/oleObject2.bin", &packaged),
            ("word/embeddings/oleObject3.bin", &other),
        ]);
        let d = read_docx(&bytes);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[0], "附件1");
        assert!(texts.contains(&"统一社会信用代码"), "{texts:?}");
        assert_eq!(texts.last(), Some(&"包装的工作簿"));
        assert!(
            d.issues.iter().any(|i| matches!(i,
                crate::extract::DocIssue::ObjectUnread { kinds } if kinds == &["MSGraph.Chart.8"])),
            "{:?}",
            d.issues
        );
    }

    /// A table pasted into Word as an Excel worksheet object: the document shows a picture, the
    /// workbook in word/embeddings holds the cells; they are read where the object stands, after
    /// the paragraph before it and before the one after, their table numbered after the
    /// document's own. An object whose part is no workbook is left alone.
    #[test]
    fn embedded_excel_worksheet_objects_are_read() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "统一社会信用代码").unwrap();
        ws.write_string(0, 1, "91320505MA1X2Y3Z4A").unwrap();
        let xlsx = wb.save_to_buffer().unwrap();
        let doc = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:body>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>项目信息表</w:t></w:r></w:p>
<w:p><w:r><w:object><v:shape><v:imagedata r:id="rId1"/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rId2"/></w:object></w:r></w:p>
<w:p><w:r><w:object><o:OLEObject Type="Embed" ProgID="Package" r:id="rId3"/></w:object></w:r></w:p>
<w:p><w:r><w:t>（盖章）</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"#;
        let rels = r#"<Relationships><Relationship Id="rId1" Target="media/image1.png"/><Relationship Id="rId2" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/><Relationship Id="rId3" Target="embeddings/oleObject1.bin"/></Relationships>"#;
        let bytes = crate::extract::zip_of_bytes(&[
            ("word/document.xml", doc.as_bytes()),
            ("word/_rels/document.xml.rels", rels.as_bytes()),
            ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", &xlsx),
            (
                "word/embeddings/oleObject1.bin",
                b"\xD0\xCF\x11\xE0 not really",
            ),
        ]);
        let d = read_docx(&bytes);
        let got: Vec<(&str, &BlockKind)> = d
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), &b.kind))
            .collect();
        assert_eq!(
            got.iter().map(|g| g.0).collect::<Vec<_>>(),
            vec![
                "项目名称",
                "项目信息表",
                "统一社会信用代码",
                "91320505MA1X2Y3Z4A",
                "（盖章）"
            ]
        );
        assert_eq!(
            *got[3].1,
            BlockKind::Cell {
                table: 1,
                row: 0,
                col: 1
            }
        );
        // The object that is no workbook is said to be unread (F003), by its ProgID.
        assert!(
            d.issues.iter().any(|i| matches!(i,
                crate::extract::DocIssue::ObjectUnread { kinds } if kinds == &["Package"])),
            "{:?}",
            d.issues
        );
    }
}
