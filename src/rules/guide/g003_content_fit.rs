//! G003 guide-code-mismatch.
//!
//! What: the application's text (its name and the application) is read by the field model —
//! multinomial logistic regression plus complement naive Bayes (summed into one weight per pair
//! and field) over its Han character pairs (funding and form words taken out), trained by
//! `models/train_fields.py` on real CSL abstracts whose disciplines are mapped to four fields of
//! technology (`models/discipline_fields.tsv`) and on the guide's own direction texts — which
//! gives each field a share of the text. Every guide direction belongs to one or more fields
//! (the profile's `fields`); when the declared direction's fields together hold less than the
//! profile's share (2022: 0.17) of a text with at least the profile's number of known pairs, the
//! warning names the field the text reads as, the words that say so, and the three directions of
//! that field whose texts share most terms with the application. Catch-all and directed
//! directions (no fields) fit any content.
//! Why: 三.3 "属于项目指南支持领域和方向".
//! Example: a 纳米催化 application filed under 量子保密通信 210201 → warning suggesting 210601.

use super::{Fit, rank_guides, short};
use crate::model::Finding;
use crate::profile::{GuideCode, Profile};
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};
use std::sync::OnceLock;

rule_info!(
    "G003",
    "guide-code-mismatch",
    "指南方向",
    Warning,
    "三.3",
    Package,
    include_str!("g003_content_fit.rs")
);

pub struct G003;

impl Rule for G003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick("申报内容与所选指南方向不符（给出最接近的方向）", "content does not match the declared guide code (with the best-fitting codes suggested)").to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let Some(declared) = super::declared(cx) else {
            return;
        };
        if cx.app.chars().filter(|c| !c.is_whitespace()).count() < 200 {
            return;
        }
        let text = format!(
            "{}\n{}",
            cx.fields().project_name.as_deref().unwrap_or(""),
            cx.app
        );
        let Some(m) = assess(cx.profile, &text, declared) else {
            return;
        };
        let suggest: Vec<String> = m
            .closest
            .iter()
            .map(|f| super::direction_label(cx.profile, &f.code))
            .collect();
        let cues = m.cues.join("、");
        out.push(
            INFO.finding(
                format!(
                    "申报内容读来属于“{}”领域（{:.0}%；依据用语：{cues}），所选指南方向 {}（{}）属于“{}”，契合度低；同领域中更接近的方向：{}：请核对指南代码。",
                    m.field,
                    m.field_share * 100.0,
                    declared.code,
                    short(&declared.title),
                    declared.fields.join("、"),
                    suggest.join("；")
                ),
                format!(
                    "The content reads as {} ({:.0} %; words such as {cues}) while the declared guide code {} belongs to {}; closer directions of that field: {}. Check the code.",
                    english(m.field),
                    m.field_share * 100.0,
                    declared.code,
                    declared.fields.iter().map(|f| english(f)).collect::<Vec<_>>().join(", "),
                    m.closest.iter().map(|f| f.code.as_str()).collect::<Vec<_>>().join(", ")
                ),
                format!(
                    "{}：{:.2}；{}：{:.2}（{} 个已知字对）；{cues}",
                    m.field,
                    m.field_share,
                    declared.fields.join("+"),
                    m.declared_share,
                    m.known
                ),
            )
            .at(cx.loc("guide_code")),
        );
    }
}

/// Why a declared direction reads as far from a text.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// The field the text reads as, and its share.
    pub field: &'static str,
    pub field_share: f64,
    /// The share the declared direction's fields hold together.
    pub declared_share: f64,
    /// Known character pairs of the model in the text.
    pub known: usize,
    /// The text's words that weigh most towards `field`.
    pub cues: Vec<String>,
    /// Up to three directions of `field`, closest to the text first.
    pub closest: Vec<Fit>,
}

