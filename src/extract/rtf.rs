//! Rich Text Format (RTF), read so that its content counts; F004 still says the call takes PDF
//! and DOCX. Web systems export "Word" files as RTF under a .doc name, and Word and WPS save it.
//!
//! A tolerant reader of the text: groups and control words; text as `\uN` (with its fallback
//! skipped, `\ucN`) or as `\'hh` bytes in the font's or the document's code page (`\fcharset`,
//! `\ansicpg`: GBK for Chinese); paragraphs (`\par`), line breaks, tables (`\cell`, `\row`,
//! `\intbl`, nested `\nestcell`/`\nestrow` folded into their cell), headings (`\outlinelevelN`),
//! fields by their result. Pictures (`\pict` groups, also inside shapes: PNG and JPEG, given as
//! hex or `\bin`) are read by OCR where they stand when they are scans or captures, as a DOCX's
//! are, with their crop (`\piccrop…`) and shown width (`\picwgoal`, `\picscalex`). Not read:
//! headers, footers, footnotes, objects, shapes' text and every `\*` destination propscan does
//! not know.

use super::flow::Flow;
use super::{Deadline, DocIssue, Document, ExtractError, Format, Limits};
use encoding_rs::{BIG5, EUC_KR, Encoding, GBK, SHIFT_JIS, WINDOWS_1252};

/// Whether the bytes are RTF.
pub fn is_rtf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"{\\rtf")
}

/// Destinations whose text is not the document's (tables of fonts, colours and styles, document
/// information, pictures, headers, footers, notes, shapes).
const SKIP: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "footnote",
    "listtable",
    "listoverridetable",
    "revtbl",
    "fldinst",
    "object",
    "objdata",
    "shp",
    "shpinst",
    "nonshppict",
    "xmlnstbl",
    "rsidtbl",
    "generator",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "pgdsctbl",
    "filetbl",
    "annotation",
    "atnid",
    "atnauthor",
    "comment",
    "ftnsep",
    "ftnsepc",
    "aftnsep",
    "aftnsepc",
    "template",
    "userprops",
    "mmath",
    "background",
    "pn",
    "pntext",
    "listtext",
    "nonesttables",
];

fn codepage(n: i32) -> &'static Encoding {
    match n {
        936 | 54936 | 20936 => GBK,
        950 => BIG5,
        932 => SHIFT_JIS,
        949 => EUC_KR,
        _ => WINDOWS_1252,
    }
}

fn charset(n: i32) -> Option<&'static Encoding> {
    Some(match n {
        134 => GBK,
        136 => BIG5,
        128 => SHIFT_JIS,
        129 => EUC_KR,
        0 => WINDOWS_1252,
        _ => return None,
    })
}

#[derive(Clone)]
struct Group {
    skip: bool,
    uc: usize,
    font: i32,
    /// Inside the font table: the font being described.
    in_fonttbl: bool,
    /// Inside a picture (`\pict`).
    pict: bool,
}

/// A picture being read: whether it is a raster propscan reads (PNG, JPEG), its bytes (hex
/// digits pending as `nibble`), its size and crop in twips, its horizontal scale in per cent.
#[derive(Default)]
struct Pict {
    raster: bool,
    bytes: Vec<u8>,
    nibble: Option<u8>,
    goal_w: i32,
    scale_x: i32,
    /// Left, top, right, bottom.
    crop: [i32; 4],
    goal_h: i32,
    /// Groups open around its own (its data is at this depth, not in a {\*\picprop …}).
    depth: usize,
}

impl Pict {
    /// The picture as the DOCX reader takes one: the fractions cut from each side and the width
    /// shown, in inches.
    fn shown(&self) -> ([f32; 4], Option<f32>) {
        let frac = |v: i32, of: i32| if of > 0 { v as f32 / of as f32 } else { 0.0 };
        let c = self.crop;
        let crop = [
            frac(c[0], self.goal_w),
            frac(c[1], self.goal_h),
            frac(c[2], self.goal_w),
            frac(c[3], self.goal_h),
        ];
        let scale = if self.scale_x > 0 { self.scale_x } else { 100 };
        // In i64: a hostile file's numbers may be near i32's limits.
        let visible = self.goal_w as i64 - c[0] as i64 - c[2] as i64;
        let shown = visible as f32 * scale as f32 / 100.0 / 1440.0;
        (crop, (shown > 0.0).then_some(shown))
    }
}

