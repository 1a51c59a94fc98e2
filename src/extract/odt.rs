//! OpenDocument text (.odt, and the flat .fodt), read so that its content counts; F004 still says the call takes
//! PDF and DOCX. LibreOffice and WPS save it, and a clerk opens it.
//!
//! content.xml through quick-xml: headings (text:h with their outline level), paragraphs and
//! list items, spaces (text:s), tabs and line breaks, tables (a covered cell — under a merge —
//! read not at all, a nested table folded into its cell), text boxes' paragraphs in place.
//! Pictures in the text (draw:frame / draw:image: a capture of the online form, a scanned and
//! sealed page pasted in) are read as the DOCX reader reads its pictures, only the part the
//! frame shows (the frame style's fo:clip) and in their place.
//! A flat .fodt's pictures are inline (base64 office:binary-data) and read the same way; a
//! frame's svg:title and svg:desc (the picture's name, its alternative text) are not text.
//! Not read: notes (their citation after the text it follows, and their body), annotations,
//! deleted text of tracked changes, the text of fields' code (their shown value is read).

use super::docx::{attr, end_local, local, open_archive, read_entry, ref_char};
use super::flow::Flow;
use super::{Deadline, DocIssue, Document, ExtractError, Format, Limits};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::HashMap;

pub fn extract_odt(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut zip = open_archive(bytes, "OpenDocument zip")?;
    let xml = read_entry(&mut zip, "content.xml", limits.max_stream_bytes)?.ok_or_else(|| {
        ExtractError::Corrupt {
            detail: "OpenDocument without content.xml".into(),
        }
    })?;
    let mut doc = Document::new(path, Format::Odt);
    let frames = read_content(&mut doc, &xml, limits, deadline)?;
    Ok(read_frames(
        doc,
        super::docx::Parts::Zip(zip),
        &frames,
        limits,
    ))
}

/// The document with its pictures read in their place (`parts`: the package's entries, or a
/// flat file's inline pictures); as it was when there are none.
pub(super) fn read_frames(
    doc: Document,
    mut parts: super::docx::Parts,
    frames: &Frames,
    limits: &Limits,
) -> Document {
    if frames.frames.is_empty() {
        return doc;
    }
    let mut pictures = Vec::new();
    let mut names = HashMap::new();
    // The same picture shown in several frames is read once (as the DOCX reader does), and a
    // file of thousands of frames has only its first pictures looked at.
    for f in frames.frames.iter().take(MAX_PICTURES) {
        if names.contains_key(&f.href) {
            continue;
        }
        // The picture's bytes are needed here only to size a crop; read_pictures reads them.
        let crop = match f.style.as_ref().and_then(|s| frames.clips.get(s)) {
            Some(c) => match parts.read(&f.href, limits.max_stream_bytes) {
                Ok(Some(bytes)) => clip_fractions(*c, &bytes, f.size),
                _ => continue,
            },
            None => [0.0; 4],
        };
        pictures.push(super::docx::Picture {
            at: f.at,
            id: f.href.clone(),
            shown_in: f.size.map(|s| s.0),
            crop,
        });
        names.insert(f.href.clone(), f.href.clone());
    }
    super::docx::read_pictures(doc, &mut parts, &names, &pictures, limits)
}

/// Pictures of one document looked at, at most.
const MAX_PICTURES: usize = 64;

/// A picture in the text: blocks before it, its name in the package, the frame's style and
/// the size it is shown at (inches).
struct Frame {
    at: usize,
    href: String,
    style: Option<String>,
    size: Option<(f32, f32)>,
}

/// The frame being read: its style, its size, and whether its picture was taken.
struct FrameState {
    style: Option<String>,
    size: Option<(f32, f32)>,
    read: bool,
}

