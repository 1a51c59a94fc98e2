//! OFD (GB/T 33190-2016), China's fixed-layout e-document format, in which platforms issue
//! certificates and e-licences: read so that its content counts; F004 still says the call takes
//! PDF and DOCX.
//!
//! The zip's OFD.xml names the document root; its Document.xml the page area and the pages;
//! each page's Content.xml holds TextObjects (a Boundary in millimetres, a Size, TextCodes at X, Y
//! inside it with each character's advance in DeltaX, "g N d" runs included). The characters are
//! placed on the page and read into lines and cells as a PDF page's glyphs are (pdf.rs). Not read:
//! pictures (an OFD page of scanned images is reported as having no text), transformations
//! (CTM) of text objects, templates, annotations and signatures.

use super::docx::{attr, end_local, local, open_archive, read_entry};
use super::{Deadline, Document, ExtractError, Format, Limits};
use quick_xml::Reader;
use quick_xml::events::Event;

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
fn pages_of(
    xml: &[u8],
    name: &str,
    max_pages: usize,
) -> Result<((f32, f32), Vec<String>), ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut size = (210.0, 297.0);
    let mut in_box = false;
    let mut pages = Vec::new();
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
                    && pages.len() < max_pages
                    && let Some(loc) = attr(&e, "BaseLoc")
                {
                    pages.push(loc);
                }
            }
            Event::Text(t) if in_box => {
                let v = numbers(&t.xml10_content());
                if v.len() == 4 && v[2] > 0.0 && v[3] > 0.0 {
                    size = (v[2], v[3]);
                }
                in_box = false;
            }
            Event::End(_) => in_box = false,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok((size, pages))
}

/// The characters of a page's Content.xml: (text, x, baseline y, advance, size), millimetres
/// from the page's top left.
type Char = (String, f32, f32, f32, f32);

fn page_chars(xml: &[u8], name: &str, max: usize) -> Result<Vec<Char>, ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out: Vec<Char> = Vec::new();
    // The text object being read: its boundary's origin and font size.
    let mut object: Option<(f32, f32, f32)> = None;
    // The text code being read: x, y, advances.
    let mut code: Option<(f32, f32, Vec<f32>)> = None;
    loop {
        match r
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(name, e))?
        {
            Event::Start(e) => {
                let n = local(&e);
                if n == "TextObject" {
                    let b = attr(&e, "Boundary")
                        .map(|b| numbers(&b))
                        .unwrap_or_default();
                    let size = attr(&e, "Size")
                        .and_then(|s| s.trim().parse::<f32>().ok())
                        .filter(|s| s.is_finite() && *s > 0.0)
                        .unwrap_or(3.5);
                    object = Some((
                        b.first().copied().unwrap_or(0.0),
                        b.get(1).copied().unwrap_or(0.0),
                        size,
                    ));
                } else if n == "TextCode" {
                    let x = attr(&e, "X")
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0.0);
                    let y = attr(&e, "Y")
                        .and_then(|v| v.trim().parse().ok())
                        .unwrap_or(0.0);
                    let dx = attr(&e, "DeltaX").map(|d| deltas(&d)).unwrap_or_default();
                    code = Some((x, y, dx));
                }
            }
            Event::Text(t) => {
                if let (Some((ox, oy, size)), Some((x, y, dx))) = (object, code.as_mut()) {
                    for (i, c) in t.xml10_content().chars().enumerate() {
                        if out.len() >= max {
                            break;
                        }
                        let adv = dx.get(i).copied().unwrap_or(size);
                        out.push((c.to_string(), ox + *x, oy + *y, adv.min(size * 1.2), size));
                        *x += adv;
                    }
                }
            }
            Event::End(e) => match end_local(&e).as_str() {
                "TextCode" => code = None,
                "TextObject" => object = None,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
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
    let ((w_mm, h_mm), pages) = pages_of(&doc_xml, &doc_path, limits.max_pages)?;
    let mut out = Document::new(path, Format::Ofd);
    let mut placed = Vec::new();
    let mut total = 0usize;
    for (k, loc) in pages.iter().enumerate() {
        if deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        let page_path = join(&doc_path, loc);
        let Some(xml) = read_entry(&mut zip, &page_path, limit)? else {
            continue;
        };
        let chars = page_chars(&xml, &page_path, limits.max_chars.saturating_sub(total))?;
        total += chars.len();
        let glyphs = chars
            .into_iter()
            .map(|(text, x, y, adv, size)| super::pdf::PlacedGlyph {
                text,
                x: x * PT_PER_MM,
                y: (h_mm - y) * PT_PER_MM,
                advance: adv * PT_PER_MM,
                size: size * PT_PER_MM,
            })
            .collect();
        placed.push((k as u32 + 1, glyphs));
    }
    super::pdf::push_glyph_pages(&mut out, placed, w_mm * PT_PER_MM, h_mm * PT_PER_MM);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
