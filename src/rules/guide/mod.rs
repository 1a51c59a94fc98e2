//! Guide rules G001–G005 (附件1, call 三.3): the declared guide code exists and is open, the
//! content fits it, and the targets name an invention patent and the deliverables its special
//! asks for. Shared here: the guide-fit model (per-direction term weights over the profile's
//! direction texts) and the application's targets.

pub mod g001_code_invalid;
pub mod g002_directed;
pub mod g003_content_fit;
pub mod g004_no_invention_patent;
pub mod g005_deliverables;
pub mod g006_outside_scope;

use crate::model::{Location, PartKind};
use crate::rules::Ctx;

/// The declared guide code's entry in the profile, when it is one.
pub fn declared<'a>(cx: &'a Ctx) -> Option<&'a crate::profile::GuideCode> {
    cx.fields()
        .guide_code
        .as_deref()
        .and_then(|c| cx.profile.guide(c))
}

/// The application's 考核指标 section (or its whole text) and where it starts, when the
/// package has an application with text.
pub fn targets(cx: &Ctx) -> Option<(String, Location)> {
    let (doc, part) = cx
        .pkg
        .parts(PartKind::Application)
        .find(|(d, _)| d.doc.is_some())?;
    if cx.app.trim().is_empty() {
        return None;
    }
    let targets = cx.pkg.section("考核指标").unwrap_or_else(|| cx.app.clone());
    let at = Location {
        document: Some(doc.path.clone()),
        page: part.first_page,
        ..Location::default()
    };
    Some((targets, at))
}

/// A guide direction's fit with a text.
#[derive(Debug, Clone)]
pub struct Fit {
    pub code: String,
    pub score: f64,
    pub shared: Vec<String>,
}

/// The guide directions as term sets, with the terms that say nothing specific removed:
/// stopwords, single characters, and words found in at least 4 % of the shipped corpus's real
/// abstracts (技术, 系统, 研发, 状态 … — general scientific vocabulary, measured, not listed).
struct GuideModel {
    codes: Vec<String>,
    terms: Vec<Vec<String>>,
    idf: std::collections::HashMap<String, f64>,
    /// Every term once, and an automaton that counts them all in one pass over a text.
    vocabulary: Vec<String>,
    automaton: Option<aho_corasick::AhoCorasick>,
}

fn generic_terms(candidates: &[String]) -> std::collections::HashSet<String> {
    let corpus = crate::index::read_jsonl(crate::index::CORPUS, "corpora/projects.jsonl")
        .unwrap_or_default();
    let abstracts: Vec<&str> = corpus
        .iter()
        .map(|p| p.abstract_text.as_str())
        .filter(|a| a.len() > 100)
        .collect();
    let Ok(ac) = aho_corasick::AhoCorasick::new(candidates) else {
        return Default::default();
    };
    let mut df = vec![0usize; candidates.len()];
    for a in &abstracts {
        let mut seen = std::collections::HashSet::new();
        for m in ac.find_overlapping_iter(*a) {
            if seen.insert(m.pattern().as_usize()) {
                df[m.pattern().as_usize()] += 1;
            }
        }
    }
    let n = abstracts.len().max(1) as f64;
    candidates
        .iter()
        .zip(df)
        .filter(|(_, d)| *d as f64 / n >= 0.04)
        .map(|(t, _)| t.clone())
        .collect()
}

fn model(profile: &crate::profile::Profile) -> std::sync::Arc<GuideModel> {
    use std::sync::{Arc, Mutex, OnceLock};
    type Cached = (String, usize, Arc<GuideModel>);
    static CACHE: OnceLock<Mutex<Vec<Cached>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
    let key = (profile.id.clone(), profile.guide.len());
    if let Ok(c) = cache.lock()
        && let Some((_, _, m)) = c.iter().find(|(id, n, _)| (id.clone(), *n) == key)
    {
        return m.clone();
    }
    let stop = crate::segment::stopwords();
    let raw: Vec<Vec<String>> = profile
        .guide
        .iter()
        .map(|g| {
            let mut t: Vec<String> = crate::index::tokenizer::terms(&g.title)
                .into_iter()
                .filter(|w| {
                    w.chars().count() >= 2
                        && !stop.contains(w.as_str())
                        && !crate::segment::generic_terms().contains(w.as_str())
                })
                .collect();
            t.sort();
            t.dedup();
            t
        })
        .collect();
    let mut all: Vec<String> = raw.iter().flatten().cloned().collect();
    all.sort();
    all.dedup();
    let generic = generic_terms(&all);
    let terms: Vec<Vec<String>> = raw
        .into_iter()
        .map(|ts| ts.into_iter().filter(|t| !generic.contains(t)).collect())
        .collect();
    let n = terms.len() as f64;
    let mut df: std::collections::HashMap<String, f64> = std::collections::HashMap::new();
    for ts in &terms {
        for t in ts {
            *df.entry(t.clone()).or_default() += 1.0;
        }
    }
    let idf = df
        .into_iter()
        .map(|(t, d)| (t, (1.0 + n / d).ln()))
        .collect();
    let mut vocabulary: Vec<String> = terms.iter().flatten().cloned().collect();
    vocabulary.sort();
    vocabulary.dedup();
    let automaton = aho_corasick::AhoCorasick::new(&vocabulary).ok();
    let m = Arc::new(GuideModel {
        codes: profile.guide.iter().map(|g| g.code.clone()).collect(),
        terms,
        idf,
        vocabulary,
        automaton,
    });
    if let Ok(mut c) = cache.lock() {
        c.push((key.0, key.1, m.clone()));
    }
    m
}

