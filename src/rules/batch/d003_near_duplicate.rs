//! D003 near-duplicate-in-batch.
//!
//! What: two packages whose applications score at or above the profile's warning threshold with
//! each other, with the same score and passages as D001. Text that most packages of the batch share
//! (the form's own sentences) is left out first.
//! Why: 三.2: the same content must not be submitted twice.
//! Example: two departments' packages with the same 研究内容 → warning with the passages.

use super::{BatchCx, Dossier, base, bfinding};
use crate::index::score;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};
use rayon::prelude::*;
use std::collections::HashMap;

rule_info!(
    "D003",
    "near-duplicate-in-batch",
    "批内相似",
    Warning,
    "三.2",
    Batch,
    include_str!("d003_near_duplicate.rs")
);

pub struct D003;

impl Rule for D003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "批内两个申报包内容相近（相似度 ≥ {:.2}）",
                p.duplicates.warning_threshold
            ),
            Lang::En => format!(
                "batch: two packages close to each other (score ≥ {:.2})",
                p.duplicates.warning_threshold
            ),
        }
    }
    fn check_batch(&self, b: &mut BatchCx, out: &mut Vec<Finding>) {
        near_duplicates(b.names, b.dossiers, b.profile, out);
    }
}

/// D003: candidate pairs share rare bigrams; each candidate is scored like D001 after the
/// batch's template text is removed.
fn near_duplicates(names: &[String], d: &mut [Dossier], profile: &Profile, out: &mut Vec<Finding>) {
    let n = d.len();
    if n < 2 {
        return;
    }
    // Every (bigram, package) once, sorted: document frequencies are run lengths. Sorted
    // lists rather than hash maps: 8 bytes an entry, whatever the batch.
    let uniq: Vec<Vec<score::Gram>> = d
        .par_iter()
        .map(|x| {
            let mut g: Vec<score::Gram> = x
                .sentences
                .iter()
                .flat_map(|s| s.grams.iter().copied())
                .collect();
            g.sort_unstable();
            g.dedup();
            g
        })
        .collect();
    let mut all: Vec<(score::Gram, u32)> = uniq
        .iter()
        .enumerate()
        .flat_map(|(i, g)| g.iter().map(move |h| (*h, i as u32)))
        .collect();
    all.par_sort_unstable();
    // Template text: in at least a fifth of the packages (and at least 4 of them). Rare: in
    // at most 5 packages (0.5 % of a large batch) — the bigrams that make two packages
    // candidates: what near-duplicates share and few others have.
    let common_at = ((n as f64 * 0.2).ceil() as usize).max(4);
    let rare_at = ((n as f64 * 0.005).ceil() as usize).max(5);
    let mut common: Vec<score::Gram> = Vec::new();
    let mut postings: Vec<(score::Gram, u32)> = Vec::new();
    let mut rare_count = vec![0u32; n];
    let mut common_count = vec![0u32; n];
    for run in all.chunk_by(|a, b| a.0 == b.0) {
        let df = run.len();
        if df >= common_at {
            common.push(run[0].0);
            for &(_, i) in run {
                common_count[i as usize] += 1;
            }
        }
        if df <= rare_at {
            for &(_, i) in run {
                rare_count[i as usize] += 1;
            }
            if df >= 2 {
                postings.extend_from_slice(run);
            }
        }
    }
    drop(all);
    // A package that is nearly all "template" is a copy among copies, not a form filled in:
    // it is compared whole (seven copies of one application in a batch of eight).
    let copy_like: Vec<bool> = uniq
        .iter()
        .zip(&common_count)
        .map(|(g, &c)| !g.is_empty() && c as f64 / g.len() as f64 >= 0.8)
        .collect();
    // Candidates: pairs sharing at least half the warning threshold of the smaller one's rare
    // bigrams (a shared sentence holds at least half of its bigrams: below this share the
    // score cannot reach the threshold).
    let min_share = profile.duplicates.warning_threshold * 0.5;
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut counts = vec![0u32; n];
    for i in 0..n {
        counts.iter_mut().for_each(|c| *c = 0);
        for h in &uniq[i] {
            let start = postings.partition_point(|p| p.0 < *h);
            for &(_, j) in postings[start..].iter().take_while(|p| p.0 == *h) {
                if (j as usize) > i {
                    counts[j as usize] += 1;
                }
            }
        }
        for j in i + 1..n {
            let smaller = rare_count[i].min(rare_count[j]).max(1);
            if counts[j] > 0 && counts[j] as f64 / smaller as f64 >= min_share {
                pairs.push((i, j));
            }
        }
    }
    drop(uniq);
    drop(postings);
    // Candidates, second way: packages that share whole sentences. Rare bigrams miss a cluster
    // of more than a few copies of one text (their bigrams are no longer rare); a sentence in
    // at most 50 packages pairs them all. Template sentences (common) are skipped.
    let mut by_sentence: HashMap<u64, Vec<u32>> = HashMap::new();
    let mut sentence_count = vec![0u32; n];
    for (i, x) in d.iter().enumerate() {
        let mut seen: Vec<u64> = x.sentences.iter().map(|s| sentence_key(&s.grams)).collect();
        seen.sort_unstable();
        seen.dedup();
        sentence_count[i] = seen.len() as u32;
        for h in seen {
            by_sentence.entry(h).or_default().push(i as u32);
        }
    }
    let mut shared_sentences: HashMap<(u32, u32), u32> = HashMap::new();
    for members in by_sentence.values() {
        if members.len() < 2 || members.len() > 50 {
            continue;
        }
        for (a, &i) in members.iter().enumerate() {
            for &j in &members[a + 1..] {
                *shared_sentences.entry((i, j)).or_default() += 1;
            }
        }
    }
    drop(by_sentence);
    for ((i, j), c) in shared_sentences {
        let smaller = sentence_count[i as usize]
            .min(sentence_count[j as usize])
            .max(1);
        if c >= 3 && c as f64 / smaller as f64 >= min_share {
            pairs.push((i as usize, j as usize));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    // Only packages in a candidate pair are prepared for scoring.
    let mut involved = vec![false; n];
    for &(i, j) in &pairs {
        involved[i] = true;
        involved[j] = true;
    }
    // The sentences move into their prepared form: nothing is held twice.
    let cleaned: Vec<score::Prepared> = d
        .par_iter_mut()
        .zip(involved.par_iter())
        .zip(copy_like.par_iter())
        .map(|((x, &inv), &copy)| {
            let s = std::mem::take(&mut x.sentences);
            if !inv {
                score::Prepared::default()
            } else if copy {
                score::Prepared::new(s)
            } else {
                score::Prepared::new(score::without_common(s, &common))
            }
        })
        .collect();
    let warn = profile.duplicates.warning_threshold;
    let scored: Vec<(usize, usize, score::Comparison)> = pairs
        .par_iter()
        .map(|&(i, j)| (i, j, score::compare_prepared(&cleaned[i], &cleaned[j])))
        .filter(|(_, _, c)| c.score >= warn)
        .collect();
    for (i, j, c) in scored {
        let pct = (c.score * 100.0).floor();
        let passage = c
            .passages
            .first()
            .map(|p| {
                format!(
                    "\n{}：{}\n{}：{}",
                    base(&names[i]),
                    p.0,
                    base(&names[j]),
                    p.1
                )
            })
            .unwrap_or_default();
        out.push(bfinding(&INFO, format!(
                "申报包“{}”与“{}”的申报内容相似度 {pct:.0}%：同一内容不得重复申报，请核实。",
                base(&names[i]),
                base(&names[j])
            ),
            format!(
                "Packages \"{}\" and \"{}\" are {pct:.0}% the same: check for a duplicate submission.",
                base(&names[i]),
                base(&names[j])
            ),
            format!("score {:.2}{passage}", c.score),
            vec![names[i].clone(), names[j].clone()],
        ));
    }
}

/// A sentence's identity: its bigram set (sorted), hashed.
fn sentence_key(grams: &[score::Gram]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for g in grams {
        h ^= *g as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}
