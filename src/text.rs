//! Small text helpers used by several stages: whitespace removal, width folding, the sentence
//! around a term.

/// Remove all whitespace (ASCII and ideographic).
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Full-width punctuation and ASCII to half-width (（→(, ：→:, Ｘ→X).
pub fn fold_width(c: char) -> char {
    match c {
        '（' => '(',
        '）' => ')',
        '：' => ':',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// The sentence of `text` that holds `term`, trimmed to a readable length.
pub fn sentence_with(text: &str, term: &str) -> String {
    let Some(i) = text.find(term) else {
        return term.to_string();
    };
    let stops = ['。', '；', '！', '？', '\n'];
    let start = text[..i]
        .rfind(stops)
        .map(|j| j + text[j..].chars().next().map_or(1, |c| c.len_utf8()))
        .unwrap_or(0);
    let end = text[i..].find(stops).map(|j| i + j).unwrap_or(text.len());
    let s = text[start..end].trim();
    if s.chars().count() > 120 {
        let before: String = text[start..i]
            .chars()
            .rev()
            .take(50)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let after: String = text[i..end].chars().take(60).collect();
        format!("…{before}{after}…")
    } else {
        s.to_string()
    }
}

/// A Han character (CJK unified ideographs, extensions A–H, compatibility ideographs).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// A character a dot leader is made of, and how many dots it counts for (an ellipsis three).
fn leader_dots(c: char) -> Option<u32> {
    match c {
        '…' | '⋯' => Some(3),
        '‥' => Some(2),
        '.' | '．' | '·' | '・' | '。' | '﹒' => Some(1),
        _ => None,
    }
}

/// The length in bytes of the dot leader `s` starts with (a tab stop's fill on a form or in a
/// table of contents: dots, middle dots, ellipses), or 0 when it starts with fewer than three
/// dots' worth.
pub fn leader_len(s: &str) -> usize {
    let (mut dots, mut bytes) = (0, 0);
    for c in s.chars() {
        let Some(d) = leader_dots(c) else { break };
        dots += d;
        bytes += c.len_utf8();
    }
    if dots >= 3 { bytes } else { 0 }
}

/// A line of a table of contents: an entry, a dot leader (or a tab), a page number
/// (一、立项依据……………1, 2.1 技术路线\t5).
pub fn is_contents_entry(line: &str) -> bool {
    let l = line.trim_end();
    let body = l.trim_end_matches(|c: char| c.is_ascii_digit());
    if body.len() == l.len() || l.len() - body.len() > 3 {
        return false;
    }
    let before = body.trim_end_matches([' ', '\u{3000}']);
    if let Some(entry) = before.strip_suffix('\t') {
        return entry.trim().chars().count() >= 2;
    }
    let entry = before.trim_end_matches(|c| leader_dots(c).is_some());
    !entry.trim().is_empty() && leader_len(&before[entry.len()..]) > 0
}

#[cfg(test)]
mod contents_tests {
    use super::*;

    #[test]
    fn contents_entries_and_leaders() {
        assert!(is_contents_entry("一、立项依据…………………1"));
        assert!(is_contents_entry("2.1 技术路线..........12"));
        assert!(is_contents_entry("第三部分 预期目标\t5"));
        assert!(!is_contents_entry("一、立项依据"));
        assert!(!is_contents_entry("申请发明专利3项"));
        assert!(!is_contents_entry("……12"));
        assert_eq!(leader_len("……王五"), "……".len());
        assert_eq!(leader_len("..王五"), 0);
    }
}
