//! Dev evaluation of `check` on labelled packages (tests/packages/dev, made by
//! tests/packages/make_packages.py with templates the shipped samples do not use): field
//! exact-match accuracy and per-rule precision/recall against the generator's oracle.
//!
//!     cargo test --release --test package_eval -- --nocapture
//!
//! prints the table; the test fails when the figures drop below the floors at the bottom.

use propscan::extract::Limits;
use propscan::profile::Profile;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const FIELDS: &[&str] = &propscan::model::Fields::NAMES;

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64().unwrap_or(f64::NAN) - y.as_f64().unwrap_or(f64::NAN)).abs() < 1e-6
        }
        _ => a == b,
    }
}

#[test]
fn dev_packages_fields_and_rules() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packages/dev");
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).expect("labels.jsonl");
    let profile = Profile::default_profile();
    let limits = Limits::default();
    let cases: Vec<Value> = labels
        .lines()
        .map(|l| serde_json::from_str(l).expect("label line"))
        .collect();
    assert!(cases.len() >= 40, "dev set too small");

    let mut field_ok: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut rule_counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new(); // tp, fp, fn
    let mut misses = Vec::new();
    let mut g003 = 0;
    let mut g006 = 0;
    for case in &cases {
        let pkg = case["package"].as_str().unwrap();
        let report = propscan::check_path(&dir.join(pkg), &profile, &limits, None);
        let got = serde_json::to_value(&report).unwrap();
        for f in FIELDS {
            let want = &case["fields"][*f];
            let have = &got["fields"][*f];
            let e = field_ok.entry(f).or_default();
            e.1 += 1;
            if same(want, have) {
                e.0 += 1;
            } else {
                misses.push(format!("{pkg} field {f}: want {want} got {have}"));
            }
        }
        let want: BTreeSet<String> = case["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        // G003 (guide fit) is not modelled by the oracle: the dev packages pair random real
        // abstracts with random guide codes. It is measured in src/rules/guide.rs's tests.
        let have: BTreeSet<String> = report
            .findings
            .iter()
            .map(|f| f.rule.to_string())
            .filter(|r| r != "G003" && r != "G006")
            .collect();
        g003 += report.findings.iter().filter(|f| f.rule == "G003").count();
        g006 += report.findings.iter().filter(|f| f.rule == "G006").count();
        for r in want.union(&have) {
            let e = rule_counts.entry(r.clone()).or_default();
            match (want.contains(r), have.contains(r)) {
                (true, true) => e.0 += 1,
                (false, true) => {
                    e.1 += 1;
                    let ev: Vec<String> = report
                        .findings
                        .iter()
                        .filter(|f| f.rule == r)
                        .map(|f| f.evidence.clone())
                        .collect();
                    misses.push(format!(
                        "{pkg} rule {r}: false positive ({})",
                        ev.join(" | ")
                    ));
                }
                (true, false) => {
                    e.2 += 1;
                    misses.push(format!("{pkg} rule {r}: missed"));
                }
                _ => {}
            }
        }
    }
    let (ok, n) = field_ok
        .values()
        .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
    let field_acc = ok as f64 / n as f64;
    println!("\nfields: {ok}/{n} exact = {:.3}", field_acc);
    for (f, (o, n)) in &field_ok {
        println!("  {f:<24} {o}/{n}");
    }
    println!("\nrule   tp  fp  fn  precision  recall  F1");
    let mut worst_f1: f64 = 1.0;
    for (r, (tp, fp, fn_)) in &rule_counts {
        let p = *tp as f64 / (tp + fp).max(1) as f64;
        let rc = *tp as f64 / (tp + fn_).max(1) as f64;
        let f1 = if p + rc > 0.0 {
            2.0 * p * rc / (p + rc)
        } else {
            0.0
        };
        worst_f1 = worst_f1.min(f1);
        println!("{r}  {tp:>4} {fp:>3} {fn_:>3}  {p:>9.3} {rc:>7.3} {f1:>5.3}");
    }
    for m in &misses {
        println!("  miss: {m}");
    }
    println!(
        "packages: {}; G003 (not scored) fired on {g003}; G006 (not scored here: tests/scope_eval.rs) on {g006}",
        cases.len()
    );
    // Floors: the goals are fields ≥ 0.98 and every rule F1 ≥ 0.95 (see the note of issue 4).
    assert!(field_acc >= 0.98, "field accuracy {field_acc:.3}");
    assert!(worst_f1 >= 0.95, "worst rule F1 {worst_f1:.3}");
}
