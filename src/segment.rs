//! One jieba segmenter for the whole program (rules and index), loaded once with propscan's
//! user dictionaries so that technical terms (碳化硅, 存算一体 …) stay whole.

use jieba_rs::Jieba;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A set of dictionary words, hashed with FxHash: the title rules look words up tens of times
/// per name, and SipHash's resistance to crafted keys buys nothing for a compiled-in list.
pub type WordSet = rustc_hash::FxHashSet<&'static str>;

pub const TECH_TERMS: &str = include_str!("../dictionaries/tech_terms.txt");
pub const LATIN_TERMS: &str = include_str!("../dictionaries/latin_terms.txt");
pub const COMPANY_NAMES: &str = include_str!("../dictionaries/company_names.txt");
pub const LISTED_SHORT_NAMES: &str = include_str!("../dictionaries/listed_short_names.txt");
pub const LISTED_AMBIGUOUS_NAMES: &str =
    include_str!("../dictionaries/listed_short_names_ambiguous.txt");
pub const ORG_SUFFIXES: &str = include_str!("../dictionaries/org_suffixes.txt");
pub const INDUSTRY_WORDS: &str = include_str!("../dictionaries/industry_words.txt");
pub const STOPWORDS: &str = include_str!("../dictionaries/stopwords.txt");
pub const REGIONS: &str = include_str!("../dictionaries/regions.txt");
pub const GENERIC_TERMS: &str = include_str!("../dictionaries/generic_terms.txt");

/// The shared segmenter.
pub fn jieba() -> &'static Jieba {
    static J: OnceLock<Jieba> = OnceLock::new();
    J.get_or_init(|| {
        let mut j = Jieba::new();
        let mut reader = std::io::BufReader::new(TECH_TERMS.as_bytes());
        // The dictionary is compiled in and tested; a bad line would be a build error.
        j.load_dict(&mut reader)
            .expect("dictionaries/tech_terms.txt loads");
        j
    })
}

/// Words of `text`, without whitespace and punctuation.
pub fn words(text: &str) -> Vec<&str> {
    jieba()
        .cut(text, true)
        .into_iter()
        .map(|t| t.word)
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect()
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub fn set_of(data: &'static str) -> WordSet {
    lines(data)
        .map(|l| l.split_whitespace().next().unwrap_or(l))
        .collect()
}

/// Words of funding prose that name no technical direction (研发, 关键技术, 系统 …).
pub fn generic_terms() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(GENERIC_TERMS))
}

pub fn stopwords() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(STOPWORDS))
}

pub fn tech_terms() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(TECH_TERMS))
}

/// Latin technical tokens, lower-cased.
pub fn latin_terms() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| lines(LATIN_TERMS).map(|l| l.to_lowercase()).collect())
}

pub fn company_names() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(COMPANY_NAMES))
}

/// Short names (简称) of A-share listed companies that are no ordinary phrase (build_listed.py).
pub fn listed_short_names() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(LISTED_SHORT_NAMES))
}

/// Short names of A-share listed companies made of common words (神州数码, 老板电器) that no
/// real abstract holds (build_listed.py): more likely a company than a phrase, so a warning.
pub fn listed_ambiguous_names() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(LISTED_AMBIGUOUS_NAMES))
}

/// Organisation forms, longest first.
pub fn org_suffixes() -> &'static [&'static str] {
    static S: OnceLock<Vec<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<&str> = lines(ORG_SUFFIXES).collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        v
    })
}

/// The first characters of the organisation forms.
pub fn org_suffix_starts() -> &'static rustc_hash::FxHashSet<char> {
    static S: OnceLock<rustc_hash::FxHashSet<char>> = OnceLock::new();
    S.get_or_init(|| {
        org_suffixes()
            .iter()
            .filter_map(|s| s.chars().next())
            .collect()
    })
}

/// Industry words as a set, for lookups.
pub fn industry_set() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(INDUSTRY_WORDS))
}

/// The longest industry word of at least two characters that `w` ends with.
pub fn industry_tail(w: &str) -> Option<&str> {
    w.char_indices()
        .map(|(i, _)| &w[i..])
        .filter(|t| t.chars().nth(1).is_some())
        .find(|t| industry_set().contains(t))
}

/// Industry words, longest first.
pub fn industry_words() -> &'static [&'static str] {
    static S: OnceLock<Vec<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<&str> = lines(INDUSTRY_WORDS).collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        v
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_terms_stay_whole() {
        let w = words("基于碳化硅的存算一体芯片研发");
        assert!(w.contains(&"碳化硅"), "{w:?}");
        assert!(w.contains(&"存算一体"), "{w:?}");
    }
}

/// Region prefixes, longest first.
/// The regions as a set, for membership.
pub fn region_set() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| regions().iter().copied().collect())
}

pub fn regions() -> &'static [&'static str] {
    static S: OnceLock<Vec<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<&str> = lines(REGIONS).flat_map(|l| l.split_whitespace()).collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        v
    })
}

/// Short names of China's prefectures and county-level divisions (dictionaries/places.txt,
/// built from cpca's division codes), longest first: a company's full name may start with one
/// before its 字号 (宜宾五粮液, 郴州市金贵银业).
pub fn places() -> &'static [&'static str] {
    static S: OnceLock<Vec<&'static str>> = OnceLock::new();
    S.get_or_init(|| {
        let mut v: Vec<&str> = lines(include_str!("../dictionaries/places.txt")).collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        v
    })
}