/// The pictures of an OpenDocument file's XML (an .odt's or .ods's content.xml, or a flat
/// file), found as its elements are read: the crops of its graphic styles (fo:clip: the
/// lengths cut from the top, right, bottom and left, in inches), and each frame's picture in
/// the body, named in the package or inline (base64 office:binary-data).
#[derive(Default)]
pub(super) struct Frames {
    frames: Vec<Frame>,
    clips: HashMap<String, [f32; 4]>,
    /// A flat file's pictures, by the name their frame gives them.
    inline: HashMap<String, Vec<u8>>,
    in_body: bool,
    /// The graphic style being read (automatic styles), the frame being read, and the base64
    /// text of an inline picture being read.
    style: Option<String>,
    frame: Option<FrameState>,
    base64: Option<String>,
}

impl Frames {
    /// An element starts (`empty`: and ends at once); `at`: the blocks read so far.
    pub(super) fn start(
        &mut self,
        e: &quick_xml::events::BytesStart,
        name: &str,
        at: usize,
        empty: bool,
    ) {
        match name {
            "body" => self.in_body = true,
            "style" => self.style = attr(e, "name"),
            "graphic-properties" => {
                if let (Some(s), Some(c)) = (
                    self.style.as_ref(),
                    attr(e, "clip").and_then(|c| parse_clip(&c)),
                ) {
                    self.clips.insert(s.clone(), c);
                }
            }
            "frame" if self.in_body => {
                let size = attr(e, "width")
                    .and_then(|w| super::docx::length_inches(&w))
                    .zip(attr(e, "height").and_then(|h| super::docx::length_inches(&h)))
                    .filter(|&(w, h)| w > 0.0 && h > 0.0);
                self.frame = Some(FrameState {
                    style: attr(e, "style-name"),
                    size,
                    read: false,
                });
            }
            // A picture of the package (Pictures/…), not a link to a file outside it.
            "image" if self.in_body => {
                if let Some(href) = attr(e, "href")
                    .map(|h| h.trim_start_matches("./").to_string())
                    .filter(|h| !h.is_empty() && !h.contains("://") && !h.starts_with(['/', '.']))
                {
                    self.take(href, at);
                }
            }
            "binary-data" if self.frame.as_ref().is_some_and(|f| !f.read) => {
                self.base64 = Some(String::new());
            }
            _ => {}
        }
        if empty {
            self.end(name, at);
        }
    }

    /// Text: an inline picture's, taken (true), or not a picture's (false).
    pub(super) fn text(&mut self, s: &str, limits: &Limits) -> bool {
        let Some(b) = self.base64.as_mut() else {
            return false;
        };
        // Beyond the size a picture may have, it is not kept.
        if b.len() + s.len() <= limits.max_stream_bytes / 3 * 4 + 4 {
            b.push_str(s);
        } else {
            b.clear();
            b.push('!');
        }
        true
    }

    /// Whether a frame of the body is being read: its svg:title and svg:desc (a picture's name,
    /// "Picture 1", its alternative text) are not the page's text.
    pub(super) fn in_frame(&self) -> bool {
        self.frame.is_some()
    }

    /// A flat file's pictures, by name (for [`super::docx::Parts::Flat`]).
    pub(super) fn take_inline(&mut self) -> HashMap<String, Vec<u8>> {
        std::mem::take(&mut self.inline)
    }

    /// An element ends.
    pub(super) fn end(&mut self, name: &str, at: usize) {
        match name {
            "frame" => self.frame = None,
            "style" => self.style = None,
            "binary-data" => {
                if let Some(b64) = self.base64.take().filter(|b| !b.starts_with('!')) {
                    let href = format!("inline/{}", self.inline.len() + 1);
                    self.inline.insert(href.clone(), super::html::base64(&b64));
                    self.take(href, at);
                }
            }
            _ => {}
        }
    }

    /// The picture `href` of the frame being read, which stands after `at` blocks: a frame may
    /// hold the same picture in several formats, the first is read.
    fn take(&mut self, href: String, at: usize) {
        let Some(f) = self.frame.as_mut().filter(|f| !f.read) else {
            return;
        };
        f.read = true;
        self.frames.push(Frame {
            at,
            href,
            style: f.style.clone(),
            size: f.size,
        });
    }
}

