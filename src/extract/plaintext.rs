//! Plain text files (.txt): an information table typed in Notepad, a form's content pasted into
//! a text file. Read so that its content counts; F004 says the call takes PDF and DOCX.
//!
//! The encoding is not declared: a byte-order mark (UTF-8, UTF-16) says it; otherwise UTF-8 when
//! the bytes are valid UTF-8, else GBK (what Chinese Windows' Notepad writes as "ANSI"). Each
//! line that is not blank is a paragraph.

use super::{BlockKind, Deadline, Document, ExtractError, Format, Limits};

/// Whether a file is plain text: named .txt (a text file has no signature of its own), and its
/// first 64 KiB decode to text with almost no control characters.
pub fn is_plain_text(path: &str, bytes: &[u8]) -> bool {
    let ext = std::path::Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ext != "txt" || bytes.is_empty() {
        return false;
    }
    let head = decode(&bytes[..bytes.len().min(65_536)]);
    let (mut n, mut control) = (0usize, 0usize);
    for c in head.chars() {
        n += 1;
        if (c.is_control() && !matches!(c, '\t' | '\r' | '\n' | '\u{c}')) || c == '\u{fffd}' {
            control += 1;
        }
    }
    n > 0 && control * 50 <= n
}

/// Text whose encoding is not declared (see the module's note).
pub fn decode(bytes: &[u8]) -> String {
    if let Some(b) = bytes.strip_prefix(b"\xFF\xFE") {
        return encoding_rs::UTF_16LE
            .decode_without_bom_handling(b)
            .0
            .into_owned();
    }
    if let Some(b) = bytes.strip_prefix(b"\xFE\xFF") {
        return encoding_rs::UTF_16BE
            .decode_without_bom_handling(b)
            .0
            .into_owned();
    }
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        // A cut in the middle of a character at the end of a 64 KiB head is still UTF-8.
        Err(e) if e.error_len().is_none() && e.valid_up_to() + 4 > b.len() => {
            String::from_utf8_lossy(&b[..e.valid_up_to()]).into_owned()
        }
        Err(_) => encoding_rs::GBK
            .decode_without_bom_handling(b)
            .0
            .into_owned(),
    }
}

pub fn extract_text(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let text = decode(bytes);
    let mut doc = Document::new(path, Format::Text);
    for (n, line) in text.lines().enumerate() {
        if n % 4096 == 4095 && deadline.expired() {
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
        let line = line.trim_end_matches('\r').trim_end();
        if !line.trim().is_empty() {
            doc.push_block(BlockKind::Paragraph, line, None);
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An information table typed in Notepad: GBK ("ANSI"), CRLF, labels padded with
    /// full-width spaces; the same in UTF-16 with its mark ("Unicode"); and not a text file.
    #[test]
    fn notepad_text_in_its_encodings() {
        let text = "项目信息表\r\n\r\n项目名称　　：智能网关研发\r\n申请市拨经费（万元）：100\r\n";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let limits = Limits::default();
        for bytes in [gbk.to_vec(), utf16, text.as_bytes().to_vec()] {
            assert!(is_plain_text("信息表.txt", &bytes));
            let d = extract_text(
                "信息表.txt",
                &bytes,
                &limits,
                Deadline::after(limits.time_budget),
            )
            .unwrap();
            let lines: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(
                lines,
                [
                    "项目信息表",
                    "项目名称　　：智能网关研发",
                    "申请市拨经费（万元）：100"
                ]
            );
        }
        assert!(!is_plain_text("信息表.doc", text.as_bytes()));
        assert!(!is_plain_text("a.txt", &[0u8, 1, 2, 3, 0, 0, 7, 8, 0]));
    }
}