/// Two-character words that real paper titles use (dictionaries/title_words.txt, from CSL's
/// category-set titles): a 字号 that is one of them (纳米) names no one in a title on its own.
pub fn title_words() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| set_of(include_str!("../dictionaries/title_words.txt")))
}

/// `s` without a leading region of `list` and the level after it (省/市/区/县), if it starts so.
fn strip_place<'a>(s: &'a str, list: &[&str]) -> Option<&'a str> {
    list.iter()
        .find_map(|r| s.strip_prefix(r))
        .map(|rest| rest.trim_start_matches(['省', '市', '区', '县']))
}

/// The core name (字号) of an organisation: region prefix (with 省/市/区), organisation form and
/// industry words removed. 苏州汇川技术有限公司 → 汇川.
pub fn core_name(full: &str) -> Option<String> {
    let (s, placed) = without_region(full);
    // A place of China's other prefectures and counties (宜宾五粮液): stripped only when what
    // follows still makes a 字号 that is no industry or general word (not 东方 + 电气).
    if let Some(rest) = strip_place(&s, places())
        && let Some(core) = core_after_place(rest)
        && !industry_set().contains(core.as_str())
        && !generic_terms().contains(core.as_str())
    {
        return Some(core);
    }
    match core_after_place(&s) {
        // A place and one character (南京港股份有限公司): the place belongs to the name.
        None if s != placed && name_body(&s).chars().count() == 1 => {
            let place = placed.strip_suffix(s.as_str()).unwrap_or(&placed);
            let place = place.trim_end_matches(['省', '市', '区', '县']);
            Some(format!("{place}{}", name_body(&s)))
        }
        core => core,
    }
}

/// What an organisation's name says past its place and before its organisation form: the 字号
/// with its industry words (海南大东海旅游中心股份有限公司 → 大东海旅游中心).
pub fn name_past_place(full: &str) -> String {
    let (s, _) = without_region(full);
    let s = strip_place(&s, places()).unwrap_or(&s);
    name_body(s).to_string()
}

/// `full` without whitespace, bracketed regions and leading regions of regions.txt; and the
/// name as it was before the last region was taken off.
fn without_region(full: &str) -> (String, String) {
    let mut s: String = full.chars().filter(|c| !c.is_whitespace()).collect();
    // Drop a bracketed region: 汇川技术（苏州）有限公司.
    for (o, c) in [('（', '）'), ('(', ')')] {
        while let (Some(a), Some(b)) = (s.find(o), s.find(c)) {
            if b <= a {
                break;
            }
            s.replace_range(a..b + c.len_utf8(), "");
        }
    }
    let mut placed = s.clone();
    while let Some(rest) = strip_place(&s, regions()) {
        placed = s.clone();
        s = rest.to_string();
    }
    (s, placed)
}

/// A name without its organisation form (股份有限公司, 集团 …), repeatedly.
fn name_body(s: &str) -> &str {
    let mut s = s;
    loop {
        let Some(rest) = org_suffixes().iter().find_map(|suf| s.strip_suffix(suf)) else {
            return s;
        };
        s = rest;
    }
}

/// The 字号 of a name whose region prefix is gone: organisation form and industry words removed.
fn core_after_place(s: &str) -> Option<String> {
    let mut s = name_body(s).to_string();
    // A school or hospital named by its place and a generic word (苏州大学, 苏州科技大学, 常熟理工
    // 学院) has no name of its own past the place: 大学 or 科技大学 is no core name.
    for kind in ["大学", "学院", "医院", "学校"] {
        if let Some(head) = s.strip_suffix(kind)
            && (head.is_empty() || (head.chars().count() <= 2 && jieba().has_word(head)))
        {
            return None;
        }
    }
    // Industry words and their generic tails (科技, 技术, 电子 …) after the 字号.
    for _ in 0..3 {
        let mut cut = false;
        for w in industry_words().iter().chain(
            [
                "科技", "技术", "股份", "控股", "实业", "发展", "国际", "信息", "智能", "电子",
            ]
            .iter(),
        ) {
            if s.chars().count() > w.chars().count() + 1
                && let Some(rest) = s.strip_suffix(w)
            {
                s = rest.to_string();
                cut = true;
                break;
            }
        }
        if !cut {
            break;
        }
    }
    let n = s.chars().count();
    if (2..=6).contains(&n) { Some(s) } else { None }
}

#[cfg(test)]
mod core_name_tests {
    use super::core_name;

    #[test]
    fn core_names() {
        assert_eq!(core_name("苏州汇川技术有限公司").as_deref(), Some("汇川"));
        assert_eq!(
            core_name("柳州国联运输集团有限公司").as_deref(),
            Some("国联")
        );
        assert_eq!(
            core_name("苏州芯创微电子科技有限公司").as_deref(),
            Some("芯创微")
        );
        // A place and a generic kind: no name of its own.
        assert_eq!(core_name("苏州大学"), None);
        assert_eq!(core_name("苏州科技大学"), None);
        assert_eq!(core_name("常熟理工学院"), None);
        // A place outside regions.txt, from the division codes.
        assert_eq!(
            core_name("宜宾五粮液股份有限公司").as_deref(),
            Some("五粮液")
        );
        assert_eq!(
            core_name("郴州市金贵银业股份有限公司").as_deref(),
            Some("金贵银业")
        );
        // A place whose short name is an ordinary word is no place here: 东方 stays the 字号.
        assert_eq!(
            core_name("东方电气集团股份有限公司").as_deref(),
            Some("东方")
        );
        // A place and one character: the place belongs to the name.
        assert_eq!(core_name("南京港股份有限公司").as_deref(), Some("南京港"));
    }
}
