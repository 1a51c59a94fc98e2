//! HTML documents: what web systems export "as Word" (an HTML page in Word's HTML dialect saved
//! as .doc, or a single-file web page, MHT), and the HTML a DOCX carries as an alternative
//! format chunk (`w:altChunk`, how web editors write DOCX). Read by a small tolerant tag scanner:
//! paragraphs, headings, line breaks, tables (rows, cells, colspan) as the DOCX reader gives
//! them; head, scripts, styles and comments (Word's conditional XML among them) skipped.

use super::{BlockKind, Deadline, Document, ExtractError, Format, Limits};
use encoding_rs::{Encoding, GBK, UTF_8};

/// Read an HTML or MHT file into a document.
pub fn extract_html(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let html = if is_mht(bytes) {
        mht_html(bytes).ok_or_else(|| ExtractError::Corrupt {
            detail: "a web archive (MHT) without an HTML part".into(),
        })?
    } else {
        decode(bytes, None)
    };
    let mut doc = Document::new(path, Format::Html);
    push_html(&mut doc, &html, limits, deadline)?;
    Ok(doc)
}

/// Whether the bytes are a MIME web archive (MHT: Word's "single file web page").
pub fn is_mht(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    head.trim_start().starts_with("mime-version:")
        && head.contains("multipart/related")
        && head.contains("text/html")
}

/// Whether the bytes look like an HTML page: markup first, an html element or doctype early.
pub fn is_html(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = String::from_utf8_lossy(&b[..b.len().min(2048)]).to_ascii_lowercase();
    let t = head.trim_start();
    t.starts_with('<') && (t.contains("<html") || t.starts_with("<!doctype html"))
}

/// Text of HTML bytes: the charset of a BOM, else the one given (a MIME part's), else the page's
/// own `<meta … charset=…>`, else UTF-8 — or GBK when the bytes are no UTF-8 (Chinese systems'
/// pages often say nothing).
pub fn decode(bytes: &[u8], given: Option<&str>) -> String {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let meta = charset_in(&head);
    let label = given.map(str::to_string).or(meta);
    let enc = label
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .unwrap_or(UTF_8);
    // GB2312 pages are written in GBK's superset in practice.
    let enc = if enc.name() == "GB18030" || enc == GBK {
        GBK
    } else {
        enc
    };
    let (text, _, bad) = enc.decode(bytes);
    if bad && enc == UTF_8 {
        return GBK.decode(bytes).0.into_owned();
    }
    text.into_owned()
}

