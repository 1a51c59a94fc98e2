//! OFD (GB/T 33190-2016), China's fixed-layout e-document format, in which platforms issue
//! certificates and e-licences: read so that its content counts; F004 still says the call takes
//! PDF and DOCX.
//!
//! The zip's OFD.xml names the document root; its Document.xml the page area and the pages;
//! each page's Content.xml holds TextObjects (a Boundary in millimetres, a Size, an optional CTM
//! transforming the object's space, TextCodes at X, Y inside it with each character's advance
//! in DeltaX, "g N d" runs included; a TextCode without X or Y goes on from the last) and
//! PathObjects (AbbreviatedData). The characters are placed on the page, template pages'
//! included, and read into lines and cells as a PDF page's glyphs are (pdf.rs), straight path
//! segments as the page's rules. Electronic seals (Signatures.xml → each Signature's
//! StampAnnots and its SignedValue, the seal picture inside) are looked at for a seal where the
//! stamp stands, as a seal image on a PDF page is. Not read: pictures on the page
//! (ImageObjects: an OFD page of scanned images is reported as having no text), annotations
//! other than stamps, and the signatures' validity.

use super::docx::{attr, end_local, local, open_archive, read_entry};
use super::{Deadline, Document, ExtractError, Format, Limits};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::HashMap;

const PT_PER_MM: f32 = 72.0 / 25.4;

fn numbers(s: &str) -> Vec<f32> {
    s.split_whitespace()
        .filter_map(|x| x.parse::<f32>().ok())
        .filter(|x| x.is_finite())
        .collect()
}

/// DeltaX/DeltaY: numbers, or "g N d" for N advances of d.
fn deltas(s: &str) -> Vec<f32> {
    let mut out = Vec::new();
    let mut it = s.split_whitespace();
    while let Some(tok) = it.next() {
        if tok == "g" {
            let n = it.next().and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
            let d = it.next().and_then(|d| d.parse::<f32>().ok()).unwrap_or(0.0);
            out.extend(std::iter::repeat_n(d, n.min(100_000)));
        } else if let Ok(d) = tok.parse::<f32>() {
            out.push(d);
        }
        if out.len() > 100_000 {
            break;
        }
    }
    out
}

/// A path inside the package, from a location relative to `base`'s folder (or absolute).
fn join(base: &str, loc: &str) -> String {
    let loc = loc.trim();
    if let Some(abs) = loc.strip_prefix('/') {
        return abs.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').collect();
    parts.pop();
    for p in loc.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

fn xml_error(name: &str, e: impl std::fmt::Display) -> ExtractError {
    ExtractError::Corrupt {
        detail: format!("OFD {name}: {e}"),
    }
}

/// The text of the first element named `want` (a local name).
fn first_text(xml: &[u8], want: &str, name: &str) -> Result<Option<String>, ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut inside = false;
    let mut text = String::new();
    loop {
        match r
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(name, e))?
        {
            Event::Start(e) if local(&e) == want => inside = true,
            Event::Text(t) if inside => text.push_str(&t.xml10_content()),
            Event::End(e) if inside && end_local(&e) == want => return Ok(Some(text)),
            Event::Eof => return Ok(None),
            _ => {}
        }
        buf.clear();
    }
}

/// Document.xml: the default page box (mm) and the pages' content locations.
/// What Document.xml says: the default page size (mm), each page's ID and content path, and
/// each template page's ID and content path.
struct Outline {
    size: (f32, f32),
    pages: Vec<(String, String)>,
    templates: Vec<(String, String)>,
}

