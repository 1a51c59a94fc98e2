//! Dev evaluation of the title rules on real titles (see tests/data/SOURCES.md).
//!
//! Negatives: 17,000 real funded-project and paper titles reshaped to end in 研发 — they must
//! not trigger T003 (organisation names) or T004 (models); T006 is labelled by the characters it
//! looks for. Positives: real company names injected into other real titles (names from
//! companies_demo.txt are in no propscan list, so only the method can catch them), and model
//! codes generated here, injected the same way; technical terms are injected as hard negatives.
//! Run `cargo test --test title_eval -- --nocapture` to see the figures.

use propscan::profile::Profile;
use propscan::rules::title::check_title;
use propscan::rules::title::t006_not_clean::is_quote_mark;

fn lines(rel: &str) -> Vec<String> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel);
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn reshape(t: &str) -> String {
    let mut s = t.trim_end_matches(['。', '.', ' ']).to_string();
    for tail in [
        "的研究与应用",
        "研究与应用",
        "的实证研究",
        "实证研究",
        "的研究",
        "研究",
        "探讨",
        "分析",
        "初探",
        "研发",
    ] {
        if let Some(x) = s.strip_suffix(tail) {
            s = x.to_string();
            break;
        }
    }
    format!("{s}研发")
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
}

fn model(r: &mut Rng) -> String {
    const L: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
    let letters = |r: &mut Rng, n: usize| (0..n).map(|_| *r.pick(L) as char).collect::<String>();
    let digits = |r: &mut Rng, n: usize| {
        (0..n)
            .map(|_| char::from(b'0' + (r.next() % 10) as u8))
            .collect::<String>()
    };
    match r.next() % 6 {
        0 => format!("{}{}", letters(r, 2), digits(r, 4)),
        1 => format!("{}-{}型", letters(r, 2), digits(r, 3)),
        2 => format!("{}{}系列", letters(r, 2), digits(r, 4)),
        3 => format!("{}-{}{}", letters(r, 3), letters(r, 2), digits(r, 2)),
        4 => format!("{}{}{}", letters(r, 1), digits(r, 3), letters(r, 1)),
        _ => format!("{}{}-{}", letters(r, 3), digits(r, 2), digits(r, 3)),
    }
}