/// fo:clip's "rect(top, right, bottom, left)" (commas or spaces; `auto` cuts nothing) in inches.
fn parse_clip(v: &str) -> Option<[f32; 4]> {
    let inner = v.trim().strip_prefix("rect(")?.strip_suffix(')')?;
    let lengths: Vec<f32> = inner
        .split([',', ' '])
        .filter(|x| !x.trim().is_empty())
        .map(|x| {
            let x = x.trim();
            if x == "auto" || x.trim_end_matches(|c: char| c.is_ascii_alphabetic()) == "0" {
                Some(0.0)
            } else {
                super::docx::length_inches(x)
            }
        })
        .collect::<Option<_>>()?;
    <[f32; 4]>::try_from(lengths).ok()
}

/// The fractions of a picture cut from its left, top, right and bottom (the DOCX reader's
/// crop) by an fo:clip, whose lengths are measured on the picture's own size: its pixels at
/// the resolution it records, or at 96 per inch when it records none (as LibreOffice takes
/// it). Where the frame's size is known, the resolution whose crop gives the frame's shape is
/// taken; a crop that cannot be sized, or cuts the whole picture, is none.
fn clip_fractions(clip: [f32; 4], bytes: &[u8], frame: Option<(f32, f32)>) -> [f32; 4] {
    let Some((w, h)) = image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .ok()
        .and_then(|r| r.into_dimensions().ok())
        .filter(|&(w, h)| w > 0 && h > 0)
    else {
        return [0.0; 4];
    };
    let [top, right, bottom, left] = clip;
    let crop_at = |dpi: f32| {
        let (wi, hi) = (w as f32 / dpi, h as f32 / dpi);
        [left / wi, top / hi, right / wi, bottom / hi]
    };
    let mut candidates: Vec<f32> = super::raster::recorded_dpi(bytes).into_iter().collect();
    candidates.push(96.0);
    let shape_error = |c: &[f32; 4]| {
        frame.map_or(0.0, |(fw, fh)| {
            let shown =
                (w as f32 * (1.0 - c[0] - c[2])) / (h as f32 * (1.0 - c[1] - c[3])).max(1e-3);
            (shown / (fw / fh.max(1e-3)) - 1.0).abs()
        })
    };
    // A crop that cuts all the picture away at some resolution is not measured at it.
    let possible = |c: &[f32; 4]| c[0] + c[2] < 1.0 && c[1] + c[3] < 1.0;
    let best = candidates
        .into_iter()
        .map(crop_at)
        .filter(possible)
        .min_by(|a, b| shape_error(a).total_cmp(&shape_error(b)));
    best.map_or([0.0; 4], super::docx::sane_crop)
}

/// A flat OpenDocument text (.fodt, as LibreOffice saves "Flat XML"): the whole file is one XML
/// document — settings, styles, then the body — read as an .odt's content.xml, its pictures
/// inline (base64 office:binary-data).
pub fn extract_fodt(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut doc = Document::new(path, Format::Odt);
    let mut frames = read_content(&mut doc, bytes, limits, deadline)?;
    let inline = frames.take_inline();
    Ok(read_frames(
        doc,
        super::docx::Parts::Flat(inline),
        &frames,
        limits,
    ))
}

/// Elements whose text is not the document's running text.
const SKIP: &[&str] = &[
    // A footnote or endnote stands inline where its reference is: its citation (the number
    // after the value, 160¹) and its body are no part of the text around it.
    "note",
    "note-body",
    "annotation",
    "tracked-changes",
    "sequence-decls",
    "variable-decls",
    "user-field-decls",
    "forms",
    "table-of-content-source",
    "index-title-template",
    // A picture's bytes, inline in a flat file (base64).
    "binary-data",
];

