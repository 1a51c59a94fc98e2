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
