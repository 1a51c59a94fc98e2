//! Dev evaluation of duplicate search (D001) on real abstracts.
//!
//!     cargo test --release --test dup_eval -- --nocapture
//!
//! The index is the shipped corpus (corpora/projects.jsonl: 500 real CSL abstracts as Suzhou
//! projects plus 9,684 real NSFC titles). Positives are resubmissions of ongoing corpus projects
//! with a new title: (a) the same text, (b) sentences reordered, (c) 30 % of the sentences
//! swapped for sentences of another project, (d) light synonym changes. Hard negatives are real
//! abstracts that are not in the corpus (CSL records 500–999) of a discipline some base project
//! has. D001 is predicted when an ongoing project scores at or above the profile's warning
//! threshold; top-1 is the base project ranked first.

use propscan::index::{self, Probe, Project, ProjectIndex, score};
use propscan::profile::Profile;
use serde_json::Value;
use std::collections::HashMap;

/// A small deterministic generator (no test may depend on the time of day).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SYNONYMS: &[(&str, &str)] = &[
    ("提出", "给出"),
    ("研究", "探讨"),
    ("方法", "手段"),
    ("结果表明", "实验表明"),
    ("建立", "构建"),
    ("分析", "剖析"),
    ("提高", "提升"),
    ("利用", "借助"),
    ("实现", "达成"),
    ("采用", "使用"),
    ("进行", "开展"),
    ("显著", "明显"),
    ("有效", "有力"),
];

fn sentences(text: &str) -> Vec<String> {
    score::split_sentences(text)
        .into_iter()
        .map(str::to_string)
        .collect()
}

fn synonymise(text: &str, rng: &mut Lcg) -> String {
    // Light: each applicable synonym replaces about half of its occurrences.
    let mut out = text.to_string();
    for (a, b) in SYNONYMS {
        if out.contains(a) {
            let parts: Vec<&str> = out.split(a).collect();
            let mut s = String::new();
            for (i, p) in parts.iter().enumerate() {
                s.push_str(p);
                if i + 1 < parts.len() {
                    s.push_str(if rng.below(2) == 0 { b } else { a });
                }
            }
            out = s;
        }
    }
    out
}