/// Judge whether `declared` fits `text` (G003's rule, shared with tests/scope_eval.rs): `None`
/// when it fits, when the direction is open to any field, or when the text has too few known
/// words to read.
pub fn assess(profile: &Profile, text: &str, declared: &GuideCode) -> Option<Mismatch> {
    if declared.fields.is_empty() {
        return None;
    }
    let r = read_fields(text);
    if r.known < profile.scope.outside_min_words {
        return None;
    }
    let declared_share: f64 = r
        .shares
        .iter()
        .filter(|(f, _)| declared.fields.iter().any(|d| d == f))
        .map(|(_, s)| s)
        .sum();
    if declared_share >= profile.scope.declared_field_share {
        return None;
    }
    let (field, field_share) = r
        .shares
        .iter()
        .copied()
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let closest: Vec<Fit> = rank_guides(profile, text)
        .into_iter()
        .filter(|f| {
            profile
                .guide(&f.code)
                .is_some_and(|g| !g.directed && g.fields.iter().any(|x| x == field))
        })
        .take(3)
        .collect();
    Some(Mismatch {
        field,
        field_share,
        declared_share,
        known: r.known,
        cues: cues(text, field),
        closest,
    })
}

/// A field's English name (the model's `fields_en` line), or the field itself.
pub fn english(field: &str) -> &str {
    let m = model();
    m.fields
        .iter()
        .position(|f| *f == field)
        .and_then(|i| m.english.get(i).copied())
        .unwrap_or(field)
}

/// The field model's reading of a text.
pub struct FieldReading {
    /// Every field with its share (softmax of the mean weights), in the model's order.
    pub shares: Vec<(&'static str, f64)>,
    /// Known character pairs in the text (with repeats).
    pub known: usize,
}

struct FieldModel {
    fields: Vec<&'static str>,
    /// The fields' English names, in the same order.
    english: Vec<&'static str>,
    weights: rustc_hash::FxHashMap<&'static str, Vec<f32>>,
}

/// The model's weights (intercepts folded in) of each Han character pair, one per field.
fn model() -> &'static FieldModel {
    static M: OnceLock<FieldModel> = OnceLock::new();
    M.get_or_init(|| {
        let text = include_str!("../../../models/field_words.tsv");
        let mut fields = Vec::new();
        let mut english = Vec::new();
        let mut weights = rustc_hash::FxHashMap::default();
        for l in text.lines().filter(|l| !l.starts_with("# ")) {
            let mut cols = l.split('\t');
            let Some(word) = cols.next() else { continue };
            if word == "fields" {
                fields = cols.collect();
                continue;
            }
            if word == "fields_en" {
                english = cols.collect();
                continue;
            }
            let w: Vec<f32> = cols.filter_map(|c| c.parse().ok()).collect();
            if let Some(pair) = word.strip_prefix('#')
                && w.len() == fields.len()
            {
                weights.insert(pair, w);
            }
        }
        FieldModel {
            fields,
            english,
            weights,
        }
    })
}

/// The funding and form words (dictionaries/generic_terms.txt) found leftmost-longest, as the
/// training script's regular expression finds them (models/features.py).
fn generic_automaton() -> Option<&'static aho_corasick::AhoCorasick> {
    static A: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    A.get_or_init(|| {
        let mut terms: Vec<&str> = crate::segment::generic_terms().iter().copied().collect();
        terms.sort_unstable();
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(terms)
            .ok()
    })
    .as_ref()
}