fn pages_of(xml: &[u8], name: &str, max_pages: usize) -> Result<Outline, ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Outline {
        size: (210.0, 297.0),
        pages: Vec::new(),
        templates: Vec::new(),
    };
    let mut in_box = false;
    loop {
        match r
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(name, e))?
        {
            Event::Start(e) | Event::Empty(e) => {
                let n = local(&e);
                if n == "PhysicalBox" {
                    in_box = true;
                } else if n == "Page"
                    && out.pages.len() < max_pages
                    && let Some(loc) = attr(&e, "BaseLoc")
                {
                    out.pages.push((attr(&e, "ID").unwrap_or_default(), loc));
                } else if n == "TemplatePage"
                    && out.templates.len() < 64
                    && let (Some(id), Some(loc)) = (attr(&e, "ID"), attr(&e, "BaseLoc"))
                {
                    out.templates.push((id, loc));
                }
            }
            Event::Text(t) if in_box => {
                if let Some(size) = box_size(&t.xml10_content()) {
                    out.size = size;
                }
                in_box = false;
            }
            Event::End(_) => in_box = false,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

fn box_size(s: &str) -> Option<(f32, f32)> {
    let v = numbers(s);
    (v.len() == 4 && v[2] > 0.0 && v[3] > 0.0).then(|| (v[2], v[3]))
}

/// An affine transform "a b c d e f" (x' = a x + c y + e, y' = b x + d y + f).
type Ctm = [f32; 6];

fn ctm_of(s: Option<String>) -> Ctm {
    let v = s.map(|s| numbers(&s)).unwrap_or_default();
    if v.len() == 6 {
        [v[0], v[1], v[2], v[3], v[4], v[5]]
    } else {
        [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    }
}

fn apply(m: &Ctm, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// A character placed on the page: text, x, baseline y (mm from the top), advance, size (mm).
type Char = (String, f32, f32, f32, f32);

/// What a page (or template page) draws: characters, straight lines (mm, y down), the page's
/// own size when it says, and the templates it stands on.
#[derive(Default)]
struct Content {
    chars: Vec<Char>,
    lines: Vec<(f32, f32, f32, f32)>,
    size: Option<(f32, f32)>,
    templates: Vec<String>,
}

/// A graphic object being read: its boundary's origin and transform.
struct Object {
    origin: (f32, f32),
    ctm: Ctm,
    size: f32,
}

/// The straight segments of an OFD path (AbbreviatedData: S/M x y start, L x y line, C close;
/// curves and arcs are walked past), in the object's own space.
fn path_segments(data: &str) -> Vec<((f32, f32), (f32, f32))> {
    let toks: Vec<&str> = data.split_whitespace().collect();
    let mut out = Vec::new();
    let (mut cur, mut start) = ((0.0, 0.0), (0.0, 0.0));
    let mut i = 0;
    let num = |k: usize| toks.get(k).and_then(|t| t.parse::<f32>().ok());
    while i < toks.len() && out.len() < 10_000 {
        let args = match toks[i] {
            "S" | "M" | "L" => 2,
            "Q" => 4,
            "B" => 6,
            "A" => 7,
            "C" => 0,
            _ => {
                i += 1;
                continue;
            }
        };
        let cmd = toks[i];
        let vals: Option<Vec<f32>> = (1..=args).map(|k| num(i + k)).collect();
        i += 1 + args;
        let Some(vals) = vals else {
            continue;
        };
        match cmd {
            "S" | "M" => {
                cur = (vals[0], vals[1]);
                start = cur;
            }
            "L" => {
                out.push((cur, (vals[0], vals[1])));
                cur = (vals[0], vals[1]);
            }
            "C" => {
                out.push((cur, start));
                cur = start;
            }
            _ => cur = (vals[args - 2], vals[args - 1]),
        }
    }
    out
}

fn page_content(xml: &[u8], name: &str, max: usize) -> Result<Content, ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Content::default();
    let mut object: Option<Object> = None;
    let mut path: Option<Object> = None;
    let mut in_path_data = false;
    let mut in_area = 0usize;
    let mut in_box = false;
    // The pen: where the next character goes, in the object's space.
    let mut pen = (0.0f32, 0.0f32);
    let mut code: Option<Vec<f32>> = None;
    loop {
        match r
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(name, e))?
        {
            Event::Start(e) | Event::Empty(e) => match local(&e).as_str() {
                "Area" => in_area += 1,
                "PhysicalBox" if in_area > 0 => in_box = true,
                "Template" => {
                    if let Some(id) = attr(&e, "TemplateID")
                        && out.templates.len() < 16
                    {
                        out.templates.push(id);
                    }
                }
                n @ ("TextObject" | "PathObject") => {
                    let b = attr(&e, "Boundary")
                        .map(|b| numbers(&b))
                        .unwrap_or_default();
                    let o = Object {
                        origin: (
                            b.first().copied().unwrap_or(0.0),
                            b.get(1).copied().unwrap_or(0.0),
                        ),
                        ctm: ctm_of(attr(&e, "CTM")),
                        size: attr(&e, "Size")
                            .and_then(|s| s.trim().parse::<f32>().ok())
                            .filter(|s| s.is_finite() && *s > 0.0)
                            .unwrap_or(3.5),
                    };
                    if n == "TextObject" {
                        pen = (0.0, 0.0);
                        object = Some(o);
                    } else if attr(&e, "Stroke").is_none_or(|v| v.trim() != "false")
                        || attr(&e, "Fill").is_some_and(|v| v.trim() == "true")
                    {
                        path = Some(o);
                    }
                }
                "AbbreviatedData" if path.is_some() => in_path_data = true,
                "TextCode" if object.is_some() => {
                    let num = |k: &str| {
                        attr(&e, k)
                            .and_then(|v| v.trim().parse::<f32>().ok())
                            .filter(|v| v.is_finite())
                    };
                    // A TextCode without X or Y goes on from where the last one ended.
                    pen = (num("X").unwrap_or(pen.0), num("Y").unwrap_or(pen.1));
                    code = Some(attr(&e, "DeltaX").map(|d| deltas(&d)).unwrap_or_default());
                }
                _ => {}
            },
            Event::Text(t) if in_box => {
                out.size = box_size(&t.xml10_content()).or(out.size);
                in_box = false;
            }
            Event::Text(t) if in_path_data => {
                if let Some(o) = &path {
                    for (a, b) in path_segments(&t.xml10_content()) {
                        let (a, b) = (apply(&o.ctm, a.0, a.1), apply(&o.ctm, b.0, b.1));
                        if out.lines.len() < 20_000 {
                            out.lines.push((
                                o.origin.0 + a.0,
                                o.origin.1 + a.1,
                                o.origin.0 + b.0,
                                o.origin.1 + b.1,
                            ));
                        }
                    }
                }
            }
            Event::Text(t) => {
                if let (Some(o), Some(dx)) = (object.as_ref(), code.as_ref()) {
                    // The object's transform scales its unit space: the glyphs' size and
                    // advances grow with it.
                    let scale = (o.ctm[0] * o.ctm[3] - o.ctm[1] * o.ctm[2]).abs().sqrt();
                    let size = o.size * if scale > 0.0 { scale } else { 1.0 };
                    for (i, c) in t.xml10_content().chars().enumerate() {
                        if out.chars.len() >= max {
                            break;
                        }
                        let adv = dx.get(i).copied().unwrap_or(o.size);
                        let (x, y) = apply(&o.ctm, pen.0, pen.1);
                        let (x2, _) = apply(&o.ctm, pen.0 + adv, pen.1);
                        out.chars.push((
                            c.to_string(),
                            o.origin.0 + x,
                            o.origin.1 + y,
                            (x2 - x).abs().min(size * 1.2),
                            size,
                        ));
                        pen.0 += adv;
                    }
                }
            }
            Event::End(e) => match end_local(&e).as_str() {
                "TextCode" => code = None,
                "TextObject" => object = None,
                "PathObject" => path = None,
                "AbbreviatedData" => in_path_data = false,
                "Area" => in_area = in_area.saturating_sub(1),
                "PhysicalBox" => in_box = false,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// Stamps looked at in one document at most (each decodes its seal picture): far more than a
/// page of signatures holds, few enough that a file of thousands costs nothing.
const MAX_STAMPS: usize = 64;

/// An electronic seal's stamp: the page it stands on (its ID), where (mm), and the seal
/// picture kept inside its signed value.
struct Stamp {
    page: String,
    boundary: [f32; 4],
    picture: Option<Vec<u8>>,
}

/// The first PNG or JPEG picture inside a DER blob (GB/T 38540's SES_Signature keeps the
/// seal's picture as an octet string inside the seal inside the signed data; the older
/// GM/T 0031 layout likewise). Found by the picture's own signature and length, not by
/// decoding the ASN.1: the certificate and signature around it are not checked here.
fn seal_picture(der: &[u8]) -> Option<Vec<u8>> {
    for (magic, end) in [
        (&b"\x89PNG\r\n\x1a\n"[..], &b"IEND\xAE\x42\x60\x82"[..]),
        (&b"\xFF\xD8\xFF"[..], &b"\xFF\xD9"[..]),
    ] {
        if let Some(at) = memchr::memmem::find(der, magic) {
            let rest = &der[at..];
            let stop = memchr::memmem::rfind(rest, end).map_or(rest.len(), |e| e + end.len());
            return Some(rest[..stop].to_vec());
        }
    }
    None
}

/// The document's electronic seals: Signatures.xml (named by OFD.xml) lists the signatures;
/// each Signature.xml holds StampAnnots (a page and a boundary) and names its SignedValue.
fn stamps(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    root: &[u8],
    limit: usize,
) -> Result<Vec<Stamp>, ExtractError> {
    let Some(list_loc) = first_text(root, "Signatures", "OFD.xml")? else {
        return Ok(Vec::new());
    };
    let list_path = join("", &list_loc);
    let Some(list) = read_entry(zip, &list_path, limit)? else {
        return Ok(Vec::new());
    };
    let mut locs = Vec::new();
    let mut r = Reader::from_reader(&list[..]);
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if local(&e) == "Signature" => {
                if let Some(loc) = attr(&e, "BaseLoc")
                    && locs.len() < 64
                {
                    locs.push(join(&list_path, &loc));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    let mut out = Vec::new();
    for loc in locs {
        let Some(xml) = read_entry(zip, &loc, limit)? else {
            continue;
        };
        let mut annots = Vec::new();
        let mut r = Reader::from_reader(&xml[..]);
        let mut buf = Vec::new();
        loop {
            match r.read_event_into(&mut buf) {
                Ok(Event::Start(e) | Event::Empty(e)) if local(&e) == "StampAnnot" => {
                    let b = attr(&e, "Boundary")
                        .map(|b| numbers(&b))
                        .unwrap_or_default();
                    if let (Some(page), &[x, y, w, h]) = (attr(&e, "PageRef"), &b[..])
                        && annots.len() < MAX_STAMPS
                    {
                        annots.push((page.trim().to_string(), [x, y, w, h]));
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
            buf.clear();
        }
        let value = first_text(&xml, "SignedValue", &loc)?;
        let picture = match value {
            Some(v) => read_entry(zip, &join(&loc, &v), limit)?.and_then(|d| seal_picture(&d)),
            None => None,
        };
        out.extend(annots.into_iter().map(|(page, boundary)| Stamp {
            page,
            boundary,
            picture: picture.clone(),
        }));
        if out.len() >= MAX_STAMPS {
            out.truncate(MAX_STAMPS);
            break;
        }
    }
    Ok(out)
}

pub fn extract_ofd(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut zip = open_archive(bytes, "OFD zip")?;
    let limit = limits.max_stream_bytes;
    let root =
        read_entry(&mut zip, "OFD.xml", limit)?.ok_or_else(|| xml_error("OFD.xml", "missing"))?;
    let doc_loc = first_text(&root, "DocRoot", "OFD.xml")?
        .ok_or_else(|| xml_error("OFD.xml", "no DocRoot"))?;
    let doc_path = join("", &doc_loc);
    let doc_xml =
        read_entry(&mut zip, &doc_path, limit)?.ok_or_else(|| xml_error(&doc_path, "missing"))?;
    let outline = pages_of(&doc_xml, &doc_path, limits.max_pages)?;
    let (w_mm, h_mm) = outline.size;
    let mut out = Document::new(path, Format::Ofd);
    let mut placed = Vec::new();
    let mut total = 0usize;
    let mut templates: HashMap<String, Content> = HashMap::new();
    let mut sizes = Vec::new();
    for (k, (_, loc)) in outline.pages.iter().enumerate() {
        if deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        let page_path = join(&doc_path, loc);
        let Some(xml) = read_entry(&mut zip, &page_path, limit)? else {
            continue;
        };
        let mut content = page_content(&xml, &page_path, limits.max_chars.saturating_sub(total))?;
        // The template pages it stands on (running headers, footers, a form's fixed text).
        for id in std::mem::take(&mut content.templates) {
            if !templates.contains_key(&id) {
                let read = match outline.templates.iter().find(|(t, _)| *t == id) {
                    Some((_, tloc)) => match read_entry(&mut zip, &join(&doc_path, tloc), limit)? {
                        Some(x) => page_content(&x, tloc, limits.max_chars)?,
                        None => Content::default(),
                    },
                    None => Content::default(),
                };
                templates.insert(id.clone(), read);
            }
            if let Some(t) = templates.get(&id) {
                let room = limits.max_chars.saturating_sub(total + content.chars.len());
                content.chars.extend(t.chars.iter().take(room).cloned());
                content.lines.extend(t.lines.iter().copied());
            }
        }
        total += content.chars.len();
        let (pw, ph) = content.size.unwrap_or((w_mm, h_mm));
        sizes.push((pw, ph));
        let glyphs = content
            .chars
            .into_iter()
            .map(|(text, x, y, adv, size)| super::pdf::PlacedGlyph {
                text,
                x: x * PT_PER_MM,
                y: (ph - y) * PT_PER_MM,
                advance: adv * PT_PER_MM,
                size: size * PT_PER_MM,
            })
            .collect();
        let lines = content
            .lines
            .into_iter()
            .map(|(x0, y0, x1, y1)| super::pdf::PlacedLine {
                x0: x0 * PT_PER_MM,
                y0: (ph - y0) * PT_PER_MM,
                x1: x1 * PT_PER_MM,
                y1: (ph - y1) * PT_PER_MM,
            })
            .collect();
        placed.push(super::pdf::GlyphPage {
            number: k as u32 + 1,
            glyphs,
            lines,
        });
    }
    super::pdf::push_glyph_pages(&mut out, placed, w_mm * PT_PER_MM, h_mm * PT_PER_MM);
    for (page, &(pw, ph)) in out.pages.iter_mut().zip(&sizes) {
        page.width_pt = pw * PT_PER_MM;
        page.height_pt = ph * PT_PER_MM;
    }
    // Electronic seals: each stamp's picture looked at for a seal where it stands.
    for stamp in stamps(&mut zip, &root, limit)? {
        let Some(k) = outline.pages.iter().position(|(id, _)| *id == stamp.page) else {
            continue;
        };
        let Some(page) = out.pages.iter_mut().find(|p| p.number == k as u32 + 1) else {
            continue;
        };
        let [x, y, w, h] = stamp.boundary;
        let Some(img) = stamp
            .picture
            .and_then(|p| super::raster::decode_image_file(&p, limits.max_image_pixels).ok())
            .and_then(|mut v| (!v.is_empty()).then(|| v.swap_remove(0)))
        else {
            continue; // a seal whose picture cannot be read is not judged either way
        };
        if w <= 0.0 || h <= 0.0 {
            continue;
        }
        let dpi = img.w as f32 / (w / 25.4);
        let seals = super::seal::find_seals(&img, dpi, (x * PT_PER_MM, y * PT_PER_MM));
        let area = page.width_pt * page.height_pt;
        if area > 0.0 {
            page.image_coverage =
                (page.image_coverage + w * h * PT_PER_MM * PT_PER_MM / area).min(1.0);
        }
        page.seals.extend(seals);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    /// A one-page certificate as platforms issue it: the title centred and larger, label lines
    /// below, characters advanced by a compressed DeltaX; read as lines in order, with F004's
    /// issue left to the caller.
    #[test]
    fn a_certificate_reads_line_by_line() {
        let ns = r#"xmlns:ofd="http://www.ofdspec.org/2016""#;
        let text = |id: u32, x: f32, y: f32, size: f32, s: &str| {
            format!(
                r#"<ofd:TextObject ID="{id}" Boundary="{x} {y} 160 10" Font="3" Size="{size}"><ofd:TextCode X="0" Y="{size}" DeltaX="g {} {size}">{s}</ofd:TextCode></ofd:TextObject>"#,
                s.chars().count() - 1
            )
        };
        let content = format!(
            r#"<ofd:Page {ns}><ofd:Content><ofd:Layer ID="2">{}{}{}</ofd:Layer></ofd:Content></ofd:Page>"#,
            text(10, 73.0, 30.0, 8.0, "高新技术企业证书"),
            text(11, 25.0, 60.0, 4.2, "企业名称：苏州创博生物科技有限公司"),
            text(12, 25.0, 69.0, 4.2, "证书编号：GR202132060226"),
        );
        let bytes = crate::extract::zip_of(&[
            (
                "OFD.xml",
                &format!(
                    r#"<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"#
                ),
            ),
            (
                "Doc_0/Document.xml",
                &format!(
                    r#"<ofd:Document {ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>"#
                ),
            ),
            ("Doc_0/Pages/Page_0/Content.xml", &content),
        ]);
        let limits = Limits::default();
        let doc = extract_ofd(
            "c.ofd",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let lines: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            lines,
            [
                "高新技术企业证书",
                "企业名称：苏州创博生物科技有限公司",
                "证书编号：GR202132060226"
            ]
        );
        assert_eq!(doc.pages.len(), 1);
        assert!((doc.pages[0].width_pt - 595.3).abs() < 1.0);
    }

    /// An OFD file as PDF→OFD converters write it, with electronic seals.
    fn converted(content: &str, extra: &[(&str, Vec<u8>)], signatures: bool) -> Vec<u8> {
        let ns = r#"xmlns:ofd="http://www.ofdspec.org/2016""#;
        let root = format!(
            r#"<ofd:OFD {ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>{}</ofd:DocBody></ofd:OFD>"#,
            if signatures {
                "<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>"
            } else {
                ""
            }
        );
        let document = format!(
            r#"<ofd:Document {ns}><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:TemplatePage ID="5" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages><ofd:Page ID="17" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>"#
        );
        let template = format!(
            r#"<ofd:Page {ns}><ofd:Content><ofd:Layer ID="1"><ofd:TextObject ID="2" Boundary="95 280 30 6" Font="1" Size="3"><ofd:TextCode X="0" Y="3" DeltaX="g 3 3">第1页共1页</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"#
        );
        let page = format!(
            r#"<ofd:Page {ns}><ofd:Template TemplateID="5" ZOrder="Background"/><ofd:Content><ofd:Layer ID="2">{content}</ofd:Layer></ofd:Content></ofd:Page>"#
        );
        let mut parts: Vec<(&str, Vec<u8>)> = vec![
            ("OFD.xml", root.into_bytes()),
            ("Doc_0/Document.xml", document.into_bytes()),
            ("Doc_0/Tpls/Tpl_0/Content.xml", template.into_bytes()),
            ("Doc_0/Pages/Page_0/Content.xml", page.into_bytes()),
        ];
        parts.extend(extra.iter().cloned());
        let refs: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (*n, &b[..])).collect();
        crate::extract::zip_of_bytes(&refs)
    }

    fn read(bytes: &[u8]) -> Document {
        let limits = Limits::default();
        extract_ofd("c.ofd", bytes, &limits, Deadline::after(limits.time_budget)).unwrap()
    }

    /// Text objects of a unit font scaled by their CTM, a TextCode going on where the last
    /// ended, the table's rules as paths, and the template page's footer: the label and value
    /// are cells of one row, at the size the CTM gives.
    #[test]
    fn transformed_text_rules_and_templates_are_read() {
        // A span: Size 1, scaled 4 (mm); X, Y and DeltaX in unit-font space.
        let span = |id: u32, x: f32, y: f32, a: &str, b: &str| {
            format!(
                r#"<ofd:TextObject ID="{id}" Boundary="{x} {y} 80 6" Font="2" Size="1" CTM="4 0 0 4 0 0"><ofd:TextCode X="0" Y="1" DeltaX="g {} 1">{a}</ofd:TextCode><ofd:TextCode DeltaX="g {} 1">{b}</ofd:TextCode></ofd:TextObject>"#,
                a.chars().count(),
                b.chars().count().saturating_sub(1)
            )
        };
        let rule = |id: u32, x: f32, y: f32, w: f32, h: f32| {
            format!(
                r#"<ofd:PathObject ID="{id}" Boundary="{x} {y} {w} {h}" LineWidth="0.25"><ofd:AbbreviatedData>M 0 0 L {w} {h}</ofd:AbbreviatedData></ofd:PathObject>"#
            )
        };
        let content = [
            span(10, 22.0, 41.0, "项目", "名称"),
            span(11, 72.0, 41.0, "智能检测", "装置研发"),
            span(12, 22.0, 49.0, "申报", "单位"),
            span(13, 72.0, 49.0, "苏州恒鼎", "微电子科技有限公司"),
            rule(20, 20.0, 40.0, 170.0, 0.0),
            rule(21, 20.0, 48.0, 170.0, 0.0),
            rule(22, 20.0, 56.0, 170.0, 0.0),
            rule(23, 20.0, 40.0, 0.0, 16.0),
            rule(24, 70.0, 40.0, 0.0, 16.0),
            rule(25, 190.0, 40.0, 0.0, 16.0),
        ]
        .concat();
        let doc = read(&converted(&content, &[], false));
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(texts.contains(&"智能检测装置研发"), "{texts:?}");
        assert!(texts.contains(&"苏州恒鼎微电子科技有限公司"), "{texts:?}");
        assert!(texts.iter().any(|t| t.contains("第1页共1页")), "{texts:?}");
        let cell = doc
            .blocks
            .iter()
            .find(|b| b.text == "苏州恒鼎微电子科技有限公司")
            .unwrap();
        assert!(
            matches!(
                cell.kind,
                crate::extract::BlockKind::Cell { row: 1, col: 1, .. }
            ),
            "{:?}",
            cell.kind
        );
        assert!(doc.pages[0].seals.is_empty());
        assert_eq!(doc.pages[0].image_coverage, 0.0);
    }

    /// A red ring on white, as a seal picture: PNG bytes.
    fn seal_png() -> Vec<u8> {
        let mut img = image::RgbImage::from_pixel(240, 240, image::Rgb([255, 255, 255]));
        for (x, y, p) in img.enumerate_pixels_mut() {
            let d = ((x as f32 - 120.0).powi(2) + (y as f32 - 120.0).powi(2)).sqrt();
            if (100.0..112.0).contains(&d) || d < 18.0 {
                *p = image::Rgb([220, 30, 30]);
            }
        }
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    /// An electronic seal: the StampAnnot's page gets a seal where it stands, found in the
    /// picture inside the signed value; a stamp whose picture cannot be read says nothing.
    #[test]
    fn electronic_seals_are_seen_on_their_page() {
        let content = r#"<ofd:TextObject ID="10" Boundary="20 200 100 8" Font="2" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g 7 4">申报单位（公章）</ofd:TextCode></ofd:TextObject>"#;
        let ns = r#"xmlns:ofd="http://www.ofdspec.org/2016""#;
        let list = format!(
            r#"<ofd:Signatures {ns}><ofd:Signature ID="1" BaseLoc="/Doc_0/Signs/Sign_0/Signature.xml"/><ofd:Signature ID="2" BaseLoc="Sign_1/Signature.xml"/></ofd:Signatures>"#
        );
        let sig = |k: u32, x: f32| {
            format!(
                r#"<ofd:Signature {ns}><ofd:SignedInfo><ofd:StampAnnot ID="1" PageRef="17" Boundary="{x} 185 42 42"/></ofd:SignedInfo><ofd:SignedValue>/Doc_0/Signs/Sign_{k}/SignedValue.dat</ofd:SignedValue></ofd:Signature>"#
            )
        };
        // The picture inside DER: a SEQUENCE, an IA5String "png", an OCTET STRING.
        let png = seal_png();
        let mut der = vec![0x30, 0x82, 0, 0, 0x16, 3, b'p', b'n', b'g', 0x04, 0x82];
        der.extend((png.len() as u16).to_be_bytes());
        der.extend(&png);
        der.extend([0x02, 1, 42]);
        let extra = vec![
            ("Doc_0/Signs/Signatures.xml", list.into_bytes()),
            (
                "Doc_0/Signs/Sign_0/Signature.xml",
                sig(0, 60.0).into_bytes(),
            ),
            ("Doc_0/Signs/Sign_0/SignedValue.dat", der),
            (
                "Doc_0/Signs/Sign_1/Signature.xml",
                sig(1, 120.0).into_bytes(),
            ),
            (
                "Doc_0/Signs/Sign_1/SignedValue.dat",
                b"\x30\x03 no picture".to_vec(),
            ),
        ];
        let doc = read(&converted(content, &extra, true));
        let page = &doc.pages[0];
        assert_eq!(page.seals.len(), 1, "{:?}", page.seals);
        let seal = &page.seals[0];
        assert!(seal.red && seal.shape == "round");
        // Centred on the stamp: x = 60 + 21 mm, y = 185 + 21 mm from the top.
        assert!((seal.x_pt - 81.0 * PT_PER_MM).abs() < 8.0, "{}", seal.x_pt);
        assert!((seal.y_pt - 206.0 * PT_PER_MM).abs() < 8.0, "{}", seal.y_pt);
        assert!((seal.w_mm - 42.0).abs() < 4.0, "{}", seal.w_mm);
        assert!(page.image_coverage > 0.0);
        // The seal picture inside the signed value is found by its own signature.
        assert_eq!(seal_picture(b"\x30\x10 nothing here"), None);
    }

    #[test]
    fn path_data_walks_past_curves() {
        let segs = path_segments("M 0 0 L 10 0 B 1 2 3 4 5 6 L 5 6 C S 1 1 Q 1 2 3 4 x L 9 9");
        assert_eq!(
            segs,
            vec![
                ((0.0, 0.0), (10.0, 0.0)),
                ((5.0, 6.0), (5.0, 6.0)),
                ((5.0, 6.0), (0.0, 0.0)),
                ((3.0, 4.0), (9.0, 9.0)),
            ]
        );
    }

    #[test]
    fn compressed_advances_and_package_paths() {
        assert_eq!(deltas("g 3 4.5 2"), vec![4.5, 4.5, 4.5, 2.0]);
        assert_eq!(deltas("1 2 x 3"), vec![1.0, 2.0, 3.0]);
        assert_eq!(
            join("Doc_0/Document.xml", "Pages/Page_0/Content.xml"),
            "Doc_0/Pages/Page_0/Content.xml"
        );
        assert_eq!(
            join("Doc_0/Document.xml", "/Doc_0/Pages/P.xml"),
            "Doc_0/Pages/P.xml"
        );
        assert_eq!(join("", "Doc_0/Document.xml"), "Doc_0/Document.xml");
    }
}