const TERMS: &[&str] = &[
    "RISC-V",
    "5G",
    "IPv6",
    "NB-IoT",
    "SiP",
    "MEMS",
    "Micro-LED",
    "TiO2",
    "Fe3O4",
    "Ga2O3",
    "LiFePO4",
    "Ti-6Al-4V",
    "316L",
    "1200V",
    "28nm",
    "GB/T 19001",
    "2007-2010",
    "CO2",
    "P2P",
    "B2B",
    "SiC",
    "GaN",
    "IGBT",
    "PM2.5",
    "H.265",
    "DDR5",
    "3D",
    "4K",
];

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    tn: usize,
}
impl Score {
    fn add(&mut self, truth: bool, said: bool) {
        match (truth, said) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn fp_rate(&self) -> f64 {
        self.fp as f64 / (self.fp + self.tn).max(1) as f64
    }
}

#[test]
fn title_rules_dev_set() {
    let profile = Profile::default_profile();
    let mut titles = lines("titles_nsfc.txt");
    titles.extend(lines("titles_csl.txt"));
    let names_unseen = lines("companies_demo.txt");
    let names_known = lines("companies_groundtruth.txt");
    let mut r = Rng(0x5EED_1234_ABCD_0001);
    let (mut t003, mut t004, mut t006) = (Score::default(), Score::default(), Score::default());
    let mut fp_examples = Vec::new();
    let has = |t: &str, code: &str| {
        check_title(t, None, &profile)
            .iter()
            .any(|f| f.rule == code)
    };
    // Negatives.
    for t in &titles {
        let t = reshape(t);
        let f = check_title(&t, None, &profile);
        let said = |c: &str| f.iter().any(|x| x.rule == c);
        t003.add(false, said("T003"));
        t004.add(false, said("T004"));
        let dirty = t.chars().any(is_quote_mark) || t.contains("研发研发") || t.contains("  ");
        t006.add(dirty, said("T006"));
        if (said("T003") || said("T004")) && fp_examples.len() < 25 {
            fp_examples.push(format!(
                "{t}  {:?}",
                f.iter()
                    .filter(|x| x.rule == "T003" || x.rule == "T004")
                    .map(|x| &x.evidence)
                    .collect::<Vec<_>>()
            ));
        }
    }
    // Positives: names (unseen and known) and models injected into other real titles.
    let mut unseen = Score::default();
    let mut misses = Vec::new();
    for i in 0..2000 {
        let base = reshape(r.pick(titles.as_slice()).as_str());
        let (name, from_unseen) = if i % 2 == 0 {
            (r.pick(&names_unseen).clone(), true)
        } else {
            (r.pick(&names_known).clone(), false)
        };
        let t = if i % 3 == 0 {
            format!("{name}{base}")
        } else {
            format!("面向{name}的{base}")
        };
        let said = has(&t, "T003");
        t003.add(true, said);
        if from_unseen {
            unseen.add(true, said);
        }
        if !said && misses.len() < 15 {
            misses.push(t);
        }
        let m = model(&mut r);
        let t = if i % 2 == 0 {
            format!("基于{m}的{base}")
        } else {
            format!("{}{m}{}", base.trim_end_matches("研发"), "研发")
        };
        let said = has(&t, "T004");
        t004.add(true, said);
        if !said && misses.len() < 30 {
            misses.push(t);
        }
        // Hard negatives: technical terms in real titles.
        let term = r.pick(TERMS);
        let t = format!("基于{term}的{base}");
        t004.add(false, has(&t, "T004"));
    }
    println!(
        "title dev set: {} real titles (negatives), 2000 injected names, 2000 injected models, 2000 term hard negatives",
        titles.len()
    );
    for (code, s) in [("T003", &t003), ("T004", &t004), ("T006", &t006)] {
        println!(
            "{code}: precision {:.4}  recall {:.4}  false-positive rate {:.4}  (tp {} fp {} fn {} tn {})",
            s.precision(),
            s.recall(),
            s.fp_rate(),
            s.tp,
            s.fp,
            s.fn_,
            s.tn
        );
    }
    println!("T003 recall on names in no list: {:.4}", unseen.recall());
    println!(
        "false positives (first 25):\n  {}",
        fp_examples.join("\n  ")
    );
    println!("misses (first 30):\n  {}", misses.join("\n  "));
    // Regression floors at the level measured when this was written (goals: FP ≤ 1 %, recall ≥ 97 %).
    assert!(t003.fp_rate() <= 0.01, "T003 FP rate {:.4}", t003.fp_rate());
    assert!(
        t004.fp_rate() <= 0.005,
        "T004 FP rate {:.4}",
        t004.fp_rate()
    );
    assert!(t003.recall() >= 0.97, "T003 recall {:.4}", t003.recall());
    assert!(t004.recall() >= 0.97, "T004 recall {:.4}", t004.recall());
    assert!(t006.precision() >= 0.95 && t006.recall() >= 0.95);
}

/// The short-name grammar alone (T003's step 5: no list consulted) on the tuning source: the
/// four-character short names of the shipped A-share list (dictionaries/listed_short_names.txt,
/// adata 2023), put before real titles; and its hits on the real titles themselves. This is the
/// figure the grammar is tuned on, and the short-name model (models/train_short_names.py) was
/// trained on these names and these titles, so both figures are in-sample: the trainer prints
/// its out-of-fold ones, and the held-out one is `title_rules_heldout_names`' "in no shipped
/// list".
#[test]
fn short_name_grammar_on_the_tuning_list() {
    use propscan::rules::title::t003_org_name::short_names_by_shape;
    let mut titles = lines("titles_nsfc.txt");
    titles.extend(lines("titles_csl.txt"));
    let listed: Vec<String> = include_str!("../dictionaries/listed_short_names.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::trim)
        .filter(|l| {
            l.chars().count() == 4 && l.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        })
        .map(String::from)
        .collect();
    let mut r = Rng(0x5407_7A11_u64);
    let mut found = 0usize;
    let mut misses: std::collections::BTreeMap<String, usize> = Default::default();
    for name in &listed {
        let base = reshape(&titles[(r.next() % titles.len() as u64) as usize]);
        let t = format!("{name}{base}");
        if short_names_by_shape(&t)
            .iter()
            .any(|h| h.contains(name.as_str()) || name.contains(h.as_str()))
        {
            found += 1;
        } else {
            *misses.entry(name.chars().skip(2).collect()).or_default() += 1;
            if std::env::var_os("PROPSCAN_SHOW_TITLES").is_some() {
                println!("miss: {t}");
            }
        }
    }
    let mut fp = Vec::new();
    for t in &titles {
        let t = reshape(t);
        let hits = short_names_by_shape(&t);
        if !hits.is_empty() {
            fp.push(format!("{t}  {hits:?}"));
        }
    }
    let mut tails: Vec<_> = misses.into_iter().collect();
    tails.sort_by_key(|b| std::cmp::Reverse(b.1));
    println!(
        "short-name grammar alone, tuning list (4-character A-share short names, {}): recall {:.4}",
        listed.len(),
        found as f64 / listed.len().max(1) as f64
    );
    println!(
        "short-name grammar alone on {} real titles: {} flagged ({:.4})",
        titles.len(),
        fp.len(),
        fp.len() as f64 / titles.len().max(1) as f64
    );
    println!(
        "missed, by tail (first 40): {:?}",
        &tails[..tails.len().min(40)]
    );
    if std::env::var_os("PROPSCAN_SHOW_TITLES").is_some() {
        println!("flagged real titles:\n  {}", fp.join("\n  "));
    }
    assert!(
        fp.len() * 100 <= titles.len(),
        "grammar flags over 1 % of real titles"
    );
}

/// Held-out names: the odd rows of the SZSE A-share list (full names and the exchange's short
/// names), which no propscan list holds (dictionaries/build.py uses only the even rows); and
/// the abbreviation of the applicant's own name. Nothing here was looked at while tuning.
#[test]
fn title_rules_heldout_names() {
    let profile = Profile::default_profile();
    let mut titles = lines("titles_nsfc.txt");
    titles.extend(lines("titles_csl.txt"));
    let held: Vec<(String, String)> = lines("companies_szse_heldout.tsv")
        .iter()
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let known = lines("companies_groundtruth.txt");
    let listed = propscan::segment::listed_short_names();
    let max = profile.title.max_chars;
    let mut r = Rng(0x0004_E1D7_u64);
    let (mut full, mut short, mut abbrev, mut neg_app) = (
        Score::default(),
        Score::default(),
        Score::default(),
        Score::default(),
    );
    // Short names the shipped list of listed companies does not hold (renamed since 2020, or
    // left out as ambiguous): the figure for the name grammar alone.
    let mut unlisted = Score::default();
    // Of those, the ones the second list (short names made of common words) does not hold
    // either: renamed since 2020, or a phrase — the grammar alone.
    let ambiguous = propscan::segment::listed_ambiguous_names();
    let mut in_no_list = Score::default();
    let mut misses = Vec::new();
    let mut nosugg = Vec::new();
    let (mut fixable, mut suggested, mut bad_suggestion) = (0usize, 0usize, Vec::new());
    let han = |s: &str| {
        s.chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count()
    };
    for (i, (name, abbr)) in held.iter().enumerate() {
        let base = reshape(&titles[(r.next() % titles.len() as u64) as usize]);
        for (score, t, applicant) in [
            (&mut full, format!("面向{name}的{base}"), None),
            (&mut short, format!("{abbr}{base}"), None),
            (&mut abbrev, format!("{abbr}{base}"), Some(name.as_str())),
        ] {
            let f = check_title(&t, applicant, &profile);
            let said = f.iter().any(|x| x.rule == "T003");
            if applicant.is_none()
                && t.starts_with(abbr.as_str())
                && !listed.contains(abbr.as_str())
            {
                unlisted.add(true, said);
                if !ambiguous.contains(abbr.as_str()) {
                    in_no_list.add(true, said);
                }
            }
            score.add(true, said);
            // PROPSCAN_TITLE_MISSES=1: every short name missed, with the lists that hold it.
            if applicant.is_none()
                && !said
                && t.starts_with(abbr.as_str())
                && std::env::var_os("PROPSCAN_TITLE_MISSES").is_some()
            {
                println!(
                    "missed short name\t{abbr}\tlisted {}\tambiguous {}\t{name}\t{t}",
                    listed.contains(abbr.as_str()),
                    ambiguous.contains(abbr.as_str())
                );
            }
            if !said && misses.len() < 40 && i % 3 == 0 {
                misses.push(format!("{t}  (applicant {applicant:?})"));
            }
            // A suggestion for every fixable title: one that passes and keeps half the Han
            // characters. Fixable: the base title is more than half of these, and half of them
            // fit the profile's length (a 60-character title cannot keep 30 in 25).
            if said && han(&base) * 2 >= han(&t) && han(&t).div_ceil(2) <= max {
                fixable += 1;
                match f.iter().find_map(|x| x.suggestion.clone()) {
                    Some(s) => {
                        suggested += 1;
                        let again = check_title(&s, applicant, &profile);
                        if again.iter().any(|x| x.rule.starts_with('T')) || han(&s) * 2 < han(&t) {
                            bad_suggestion.push(format!("{t} → {s}"));
                        }
                    }
                    None if nosugg.len() < 40 => nosugg.push(format!("no suggestion: {t}")),
                    None => {}
                }
            }
        }
    }
    // Real titles with another company as the applicant: its name's characters must not make
    // an abbreviation out of ordinary words.
    let mut fp_examples = Vec::new();
    for t in titles.iter().step_by(3) {
        let t = reshape(t);
        let app = &known[(r.next() % known.len() as u64) as usize];
        let said = check_title(&t, Some(app), &profile)
            .iter()
            .any(|x| x.rule == "T003");
        neg_app.add(false, said);
        if said && fp_examples.len() < 20 {
            fp_examples.push(format!("{t}  (applicant {app})"));
        }
    }
    println!(
        "held-out names: {} SZSE companies (odd rows, 2020): no list propscan built holds them; the shipped A-share short-name list (adata, 2023) holds {} of their short names",
        held.len(),
        held.iter()
            .filter(|(_, a)| listed.contains(a.as_str()))
            .count()
    );
    println!("T003 recall, full names:              {:.4}", full.recall());
    println!(
        "T003 recall, short names (简称):        {:.4}",
        short.recall()
    );
    println!(
        "T003 recall, short names not in the list of names that are no phrase ({}): {:.4}",
        unlisted.tp + unlisted.fn_,
        unlisted.recall()
    );
    println!(
        "T003 recall, short names in neither shipped list ({}): {:.4}",
        in_no_list.tp + in_no_list.fn_,
        in_no_list.recall()
    );
    println!(
        "T003 recall, short names + applicant: {:.4}",
        abbrev.recall()
    );
    println!(
        "T003 false-positive rate, real titles with another applicant: {:.4} ({} of {})",
        neg_app.fp_rate(),
        neg_app.fp,
        neg_app.fp + neg_app.tn
    );
    println!(
        "suggestions: {suggested} of {fixable} fixable titles ({:.4}); failing the rules or keeping < half: {}",
        suggested as f64 / fixable.max(1) as f64,
        bad_suggestion.len()
    );
    println!("false positives:\n  {}", fp_examples.join("\n  "));
    println!("misses:\n  {}", misses.join("\n  "));
    println!("fixable, no suggestion:\n  {}", nosugg.join("\n  "));
    println!(
        "bad suggestions:\n  {}",
        bad_suggestion
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n  ")
    );
    assert!(
        bad_suggestion.is_empty(),
        "every suggestion passes the rules"
    );
    // Regression floors at the level measured when this was written (see the README).
    assert!(full.recall() >= 0.99, "full names {:.4}", full.recall());
    assert!(
        abbrev.recall() >= 0.93,
        "short names with the applicant {:.4}",
        abbrev.recall()
    );
    assert!(
        short.recall() >= 0.70,
        "short names alone {:.4}",
        short.recall()
    );
    assert!(
        neg_app.fp_rate() <= 0.005,
        "FP with an applicant {:.4}",
        neg_app.fp_rate()
    );
    assert!(
        suggested as f64 >= 0.945 * fixable as f64,
        "suggestions {suggested}/{fixable}"
    );
}
