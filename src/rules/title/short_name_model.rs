//! The short-name model for T003: how much a span of two to six Han characters at the start of
//! a project name looks like a company's short name (简称) rather than the start of a phrase,
//! from what it is made of. Trained offline by `models/train_short_names.py` on the A-share
//! lists' short names against the spans real funded titles start with; the weights ship in
//! `models/short_name_weights.tsv`. The features here are the trainer's, string for string
//! (tests/data/short_name_scores.tsv holds spans scored by the trainer; a test checks that this
//! side gives the same scores).

use crate::segment;
use std::sync::OnceLock;

struct Model {
    threshold: f64,
    bias: f64,
    /// The weights of a character at the start, second, second-last and last place (F, S, M,
    /// L), of the first and last pairs (H, T), and of the other features, by name.
    chars: [rustc_hash::FxHashMap<char, f64>; 4],
    pairs: [rustc_hash::FxHashMap<&'static str, f64>; 2],
    weights: rustc_hash::FxHashMap<&'static str, f64>,
}

/// Where a character or pair feature looks: its kind's letter in the weight file.
const CHAR_KINDS: [char; 4] = ['F', 'S', 'M', 'L'];
const PAIR_KINDS: [char; 2] = ['H', 'T'];

/// A feature as the scorer meets it: a character at a place, a pair at an end, or a name.
enum Feature<'a> {
    Char(usize, char),
    Pair(usize, &'a str),
    Named(&'a str),
}

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| {
        let mut m = Model {
            threshold: f64::INFINITY,
            bias: 0.0,
            chars: Default::default(),
            pairs: Default::default(),
            weights: Default::default(),
        };
        for l in include_str!("../../../models/short_name_weights.tsv").lines() {
            if l.starts_with('#') {
                continue;
            }
            let Some((k, v)) = l.split_once('\t') else {
                continue;
            };
            // The file is compiled in and checked by the tests (a weight that does not read
            // is left out; a threshold that does not read leaves the model silent, and the
            // tests' names then fail).
            let Ok(v) = v.trim().parse::<f64>() else {
                continue;
            };
            match k {
                "threshold" => m.threshold = v,
                "bias" => m.bias = v,
                _ => {
                    let mut it = k.chars();
                    let kind = it.next().unwrap_or(' ');
                    let rest = it.as_str();
                    if let Some(i) = CHAR_KINDS.iter().position(|&x| x == kind)
                        && let (Some(ch), None) = (it.next(), it.next())
                    {
                        m.chars[i].insert(ch, v);
                    } else if let Some(i) = PAIR_KINDS.iter().position(|&x| x == kind) {
                        m.pairs[i].insert(rest, v);
                    } else {
                        m.weights.insert(k, v);
                    }
                }
            }
        }
        m
    })
}

/// The one-character names of China's provinces and special regions.
pub(super) const PROVINCE_ABBREVIATIONS: &str =
    "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青宁新港澳台";

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The most characters a region of `segment::regions` has.
fn max_region_chars() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| {
        segment::regions()
            .iter()
            .map(|r| r.chars().count())
            .max()
            .unwrap_or(0)
    })
}

/// The fewest characters left single when `s` is covered by dictionary words of two or more.
fn singles(s: &str) -> usize {
    // Byte offsets of the characters, and the end.
    let mut at: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    at.push(s.len());
    let n = at.len() - 1;
    let mut best = [0usize; 8];
    if n >= best.len() {
        return n;
    }
    for j in 1..=n {
        best[j] = best[j - 1] + 1;
        for i in 0..j.saturating_sub(1) {
            if segment::jieba().has_word(&s[at[i]..at[j]]) {
                best[j] = best[j].min(best[i]);
            }
        }
    }
    best[n]
}

/// How much more often a word starts a real title than continues one (models/
/// title_start_words.tsv: a log-ratio bucket from -3 to 3, counted on real paper titles).
fn start_words() -> &'static rustc_hash::FxHashMap<&'static str, i8> {
    static S: OnceLock<rustc_hash::FxHashMap<&'static str, i8>> = OnceLock::new();
    S.get_or_init(|| {
        super::pairs(include_str!("../../../models/title_start_words.tsv"))
            .filter_map(|(w, b)| Some((w, b.parse::<i8>().ok()?)))
            .collect()
    })
}

