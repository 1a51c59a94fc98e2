//! Small text helpers used by several stages: whitespace removal, width folding, the sentence
//! around a term.

/// Remove all whitespace (ASCII and ideographic).
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Runs between whitespace copied whole: most text has little of it.
    let mut from = 0;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            out.push_str(&s[from..i]);
            from = i + c.len_utf8();
        }
    }
    out.push_str(&s[from..]);
    out
}

/// Bytes as text: borrowed when they are UTF-8 (checked by `str::from_utf8`, which is faster
/// than `String::from_utf8_lossy`'s chunked walk on the large XML parts of a package), each bad
/// sequence replaced by U+FFFD otherwise.
pub fn lossy(b: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(b) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(b),
    }
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

/// Whether `s` holds a template's placeholder run in place of words: two or more of X, ×, 某
/// standing between Han characters or at an end of the text beside one (基于XXX的, 苏州XX科技,
/// XX大学, 某某公司), or four or more X anywhere (138XXXXXXXX, 91320500XXXXXXXXXX). A model
/// code's letters (XX-200, XXL) are no such run.
pub fn has_placeholder_run(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let mark = |c: char| matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×' | '某');
    let mut i = 0;
    while i < chars.len() {
        if !mark(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && mark(chars[i]) {
            i += 1;
        }
        let n = i - start;
        let han_or_end = |k: Option<usize>| k.is_none_or(|k| is_han(chars[k]) && chars[k] != '某');
        let before = start.checked_sub(1);
        let after = (i < chars.len()).then_some(i);
        let beside_han =
            before.is_some_and(|k| is_han(chars[k])) || after.is_some_and(|k| is_han(chars[k]));
        if n >= 4 && chars[start..i].iter().all(|c| !matches!(c, '某')) {
            return true;
        }
        if n >= 2 && beside_han && han_or_end(before) && han_or_end(after) {
            return true;
        }
    }
    false
}

/// Whether `mark`, set as a superscript right after `before` (the text it follows), is a note
/// reference — a footnote number or a mark typed for a note under the table (160¹, 研发*,
/// 苏州大学①, 期限注1, [2]) — and so no part of the value, as a footnote reference in a Word
/// file is none. An exponent is not: a superscript digit after a Latin letter (m², cm³) or
/// after the number 10 (10⁶; not 110), and a sign starts one.
pub fn is_note_reference(before: &str, mark: &str) -> bool {
    let mark = mark.trim();
    let m: Vec<char> = mark.chars().collect();
    if m.is_empty() || m.len() > 6 {
        return false;
    }
    let digits = |s: &[char]| !s.is_empty() && s.len() <= 3 && s.iter().all(char::is_ascii_digit);
    let shape = digits(&m)
        || m.iter()
            .all(|c| matches!(c, '*' | '＊' | '†' | '‡' | '§' | '#' | '※'))
        || (m.len() == 1 && ('\u{2460}'..='\u{2473}').contains(&m[0]))
        || (m[0] == '注' && digits(&m[1..]))
        || (matches!(m[0], '[' | '［')
            && matches!(m[m.len() - 1], ']' | '］')
            && digits(&m[1..m.len() - 1]));
    if !shape {
        return false;
    }
    let before = before.trim_end();
    let Some(last) = before.chars().last() else {
        return false;
    };
    // The number before is 10 itself (10⁶, ×10³), not one ending in 10 (110 万元¹).
    let trailing_digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    let exponent_base = last.is_ascii_alphabetic() || trailing_digits == "01";
    !(digits(&m) && exponent_base)
}

/// A table of "character<TAB>character" lines (`#` comments) as a map.
fn char_table(tsv: &str) -> rustc_hash::FxHashMap<char, char> {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut c = l.chars();
            let from = c.next()?;
            let to = c.nth(1)?;
            Some((from, to))
        })
        .collect()
}

