//! E-mail messages saved as files (.eml: RFC 5322 with MIME, RFC 2045–2049): a package an
//! applicant mailed, its documents the message's attachments. Read as an archive is: each
//! attachment an entry, with the zip limits (entry count, bytes per entry and in all). Names
//! come as mail clients write them: RFC 2231 parameters (`filename*=UTF-8''%E9…`, continued
//! as `filename*0*=`, `filename*1*=` …), RFC 2047 encoded words inside quotes
//! (`"=?GB18030?B?…?="`, Foxmail and Outlook do so though the RFC does not allow it), or raw
//! 8-bit GBK. The pictures of an HTML body (multipart/related) are no documents of the package,
//! and neither is the message's own text — unless its HTML body holds a table: an applicant
//! who pasted the information table into the message sent it that way, and the body is read
//! as a document (邮件正文.html, no format refused: it is no file). A forwarded message
//! (message/rfc822) is opened in turn.

use super::archive::{ZipEntry, decode_name, safe_name};
use super::{ExtractError, Limits};
use memchr::memmem;

/// Nesting of multiparts and forwarded messages followed at most.
const MAX_DEPTH: usize = 12;

/// Header fields a message carries and a web archive (MHT) or other text seldom does.
const MESSAGE_FIELDS: &[&str] = &[
    "from",
    "to",
    "cc",
    "subject",
    "date",
    "message-id",
    "received",
    "return-path",
    "reply-to",
    "x-mailer",
    "user-agent",
    "delivered-to",
];

/// Whether the bytes are an e-mail message with attachments: header fields first (two or more
/// a message carries), and a body that is multipart — but not multipart/related, a web
/// archive's (MHT) — or a single part sent as an attachment.
pub fn is_email(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(256 * 1024)];
    let first = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    if !is_field_line(&head[..first]) {
        return false;
    }
    let (fields, _) = split(head);
    let known = fields
        .iter()
        .filter(|(k, _)| MESSAGE_FIELDS.contains(&k.as_str()))
        .count();
    if known < 2 {
        return false;
    }
    let (mime, _) = params(field(&fields, "content-type").unwrap_or("text/plain"));
    (mime.starts_with("multipart/") && mime != "multipart/related")
        || field(&fields, "content-disposition").is_some_and(|d| params(d).0 == "attachment")
}

/// A header line: a field name of printable ASCII, a colon.
fn is_field_line(line: &[u8]) -> bool {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return false;
    };
    colon > 0
        && line[..colon]
            .iter()
            .all(|&b| b.is_ascii_graphic() && b != b':')
}

/// The attachments of the message in `bytes`, in the order the message holds them.
pub fn open_email(bytes: &[u8], limits: &Limits) -> Result<Vec<ZipEntry>, ExtractError> {
    let mut found: Vec<Found> = Vec::new();
    walk(bytes, 0, false, false, &mut found, limits);
    if found.len() > limits.max_zip_entries {
        return Err(ExtractError::TooLarge {
            detail: format!(
                "{} attachments (more than {})",
                found.len(),
                limits.max_zip_entries
            ),
        });
    }
    let mut out: Vec<ZipEntry> = Vec::new();
    let mut total = 0u64;
    let mut used: Vec<String> = Vec::new();
    for (k, (raw, data, message_body)) in found.into_iter().enumerate() {
        let safe = safe_name(&raw);
        // A name that climbed out of the package (../, an absolute path) is said so (F001's
        // warning); a folder in a name or a number added to a repeated name is not.
        let unsafe_name = safe != raw.replace('\\', "/");
        let mut name = safe.rsplit('/').next().unwrap_or("").to_string();
        if name.is_empty() {
            name = format!("附件{}", k + 1);
        }
        // Two attachments of one name stay two: the later one numbered.
        let base = name.clone();
        let mut n = 2;
        while used.contains(&name) {
            name = match base.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem} ({n}).{ext}"),
                None => format!("{base} ({n})"),
            };
            n += 1;
        }
        used.push(name.clone());
        let renamed_from = unsafe_name.then_some(raw);
        let data = match data {
            Ok(d) => d,
            Err(e) => {
                out.push(ZipEntry {
                    name,
                    bytes: Err(e),
                    renamed_from,
                    message_body,
                });
                continue;
            }
        };
        total += data.len() as u64;
        let bytes = if data.len() > limits.max_stream_bytes {
            Err(ExtractError::TooLarge {
                detail: format!("attachment beyond {} bytes", limits.max_stream_bytes),
            })
        } else if total > limits.max_zip_total_bytes {
            Err(ExtractError::TooLarge {
                detail: format!(
                    "the attachments come to more than {} bytes; the rest was not read",
                    limits.max_zip_total_bytes
                ),
            })
        } else {
            Ok(data)
        };
        out.push(ZipEntry {
            name,
            bytes,
            renamed_from,
            message_body,
        });
    }
    Ok(out)
}