#[test]
fn duplicate_search_precision_recall_top1() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let profile = Profile::default_profile();
    let corpus = index::read_jsonl(index::CORPUS, "corpora/projects.jsonl").unwrap();
    let dir = std::env::temp_dir().join(format!("propscan-dupeval-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let idx = ProjectIndex::create(&dir, &corpus).unwrap();

    let csl: Vec<Value> =
        std::fs::read_to_string(root.join("corpora/sources/csl_dev_joined.jsonl"))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
    // Corpus ids SZyyyy-iiii are CSL record i.
    let discipline_of = |p: &Project| -> Option<String> {
        let i: usize = p.id.rsplit('-').next()?.parse().ok()?;
        csl.get(i)?["discipline"].as_str().map(str::to_string)
    };
    let bases: Vec<&Project> = corpus
        .iter()
        .filter(|p| {
            p.id.starts_with("SZ") && p.is_ongoing() && sentences(&p.abstract_text).len() >= 4
        })
        .take(100)
        .collect();
    let others: Vec<&Project> = corpus.iter().filter(|p| p.id.starts_with("SZ")).collect();
    let base_disciplines: std::collections::HashSet<String> =
        bases.iter().filter_map(|p| discipline_of(p)).collect();
    let negatives: Vec<&str> = csl[500..]
        .iter()
        .filter(|r| {
            r["discipline"]
                .as_str()
                .is_some_and(|d| base_disciplines.contains(d))
        })
        .map(|r| r["abstract"].as_str().unwrap())
        .take(200)
        .collect();

    let warn = profile.duplicates.warning_threshold;
    let err = profile.duplicates.error_threshold;
    let mut rng = Lcg(2022);
    let mut tp = 0;
    let mut fn_ = 0;
    let mut top1 = 0;
    let mut n_pos = 0;
    let mut per_kind: HashMap<&str, Vec<f64>> = HashMap::new();
    let mut at_error: HashMap<&str, usize> = HashMap::new();
    let mut misses = Vec::new();
    for (bi, base) in bases.iter().enumerate() {
        let sents = sentences(&base.abstract_text);
        let mut reordered = sents.clone();
        for i in (1..reordered.len()).rev() {
            let j = rng.below(i + 1);
            reordered.swap(i, j);
        }
        // The swapped-in sentences are a part of another project (one with at least twice as
        // many sentences), as when a resubmission borrows from a second project.
        let k = ((sents.len() as f64 * 0.3).round() as usize).max(1);
        let other = (0..others.len())
            .map(|j| others[(bi * 7 + 13 + j) % others.len()])
            .find(|o| o.id != base.id && sentences(&o.abstract_text).len() > 2 * k)
            .unwrap();
        let osents = sentences(&other.abstract_text);
        let mut swapped = sents.clone();
        for j in 0..k {
            let pos = (j * sents.len()) / k;
            swapped[pos] = osents[j % osents.len()].clone();
        }
        let variants = [
            ("same", base.abstract_text.clone()),
            ("reordered", reordered.join("。")),
            ("swapped30", swapped.join("。")),
            ("synonyms", synonymise(&base.abstract_text, &mut rng)),
        ];
        for (kind, text) in variants {
            n_pos += 1;
            let probe = Probe::text(&format!("新申报项目{bi}研发"), &text);
            let hits = idx.search(&probe, 5, 0.0);
            let best_ongoing = hits
                .iter()
                .filter(|(p, _)| p.is_ongoing())
                .map(|(_, s)| s.score)
                .fold(0.0, f64::max);
            let base_score = hits
                .iter()
                .find(|(p, _)| p.id == base.id)
                .map(|(_, s)| s.score)
                .unwrap_or(0.0);
            per_kind.entry(kind).or_default().push(base_score);
            if base_score >= err {
                *at_error.entry(kind).or_default() += 1;
            }
            if best_ongoing >= warn {
                tp += 1;
            } else {
                fn_ += 1;
                misses.push(format!(
                    "missed {kind} of {} (score {base_score:.2})",
                    base.id
                ));
            }
            if hits.first().is_some_and(|(p, _)| p.id == base.id) {
                top1 += 1;
            } else {
                misses.push(format!(
                    "top-1 of {kind}/{} is {:?}",
                    base.id,
                    hits.first().map(|(p, s)| (p.id.clone(), s.score))
                ));
            }
        }
    }
    let mut fp = 0;
    let mut neg_scores = Vec::new();
    for text in &negatives {
        let hits = idx.search(&Probe::text("", text), 5, 0.0);
        let best = hits
            .iter()
            .filter(|(p, _)| p.is_ongoing())
            .map(|(_, s)| s.score)
            .fold(0.0, f64::max);
        neg_scores.push(best);
        if best >= warn {
            fp += 1;
            misses.push(format!(
                "false positive {best:.2}: {}",
                &text.chars().take(40).collect::<String>()
            ));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let top1_acc = top1 as f64 / n_pos as f64;
    println!(
        "\nD001 on {} positives ({} bases × 4 variants) and {} hard negatives",
        n_pos,
        bases.len(),
        negatives.len()
    );
    println!(
        "precision {precision:.3}  recall {recall:.3}  top-1 {top1_acc:.3}  (tp {tp} fp {fp} fn {fn_})"
    );
    let mut kinds: Vec<_> = per_kind.iter().collect();
    kinds.sort_by_key(|(k, _)| *k);
    for (k, v) in kinds {
        let mut v = v.clone();
        v.sort_by(f64::total_cmp);
        println!(
            "  {k:<10} base score min {:.2}  median {:.2}  ≥ error threshold {}/{}",
            v[0],
            v[v.len() / 2],
            at_error.get(k).copied().unwrap_or(0),
            v.len()
        );
    }
    neg_scores.sort_by(f64::total_cmp);
    println!(
        "  negatives  best ongoing score median {:.2}  p95 {:.2}  max {:.2}",
        neg_scores[neg_scores.len() / 2],
        neg_scores[neg_scores.len() * 95 / 100],
        neg_scores[neg_scores.len() - 1]
    );
    for m in misses.iter().take(20) {
        println!("  {m}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(bases.len() >= 50 && negatives.len() >= 100);
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(top1_acc >= 0.98, "top-1 {top1_acc:.3}");
}