/// The charset a (lower-cased) header or meta tag names: `charset=gb2312`, quoted or not.
fn charset_in(lower: &str) -> Option<String> {
    let i = lower.find("charset=")?;
    Some(
        lower[i + 8..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect(),
    )
}

/// The HTML part of a MIME multipart web archive, its transfer encoding and charset undone.
pub fn mht_html(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let lower = text.to_ascii_lowercase();
    let b = lower.find("boundary=")?;
    let boundary: String = text[b + 9..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| *c != '"' && *c != '\'' && *c != '\r' && *c != '\n' && *c != ';')
        .collect();
    if boundary.is_empty() {
        return None;
    }
    let sep = format!("--{boundary}");
    for part in text.split(sep.as_str()).skip(1) {
        let (headers, body) = match part.find("\r\n\r\n") {
            Some(i) => (&part[..i], &part[i + 4..]),
            None => match part.find("\n\n") {
                Some(i) => (&part[..i], &part[i + 2..]),
                None => continue,
            },
        };
        let h = headers.to_ascii_lowercase();
        if !h.contains("text/html") {
            continue;
        }
        let charset = charset_in(&h);
        let raw: Vec<u8> = if h.contains("quoted-printable") {
            quoted_printable(body)
        } else if h.contains("base64") {
            base64(body)
        } else {
            body.as_bytes().to_vec()
        };
        return Some(decode(&raw, charset.as_deref()));
    }
    None
}

pub(super) fn quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            // A soft line break (=\r\n or =\n) joins lines; =XX is a byte.
            if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            if b.get(i + 1) == Some(&b'\n') {
                i += 2;
                continue;
            }
            let hex = |c: u8| (c as char).to_digit(16);
            if let (Some(h), Some(l)) = (
                b.get(i + 1).and_then(|c| hex(*c)),
                b.get(i + 2).and_then(|c| hex(*c)),
            ) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

pub(super) fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for v in s.bytes().filter_map(val) {
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// One table being read: its number in the document, the row, the next free column.
struct TableAt {
    id: u32,
    row: Option<u32>,
    col: u32,
}

/// Append the blocks of an HTML page to `doc`.
pub fn push_html(
    doc: &mut Document,
    html: &str,
    limits: &Limits,
    deadline: Deadline,
) -> Result<(), ExtractError> {
    let mut next_table = doc.next_table();
    let mut tables: Vec<TableAt> = Vec::new();
    // The text being gathered: a paragraph, or a cell's (its paragraphs joined by line breaks).
    let mut buf = String::new();
    let mut cell: Option<(u32, u32, u32)> = None;
    let mut heading: Option<u8> = None;
    // Where a superscript or a link to a note began in `buf`: a note reference after a value
    // (LibreOffice's <sup> footnote anchor, Word's [1] linking to #_ftn1) is no part of it.
    let mut note_from: Option<usize> = None;
    let b = html.as_bytes();
    let mut i = 0;
    let mut steps = 0usize;
    while i < b.len() {
        steps += 1;
        if steps.is_multiple_of(8192) && deadline.expired() {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        if doc.text.len() > limits.max_chars * 4 {
            doc.issues.push(super::DocIssue::Truncated {
                detail: "text longer than the limit".into(),
            });
            break;
        }
        if b[i] != b'<' {
            let end = html[i..].find('<').map(|k| i + k).unwrap_or(b.len());
            push_text(&mut buf, &html[i..end]);
            i = end;
            continue;
        }
        let rest = &html[i..];
        if rest.starts_with("<!--") {
            i += rest.find("-->").map(|k| k + 3).unwrap_or(rest.len());
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i += rest.find('>').map(|k| k + 1).unwrap_or(rest.len());
            continue;
        }
        // A tag: its name, whether it closes, its attributes up to the '>' outside quotes.
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // A '<' that starts no tag is text.
            push_text(&mut buf, "<");
            i += 1;
            continue;
        }
        let mut k = name_start + name.len();
        let mut quote: Option<u8> = None;
        let rb = rest.as_bytes();
        while k < rb.len() {
            match (quote, rb[k]) {
                (Some(q), c) if c == q => quote = None,
                (None, b'"') | (None, b'\'') => quote = Some(rb[k]),
                (None, b'>') => break,
                _ => {}
            }
            k += 1;
        }
        let attrs = &rest[name_start + name.len()..k.min(rest.len())];
        i += (k + 1).min(rest.len());
        if !closing && matches!(name.as_str(), "head" | "script" | "style" | "title" | "xml") {
            // Skip to the element's end.
            let lower = html[i..].to_ascii_lowercase();
            let end = format!("</{name}");
            i += lower
                .find(&end)
                .map(|k| k + html[i + k..].find('>').map(|g| g + 1).unwrap_or(0))
                .unwrap_or(html.len() - i);
            continue;
        }
        // A ruby annotation (<rt>, <rp>: the pinyin over a name, its fallback brackets) is a
        // reading aid: skipped to its end, or to where the next one or the ruby's end implies it.
        // Looked for within the next 4 KiB (an annotation is a few letters): a page of many
        // annotations is not copied again at each; an end not found there leaves the text read.
        if !closing && matches!(name.as_str(), "rt" | "rp") {
            let mut w = (i + 4096).min(html.len());
            while !html.is_char_boundary(w) {
                w -= 1;
            }
            let lower = html[i..w].to_ascii_lowercase();
            if let Some(stop) = ["</rt", "</rp", "<rt", "<rp", "<rb", "</ruby"]
                .iter()
                .filter_map(|t| lower.find(t))
                .min()
            {
                i += stop;
                if lower[stop..].starts_with("</rt") || lower[stop..].starts_with("</rp") {
                    i += html[i..].find('>').map_or(html.len() - i, |g| g + 1);
                }
                continue;
            }
        }
        let note_link = || {
            let a = attrs.to_ascii_lowercase();
            ["#_ftn", "#_edn", "#sdfootnote", "#sdendnote"]
                .iter()
                .any(|h| {
                    a.contains(&format!("href=\"{h}"))
                        || a.contains(&format!("href='{h}"))
                        || a.contains(&format!("href={h}"))
                })
        };
        match (name.as_str(), closing) {
            ("sup", false) => note_from = note_from.or(Some(buf.len())),
            ("a", false) if note_link() => note_from = note_from.or(Some(buf.len())),
            ("sup" | "a", true) => {
                if let Some(from) = note_from.take()
                    && from <= buf.len()
                    && buf.is_char_boundary(from)
                    && crate::text::is_note_reference(&buf[..from], &buf[from..])
                {
                    buf.truncate(from);
                }
            }
            ("br", _) => buf.push('\n'),
            // A saved form page's values are in its controls: a text input's value attribute
            // (hidden inputs and buttons are not what the page shows), a tick box's state as
            // the tick a printed form carries, a drop-down's chosen option (the text area's
            // text is between its tags and read as any text).
            ("input", false) => {
                let kind = attr_text(attrs, "type")
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                match kind.as_str() {
                    "hidden" | "submit" | "button" | "reset" | "image" | "file" | "password" => {}
                    "checkbox" | "radio" => buf.push(if has_attr(attrs, "checked") {
                        '☑'
                    } else {
                        '☐'
                    }),
                    _ => {
                        if let Some(v) = attr_text(attrs, "value") {
                            push_text(&mut buf, &v);
                        }
                    }
                }
            }
            ("select", false) => {
                // Up to the select's end (within 64 KiB): the option marked selected, else the
                // first, as a browser shows it.
                let mut w = (i + 65_536).min(html.len());
                while !html.is_char_boundary(w) {
                    w -= 1;
                }
                let lower = html[i..w].to_ascii_lowercase();
                if let Some(end) = lower.find("</select") {
                    push_text(&mut buf, &chosen_option(&html[i..i + end]));
                    i += end;
                    i += html[i..].find('>').map_or(html.len() - i, |g| g + 1);
                }
            }
            ("table", false) => {
                flush(doc, &mut buf, cell, heading);
                tables.push(TableAt {
                    id: next_table,
                    row: None,
                    col: 0,
                });
                next_table += 1;
            }
            ("table", true) => {
                tables.pop();
            }
            ("tr", false) => {
                if let Some(t) = tables.last_mut() {
                    t.row = Some(t.row.map_or(0, |r| r + 1));
                    t.col = 0;
                }
            }
            ("td" | "th", false) => {
                flush(doc, &mut buf, cell, heading);
                if let Some(t) = tables.last_mut() {
                    let row = *t.row.get_or_insert(0);
                    cell = Some((t.id, row, t.col));
                    t.col += attr_number(attrs, "colspan").unwrap_or(1).clamp(1, 64);
                }
            }
            ("td" | "th", true) => {
                flush(doc, &mut buf, cell, heading);
                cell = None;
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                flush(doc, &mut buf, cell, heading);
                if cell.is_none() {
                    heading = name[1..].parse().ok();
                }
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", true) => {
                flush(doc, &mut buf, cell, heading);
                heading = None;
            }
            ("p" | "div" | "li" | "ul" | "ol" | "blockquote" | "pre" | "section", _) => {
                if cell.is_some() {
                    // Paragraphs inside a cell are lines of the cell's text.
                    if !buf.trim().is_empty() && !buf.ends_with('\n') {
                        buf.push('\n');
                    }
                } else {
                    flush(doc, &mut buf, cell, heading);
                }
            }
            _ => {}
        }
    }
    flush(doc, &mut buf, cell, heading);
    Ok(())
}

/// An attribute's value in a tag's attribute text (`name="…"`, `'…'` or bare), entities
/// decoded; the name matched whole and in any case.
fn attr_text(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = lower[from..].find(name) {
        let at = from + k;
        from = at + name.len();
        let before = lower[..at].chars().next_back();
        let after = lower[from..].trim_start();
        if !before.is_some_and(|c| c.is_whitespace()) || !after.starts_with('=') {
            continue;
        }
        let v = attrs[attrs.len() - after.len() + 1..].trim_start();
        let value = match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or(""),
        };
        return Some(entities(value));
    }
    None
}

/// Whether a tag carries an attribute (a bare `checked`, or `checked="checked"`).
fn has_attr(attrs: &str, name: &str) -> bool {
    attrs
        .to_ascii_lowercase()
        .split(|c: char| c.is_whitespace() || c == '/')
        .any(|a| a == name || a.starts_with(&format!("{name}=")))
}

/// The text a drop-down shows: of the options between its tags, the one marked selected, else
/// the first.
fn chosen_option(inner: &str) -> String {
    let lower = inner.to_ascii_lowercase();
    let mut options = Vec::new();
    let mut from = 0;
    while let Some(k) = lower[from..].find("<option") {
        let start = from + k;
        let Some(gt) = inner[start..].find('>') else {
            break;
        };
        let attrs = &inner[start + 7..start + gt];
        let body_start = start + gt + 1;
        let body_end = lower[body_start..]
            .find('<')
            .map_or(inner.len(), |e| body_start + e);
        options.push((
            has_attr(attrs, "selected"),
            entities(&inner[body_start..body_end]),
        ));
        from = body_end;
    }
    options
        .iter()
        .find(|(selected, _)| *selected)
        .or(options.first())
        .map(|(_, text)| text.trim().to_string())
        .unwrap_or_default()
}

fn attr_number(attrs: &str, name: &str) -> Option<u32> {
    let lower = attrs.to_ascii_lowercase();
    let i = lower.find(&format!("{name}="))?;
    lower[i + name.len() + 1..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect::<String>()
        .parse()
        .ok()
}

/// Text between tags, entities decoded, white space collapsed as a browser shows it.
fn push_text(buf: &mut String, raw: &str) {
    let text = entities(raw);
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{3000}' {
            if !buf.is_empty() && !buf.ends_with([' ', '\n']) {
                buf.push(' ');
            }
        } else {
            buf.push(c);
        }
    }
}