/// Whether every character of `s` is a CJK unified ideograph of the basic block (the trainer's
/// test of a Han word).
fn all_han(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Each feature of a span of Han characters (the trainer's `features`), once, in a buffer
/// reused from one to the next (T003 scores a few spans of every title). `next` is the word
/// after the span when it starts the project name ("" at the end), None after 面向 or 基于.
fn each_feature(s: &str, next: Option<&str>, mut emit: impl FnMut(Feature)) {
    let c: Vec<char> = s.chars().collect();
    let k = c.len();
    if k < 2 {
        return;
    }
    let jieba = segment::jieba();
    let h = &s[..c[0].len_utf8() + c[1].len_utf8()];
    let t = &s[s.len() - c[k - 2].len_utf8() - c[k - 1].len_utf8()..];
    let heads = super::t003_org_name::brand_heads();
    let bh = heads.contains(h);
    let bt = super::t003_org_name::short_name_tails().contains(t);
    let (hw, tw) = (jieba.has_word(h), jieba.has_word(t));
    let n = singles(s).min(4);
    for (i, ch) in [c[0], c[1], c[k - 2], c[k - 1]].into_iter().enumerate() {
        emit(Feature::Char(i, ch));
    }
    emit(Feature::Pair(0, h));
    emit(Feature::Pair(1, t));
    let mut buf = String::with_capacity(32);
    // Names are put together from pieces, not formatted: T003 scores a few spans of every title.
    let mut put = |parts: &[&str]| {
        buf.clear();
        parts.iter().for_each(|p| buf.push_str(p));
        emit(Feature::Named(&buf));
    };
    let d = |n: usize| DIGITS[n.min(9)];
    let b = |x: bool| DIGITS[usize::from(x)];
    put(&["len", d(k)]);
    put(&["bh", b(bh), "bt", b(bt)]);
    put(&["hw", b(hw), "tw", b(tw), "k", d(k)]);
    put(&["sg", d(n), "k", d(k)]);
    if let Some(form) = super::t003_org_name::short_name_form(t) {
        put(&["form", form]);
    }
    if jieba.has_word(s) {
        put(&["jw", d(k)]);
    }
    match segment::industry_tail(s) {
        Some(it) if it == s => put(&["indall"]),
        Some(it) => {
            let head = &s[..s.len() - it.len()];
            put(&["ind", d(head.chars().count())]);
            put(&["indhw", b(jieba.has_word(head))]);
            if heads.contains(head) {
                put(&["indhbh"]);
            }
        }
        None => {}
    }
    // The longest region the span starts with (a set lookup for each length; the list is long).
    let region = (1..=c.len().min(max_region_chars()))
        .rev()
        .map(|n| &s[..c[..n].iter().map(|x| x.len_utf8()).sum::<usize>()])
        .find(|p| segment::region_set().contains(p));
    if let Some(r) = region {
        let rest = &s[r.len()..];
        put(&["reg", d(r.chars().count())]);
        if rest.is_empty() {
            put(&["regall"]);
        } else {
            put(&["regrw", b(jieba.has_word(rest))]);
            if segment::industry_set().contains(rest) {
                put(&["regrind"]);
            }
        }
    }
    if PROVINCE_ABBREVIATIONS.contains(c[0]) {
        put(&["prov"]);
    }
    let mut utf8 = [0u8; 4];
    if c.iter()
        .any(|x| segment::stopwords().contains(&*x.encode_utf8(&mut utf8)))
    {
        put(&["stop"]);
    }
    let generic_org = super::generic_org();
    if generic_org.contains(h) || generic_org.contains(s) {
        put(&["gen"]);
    }
    let tech = segment::tech_terms();
    if tech.contains(s) || tech.contains(h) || tech.contains(t) {
        put(&["tech"]);
    }
    let generic = segment::generic_terms();
    if generic.contains(s) || generic.contains(h) || generic.contains(t) {
        put(&["generic"]);
    }
    // What follows a name at the start is the project name's own first word (双林生物 | 基于…);
    // what follows a title's first words continues them (西藏矿业 | 开发…). After 面向/基于 the
    // next word (的 after a name and a phrase alike) is not read.
    match next {
        None => put(&["nxnone"]),
        Some("") => put(&["nxend"]),
        Some(w) if !all_han(w) => put(&["nxlat"]),
        Some(w) => match start_words().get(w) {
            None => put(&["nxunk"]),
            Some(&b) if b < 0 => put(&["nxr-", d(usize::from(b.unsigned_abs()))]),
            Some(&b) => put(&["nxr", d(usize::from(b.unsigned_abs()))]),
        },
    }
}

/// The features of a span and the word after it, as the trainer writes them.
pub fn features(s: &str, next: Option<&str>) -> Vec<String> {
    let mut f = Vec::new();
    each_feature(s, next, |x| {
        f.push(match x {
            Feature::Char(i, c) => format!("{}{c}", CHAR_KINDS[i]),
            Feature::Pair(i, p) => format!("{}{p}", PAIR_KINDS[i]),
            Feature::Named(n) => n.to_string(),
        })
    });
    f
}

/// The span's score: the bias plus the weights of its features.
pub fn score(s: &str, next: Option<&str>) -> f64 {
    let m = model();
    let mut sum = m.bias;
    each_feature(s, next, |x| {
        sum += match x {
            Feature::Char(i, c) => m.chars[i].get(&c),
            Feature::Pair(i, p) => m.pairs[i].get(p),
            Feature::Named(n) => m.weights.get(n),
        }
        .copied()
        .unwrap_or(0.0)
    });
    sum
}

/// Whether `s`, a span of two to six Han characters followed by `next` (see `each_feature`),
/// reads as a company's short name. A span of two is judged only when it is no dictionary word
/// (长城, 小米 are words first).
pub fn is_short_name(s: &str, next: Option<&str>) -> bool {
    let n = s.chars().count();
    (2..=6).contains(&n)
        && s.chars().all(crate::extract::garble::is_han)
        && (n > 2 || !segment::jieba().has_word(s))
        && score(s, next) >= model().threshold
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trainer's scores of a sample of its spans (tests/data/short_name_scores.tsv): this
    /// side computes the same features, so the same scores.
    #[test]
    fn scores_are_the_trainers() {
        let mut n = 0;
        for l in include_str!("../../../tests/data/short_name_scores.tsv").lines() {
            if l.starts_with('#') {
                continue;
            }
            let mut c = l.split('\t');
            let (Some(s), Some(next), Some(v)) = (c.next(), c.next(), c.next()) else {
                panic!("span, next word and score: {l}");
            };
            let next = (next != "-").then_some(next);
            let want: f64 = v.parse().expect("score");
            let got = score(s, next);
            assert!(
                (got - want).abs() < 0.01,
                "{s} ({next:?}): {got:.4} here, {want:.4} by the trainer; features {:?}",
                features(s, next)
            );
            n += 1;
        }
        assert!(n > 50, "{n} spans");
    }

    #[test]
    fn names_and_phrases() {
        // Made-up names no list holds: characters that make no word, the kind a 字号 is made of.
        // At the start of a project name, before its own first word, and after 面向.
        for (n, next) in [
            ("恒瑞盛达", Some("高性能")),
            ("鑫瑞达", Some("基于")),
            ("恒瑞盛达", None),
        ] {
            assert!(is_short_name(n, next), "{n}: {:.2}", score(n, next));
        }
        // The starts of real titles, with the words that continue them.
        for (p, next) in [
            ("基于深度", Some("学习")),
            ("中国企业", Some("的")),
            ("智能制造", Some("系统")),
            ("城市交通", Some("信号")),
            ("我国", Some("制造业")),
            ("智能制造", None),
        ] {
            assert!(!is_short_name(p, next), "{p}: {:.2}", score(p, next));
        }
        assert!(!is_short_name("研", None));
        assert!(!is_short_name("ABC科技", None));
    }

    /// In a project name: the span at the start, with the industry word after it, is a T003
    /// warning (a guess by shape), and the suggestion drops it.
    #[test]
    fn a_made_up_short_name_at_the_start_is_a_warning() {
        let p = crate::profile::Profile::default_profile();
        let f = crate::rules::title::check_title("鑫瑞达电子高精度电源研发", None, &p);
        let t = f.iter().find(|x| x.rule == "T003").expect("T003");
        assert_eq!(t.severity, crate::model::Severity::Warning);
        assert_eq!(t.evidence, "鑫瑞达电子");
        assert_eq!(t.suggestion.as_deref(), Some("高精度电源研发"));
        for clean in [
            "高性能锂电池隔膜研发",
            "城市交通信号优化系统研发",
            "长三角区域协同创新平台研发",
        ] {
            let f = crate::rules::title::check_title(clean, None, &p);
            assert!(!f.iter().any(|x| x.rule == "T003"), "{clean}: {f:?}");
        }
    }
}
