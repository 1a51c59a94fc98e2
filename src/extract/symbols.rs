//! Tick marks and boxes drawn with a symbol font (dictionaries/symbol_marks.tsv): in DOCX a
//! `w:sym` (font + code) or a letter in a run set in the font (R in Wingdings 2 is ☑); in any
//! text the code as U+F000 + code, Word's and LibreOffice's private-use convention for symbol
//! fonts (a PDF text layer keeps it). Read as the Unicode marks they draw, so a form's tick boxes
//! say which option was chosen.

use std::collections::HashMap;
use std::sync::OnceLock;

struct Table {
    by_font: HashMap<(String, u8), char>,
    /// Code → mark where the listed fonts agree (a private-use code without its font).
    by_code: HashMap<u8, char>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut by_font = HashMap::new();
        let mut codes: HashMap<u8, Vec<char>> = HashMap::new();
        for line in include_str!("../../dictionaries/symbol_marks.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut it = line.split('\t');
            let (Some(font), Some(code), Some(mark)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            let (Ok(code), Some(mark)) = (u8::from_str_radix(code.trim(), 16), mark.chars().next())
            else {
                continue;
            };
            by_font.insert((font.trim().to_ascii_lowercase(), code), mark);
            codes.entry(code).or_default().push(mark);
        }
        let by_code = codes
            .into_iter()
            .filter(|(_, m)| m.iter().all(|x| *x == m[0]))
            .map(|(c, m)| (c, m[0]))
            .collect();
        Table { by_font, by_code }
    })
}

/// Whether `font` is a symbol font of the table (Wingdings, Wingdings 2).
pub fn is_symbol_font(font: &str) -> bool {
    let f = font.trim().to_ascii_lowercase();
    table().by_font.keys().any(|(name, _)| *name == f)
}

/// The character a symbol font's code draws: its mark when the table lists it, else the code in
/// the private-use area (U+F000 + code), so no letter stands for a glyph.
pub fn symbol_char(font: &str, code: u32) -> char {
    let low = (code & 0xFF) as u8;
    table()
        .by_font
        .get(&(font.trim().to_ascii_lowercase(), low))
        .copied()
        .or_else(|| char::from_u32(0xF000 + low as u32))
        .unwrap_or('\u{FFFD}')
}

/// Text with private-use symbol codes (U+F000–U+F0FF) read as the marks they draw, where the
/// listed fonts agree on the code.
pub fn unify_marks(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            x @ 0xF000..=0xF0FF => table()
                .by_code
                .get(&((x & 0xFF) as u8))
                .copied()
                .unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// The mark a symbol font draws for the character `c` typed in it (R → ☑ in Wingdings 2), where
/// the listed fonts agree on the code.
pub fn letter_mark(c: char) -> Option<char> {
    u8::try_from(u32::from(c))
        .ok()
        .and_then(|b| table().by_code.get(&b).copied())
}

/// Tick boxes whose symbol font the text lost, leaving the letter typed in it (R高新技术企业
/// £科技型中小企业: a PDF printed where Wingdings 2 was missing shows the letters): each such
/// letter between a non-letter and an option's Han text read as its mark, when at least two
/// stand in the text, one of them is an empty box and one is no ASCII letter — a list of
/// options, not a word.
pub fn letter_marks(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let at: Vec<(usize, char)> = (0..chars.len())
        .filter_map(|i| {
            let mark = letter_mark(chars[i])?;
            let before_ok = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
            let han_after = chars.get(i + 1).is_some_and(|c| super::garble::is_han(*c));
            (before_ok && han_after && !chars[i].is_whitespace()).then_some((i, mark))
        })
        .collect();
    // One of them a character of no Chinese or English word (£, ¨, þ …), so O型 and n型 stay.
    if at.len() < 2
        || !at.iter().any(|(_, m)| ['□', '☐'].contains(m))
        || at.iter().all(|(i, _)| chars[*i].is_ascii())
    {
        return s.to_string();
    }
    let mut chars = chars;
    for (i, m) in at {
        chars[i] = m;
    }
    chars.into_iter().collect()
}

/// Whether `s` holds a private-use symbol code.
pub fn has_symbol_code(s: &str) -> bool {
    s.chars().any(|c| ('\u{F000}'..='\u{F0FF}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wingdings_ticks_and_boxes() {
        assert!(is_symbol_font("Wingdings 2"));
        assert!(is_symbol_font("wingdings"));
        assert!(!is_symbol_font("宋体"));
        assert_eq!(symbol_char("Wingdings 2", 0xF052), '☑');
        assert_eq!(symbol_char("Wingdings 2", u32::from('£')), '□');
        assert_eq!(symbol_char("Wingdings", 0xFE), '☑');
        // A glyph the table does not list stays a private-use code, not a letter.
        assert_eq!(symbol_char("Wingdings 2", u32::from('A')), '\u{F041}');
        assert_eq!(unify_marks("\u{F052}企业 \u{F0A3}高校"), "☑企业 □高校");
        assert_eq!(unify_marks("\u{F041}"), "\u{F041}");
        assert!(has_symbol_code("\u{F0A3}"));
        assert_eq!(letter_mark('R'), Some('☑'));
        assert_eq!(letter_mark('£'), Some('□'));
        assert_eq!(letter_mark('企'), None);
        assert_eq!(
            letter_marks("R企业 £高校 £科研院所 £其他"),
            "☑企业 □高校 □科研院所 □其他"
        );
        // Letters in words stay letters: no box among them, or nothing but ASCII.
        assert_eq!(letter_marks("O型圈与P型管"), "O型圈与P型管");
        assert_eq!(letter_marks("o型圈与n型管"), "o型圈与n型管");
    }
}
