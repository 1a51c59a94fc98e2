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

/// The core name (字号) of an organisation: region prefix (with 省/市/区), organisation form and
/// industry words removed. 苏州汇川技术有限公司 → 汇川.
pub fn core_name(full: &str) -> Option<String> {
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
    loop {
        let before = s.len();
        for r in regions() {
            if let Some(rest) = s.strip_prefix(r) {
                s = rest
                    .trim_start_matches(['省', '市', '区', '县'])
                    .to_string();
                break;
            }
        }
        if s.len() == before {
            break;
        }
    }
    loop {
        let before = s.len();
        for suf in org_suffixes() {
            if let Some(rest) = s.strip_suffix(suf) {
                s = rest.to_string();
                break;
            }
        }
        if s.len() == before {
            break;
        }
    }
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
    }
}