/// Rank the profile's guide directions by fit with `text`, best first.
pub fn rank_guides(profile: &crate::profile::Profile, text: &str) -> Vec<Fit> {
    let m = model(profile);
    let lower = text.to_lowercase();
    // Occurrences of every term, in one pass (a Latin term only as a whole word).
    let mut tf_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    if let Some(ac) = &m.automaton {
        for hit in ac.find_overlapping_iter(&lower) {
            let term = m.vocabulary[hit.pattern().as_usize()].as_str();
            if term.chars().any(|c| c.is_ascii_alphanumeric()) {
                let before = lower[..hit.start()].chars().next_back();
                let after = lower[hit.end()..].chars().next();
                if before.is_some_and(|c| c.is_ascii_alphanumeric())
                    || after.is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    continue;
                }
            }
            *tf_of.entry(term).or_default() += 1;
        }
    }
    let mut fits: Vec<Fit> = m
        .codes
        .iter()
        .zip(&m.terms)
        .map(|(code, ts)| {
            let mut num = 0.0;
            let mut norm = 0.0;
            let mut shared = Vec::new();
            for t in ts {
                let idf = m.idf[t];
                norm += idf * idf;
                let tf = tf_of.get(t.as_str()).copied().unwrap_or(0).min(3) as f64;
                if tf > 0.0 {
                    num += tf * idf;
                    shared.push(t.clone());
                }
            }
            Fit {
                code: code.clone(),
                score: if norm > 0.0 { num / norm.sqrt() } else { 0.0 },
                shared,
            }
        })
        .collect();
    fits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.code.cmp(&b.code)));
    fits
}

/// A direction as messages name it: its code and the start of its title.
pub fn direction_label(profile: &crate::profile::Profile, code: &str) -> String {
    let title = profile
        .guide(code)
        .map(|g| short(&g.title))
        .unwrap_or_default();
    format!("{code}（{title}）")
}

pub fn short(s: &str) -> String {
    let c: String = s.chars().take(24).collect();
    if c.len() < s.len() {
        format!("{c}…")
    } else {
        c
    }
}

pub fn excerpt(s: &str) -> String {
    let t: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let c: String = t.chars().take(80).collect();
    if c.len() < t.len() {
        format!("{c}…")
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;

    #[test]
    fn guide_directions_rank_by_specific_terms() {
        let p = Profile::default_profile();
        let text = "本项目研究碳化硅功率器件的外延生长与氮化镓射频器件，解决第三代半导体材料缺陷控制问题，\
                    研制高压碳化硅MOSFET器件及其封装装备。";
        let fits = rank_guides(&p, text);
        assert_eq!(fits[0].code, "210103", "{:?}", &fits[..3]);
        assert!(fits[0].shared.iter().any(|t| t == "碳化硅"));
        // Generic words do not count as fit.
        let generic = rank_guides(&p, "本项目研发关键技术系统，开展研究与应用。");
        assert!(
            generic.iter().all(|f| f.shared.len() <= 1),
            "{:?}",
            &generic[..3]
        );
        let robots = rank_guides(
            &p,
            "研制多关节工业机器人用高精度磁编码器与伺服控制器，突破柔性触觉传感器关键部件制造。",
        );
        assert_eq!(robots[0].code, "210902");
        // A Latin term counts only as a whole word: "ai" is not in "domain" or "maintain".
        let latin = rank_guides(&p, "domain maintain certain");
        assert!(latin.iter().all(|f| !f.shared.iter().any(|t| t == "ai")));
        // Each direction's own title ranks it first or close: the measure sees what a title says.
        let mut own_first = 0;
        for g in &p.guide {
            let f = rank_guides(&p, &g.title);
            if f.iter().take(3).any(|x| x.code == g.code) {
                own_first += 1;
            }
        }
        assert!(
            own_first * 10 >= p.guide.len() * 9,
            "{own_first}/{}",
            p.guide.len()
        );
    }
}