fn read_content(
    doc: &mut Document,
    xml: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Frames, ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut flow = Flow::new(doc);
    let mut buf = Vec::new();
    let mut text = String::new();
    let mut heading: Option<u8> = None;
    let mut skip = 0usize; // depth inside skipped elements
    let mut tables = 0usize; // table nesting
    let mut in_body = false;
    let mut chars = 0usize;
    let mut steps = 0usize;
    let mut frames = Frames::default();
    loop {
        let ev = super::next_xml_event(
            &mut r,
            &mut buf,
            &mut steps,
            limits,
            deadline,
            "OpenDocument content.xml",
        )?;
        match ev {
            Event::Eof => break,
            Event::Start(e) => {
                let name = local(&e);
                if skip == 0 {
                    frames.start(&e, &name, flow.blocks(), false);
                }
                if skip > 0
                    || SKIP.contains(&name.as_str())
                    || (frames.in_frame() && matches!(name.as_str(), "title" | "desc"))
                {
                    skip += 1;
                } else {
                    match name.as_str() {
                        // The body: what comes before it (styles, and in a flat file the
                        // master pages' headers and footers, number styles' text) is not read.
                        "body" => in_body = true,
                        "h" => {
                            let level = attr(&e, "outline-level")
                                .and_then(|l| l.parse::<u8>().ok())
                                .unwrap_or(1);
                            heading = Some(level.clamp(1, 9));
                        }
                        "table" => {
                            if tables == 0 {
                                flush(&mut flow, &mut text, &mut heading, 0);
                                flow.end_table();
                            }
                            tables += 1;
                        }
                        "covered-table-cell" if tables == 1 => skip += 1,
                        _ => {}
                    }
                }
            }
            Event::Empty(e) if skip == 0 => match local(&e).as_str() {
                name @ ("graphic-properties" | "image" | "frame" | "style") => {
                    frames.start(&e, name, flow.blocks(), true);
                }
                "s" => {
                    let n = attr(&e, "c")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1);
                    text.extend(std::iter::repeat_n(' ', n.min(64)));
                }
                "tab" => text.push('\t'),
                "line-break" => text.push('\n'),
                "table-cell" if tables == 1 => {
                    // Empty cells, several at once where the writer says so.
                    let n = attr(&e, "number-columns-repeated")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1);
                    for _ in 0..n.clamp(1, 64) {
                        flow.end_cell();
                    }
                }
                _ => {}
            },
            Event::Text(t) if frames.text(&t.xml10_content(), limits) => {}
            Event::Text(t) if skip == 0 && in_body => {
                let s = t.xml10_content();
                chars += s.len();
                text.push_str(&s);
            }
            Event::GeneralRef(g) if skip == 0 && in_body => {
                if let Some(c) = ref_char(g) {
                    text.push(c);
                }
            }
            Event::End(e) => {
                let name = end_local(&e);
                if skip > 0 {
                    skip -= 1;
                    if skip == 0 {
                        frames.end(&name, flow.blocks());
                    }
                    continue;
                }
                frames.end(&name, flow.blocks());
                match name.as_str() {
                    "p" | "h" => flush(&mut flow, &mut text, &mut heading, tables),
                    "table-cell" if tables == 1 => flow.end_cell(),
                    "table-cell" => text.push(' '),
                    "table-row" if tables == 1 => flow.end_row(),
                    "table-row" => {
                        flush(&mut flow, &mut text, &mut heading, tables);
                    }
                    "table" => {
                        tables = tables.saturating_sub(1);
                        if tables == 0 {
                            flow.end_table();
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        buf.clear();
        if chars > limits.max_chars * 4 {
            flow.finish();
            doc_truncated(doc);
            return Ok(frames);
        }
    }
    flush(&mut flow, &mut text, &mut heading, 0);
    flow.finish();
    Ok(frames)
}

pub(super) fn doc_truncated(doc: &mut Document) {
    doc.issues.push(DocIssue::Truncated {
        detail: "text longer than the limit".into(),
    });
}

/// The paragraph just read: in a table, a line of the current cell; else a paragraph or a
/// heading.
pub(super) fn flush(flow: &mut Flow, text: &mut String, heading: &mut Option<u8>, tables: usize) {
    let t = std::mem::take(text);
    let level = heading.take();
    if tables > 0 {
        flow.cell_text(&t, if tables > 1 { ' ' } else { '\n' });
    } else {
        flow.paragraph(&t, level);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A footnote stands inline in ODF where its reference is (text:note: the citation, then
    /// the body): neither is part of the value it follows.
    #[test]
    fn notes_inline_are_not_part_of_the_text() {
        let xml = r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>申请市拨经费：50<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>其中2023年拨付30万元。</text:p></text:note-body></text:note></text:p></office:text></office:body></office:document-content>"#;
        let limits = Limits::default();
        let mut d = Document::new("t.odt", Format::Odt);
        read_content(
            &mut d,
            xml.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["申请市拨经费：50"]);
    }

    /// A flat OpenDocument text as LibreOffice saves it: number styles' text, the master
    /// page's running header and a picture's bytes come in the one file with the body; only
    /// the body's heading, paragraph and table are read.
    #[test]
    fn a_flat_odt_reads_its_body_only() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles><number:date-style style:name="N37"><number:year/><number:text>年</number:text><number:month/><number:text>月</number:text></number:date-style></office:automatic-styles><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>苏州市科技计划项目</text:p></style:header></style:master-page></office:master-styles><office:body><office:text><text:h text:outline-level="1">一、基本信息</text:h><text:p>见下表<draw:frame><draw:image><office:binary-data>iVBORw0KGgoAAAANSUhEUg</office:binary-data></draw:image></draw:frame></text:p><table:table><table:table-row><table:table-cell><text:p>项目名称</text:p></table:table-cell><table:table-cell><text:p>测试研发</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document>"#;
        assert_eq!(
            crate::extract::sniff(xml.as_bytes()),
            crate::extract::FileKind::FlatOdt
        );
        let limits = Limits::default();
        let d = extract_fodt(
            "t.fodt",
            xml.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["一、基本信息", "见下表", "项目名称", "测试研发"]);
        // A flat file of another kind (a presentation) is no text document.
        let slides = xml.replace("opendocument.text", "opendocument.presentation");
        assert_eq!(
            crate::extract::sniff(slides.as_bytes()),
            crate::extract::FileKind::OpenDocumentOther
        );
    }

    /// A PNG of `w`×`h` white pixels, with a pHYs chunk when `dpi` is given.
    fn png(w: u32, h: u32, dpi: Option<f32>) -> Vec<u8> {
        let mut out = Vec::new();
        let img = image::GrayImage::from_pixel(w, h, image::Luma([255]));
        img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        let Some(dpi) = dpi else { return out };
        // pHYs goes before the image data: after the IHDR chunk (8 + 25 bytes).
        let ppm = (dpi / 0.0254).round() as u32;
        let mut body = b"pHYs".to_vec();
        body.extend(ppm.to_be_bytes());
        body.extend(ppm.to_be_bytes());
        body.push(1);
        let mut chunk = 9u32.to_be_bytes().to_vec();
        chunk.extend(&body);
        // The chunk's CRC-32 (of its type and data), bit by bit.
        let crc = !body.iter().fold(!0u32, |mut c, &b| {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 == 1 {
                    (c >> 1) ^ 0xEDB8_8320
                } else {
                    c >> 1
                };
            }
            c
        });
        chunk.extend(crc.to_be_bytes());
        out.splice(33..33, chunk);
        out
    }

    /// fo:clip is rect(top, right, bottom, left) in any ODF unit, commas or spaces between,
    /// `auto` for nothing cut; anything else is no crop.
    #[test]
    fn clips_are_read_as_odf_writes_them() {
        assert_eq!(
            parse_clip("rect(2.5in, 0in, 0cm, 0.1in)"),
            Some([2.5, 0.0, 0.0, 0.1])
        );
        assert_eq!(
            parse_clip("rect(72pt auto 0 2.54cm)"),
            Some([1.0, 0.0, 0.0, 1.0])
        );
        assert_eq!(parse_clip("rect(1in, 1in, 1in)"), None);
        assert_eq!(parse_clip("auto"), None);
        assert_eq!(parse_clip("rect(a, b, c, d)"), None);
    }

    /// A clip's lengths are measured on the picture's own size: its pixels at the resolution
    /// it records, at 96 per inch when it records none; the frame's shape picks between the
    /// two when they disagree. A crop leaving almost nothing is none.
    #[test]
    fn clips_are_measured_on_the_pictures_own_size() {
        // 960 × 1920 pixels, no resolution: 10 × 20 inches; 5 inches cut from the top.
        let plain = png(960, 1920, None);
        assert_eq!(crate::extract::raster::recorded_dpi(&plain), None);
        let c = clip_fractions([5.0, 0.0, 0.0, 0.0], &plain, None);
        assert!((c[1] - 0.25).abs() < 1e-3, "{c:?}");
        // The same picture recording 192 per inch is 5 × 10 inches: the 5 inches are half.
        let fine = png(960, 1920, Some(192.0));
        let dpi = crate::extract::raster::recorded_dpi(&fine).unwrap();
        assert!((dpi - 192.0).abs() < 0.5, "{dpi}");
        let c = clip_fractions([5.0, 0.0, 0.0, 0.0], &fine, None);
        assert!((c[1] - 0.5).abs() < 1e-3, "{c:?}");
        // A frame 2 wide by 3 high says which: a quarter cut leaves 960 × 1440 (2:3).
        let c = clip_fractions([5.0, 0.0, 0.0, 0.0], &fine, Some((2.0, 3.0)));
        assert!((c[1] - 0.25).abs() < 1e-3, "{c:?}");
        // Cutting more than the picture holds is no crop.
        assert_eq!(
            clip_fractions([30.0, 0.0, 0.0, 0.0], &plain, None),
            [0.0; 4]
        );
        // Not a picture: no crop.
        assert_eq!(
            clip_fractions([1.0, 0.0, 0.0, 0.0], b"not an image", None),
            [0.0; 4]
        );
    }

    /// Pictures of the body are found in their place with their frame's style and size; a
    /// frame holding one picture in two formats gives one; links outside the package and
    /// pictures in the styles are not read.
    #[test]
    fn pictures_are_found_in_their_frames() {
        let xml = r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:draw="d" xmlns:style="s" xmlns:fo="f" xmlns:svg="v" xmlns:xlink="x"><office:automatic-styles><style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:clip="rect(1in, 0in, 0in, 0in)"/></style:style><style:style style:name="P1" style:family="paragraph"/></office:automatic-styles><office:body><office:text><text:p>项目信息表</text:p><text:p><draw:frame draw:style-name="fr1" svg:width="16cm" svg:height="12cm"><draw:image xlink:href="Pictures/a.png"/><draw:image xlink:href="Pictures/a.svg"/></draw:frame></text:p><text:p>说明<draw:frame svg:width="2in" svg:height="1in"><draw:image xlink:href="../outside.png"/></draw:frame></text:p><text:p><draw:frame draw:style-name="P1"><draw:image xlink:href="./Pictures/b.jpg"></draw:image></draw:frame></text:p></office:text></office:body></office:document-content>"#;
        let limits = Limits::default();
        let mut d = Document::new("t.odt", Format::Odt);
        let f = read_content(
            &mut d,
            xml.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let got: Vec<(usize, &str, Option<&str>)> = f
            .frames
            .iter()
            .map(|x| (x.at, x.href.as_str(), x.style.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (1, "Pictures/a.png", Some("fr1")),
                (2, "Pictures/b.jpg", Some("P1"))
            ]
        );
        let size = f.frames[0].size.unwrap();
        assert!((size.0 - 16.0 / 2.54).abs() < 1e-3 && (size.1 - 12.0 / 2.54).abs() < 1e-3);
        assert_eq!(f.clips.get("fr1"), Some(&[1.0, 0.0, 0.0, 0.0]));
        assert!(!f.clips.contains_key("P1"));
    }
}