/// Text as it reads, with what copying and pasting put in it that no one sees taken out: CJK
/// radicals, strokes and compatibility ideographs written as the ideographs they look like (⼯
/// U+2F2F → 工, ⻓ U+2EE7 → 长, U+F9A8 → 令: what text copied out of a PDF whose font maps glyphs
/// to radicals gives; `dictionaries/cjk_radicals.tsv`, Unicode's Equivalent_Unified_Ideograph
/// and NFKC), zero-width spaces, joiners, word joiners, byte-order marks and soft hyphens
/// dropped, no-break and figure spaces read as spaces. Text with none of them is returned as
/// it is.
pub fn plain_text(s: &str) -> std::borrow::Cow<'_, str> {
    let invisible = |c: char| {
        matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        )
    };
    let space = |c: char| matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}');
    if !s.chars().any(|c| lookalike(c) || invisible(c) || space(c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let map = lookalikes();
    std::borrow::Cow::Owned(
        s.chars()
            .filter(|&c| !invisible(c))
            .map(|c| {
                if space(c) {
                    ' '
                } else {
                    *map.get(&c).unwrap_or(&c)
                }
            })
            .collect(),
    )
}

/// Whether a character may stand for an ideograph it looks like: a CJK radical or stroke, or a
/// compatibility ideograph.
fn lookalike(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{2FDF}' | '\u{31C0}'..='\u{31EF}' | '\u{F900}'..='\u{FAFF}' | '\u{2F800}'..='\u{2FA1F}')
}

/// `dictionaries/cjk_radicals.tsv`: each look-alike and the ideograph it stands for.
fn lookalikes() -> &'static rustc_hash::FxHashMap<char, char> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<char, char>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| char_table(include_str!("../dictionaries/cjk_radicals.tsv")))
}

/// Radicals, strokes and compatibility ideographs written as the ideographs they stand for (⼤
/// U+2F24 → 大, ⻔ U+2EEE → 门), nothing else changed: what a PDF's ToUnicode map may give for
/// a glyph the font shares between an ideograph and its radical.
pub fn unify_ideographs(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(lookalike) {
        return std::borrow::Cow::Borrowed(s);
    }
    let map = lookalikes();
    std::borrow::Cow::Owned(s.chars().map(|c| *map.get(&c).unwrap_or(&c)).collect())
}

