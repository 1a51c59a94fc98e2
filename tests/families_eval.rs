//! Judgement on documents propscan was not written against: the fifteen template families of
//! tests/families/ (six writers; see its README), scored per family against the generator's
//! oracle. Families marked `tuning` may be looked at while changing propscan; round-1 held-out
//! families were held back until their figure was taken, then opened (so they are dev data
//! now); round-2 families were written after that and are the held-out set whose figure is the
//! headline. Misses are printed for the first two groups only, unless PROPSCAN_SHOW_HELDOUT=1
//! (for after a figure is taken).
//!
//!     cargo test --release --test families_eval -- --nocapture
//!
//! prints fields exact per family and field, rule precision/recall, error findings that are
//! false per 100 packages and the micro precision over all findings, for the tuning and the
//! held-out families; it fails when the held-out figures drop below the floors at the bottom.

use propscan::extract::Limits;
use propscan::model::Severity;
use propscan::profile::Profile;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const FIELDS: &[&str] = &propscan::model::Fields::NAMES;
/// The newest round of held-out families (tests/families/make_families.py's ROUND): written
/// after the earlier rounds were opened, and not looked at before their figure was taken.
const LATEST_ROUND: u64 = 128;

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64().unwrap_or(f64::NAN) - y.as_f64().unwrap_or(f64::NAN)).abs() < 1e-6
        }
        _ => a == b,
    }
}

#[derive(Default)]
struct Tally {
    packages: usize,
    fields: (usize, usize),
    per_field: BTreeMap<&'static str, (usize, usize)>,
    rules: BTreeMap<String, (usize, usize, usize)>, // tp, fp, fn
    false_errors: usize,
    findings: (usize, usize), // right, all (scored rules)
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.packages += other.packages;
        self.fields.0 += other.fields.0;
        self.fields.1 += other.fields.1;
        for (k, v) in &other.per_field {
            let e = self.per_field.entry(k).or_default();
            e.0 += v.0;
            e.1 += v.1;
        }
        for (k, v) in &other.rules {
            let e = self.rules.entry(k.clone()).or_default();
            e.0 += v.0;
            e.1 += v.1;
            e.2 += v.2;
        }
        self.false_errors += other.false_errors;
        self.findings.0 += other.findings.0;
        self.findings.1 += other.findings.1;
    }
    fn field_acc(&self) -> f64 {
        self.fields.0 as f64 / self.fields.1.max(1) as f64
    }
    fn micro_precision(&self) -> f64 {
        self.findings.0 as f64 / self.findings.1.max(1) as f64
    }
    fn false_errors_per_100(&self) -> f64 {
        100.0 * self.false_errors as f64 / self.packages.max(1) as f64
    }
    fn print(&self, what: &str) {
        println!(
            "\n== {what}: {} packages; fields {}/{} exact = {:.3}; micro precision {:.3} ({}/{}); false error findings {:.1} per 100 packages",
            self.packages,
            self.fields.0,
            self.fields.1,
            self.field_acc(),
            self.micro_precision(),
            self.findings.0,
            self.findings.1,
            self.false_errors_per_100()
        );
        let fields: Vec<String> = self
            .per_field
            .iter()
            .filter(|(_, (o, n))| o < n)
            .map(|(f, (o, n))| format!("{f} {o}/{n}"))
            .collect();
        println!("   fields not all exact: {}", fields.join(", "));
        println!("   rule   tp  fp  fn  precision recall");
        for (r, (tp, fp, fn_)) in &self.rules {
            let p = *tp as f64 / (tp + fp).max(1) as f64;
            let rc = *tp as f64 / (tp + fn_).max(1) as f64;
            println!("   {r}  {tp:>4} {fp:>3} {fn_:>3}  {p:>9.3} {rc:>6.3}");
        }
    }
}

