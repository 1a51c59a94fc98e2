//! G006 on real abstracts it was not trained on: the CSL abstracts whose id number is divisible
//! by 3 (models/scope_heldout_ids.txt; models/train_scope.py never reads them), labelled by their
//! discipline through models/discipline_scope.tsv (in / out / unsure). Prints precision and
//! recall on the out-of-scope disciplines, the share of in-scope abstracts left alone, and a
//! confusion table of disciplines × outcome. Run `cargo test --release --test scope_eval --
//! --nocapture` to see the figures.

use propscan::profile::Profile;
use propscan::rules::guide::g006_outside_scope::judge;
use std::collections::{BTreeMap, HashMap, HashSet};

fn file(rel: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

#[test]
fn g006_on_held_out_abstracts() {
    let profile = Profile::default_profile();
    let s = &profile.scope;
    let held: HashSet<String> = file("models/scope_heldout_ids.txt")
        .lines()
        .map(str::to_string)
        .collect();
    let scope: HashMap<String, String> = file("models/discipline_scope.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let mut table: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    let (mut tp, mut fp, mut fn_, mut in_total, mut in_quiet) = (0, 0, 0, 0, 0);
    let mut seen = 0;
    for line in file("corpora/sources/csl_dev_joined.jsonl").lines() {
        let o: serde_json::Value = serde_json::from_str(line).unwrap();
        if !held.contains(o["id"].as_str().unwrap()) {
            continue;
        }
        seen += 1;
        let discipline = o["discipline"].as_str().unwrap().to_string();
        let label = scope
            .get(&discipline)
            .cloned()
            .unwrap_or_else(|| "unsure".into());
        let text = format!(
            "{}\n{}",
            o["title"].as_str().unwrap(),
            o["abstract"].as_str().unwrap()
        );
        let j = judge(&text);
        let fired = j.known >= s.outside_min_words && j.mean > s.outside_log_odds;
        let e = table.entry((label.clone(), discipline)).or_default();
        e.0 += 1;
        e.1 += usize::from(fired);
        match (label.as_str(), fired) {
            ("out", true) => tp += 1,
            ("out", false) => fn_ += 1,
            ("in", true) => {
                fp += 1;
                in_total += 1
            }
            ("in", false) => {
                in_quiet += 1;
                in_total += 1
            }
            _ => {}
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let quiet = in_quiet as f64 / in_total.max(1) as f64;
    println!(
        "G006 on {seen} held-out CSL abstracts: precision {precision:.3}, recall {recall:.3} (out-of-scope disciplines); in-scope left alone {quiet:.3} ({in_quiet}/{in_total})"
    );
    println!(
        "{:<8} {:<28} {:>5} {:>6}",
        "label", "discipline", "n", "G006"
    );
    for ((label, d), (n, f)) in &table {
        println!("{label:<8} {d:<28} {n:>5} {f:>6}");
    }
    // The goals (0.9 / 0.9 / 0.95), met since session 20 (0.979 / 0.909 / 0.965).
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.9, "recall {recall:.3}");
    assert!(quiet >= 0.95, "in-scope left alone {quiet:.3}");
}

/// G003 on the same held-out abstracts, those of in-scope disciplines: each is declared under
/// every guide direction that fits its field (`models/discipline_fields.tsv`; the profile's
/// `fields` of each direction) and under every direction that is far from it (sharing neither
/// its field nor a neighbouring one). Recall: far declarations warned; quiet: fitting ones left
/// alone; precision with as many far as fitting declarations: recall / (recall + 1 − quiet).
/// The rule it replaced (the declared direction outside the best three by shared title terms)
/// is printed beside it.
#[test]
fn g003_on_held_out_abstracts() {
    use propscan::rules::guide::{g003_content_fit::assess, rank_guides};
    let profile = Profile::default_profile();
    let held: HashSet<String> = file("models/scope_heldout_ids.txt")
        .lines()
        .map(str::to_string)
        .collect();
    let fields: HashMap<String, (String, Vec<String>)> = file("models/discipline_fields.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            let near = c
                .get(2)
                .map(|n| {
                    n.split(',')
                        .filter(|x| !x.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            (c[0].to_string(), (c[1].to_string(), near))
        })
        .collect();
    let directions: Vec<_> = profile
        .guide
        .iter()
        .filter(|g| !g.fields.is_empty() && !g.directed)
        .collect();
    // (far, far warned, fit, fit warned) per discipline; the same for the replaced rule.
    let mut table: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut old = [0usize; 4];
    let mut abstracts = 0;
    for line in file("corpora/sources/csl_dev_joined.jsonl").lines() {
        let o: serde_json::Value = serde_json::from_str(line).unwrap();
        let discipline = o["discipline"].as_str().unwrap();
        let Some((field, near)) = fields.get(discipline) else {
            continue;
        };
        if !held.contains(o["id"].as_str().unwrap()) {
            continue;
        }
        abstracts += 1;
        let text = format!(
            "{}\n{}",
            o["title"].as_str().unwrap(),
            o["abstract"].as_str().unwrap()
        );
        let ranked = rank_guides(&profile, &text);
        let row = table.entry(discipline.to_string()).or_default();
        for g in &directions {
            let fits = g.fields.contains(field);
            let far = !fits && !g.fields.iter().any(|f| near.contains(f));
            if !fits && !far {
                continue;
            }
            let warned = assess(&profile, &text, g).is_some();
            let rank = ranked.iter().position(|f| f.code == g.code).unwrap_or(99);
            let old_warned = rank >= 3
                && ranked[0].shared.len() >= 3
                && ranked[rank.min(ranked.len() - 1)].score < 0.5 * ranked[0].score;
            let k = if far { 0 } else { 2 };
            row[k] += 1;
            row[k + 1] += usize::from(warned);
            old[k] += 1;
            old[k + 1] += usize::from(old_warned);
        }
    }
    let rate = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    let sum = table.values().fold([0; 4], |mut s, r| {
        for i in 0..4 {
            s[i] += r[i];
        }
        s
    });
    let figures = |s: [usize; 4]| {
        let recall = rate(s[1], s[0]);
        let quiet = 1.0 - rate(s[3], s[2]);
        (recall / (recall + 1.0 - quiet).max(1e-9), recall, quiet)
    };
    let (precision, recall, quiet) = figures(sum);
    let (op, or, oq) = figures(old);
    println!(
        "G003 on {abstracts} held-out in-scope CSL abstracts: {} far and {} fitting declarations: precision {precision:.3}, recall {recall:.3}, fitting left alone {quiet:.3}",
        sum[0], sum[2]
    );
    println!(
        "  the replaced rule (title terms only): precision {op:.3}, recall {or:.3}, fitting left alone {oq:.3}"
    );
    println!(
        "{:<24} {:>5} {:>7} {:>5} {:>7}",
        "discipline", "far", "warned", "fit", "warned"
    );
    for (d, r) in &table {
        println!("{d:<24} {:>5} {:>7} {:>5} {:>7}", r[0], r[1], r[2], r[3]);
    }
    // Floors at the level measured when this was written (goals 0.9 / 0.9 / 0.95).
    assert!(precision >= 0.90, "precision {precision:.3}");
    assert!(recall >= 0.75, "recall {recall:.3}");
    assert!(quiet >= 0.92, "fitting left alone {quiet:.3}");
}
