//! Detecting text layers that decode to implausible characters.
//!
//! A broken ToUnicode map (or an unknown encoding) turns real Chinese into a stream of valid but
//! rare Han characters (`嘆囈貭鍔…`). Such text must not be trusted by any rule. Real text in
//! either script is dominated by common characters: the 3,755 level-1 characters of GB 2312
//! (simplified) and the 5,401 frequent characters of Big5 (traditional). Both sets are derived
//! at start-up from encoding_rs's tables, so no list is shipped.

use encoding_rs::{BIG5, GBK};
use std::sync::OnceLock;

fn common_han() -> &'static rustc_hash::FxHashSet<char> {
    static SET: OnceLock<rustc_hash::FxHashSet<char>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = rustc_hash::FxHashSet::default();
        set.reserve(9_500);
        // GB 2312 level 1: rows 0xB0–0xD7.
        for b1 in 0xB0u8..=0xD7 {
            for b2 in 0xA1u8..=0xFE {
                let pair = [b1, b2];
                let (s, bad) = GBK.decode_without_bom_handling(&pair);
                if !bad {
                    set.extend(s.chars());
                }
            }
        }
        // Big5 frequently used characters: 0xA440–0xC67E.
        for b1 in 0xA4u8..=0xC6 {
            for b2 in (0x40u8..=0x7E).chain(0xA1..=0xFE) {
                if b1 == 0xC6 && b2 > 0x7E {
                    break;
                }
                let pair = [b1, b2];
                let (s, bad) = BIG5.decode_without_bom_handling(&pair);
                if !bad {
                    set.extend(s.chars());
                }
            }
        }
        set
    })
}

pub use crate::text::is_han;

/// Whether `c` is one of the common Han characters (GB 2312 level 1 or Big5 frequent).
pub fn is_common_han(c: char) -> bool {
    common_han().contains(&c)
}

/// Judgement on one text sample (a page).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GarbleScore {
    pub han: usize,
    pub common_ratio: f32,
    pub bad: usize,
    pub visible: usize,
}

pub fn score(text: &str) -> GarbleScore {
    let set = common_han();
    let mut han = 0;
    let mut common = 0;
    let mut bad = 0;
    let mut visible = 0;
    for c in text.chars() {
        if c.is_whitespace() {
            continue;
        }
        visible += 1;
        if is_han(c) {
            han += 1;
            if set.contains(&c) {
                common += 1;
            }
        } else if c == '\u{FFFD}'
            || matches!(c as u32, 0xE000..=0xF8FF)
            || (c.is_control() && c != '\t')
        {
            bad += 1;
        }
    }
    let common_ratio = if han == 0 {
        1.0
    } else {
        common as f32 / han as f32
    };
    GarbleScore {
        han,
        common_ratio,
        bad,
        visible,
    }
}

/// True when the sample reads as garbage: most Han characters rare, or many unmappable glyphs.
pub fn is_garbled(text: &str) -> bool {
    let s = score(text);
    (s.han >= 4 && s.common_ratio < 0.8) || (s.visible >= 4 && s.bad * 5 > s.visible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_text_in_both_scripts_is_plausible() {
        assert!(!is_garbled(
            "坚持社会主义核心价值体系 增强文化自觉和文化自信"
        ));
        assert!(!is_garbled("中文姓名 胡駿 公司秘書"));
        assert!(!is_garbled("基于RISC-V架构的高算力芯片研发"));
    }

    #[test]
    fn broken_tounicode_output_is_garbled() {
        assert!(is_garbled("𨉷趯軺糫 蒭鍍伴俘緌鍍伴俘 勢渡袱糫"));
        assert!(is_garbled("嘆囈貭鍔嘆囈貭鍔"));
        assert!(is_garbled("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}ab"));
    }
}