#[test]
fn families_fields_and_rules() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/families/set");
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).expect("labels.jsonl");
    let profile = Profile::default_profile();
    let limits = Limits::default();
    let show_heldout = std::env::var_os("PROPSCAN_SHOW_HELDOUT").is_some();
    let cases: Vec<Value> = labels
        .lines()
        .map(|l| serde_json::from_str(l).expect("label line"))
        .collect();
    assert!(cases.len() >= 48, "family set too small");

    // Group of a family: 0 tuning, 1 round-1 held-out (opened), 2 held out.
    let mut per_family: BTreeMap<String, (u8, Tally)> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut unscored = BTreeMap::<&str, usize>::new();
    // The packages are checked on every core (most of the time is OCR of the scanned families),
    // then scored in order.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<_>>> =
        cases.iter().map(|_| std::sync::Mutex::new(None)).collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|sc| {
        for _ in 0..workers {
            sc.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(case) = cases.get(i) else { break };
                    let pkg = case["package"].as_str().unwrap();
                    let report = propscan::check_path(&dir.join(pkg), &profile, &limits, None);
                    *slots[i].lock().unwrap() = Some(report);
                }
            });
        }
    });
    let mut reports = slots
        .into_iter()
        .map(|m| m.into_inner().unwrap().expect("checked"));
    for case in &cases {
        let pkg = case["package"].as_str().unwrap();
        let family = case["family"].as_str().unwrap().to_string();
        let group = if case["tuning"].as_bool().unwrap() {
            0
        } else if case["round"].as_u64().is_some_and(|r| r < LATEST_ROUND) {
            1
        } else {
            2
        };
        let report = reports.next().expect("one report a case");
        let got = serde_json::to_value(&report).unwrap();
        let (_, t) = per_family
            .entry(family)
            .or_insert_with(|| (group, Tally::default()));
        let show = group < 2 || show_heldout;
        t.packages += 1;
        for f in FIELDS {
            let want = &case["fields"][*f];
            let have = &got["fields"][*f];
            let e = t.per_field.entry(f).or_default();
            e.1 += 1;
            t.fields.1 += 1;
            if same(want, have) {
                e.0 += 1;
                t.fields.0 += 1;
            } else if show {
                misses.push(format!("{pkg} field {f}: want {want} got {have}"));
            }
        }
        let want: BTreeSet<String> = case["rules"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        // G003 and G006 (content fit) are not modelled by the oracle (random real abstracts under
        // random guide codes); they are scored by tests/scope_eval.rs and counted here apart.
        let scored: Vec<_> = report
            .findings
            .iter()
            .filter(|f| {
                let keep = f.rule != "G003" && f.rule != "G006";
                if !keep {
                    *unscored.entry(f.rule).or_default() += 1;
                }
                keep
            })
            .collect();
        for f in &scored {
            t.findings.1 += 1;
            if want.contains(f.rule) {
                t.findings.0 += 1;
            } else if f.severity == Severity::Error {
                t.false_errors += 1;
            }
        }
        let have: BTreeSet<String> = scored.iter().map(|f| f.rule.to_string()).collect();
        for r in want.union(&have) {
            let e = t.rules.entry(r.clone()).or_default();
            match (want.contains(r), have.contains(r)) {
                (true, true) => e.0 += 1,
                (false, true) => {
                    e.1 += 1;
                    if show {
                        let ev: Vec<String> = scored
                            .iter()
                            .filter(|f| f.rule == r)
                            .map(|f| format!("{:?}: {}", f.severity, f.evidence))
                            .collect();
                        misses.push(format!("{pkg} rule {r}: false ({})", ev.join(" | ")));
                    }
                }
                (true, false) => {
                    e.2 += 1;
                    if show {
                        misses.push(format!("{pkg} rule {r}: missed"));
                    }
                }
                _ => {}
            }
        }
    }
    let mut groups = [Tally::default(), Tally::default(), Tally::default()];
    let names = ["tuning", "opened", "held-out"];
    println!("\nfamily        set       fields  micro-P  false errors/100");
    for (fam, (g, t)) in &per_family {
        println!(
            "{fam:<13} {:<8} {:>7.3} {:>8.3} {:>8.1}",
            names[*g as usize],
            t.field_acc(),
            t.micro_precision(),
            t.false_errors_per_100()
        );
        groups[*g as usize].add(t);
    }
    groups[0].print("tuning families");
    groups[1].print(
        "earlier rounds' held-out families, opened after their figure was taken (dev data now)",
    );
    groups[2].print(&format!(
        "round-{LATEST_ROUND} held-out families (the headline)"
    ));
    let heldout = &groups[2];
    println!("\nnot scored (content fit, see tests/scope_eval.rs): {unscored:?}");
    for m in &misses {
        println!("  {m}");
    }
    // Floors (issue 12's goals: fields ≥ 0.98, micro precision ≥ 0.95, ≤ 1 false error finding
    // per 100 packages) on every family: all of them have been opened by now, so this guards
    // against regressions; the figure on families never looked at is the one each round took
    // before opening (README, "Measured").
    let mut all = Tally::default();
    for g in &groups {
        all.add(g);
    }
    assert!(all.field_acc() >= 0.98, "fields {:.3}", all.field_acc());
    assert!(
        all.micro_precision() >= 0.95,
        "micro precision {:.3}",
        all.micro_precision()
    );
    assert!(
        all.false_errors_per_100() <= 1.0,
        "false error findings {:.1} per 100 packages",
        all.false_errors_per_100()
    );
    assert!(heldout.packages >= 6, "held-out set too small");
}