/// A document has at most this many of its pictures kept.
const MAX_PICTURES: usize = 64;

struct Reader<'a> {
    flow: Flow<'a>,
    /// The paragraph being read.
    buf: String,
    /// Bytes of `\'hh` escapes not yet decoded.
    bytes: Vec<u8>,
    /// Per-paragraph state: in a table (`\intbl`), nested depth (`\itapN`), heading level.
    intbl: bool,
    itap: i32,
    heading: Option<u8>,
    fonts: Vec<(i32, &'static Encoding)>,
    ansi: &'static Encoding,
    /// The picture being read, and those read: (blocks before it, picture).
    pict: Option<Pict>,
    pictures: Vec<(usize, Pict)>,
}

impl Reader<'_> {
    fn encoding(&self, font: i32) -> &'static Encoding {
        self.fonts
            .iter()
            .find(|(f, _)| *f == font)
            .map(|(_, e)| *e)
            .unwrap_or(self.ansi)
    }

    fn flush_bytes(&mut self, font: i32) {
        if self.bytes.is_empty() {
            return;
        }
        let enc = self.encoding(font);
        let (s, _) = enc.decode_without_bom_handling(&self.bytes);
        self.buf.push_str(&s);
        self.bytes.clear();
    }

    fn end_paragraph(&mut self) {
        let text = std::mem::take(&mut self.buf);
        if self.intbl {
            let sep = if self.itap >= 2 { ' ' } else { '\n' };
            self.flow.cell_text(&text, sep);
        } else {
            self.flow.paragraph(&text, self.heading);
        }
    }
}

pub fn extract_rtf(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut doc = Document::new(path, Format::Rtf);
    let (truncated, pictures) = read(&mut doc, bytes, limits, deadline)?;
    if truncated {
        doc.issues.push(DocIssue::Truncated {
            detail: "text longer than the limit".into(),
        });
    }
    if doc.blocks.is_empty() && !is_rtf(bytes) {
        return Err(ExtractError::Corrupt {
            detail: "not an RTF file".into(),
        });
    }
    Ok(with_pictures(doc, pictures, limits))
}

/// The document with its pictures read where they stand, when they are scans or captures
/// ([`super::docx::read_pictures`] judges them).
fn with_pictures(doc: Document, pictures: Vec<(usize, Pict)>, limits: &Limits) -> Document {
    let held = pictures
        .into_iter()
        .filter(|(_, p)| !p.bytes.is_empty() && p.bytes.len() <= limits.max_stream_bytes)
        .map(|(at, p)| {
            let (crop, shown_in) = p.shown();
            super::docx::HeldPicture {
                at,
                bytes: p.bytes,
                shown_in,
                crop,
            }
        })
        .collect();
    super::docx::read_held_pictures(doc, held, limits)
}