/// What a message holds that is read: (name, bytes, whether it is the message's HTML body).
type Found = (String, Result<Vec<u8>, ExtractError>, bool);

/// The name the HTML body of a message is read under when it holds a table.
pub const BODY_NAME: &str = "邮件正文.html";

/// The attachments of one entity (a message or a part of one), depth first; `cut`: the
/// message ends inside it (its multipart was never closed and it is the last part).
fn walk(
    bytes: &[u8],
    depth: usize,
    in_related: bool,
    cut: bool,
    out: &mut Vec<Found>,
    limits: &Limits,
) {
    if depth > MAX_DEPTH || out.len() > limits.max_zip_entries {
        return;
    }
    let (fields, body) = split(bytes);
    let (mime, ps) = params(field(&fields, "content-type").unwrap_or("text/plain"));
    let encoding = field(&fields, "content-transfer-encoding")
        .map(|e| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if mime.starts_with("multipart/") {
        if let Some(boundary) = param(&ps, "boundary") {
            let related = mime == "multipart/related";
            let (list, closed) = parts(body, &boundary);
            let n = list.len();
            for (k, part) in list.into_iter().enumerate() {
                walk(part, depth + 1, related, !closed && k + 1 == n, out, limits);
            }
        }
        return;
    }
    if mime == "message/rfc822" {
        let inner = decoded(body, &encoding);
        walk(&inner, depth + 1, false, cut, out, limits);
        return;
    }
    let (disposition, dps) = field(&fields, "content-disposition")
        .map(params)
        .unwrap_or_default();
    let name = param(&dps, "filename").or_else(|| param(&ps, "name"));
    // An attachment: said so, or a named part that is no picture of an HTML body.
    let attachment = disposition == "attachment" || (name.is_some() && !in_related);
    if attachment {
        let data = if cut {
            Err(ExtractError::Corrupt {
                detail: "the e-mail ends inside this attachment: it is incomplete (truncated)"
                    .into(),
            })
        } else {
            Ok(decoded(body, &encoding))
        };
        out.push((name.unwrap_or_default(), data, false));
    } else if mime == "text/html" && !cut {
        // The message's HTML body, read only when it holds a table (a form pasted into it):
        // as UTF-8, whatever charset it came in.
        let html = in_charset(
            &decoded(body, &encoding),
            &param(&ps, "charset").unwrap_or_else(|| "utf-8".into()),
        );
        if holds_a_form(&html) {
            let page = format!("<meta charset=\"utf-8\">\n{html}");
            out.push((BODY_NAME.to_string(), Ok(page.into_bytes()), true));
        }
    }
}

/// Header fields (names lower-cased, folded lines unfolded, values raw) and the body.
fn split(bytes: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    let (head, body) = match (
        memmem::find(bytes, b"\r\n\r\n"),
        memmem::find(bytes, b"\n\n"),
    ) {
        (Some(a), Some(b)) if b + 1 < a => (&bytes[..b], &bytes[b + 2..]),
        (Some(a), _) => (&bytes[..a], &bytes[a + 4..]),
        (None, Some(b)) => (&bytes[..b], &bytes[b + 2..]),
        (None, None) => (bytes, &bytes[bytes.len()..]),
    };
    let text = decode_name(head);
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = fields.last_mut() {
                last.1.push_str(line);
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(':')
            && is_field_line(line.as_bytes())
        {
            fields.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
        if fields.len() > 1000 {
            break;
        }
    }
    (fields, body)
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A structured field's value (`type/subtype; key=value; …`): the first item lower-cased, and
/// the parameters, keys lower-cased, quotes and their escapes undone.
fn params(value: &str) -> (String, Vec<(String, String)>) {
    let mut items: Vec<String> = vec![String::new()];
    let (mut quoted, mut escaped) = (false, false);
    for c in value.chars() {
        let cur = items.last_mut().expect("one item at least");
        if escaped {
            cur.push(c);
            escaped = false;
        } else if quoted && c == '\\' {
            escaped = true;
        } else if c == '"' {
            quoted = !quoted;
        } else if c == ';' && !quoted {
            items.push(String::new());
        } else {
            cur.push(c);
        }
    }
    let first = items[0].trim().to_ascii_lowercase();
    let ps = items[1..]
        .iter()
        .filter_map(|p| p.split_once('='))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    (first, ps)
}

/// A parameter's value: RFC 2231 (`key*`, continuations `key*0`, `key*1*` …, percent-encoded
/// in the charset the first names) before the plain one, whose RFC 2047 words are decoded.
fn param(ps: &[(String, String)], key: &str) -> Option<String> {
    if let Some((_, v)) = ps.iter().find(|(k, _)| *k == format!("{key}*")) {
        return Some(extended(&[(true, v.as_str())]));
    }
    let mut pieces: Vec<(u32, bool, &str)> = ps
        .iter()
        .filter_map(|(k, v)| {
            let rest = k.strip_prefix(key)?.strip_prefix('*')?;
            let (num, encoded) = match rest.strip_suffix('*') {
                Some(n) => (n, true),
                None => (rest, false),
            };
            Some((num.parse().ok()?, encoded, v.as_str()))
        })
        .collect();
    if !pieces.is_empty() {
        pieces.sort_by_key(|p| p.0);
        let list: Vec<(bool, &str)> = pieces.iter().map(|&(_, e, v)| (e, v)).collect();
        return Some(extended(&list));
    }
    ps.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| encoded_words(v))
}

/// RFC 2231 pieces joined: encoded ones percent-decoded, the first's `charset'language'`
/// naming the charset of them all.
fn extended(pieces: &[(bool, &str)]) -> String {
    let mut charset = String::new();
    let mut raw: Vec<u8> = Vec::new();
    for (k, &(encoded, v)) in pieces.iter().enumerate() {
        let mut v = v;
        if k == 0 && encoded {
            let mut it = v.splitn(3, '\'');
            if let (Some(cs), Some(_lang), Some(rest)) = (it.next(), it.next(), it.next()) {
                charset = cs.to_string();
                v = rest;
            }
        }
        if encoded {
            raw.extend(percent_decoded(v));
        } else {
            raw.extend_from_slice(v.as_bytes());
        }
    }
    in_charset(&raw, &charset)
}

fn percent_decoded(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(byte) = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Text whose RFC 2047 encoded words (`=?charset?B|Q?…?=`) are decoded; white space between
/// two adjacent words goes.
pub(super) fn encoded_words(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    let mut last_was_word = false;
    while let Some(start) = rest.find("=?") {
        let (before, tail) = rest.split_at(start);
        let word = tail[2..].splitn(3, '?').collect::<Vec<_>>();
        let decoded = match word.as_slice() {
            [charset, enc, more] => more.find("?=").and_then(|end| {
                let text = &more[..end];
                let bytes = match enc.to_ascii_uppercase().as_str() {
                    "B" => Some(base64(text.as_bytes())),
                    "Q" => Some(q_decoded(text)),
                    _ => None,
                }?;
                let used = 2 + charset.len() + 1 + enc.len() + 1 + end + 2;
                Some((in_charset(&bytes, charset), used))
            }),
            _ => None,
        };
        match decoded {
            Some((text, used)) => {
                if !(last_was_word && before.trim().is_empty()) {
                    out.push_str(before);
                }
                out.push_str(&text);
                rest = &tail[used..];
                last_was_word = true;
            }
            None => {
                out.push_str(before);
                out.push_str("=?");
                rest = &tail[2..];
                last_was_word = false;
            }
        }
    }
    out.push_str(rest);
    out
}

fn q_decoded(s: &str) -> Vec<u8> {
    percent_decoded(&s.replace('_', " ").replace('=', "%"))
}

/// Bytes in a charset by its label (GB2312 and GBK as GBK, GB18030, Big5, UTF-8 …); unknown
/// labels as UTF-8.
fn in_charset(bytes: &[u8], charset: &str) -> String {
    match encoding_rs::Encoding::for_label(charset.trim().as_bytes()) {
        Some(enc) => enc.decode_without_bom_handling(bytes).0.into_owned(),
        None => decode_name(bytes),
    }
}

/// Whether an HTML body holds a form pasted into it: a table two of whose cells are labels of
/// the lexicon (a signature or a layout table holds none).
fn holds_a_form(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    if !lower.contains("<table") {
        return false;
    }
    let mut labels = 0;
    let mut from = 0;
    while let Some(i) = lower[from..]
        .find("<td")
        .or_else(|| lower[from..].find("<th"))
    {
        let start = from + i;
        let Some(open_end) = lower[start..].find('>') else {
            break;
        };
        let inner_start = start + open_end + 1;
        let inner_end = lower[inner_start..]
            .find("</t")
            .map_or(lower.len(), |k| inner_start + k);
        // The cell's text with its tags taken out.
        let mut text = String::new();
        let mut in_tag = false;
        for c in html[inner_start..inner_end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        if crate::labels::key_of_cell(text.trim()).is_some() {
            labels += 1;
            if labels >= 2 {
                return true;
            }
        }
        from = inner_end.max(start + 3);
    }
    false
}

/// A body with its transfer encoding undone.
fn decoded(body: &[u8], encoding: &str) -> Vec<u8> {
    match encoding {
        "base64" => base64(body),
        "quoted-printable" => super::html::quoted_printable(&String::from_utf8_lossy(body)),
        _ => body.to_vec(),
    }
}

/// Base64, characters outside its alphabet skipped.
fn base64(s: &[u8]) -> Vec<u8> {
    super::html::base64(&String::from_utf8_lossy(s))
}

/// The parts of a multipart body: between delimiter lines `--boundary` (at a line's start),
/// up to the closing `--boundary--`; the CRLF before a delimiter belongs to it. Also whether
/// the closing delimiter came (a message cut short has none).
fn parts<'a>(body: &'a [u8], boundary: &str) -> (Vec<&'a [u8]>, bool) {
    let delim = format!("--{boundary}");
    let d = delim.as_bytes();
    let mut starts: Vec<usize> = Vec::new();
    let mut from = 0;
    while let Some(i) = memmem::find(&body[from..], d) {
        let at = from + i;
        if at == 0 || body[at - 1] == b'\n' {
            starts.push(at);
        }
        from = at + d.len();
        if starts.len() > 100_000 {
            break;
        }
    }
    let mut out = Vec::new();
    for (k, &at) in starts.iter().enumerate() {
        let after = at + d.len();
        if body[after..].starts_with(b"--") {
            return (out, true);
        }
        let Some(eol) = body[after..].iter().position(|&b| b == b'\n') else {
            break;
        };
        let begin = after + eol + 1;
        let mut end = starts.get(k + 1).copied().unwrap_or(body.len());
        if end > begin && body[end - 1] == b'\n' {
            end -= 1;
            if end > begin && body[end - 1] == b'\r' {
                end -= 1;
            }
        }
        out.push(&body[begin..end.max(begin)]);
    }
    (out, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in s.chunks(3) {
            let n = chunk.len();
            let v = (chunk[0] as u32) << 16
                | (*chunk.get(1).unwrap_or(&0) as u32) << 8
                | *chunk.get(2).unwrap_or(&0) as u32;
            for k in 0..4 {
                if k <= n {
                    out.push(A[(v >> (18 - 6 * k) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// An HTML body holding a form (a table two of whose cells are labels: the information
    /// table pasted into the message, GB2312 here) is read as the message's body document;
    /// one holding only a layout table (a signature) is not.
    #[test]
    fn an_html_body_holding_a_form_is_read_as_a_document() {
        let message = |html: &str| {
            let (gb, _, _) = encoding_rs::GB18030.encode(html);
            format!(
                "From: a@example.cn\r\nTo: b@example.cn\r\nSubject: t\r\nMIME-Version: 1.0\r\n\
                 Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n\
                 Content-Type: text/html; charset=\"GB2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
                 {}\r\n--B\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\n\
                 Content-Disposition: attachment; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--B--\r\n",
                b64(&gb)
            )
        };
        let form = "<p>您好：</p><table><tr><td>项目名称</td><td>新型电机控制器研发</td></tr>\
                    <tr><td>申报单位</td><td>苏州某某科技有限公司</td></tr></table>";
        let got = open_email(message(form).as_bytes(), &Limits::default()).unwrap();
        let names: Vec<(&str, bool)> = got
            .iter()
            .map(|e| (e.name.as_str(), e.message_body))
            .collect();
        assert_eq!(names, [(BODY_NAME, true), ("a.pdf", false)]);
        let body = String::from_utf8(got[0].bytes.clone().unwrap()).unwrap();
        assert!(body.contains("苏州某某科技有限公司"), "{body}");
        let signature = "<p>您好，附件为申报材料。</p><table><tr><td>王五</td><td>13912345678</td></tr></table>";
        let got = open_email(message(signature).as_bytes(), &Limits::default()).unwrap();
        assert_eq!(got.len(), 1);
        assert!(!got[0].message_body);
    }

    /// A message as Foxmail, Outlook and Thunderbird write one: a text body, attachments
    /// named by RFC 2047 words (GB18030), RFC 2231 (UTF-8) and RFC 2231 continuations, a
    /// picture of the HTML body (not a document), a forwarded message with its own
    /// attachment, and two attachments of one name.
    #[test]
    fn attachments_are_read_with_their_names_in_every_client_s_spelling() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("项目信息表.pdf");
        let foxmail = format!("=?GB18030?B?{}?=", b64(&gbk));
        let msg = format!(
            "Received: from x by y; Tue, 12 Jul 2022 16:20:31 +0800\r\n\
             From: =?GB2312?B?{from}?= <a@example.cn>\r\n\
             Subject: test\r\n\
             MIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed;\r\n\tboundary=\"B1\"\r\n\
             \r\n\
             This is a multi-part message in MIME format.\r\n\
             --B1\r\n\
             Content-Type: multipart/related; boundary=\"R\"\r\n\
             \r\n\
             --R\r\n\
             Content-Type: text/html; charset=\"GB2312\"\r\n\
             \r\n\
             <p>hello</p>\r\n\
             --R\r\n\
             Content-Type: image/png; name=\"logo.png\"\r\n\
             Content-Transfer-Encoding: base64\r\n\
             \r\n\
             iVBORw0K\r\n\
             --R--\r\n\
             --B1\r\n\
             Content-Type: application/pdf;\r\n\tname=\"{foxmail}\"\r\n\
             Content-Transfer-Encoding: base64\r\n\
             Content-Disposition: attachment;\r\n\tfilename=\"{foxmail}\"\r\n\
             \r\n\
             {one}\r\n\
             --B1\r\n\
             Content-Type: application/pdf\r\n\
             Content-Disposition: attachment; filename*=UTF-8''%E7%94%B3%E6%8A%A5%E4%B9%A6.pdf\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\
             \r\n\
             two=3D2\r\n\
             --B1\r\n\
             Content-Type: application/octet-stream\r\n\
             Content-Disposition: attachment;\r\n\tfilename*0*=UTF-8''%E6%89%BF%E8%AF%BA;\r\n\tfilename*1*=%E4%B9%A6.pdf\r\n\
             \r\n\
             three\r\n\
             --B1\r\n\
             Content-Type: application/pdf; name=\"申报书.pdf\"\r\n\
             \r\n\
             four\r\n\
             --B1\r\n\
             Content-Type: message/rfc822\r\n\
             \r\n\
             From: b@example.cn\r\n\
             Subject: fw\r\n\
             Content-Type: multipart/mixed; boundary=\"F\"\r\n\
             \r\n\
             --F\r\n\
             Content-Type: text/plain\r\n\
             \r\n\
             body text\r\n\
             --F\r\n\
             Content-Disposition: attachment; filename=\"../../cert.jpg\"\r\n\
             \r\n\
             five\r\n\
             --F--\r\n\
             --B1--\r\n",
            from = b64("张三".as_bytes()),
            one = b64(b"%PDF-1.4 one"),
        );
        assert!(is_email(msg.as_bytes()));
        let entries = open_email(msg.as_bytes(), &Limits::default()).unwrap();
        let got: Vec<(&str, Vec<u8>)> = entries
            .iter()
            .map(|e| (e.name.as_str(), e.bytes.as_ref().unwrap().clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("项目信息表.pdf", b"%PDF-1.4 one".to_vec()),
                ("申报书.pdf", b"two=2".to_vec()),
                ("承诺书.pdf", b"three".to_vec()),
                ("申报书 (2).pdf", b"four".to_vec()),
                ("cert.jpg", b"five".to_vec()),
            ]
        );
        assert_eq!(entries[4].renamed_from.as_deref(), Some("../../cert.jpg"));
        assert!(entries[..4].iter().all(|e| e.renamed_from.is_none()));
    }

    /// A web archive (MHT: multipart/related) and an HTML page are no messages; a message
    /// without attachments has none.
    #[test]
    fn web_archives_are_not_messages() {
        let mht = "From: <Saved by Windows Internet Explorer 8>\r\nSubject: page\r\nMIME-Version: 1.0\r\n\
                   Content-Type: multipart/related; type=\"text/html\"; boundary=\"b\"\r\n\r\n--b\r\n\
                   Content-Type: text/html\r\n\r\n<html></html>\r\n--b--\r\n";
        assert!(!is_email(mht.as_bytes()));
        assert!(!is_email(b"<html><body>From: x</body></html>"));
        assert!(!is_email(b"%PDF-1.7\nFrom: x\nTo: y\n"));
        let plain = "From: a@b\r\nTo: c@d\r\nSubject: hi\r\nContent-Type: multipart/alternative; boundary=\"x\"\r\n\r\n\
                     --x\r\nContent-Type: text/plain\r\n\r\nhello\r\n--x--\r\n";
        assert!(is_email(plain.as_bytes()));
        assert!(
            open_email(plain.as_bytes(), &Limits::default())
                .unwrap()
                .is_empty()
        );
        // Cut short inside an attachment: the attachment is there, said to be incomplete.
        let sent = "From: a@b\r\nTo: c@d\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n\
                    --x\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 whole\r\n\
                    --x\r\nContent-Disposition: attachment; filename=\"b.pdf\"\r\n\r\n%PDF-1.4 cut here\r\n--x--\r\n";
        let whole = open_email(sent.as_bytes(), &Limits::default()).unwrap();
        assert!(whole.iter().all(|e| e.bytes.is_ok()));
        let cut = open_email(&sent.as_bytes()[..sent.len() - 20], &Limits::default()).unwrap();
        assert_eq!(cut.len(), 2);
        assert!(cut[0].bytes.is_ok());
        assert!(
            matches!(cut[1].bytes, Err(ExtractError::Corrupt { .. })),
            "{cut:?}"
        );
        assert_eq!(
            encoded_words("=?UTF-8?Q?=E7=94=B3=E6=8A=A5?= =?UTF-8?B?5Lmm?=.pdf"),
            "申报书.pdf"
        );
        assert_eq!(encoded_words("=?bad"), "=?bad");
    }
}