/// The text's Han character pairs as the model was trained on them: non-Han characters and
/// the funding and form words break the text, and no pair spans a break.
fn pairs(text: &str) -> Vec<[char; 2]> {
    let is_han = crate::extract::garble::is_han;
    // Han runs first, as the training script does, then the generic words taken out of them.
    let runs: String = text
        .chars()
        .map(|c| {
            if ('\u{4e00}'..='\u{9fff}').contains(&c) {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut broken = String::with_capacity(runs.len());
    let mut last = 0;
    if let Some(ac) = generic_automaton() {
        for m in ac.find_iter(&runs) {
            broken.push_str(&runs[last..m.start()]);
            broken.push(' ');
            last = m.end();
        }
    }
    broken.push_str(&runs[last..]);
    let chars: Vec<char> = broken.chars().collect();
    chars
        .windows(2)
        .filter(|w| is_han(w[0]) && is_han(w[1]))
        .map(|w| [w[0], w[1]])
        .collect()
}

/// Read `text` with the field model: its Han character pairs (see [`pairs`]), each pair's
/// weights summed, the mean over the known pairs a field's logit, softmax over the fields.
pub fn read_fields(text: &str) -> FieldReading {
    let m = model();
    let n = m.fields.len();
    let mut sum = vec![0.0f64; n];
    let mut known = 0usize;
    let mut key = String::with_capacity(8);
    for [a, b] in pairs(text) {
        key.clear();
        key.push(a);
        key.push(b);
        if let Some(v) = m.weights.get(key.as_str()) {
            for (s, x) in sum.iter_mut().zip(v.iter()) {
                *s += *x as f64;
            }
            known += 1;
        }
    }
    let logits: Vec<f64> = sum.iter().map(|s| s / known.max(1) as f64).collect();
    let top = logits.iter().copied().fold(f64::MIN, f64::max);
    let exp: Vec<f64> = logits.iter().map(|l| (l - top).exp()).collect();
    let total: f64 = exp.iter().sum();
    let shares: Vec<(&'static str, f64)> = m
        .fields
        .iter()
        .zip(&exp)
        .map(|(f, e)| {
            (
                *f,
                if known == 0 {
                    1.0 / n as f64
                } else {
                    e / total
                },
            )
        })
        .collect();
    FieldReading { shares, known }
}

/// The words of `text` (as the segmenter cuts them, two Han characters or more, no stopword or
/// funding word) whose pairs pull most towards `field`, strongest first: the mean over the
/// word's pairs of the field's weight above the mean of the other fields'.
fn cues(text: &str, field: &str) -> Vec<String> {
    let m = model();
    let n = m.fields.len();
    let Some(i) = m.fields.iter().position(|f| *f == field) else {
        return Vec::new();
    };
    let stop = crate::segment::stopwords();
    let generic = crate::segment::generic_terms();
    let mut words: Vec<&str> = crate::segment::jieba()
        .cut(text, false)
        .into_iter()
        .map(|t| t.word)
        .filter(|w| {
            w.chars().count() >= 2
                && w.chars().all(crate::extract::garble::is_han)
                && !stop.contains(*w)
                && !generic.contains(*w)
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut pulls: Vec<(&str, f32)> = words
        .iter()
        .filter_map(|w| {
            let chars: Vec<char> = w.chars().collect();
            let ps: Vec<f32> = chars
                .windows(2)
                .filter_map(|p| m.weights.get(p.iter().collect::<String>().as_str()))
                .map(|v| v[i] - (v.iter().sum::<f32>() - v[i]) / (n.max(2) - 1) as f32)
                .collect();
            (!ps.is_empty()).then(|| (*w, ps.iter().sum::<f32>() / ps.len() as f32))
        })
        .filter(|(_, pull)| *pull > 2.0)
        .collect();
    pulls.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    pulls
        .into_iter()
        .take(6)
        .map(|(w, _)| w.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALYST: &str = "纳米催化材料的绿色宏量制备。研究高转化率纳米催化材料的可控合成与表面改性，\
        制备负载型纳米金属催化剂和纳米微球，表征其晶体结构、比表面积与催化活性，\
        考察煅烧温度与前驱体配比对材料性能的影响，实现克级到公斤级的制备工艺放大。";

    #[test]
    fn a_far_direction_is_named_and_an_open_one_never_is() {
        let p = Profile::default_profile();
        let far = p.guide("210201").unwrap();
        let m = assess(&p, CATALYST, far).expect("materials content under quantum communication");
        assert_eq!(m.field, "材料化工");
        assert!(m.closest.iter().all(|f| {
            p.guide(&f.code)
                .unwrap()
                .fields
                .contains(&m.field.to_string())
        }));
        // A direction of the text's own field, and the catch-all one, fit.
        assert!(assess(&p, CATALYST, p.guide("210601").unwrap()).is_none());
        assert!(assess(&p, CATALYST, p.guide("211203").unwrap()).is_none());
    }
}