fn entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "nbsp" | "ensp" | "emsp" | "thinsp" => Some(' '),
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "hellip" => Some('…'),
                "middot" => Some('·'),
                "times" => Some('×'),
                "yen" => Some('¥'),
                _ => {
                    let n = name.strip_prefix('#')?;
                    let v = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(v).map(|c| if c == '\u{a0}' { ' ' } else { c })
                }
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace('\u{a0}', " ")
}

fn flush(doc: &mut Document, buf: &mut String, cell: Option<(u32, u32, u32)>, heading: Option<u8>) {
    let text: String = buf
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    buf.clear();
    if let Some((table, row, col)) = cell {
        // Every cell is a block, an empty one too (as the DOCX reader keeps them).
        doc.push_block(BlockKind::Cell { table, row, col }, &text, None);
        return;
    }
    if text.is_empty() {
        return;
    }
    match heading {
        Some(level) => doc.push_block(BlockKind::Heading { level }, &text, None),
        None => doc.push_block(BlockKind::Paragraph, &text, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> Document {
        let limits = Limits::default();
        let mut d = Document::new("t.doc", Format::Html);
        push_html(&mut d, html, &limits, Deadline::after(limits.time_budget)).unwrap();
        d
    }

    /// A form page saved by the browser: values in inputs' value attributes (quoted either way,
    /// with an entity), a drop-down's selected option (else its first), a text area, tick
    /// boxes; hidden inputs and buttons are not read.
    #[test]
    fn a_saved_form_page_is_read_from_its_controls() {
        let d = read(concat!(
            "<form><input type=hidden name=token value='x9'><table>",
            "<tr><th><label for=a>项目名称</label></th><td><input type='text' id=a value=\"智能网关&amp;平台研发\" class='c'></td></tr>",
            "<tr><td>单位类型</td><td><select name=t><option value=''>--请选择--</option><option>企业</option><option value='2' selected>高校</option></select></td></tr>",
            "<tr><td>所在高新区</td><td><select><option>无</option><option>昆山高新区</option></select></td></tr>",
            "<tr><td>合作单位</td><td><textarea rows=3>苏州甲公司、苏州乙大学</textarea></td></tr>",
            "<tr><td>企业资质</td><td><input type=checkbox checked> 高新技术企业 <input type='checkbox'> 其他</td></tr>",
            "<tr><td>联系电话</td><td><input value=13812345678/></td></tr>",
            "</table><input type=submit value='提交'></form>"
        ));
        let cells: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            cells,
            [
                "项目名称",
                "智能网关&平台研发",
                "单位类型",
                "高校",
                "所在高新区",
                "无",
                "合作单位",
                "苏州甲公司、苏州乙大学",
                "企业资质",
                "☑ 高新技术企业 ☐ 其他",
                "联系电话",
                "13812345678"
            ]
        );
    }

    /// A name's phonetic guide (<rt>, with or without its end tag, and <rp> brackets) is no
    /// part of it.
    #[test]
    fn ruby_annotations_are_not_read() {
        let d = read(
            "<table><tr><td>项目负责人</td><td><ruby>王<rp>(</rp><rt>wáng</rt><rp>)</rp></ruby><ruby>明<rt>míng</ruby></td></tr>\
             <tr><td>联系电话</td><td><ruby><rb>李<rt>lǐ<rb>华<rt>huá</ruby>13912345678</td></tr></table>",
        );
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["项目负责人", "王明", "联系电话", "李华13912345678"]);
    }

    /// A footnote anchor after a value (LibreOffice's <sup>, Word's [1] linking to #_ftn1) is
    /// no part of it; a superscript exponent stays.
    #[test]
    fn note_references_after_values_are_not_read() {
        let d = read(
            "<table><tr><td>项目名称</td><td>检测装备研发<a class=\"sdfootnoteanc\" href=\"#sdfootnote1sym\"><sup>1</sup></a></td></tr>\
             <tr><td>申请市拨经费</td><td>50<a href=\"#_ftn2\" name=\"_ftnref2\"><span class=MsoFootnoteReference>[2]</span></a></td></tr>\
             <tr><td>厂房面积</td><td>300m<sup>2</sup></td></tr></table>",
        );
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "项目名称",
                "检测装备研发",
                "申请市拨经费",
                "50",
                "厂房面积",
                "300m2"
            ]
        );
    }

    #[test]
    fn word_html_tables_paragraphs_and_headings() {
        let d = read(
            "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><title>表</title><style>p{}</style></head>\
             <body><!--[if gte mso 9]><xml><w:WordDocument/></xml><![endif]--><h1>项目信息表</h1>\
             <table border=1><tr><td width=180><p class=MsoNormal><span>项目名称<o:p></o:p></span></p></td>\
             <td><p>基于&nbsp;AI&amp;视觉的检测研发</p></td></tr>\
             <tr><td colspan=2>备注<br>第二行</td></tr><tr><td>合作单位</td><td></td></tr></table><p>导出时间：2022-07-12</p></body></html>",
        );
        let kinds: Vec<(String, String)> = d
            .blocks
            .iter()
            .map(|b| (format!("{:?}", b.kind), b.text.clone()))
            .collect();
        assert_eq!(
            kinds[0],
            ("Heading { level: 1 }".into(), "项目信息表".into())
        );
        assert_eq!(
            kinds[1],
            (
                "Cell { table: 0, row: 0, col: 0 }".into(),
                "项目名称".into()
            )
        );
        assert_eq!(
            kinds[2],
            (
                "Cell { table: 0, row: 0, col: 1 }".into(),
                "基于 AI&视觉的检测研发".into()
            )
        );
        assert_eq!(
            kinds[3],
            (
                "Cell { table: 0, row: 1, col: 0 }".into(),
                "备注\n第二行".into()
            )
        );
        assert_eq!(kinds[5].0, "Cell { table: 0, row: 2, col: 1 }");
        assert_eq!(kinds.last().unwrap().1, "导出时间：2022-07-12");
        assert!(!d.text.contains("p{}") && !d.text.contains("WordDocument"));
    }

    #[test]
    fn charsets_and_web_archives() {
        let (gbk, _, _) =
            GBK.encode("<html><head><meta charset=gb2312></head><body>申报单位</body></html>");
        assert!(decode(&gbk, None).contains("申报单位"));
        // No charset said, bytes not UTF-8: GBK.
        let (gbk, _, _) = GBK.encode("<html><body>申报单位</body></html>");
        assert!(decode(&gbk, None).contains("申报单位"));
        let mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"--b\"\r\n\r\n\
                   ----b\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
                   <p>=E7=94=B3=E6=8A=A5=\r\n=E5=8D=95=E4=BD=8D</p>\r\n----b--\r\n";
        assert!(is_mht(mht.as_bytes()));
        assert_eq!(mht_html(mht.as_bytes()).unwrap(), "<p>申报单位</p>\r\n");
        assert!(is_html(b"\xEF\xBB\xBF<!DOCTYPE html><html>"));
        assert!(!is_html(b"%PDF-1.7 <html>"));
        assert_eq!(base64("5Y2V5L2N"), "单位".as_bytes());
    }
}