/// Read the RTF into `doc`; whether the text was cut at the character limit, and the pictures
/// met (blocks before each).
fn read(
    doc: &mut Document,
    b: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<(bool, Vec<(usize, Pict)>), ExtractError> {
    let mut r = Reader {
        flow: Flow::new(doc),
        buf: String::new(),
        bytes: Vec::new(),
        intbl: false,
        itap: 0,
        heading: None,
        fonts: Vec::new(),
        ansi: WINDOWS_1252,
        pict: None,
        pictures: Vec::new(),
    };
    let mut stack: Vec<Group> = Vec::new();
    let mut g = Group {
        skip: false,
        uc: 1,
        font: -1,
        in_fonttbl: false,
        pict: false,
    };
    // Characters of a `\u` fallback still to skip; whether the next control word starts an
    // ignorable destination (`\*`); the group just opened (a destination is its first word).
    let mut to_skip = 0usize;
    let mut star = false;
    let mut fresh = false;
    let mut high: Option<u32> = None;
    let mut chars = 0usize;
    let mut steps = 0usize;
    let mut truncated = false;
    let mut i = 0;
    while i < b.len() {
        steps += 1;
        if steps.is_multiple_of(65536) && deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        if chars > limits.max_chars {
            truncated = true;
            break;
        }
        let c = b[i];
        match c {
            b'{' => {
                r.flush_bytes(g.font);
                if stack.len() >= 256 {
                    // Nesting this deep is no document: read no further.
                    return Err(ExtractError::Corrupt {
                        detail: "RTF groups nested too deep".into(),
                    });
                }
                stack.push(g.clone());
                fresh = true;
                star = false;
                i += 1;
                continue;
            }
            b'}' => {
                r.flush_bytes(g.font);
                if let Some(prev) = stack.pop() {
                    // A picture's group ends: it stands here (a metafile, the copy kept for
                    // old readers, takes no place among the pictures).
                    if g.pict
                        && !prev.pict
                        && let Some(p) = r.pict.take()
                        && p.raster
                        && r.pictures.len() < MAX_PICTURES
                    {
                        r.pictures.push((r.flow.blocks(), p));
                    }
                    g = prev;
                }
                fresh = false;
                star = false;
                i += 1;
                continue;
            }
            b'\\' => {}
            b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            _ => {
                fresh = false;
                if g.pict
                    && let Some(p) = r.pict.as_mut()
                    && p.depth == stack.len()
                    && let Some(v) = (c as char).to_digit(16)
                    && p.bytes.len() < limits.max_stream_bytes
                {
                    match p.nibble.take() {
                        Some(hi) => p.bytes.push(hi << 4 | v as u8),
                        None => p.nibble = Some(v as u8),
                    }
                }
                if g.skip {
                    i += 1;
                    continue;
                }
                if to_skip > 0 {
                    to_skip -= 1;
                    i += 1;
                    continue;
                }
                // Plain text: bytes in the code page (ASCII in practice).
                r.bytes.push(c);
                chars += 1;
                i += 1;
                continue;
            }
        }
        // A control word or symbol.
        let Some(&n) = b.get(i + 1) else { break };
        if n == b'\'' {
            let hex = b
                .get(i + 2..i + 4)
                .and_then(|h| std::str::from_utf8(h).ok());
            let byte = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = byte.filter(|_| !g.skip) {
                if to_skip > 0 {
                    to_skip -= 1;
                } else {
                    r.bytes.push(v);
                    chars += 1;
                }
            }
            i += 4;
            fresh = false;
            continue;
        }
        if !n.is_ascii_alphabetic() {
            // A control symbol.
            i += 2;
            r.flush_bytes(g.font);
            if n == b'*' {
                star = true;
                continue;
            }
            fresh = false;
            if g.skip {
                continue;
            }
            match n {
                b'\\' | b'{' | b'}' => r.buf.push(n as char),
                b'~' => r.buf.push(' '),
                b'_' => r.buf.push('-'),
                b'\n' | b'\r' => r.end_paragraph(),
                _ => {}
            }
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && j - i <= 32 && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        let word = std::str::from_utf8(&b[i + 1..j]).unwrap_or("");
        let num_start = j;
        if j < b.len() && b[j] == b'-' {
            j += 1;
        }
        while j < b.len() && j - num_start <= 10 && b[j].is_ascii_digit() {
            j += 1;
        }
        let param: Option<i32> = std::str::from_utf8(&b[num_start..j])
            .ok()
            .and_then(|p| p.parse().ok());
        if j < b.len() && b[j] == b' ' {
            j += 1;
        }
        i = j;
        let first = fresh;
        fresh = false;
        r.flush_bytes(g.font);
        // A destination: `{\*\word …}` not known, or one of the destinations skipped.
        if first && word != "fldrslt" && (star || SKIP.contains(&word)) {
            g.skip = true;
            g.in_fonttbl = word == "fonttbl";
            if word == "pict" && !g.pict {
                g.pict = true;
                r.pict = Some(Pict {
                    depth: stack.len(),
                    ..Pict::default()
                });
            }
            star = false;
            continue;
        }
        star = false;
        if g.pict
            && let Some(p) = r.pict.as_mut()
            && p.depth == stack.len()
        {
            let v = param.unwrap_or(0);
            match word {
                "pngblip" | "jpegblip" => p.raster = true,
                "picwgoal" => p.goal_w = v,
                "pichgoal" => p.goal_h = v,
                "picscalex" => p.scale_x = v,
                "piccropl" => p.crop[0] = v,
                "piccropt" => p.crop[1] = v,
                "piccropr" => p.crop[2] = v,
                "piccropb" => p.crop[3] = v,
                // Binary data: N bytes as they are.
                "bin" if v > 0 => {
                    let end = i.saturating_add(v as usize).min(b.len());
                    if p.bytes.len() + (end - i) <= limits.max_stream_bytes {
                        p.bytes.extend_from_slice(&b[i..end]);
                    }
                    i = end;
                }
                _ => {}
            }
            continue;
        }
        // Binary data elsewhere (an object's) is passed over: its bytes are no RTF.
        if word == "bin"
            && let Some(n) = param.filter(|&n| n > 0)
        {
            i = i.saturating_add(n as usize).min(b.len());
            continue;
        }
        if g.in_fonttbl {
            match (word, param) {
                ("f", Some(f)) => g.font = f,
                ("fcharset", Some(cs)) => {
                    if let Some(e) = charset(cs) {
                        r.fonts.push((g.font, e));
                    }
                }
                _ => {}
            }
            continue;
        }
        match (word, param) {
            ("ansicpg", Some(cp)) => r.ansi = codepage(cp),
            ("uc", Some(n)) => g.uc = n.clamp(0, 16) as usize,
            ("f", Some(f)) => g.font = f,
            _ if g.skip => {}
            ("u", Some(v)) => {
                let v = if v < 0 { v + 65536 } else { v } as u32;
                // A character beyond the BMP comes as two \u words (a surrogate pair).
                match (high.take(), v) {
                    (_, 0xD800..=0xDBFF) => high = Some(v),
                    (Some(h), 0xDC00..=0xDFFF) => r.buf.push(
                        char::from_u32(0x10000 + ((h - 0xD800) << 10) + (v - 0xDC00))
                            .unwrap_or('\u{FFFD}'),
                    ),
                    (_, v) => r.buf.push(char::from_u32(v).unwrap_or('\u{FFFD}')),
                }
                chars += 1;
                to_skip = g.uc;
            }
            ("par", _) | ("sect", _) | ("page", _) => r.end_paragraph(),
            ("line", _) => r.buf.push('\n'),
            ("tab", _) => r.buf.push('\t'),
            ("emdash", _) => r.buf.push('—'),
            ("endash", _) => r.buf.push('–'),
            ("lquote", _) => r.buf.push('‘'),
            ("rquote", _) => r.buf.push('’'),
            ("ldblquote", _) => r.buf.push('“'),
            ("rdblquote", _) => r.buf.push('”'),
            ("bullet", _) => r.buf.push('•'),
            ("pard", _) => {
                r.intbl = false;
                r.itap = 0;
                r.heading = None;
            }
            ("intbl", _) => {
                r.intbl = true;
                r.itap = r.itap.max(1);
            }
            ("itap", Some(n)) => {
                r.itap = n;
                r.intbl = n > 0;
            }
            ("outlinelevel", Some(n)) if (0..9).contains(&n) => r.heading = Some(n as u8 + 1),
            ("cell", _) => {
                let text = std::mem::take(&mut r.buf);
                r.flow.cell_text(&text, '\n');
                r.flow.end_cell();
            }
            ("nestcell", _) => {
                let text = std::mem::take(&mut r.buf);
                r.flow.cell_text(&text, ' ');
            }
            ("nestrow", _) => r.flow.cell_text("", '\n'),
            ("row", _) => r.flow.end_row(),
            _ => {}
        }
    }
    r.flush_bytes(g.font);
    let text = std::mem::take(&mut r.buf);
    r.flow.paragraph(&text, None);
    r.flow.finish();
    Ok((truncated, r.pictures))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::BlockKind;

    /// Pictures as Word and LibreOffice write them: hex data after the picture's words (a
    /// {\*\picprop} group inside is no data), the metafile copy for old readers dropped, one
    /// in a shape, one as \bin bytes; shown width and crop in twips.
    #[test]
    fn pictures_are_kept_with_their_size_and_crop() {
        let rtf = b"{\\rtf1\\ansi caption\\par {\\*\\shppict{\\pict{\\*\\picprop{\\sp{\\sn shapeType}{\\sv 75}}}\\picscalex50\\picwgoal2880\\pichgoal1440\\piccropl720\\piccropt360\\jpegblip\r\nffd8ff\r\ne0}}{\\nonshppict{\\pict\\wmetafile8 0102}}\\par {\\shp{\\*\\shpinst{\\sp{\\sn pib}{\\sv {\\pict\\pngblip\\bin3 \x89PN}}}}}after\\par}";
        let mut doc = Document::new("t.rtf", Format::Rtf);
        let limits = Limits::default();
        let (_, pictures) =
            read(&mut doc, rtf, &limits, Deadline::after(limits.time_budget)).unwrap();
        let kept: Vec<(usize, bool, &[u8])> = pictures
            .iter()
            .map(|(at, p)| (*at, p.raster, p.bytes.as_slice()))
            .collect();
        assert_eq!(
            kept,
            vec![
                (1, true, &[0xFF, 0xD8, 0xFF, 0xE0][..]),
                (1, true, &b"\x89PN"[..])
            ]
        );
        let (crop, shown) = pictures[0].1.shown();
        assert_eq!(crop, [0.25, 0.25, 0.0, 0.0]);
        assert_eq!(shown, Some(0.75));
        let text: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(text, ["caption", "after"]);
    }

    fn read_str(rtf: &[u8]) -> Document {
        let limits = Limits::default();
        extract_rtf("t.rtf", rtf, &limits, Deadline::after(limits.time_budget)).unwrap()
    }

    /// As Word writes Chinese: GBK bytes as \'hh in a font of charset 134, \uN with a two-byte
    /// fallback (\uc2), fields by their result, a table row with an empty cell.
    #[test]
    fn word_style_gbk_bytes_unicode_fallbacks_fields_and_a_table() {
        let (gbk, _, _) = GBK.encode("项目名称");
        let hex: String = gbk.iter().map(|b| format!("\\'{b:02x}")).collect();
        let rtf = format!(
            "{{\\rtf1\\ansi\\ansicpg936\\deff0{{\\fonttbl{{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}}}\
             {{\\*\\generator Microsoft Word;}}{{\\info{{\\title x}}}}\
             \\pard\\outlinelevel0\\f0 {{\\uc2\\u39033\\'cf\\'ee\\u30446\\'c4\\'bf}}\\par\
             \\pard\\f0 {{\\field{{\\*\\fldinst PAGE}}{{\\fldrslt 3}}}}\\par\
             \\trowd\\cellx2000\\cellx4000\\cellx6000\\pard\\intbl {hex}\\cell \\cell 210601\\cell\\row\
             \\pard after\\par}}"
        );
        let doc = read_str(rtf.as_bytes());
        let texts: Vec<(&str, &BlockKind)> = doc
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), &b.kind))
            .collect();
        assert_eq!(texts[0], ("项目", &BlockKind::Heading { level: 1 }));
        assert_eq!(texts[1].0, "3");
        assert_eq!(
            texts[2],
            (
                "项目名称",
                &BlockKind::Cell {
                    table: 0,
                    row: 0,
                    col: 0
                }
            )
        );
        assert_eq!(
            texts[3],
            (
                "",
                &BlockKind::Cell {
                    table: 0,
                    row: 0,
                    col: 1
                }
            )
        );
        assert_eq!(texts[4].0, "210601");
        assert_eq!(texts[5], ("after", &BlockKind::Paragraph));
        assert_eq!(texts.len(), 6, "{texts:?}");
    }

    #[test]
    fn hostile_input_ends() {
        // Unbalanced groups, a huge parameter, a \u without text, deep nesting.
        for bad in [
            &b"{\\rtf1 }}}} text {{{"[..],
            b"{\\rtf1\\u99999999999999 \\'zz\\",
            b"{\\rtf1\\uc999\\u20013 abc}",
        ] {
            let _ = read_str(bad);
        }
        let deep = format!("{{\\rtf1 {}", "{".repeat(10_000));
        let limits = Limits::default();
        let r = extract_rtf(
            "d.rtf",
            deep.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        );
        assert!(matches!(r, Err(ExtractError::Corrupt { .. })));
    }
}