/// Text with its traditional-only characters written as their simplified ones (項目名稱 →
/// 项目名称, 蘇州 → 苏州, 研發 → 研发): a package converted with Word's 中文简繁转换 (a
/// Taiwanese- or Hong Kong-run company's) says the call's words and its values in the other
/// script. Only characters no simplified text uses are folded (`dictionaries/
/// traditional_chars.tsv`: OpenCC's t2s, each traditional character outside GB 2312), one at a
/// time: simplified text is never changed. A text that holds such a character is traditional,
/// and its words are then read as the mainland's too (`dictionaries/traditional_words.tsv`,
/// longest first): Taiwan's vocabulary as Word's 简转繁 with 转换常用词汇 writes it (專案名稱
/// → 项目名称, 指南程式碼 → 指南代码, 軟體 → 软件), variant characters (痺 → 痹) and the
/// characters both scripts share that read otherwise in traditional text (基於 → 基于, but
/// 著名 stays).
pub fn fold_traditional(s: &str) -> std::borrow::Cow<'_, str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<char, char>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| char_table(include_str!("../dictionaries/traditional_chars.tsv")));
    let folds = |c: &char| *c >= '\u{4E00}' && map.contains_key(c);
    if !s.chars().any(|c| folds(&c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().map(|c| *map.get(&c).unwrap_or(&c)).collect();
    std::borrow::Cow::Owned(traditional_words(&chars))
}

/// Traditional text (already folded character by character) with its words read as the
/// mainland's: at each position the longest key of `dictionaries/traditional_words.tsv`.
fn traditional_words(chars: &[char]) -> String {
    type Words = (std::collections::HashMap<&'static str, &'static str>, usize);
    static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    let (words, longest) = WORDS.get_or_init(|| {
        let words: std::collections::HashMap<&str, &str> =
            include_str!("../dictionaries/traditional_words.tsv")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .collect();
        let longest = words.keys().map(|k| k.chars().count()).max().unwrap_or(1);
        (words, longest)
    });
    let mut out = String::with_capacity(chars.len() * 3);
    let mut key = String::new();
    let mut i = 0;
    while i < chars.len() {
        let mut hit = None;
        for n in (1..=(*longest).min(chars.len() - i)).rev() {
            key.clear();
            key.extend(&chars[i..i + n]);
            if let Some(v) = words.get(key.as_str()) {
                hit = Some((n, *v));
                break;
            }
        }
        match hit {
            Some((n, v)) => {
                out.push_str(v);
                i += n;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// A value that a hand or a narrow cell put on several lines, as one line: the lines trimmed,
/// joined with nothing between CJK characters and with a space elsewhere (a project name is one
/// line; its cell's Enter or Shift+Enter is layout). A space between a Han character and a
/// Latin letter or digit is typography too (the gap office software puts there, which some
/// converters write as a space: XC-200 型): it goes.
pub fn one_line(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let glue = match (out.chars().last(), line.chars().next()) {
            (Some(a), Some(b)) => !(wide(a) || wide(b) || a == '-'),
            _ => false,
        };
        if glue {
            out.push(' ');
        }
        out.push_str(line);
    }
    let chars: Vec<char> = out.chars().collect();
    let mut tight = String::with_capacity(out.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            let end = chars[i..]
                .iter()
                .position(|c| *c != ' ')
                .map_or(chars.len(), |n| i + n);
            let latin = |c: &char| c.is_ascii_alphanumeric();
            let typographic = i > 0
                && end < chars.len()
                && ((is_han(chars[i - 1]) && latin(&chars[end]))
                    || (latin(&chars[i - 1]) && is_han(chars[end])));
            if !typographic {
                tight.extend(&chars[i..end]);
            }
            i = end;
            continue;
        }
        tight.push(chars[i]);
        i += 1;
    }
    tight
}

fn wide(c: char) -> bool {
    is_han(c) || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c)
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

/// GB 32100-2015: the characters of a 统一社会信用代码 (no I, O, Z, S, V) and the weights of
/// its first 17 for the check character.
pub const CREDIT_ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
pub const CREDIT_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// Whether `code` is 18 characters of the alphabet with the right check character.
pub fn credit_code_checks(code: &str) -> bool {
    let v: Vec<usize> = code
        .chars()
        .filter_map(|c| CREDIT_ALPHABET.find(c))
        .collect();
    if v.len() != 18 || code.chars().count() != 18 {
        return false;
    }
    let sum: u32 = v[..17]
        .iter()
        .zip(CREDIT_WEIGHTS)
        .map(|(x, w)| *x as u32 * w)
        .sum();
    v[17] as u32 == (31 - sum % 31) % 31
}

#[cfg(test)]
mod contents_tests {
    use super::*;

    #[test]
    fn placeholder_runs_not_model_codes() {
        for t in [
            "基于XXX的XXXX关键技术研发",
            "苏州XX科技有限公司",
            "XX大学",
            "某某公司",
            "XX市（区）科技局",
            "138XXXXXXXX",
            "91320500XXXXXXXXXX",
        ] {
            assert!(has_placeholder_run(t), "{t}");
        }
        for t in [
            "基于XX-200型控制器的研发",
            "XXL码服装",
            "X射线探测器研发",
            "某型号发动机",
            "苏州大学",
            "91320581GCF576C32B",
        ] {
            assert!(!has_placeholder_run(t), "{t}");
        }
    }

    #[test]
    fn note_references_not_exponents() {
        for (before, mark) in [
            ("160", "4"),
            ("110", "2"),
            ("关键技术研发", "1"),
            ("苏州大学", "**"),
            ("苏州大学", "②"),
            ("2025年8月31日", "注3"),
            ("经费", "[2]"),
        ] {
            assert!(is_note_reference(before, mark), "{before} {mark}");
        }
        for (before, mark) in [
            ("面积 m", "2"),
            ("10", "6"),
            ("强度 ×10", "3"),
            ("研发", "a"),
            ("研发", "12345"),
            ("", "1"),
            ("价格", "-3"),
        ] {
            assert!(!is_note_reference(before, mark), "{before} {mark}");
        }
    }

    /// Radicals a PDF's ToUnicode map gives for ideographs (Chromium's print with Noto CJK)
    /// read as the ideographs; a radical with no equivalent ideograph is kept.
    #[test]
    fn radicals_read_as_the_ideographs_they_draw() {
        assert_eq!(unify_ideographs("苏州⼤学"), "苏州大学");
        assert_eq!(unify_ideographs("统⼀社会信⽤代码"), "统一社会信用代码");
        assert_eq!(unify_ideographs("⺟"), "母");
        assert_eq!(unify_ideographs("主管部⻔"), "主管部门");
        assert_eq!(unify_ideographs("⺀"), "⺀");
        assert!(matches!(
            unify_ideographs("苏州大学\u{200B}"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn pasted_lookalikes_and_invisible_characters_read_plainly() {
        assert_eq!(
            plain_text("苏州\u{200B}⼤学⻓江⽤\u{FEFF}品\u{F9A8}"),
            "苏州大学长江用品令"
        );
        assert_eq!(
            plain_text("2022年7月1日\u{A0}至\u{A0}2024年"),
            "2022年7月1日 至 2024年"
        );
        assert!(matches!(
            plain_text("苏州大学 2022"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn traditional_characters_fold_simplified_text_stays() {
        assert_eq!(
            fold_traditional("項目名稱：蘇州某某科技有限公司研發"),
            "项目名称：苏州某某科技有限公司研发"
        );
        assert_eq!(fold_traditional("誠信承諾書"), "诚信承诺书");
        // Taiwan's words (s2twp) and the shared characters, in traditional text only.
        assert_eq!(fold_traditional("專案名稱"), "项目名称");
        assert_eq!(fold_traditional("統一社會信用程式碼"), "统一社会信用代码");
        assert_eq!(
            fold_traditional("基於深度學習的影片分析軟體研發"),
            "基于深度学习的视频分析软件研发"
        );
        assert_eq!(fold_traditional("著名的乾隆年間"), "著名的乾隆年间");
        assert_eq!(fold_traditional("胸痺心痛療效觀察"), "胸痹心痛疗效观察");
        let simplified = "项目名称：基于RISC-V的处理器研发，干燥工艺，影片、资讯与專";
        assert_eq!(
            fold_traditional(&simplified[..simplified.len() - 3]),
            &simplified[..simplified.len() - 3]
        );
        let simplified = "项目名称：基于RISC-V的处理器研发，干燥工艺";
        assert!(matches!(
            fold_traditional(simplified),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn values_over_lines_read_as_one() {
        assert_eq!(
            one_line("电离室的多路输出方\n法关键技术研发"),
            "电离室的多路输出方法关键技术研发"
        );
        assert_eq!(
            one_line(" 基于RISC-V的\r\n 处理器研发 "),
            "基于RISC-V的处理器研发"
        );
        // A space between a Han character and a Latin letter or digit is typography; between
        // Latin words it is a space.
        assert_eq!(one_line("Smart\nGrid 控制器"), "Smart Grid控制器");
        assert_eq!(one_line("XC-200 型研发"), "XC-200型研发");
        assert_eq!(
            one_line("面向 RISC-V 的编译器研发"),
            "面向RISC-V的编译器研发"
        );
        assert_eq!(one_line("单行"), "单行");
    }

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
