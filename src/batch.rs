//! Batch screening: every child of a folder is one package. Packages are checked in parallel
//! (rayon) and reported in name order whatever the scheduling; a package that panics becomes a
//! finding of its own and the batch goes on; only what the batch rules need is kept per
//! package (fields and at most MAX_SENTENCES sentences of the application), so memory does not
//! grow with the documents. Then the batch rules: D002 (one enterprise, several projects),
//! D003 (two packages close to each other, scored as D001), Q001 (a department above its
//! quota).

use crate::extract::Limits;
use crate::fields::{ApplicantType, Fields};
use crate::index::score::{self, Sentence};
use crate::index::{ProjectIndex, unit_key};
use crate::profile::Profile;
use crate::report::{BatchFinding, PackageReport, Report};
use crate::rules::{Finding, Location, RuleInfo, Severity};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "D002",
        name: "one-project-per-enterprise",
        severity: Severity::Error,
        clause: "三.2",
        summary: "batch: one enterprise with more than one project",
        doc: "What: two or more packages of the batch come from the same enterprise — the same valid credit \
              code, else the same normalised name.\nWhy: 三.2 \"同一企业限报一个产业前瞻与关键核心技术项目\" \
              (universities and institutes may submit several).\nExample: 苏州某某科技有限公司 in two \
              packages → error naming both.",
    },
    RuleInfo {
        code: "D003",
        name: "near-duplicate-in-batch",
        severity: Severity::Warning,
        clause: "三.2",
        summary: "batch: two packages close to each other",
        doc: "What: two packages whose applications score at or above the profile's warning threshold with each \
              other, with the same score and passages as D001. Text that most packages of the batch share (the \
              form's own sentences) is left out first.\nWhy: 三.2: the same content must not be submitted \
              twice.\nExample: two departments' packages with the same 研究内容 → warning with the passages.",
    },
    RuleInfo {
        code: "Q001",
        name: "department-quota",
        severity: Severity::Error,
        clause: "二.2",
        summary: "batch: a recommending department (主管部门) above its quota",
        doc: "What: more packages name a recommending department (or a group of departments that share one \
              quota) than the profile allows (2022: 苏州大学 15, 工业园区 155 …, any other department 2).\n\
              Why: 二.2 \"实行限额择优推荐\".\nExample: three packages of a department with a quota of 2 → error \
              listing them.",
    },
];

/// At most this many sentences of each application are kept for D003.
pub const MAX_SENTENCES: usize = 400;

/// What the batch rules need of one package.
#[derive(Debug, Default)]
pub struct Dossier {
    pub fields: Fields,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub jobs: Option<usize>,
    pub progress: bool,
}

/// The packages of a batch folder: its children (folders, zips, files), hidden ones skipped,
/// in name order.
pub fn children(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().is_some_and(|n| {
                let n = n.to_string_lossy();
                !n.starts_with('.') && !n.starts_with("~$") && n != "Thumbs.db" && n != "__MACOSX"
            })
        })
        .collect();
    v.sort();
    Ok(v)
}

/// Check one package; a panic anywhere becomes a finding of the package.
pub fn check_one(
    path: &Path,
    profile: &Profile,
    limits: &Limits,
    index: Option<&ProjectIndex>,
) -> (PackageReport, Dossier) {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let pkg = crate::package::load(path, limits);
        let checked = crate::rules::check_package(&pkg, profile, index);
        let mut sentences = score::sentences(&pkg.application_text());
        sentences.truncate(MAX_SENTENCES);
        let mut r = PackageReport::new(&pkg, checked.ex.fields.clone(), checked.findings);
        r.similar = checked.similar;
        (
            r,
            Dossier {
                fields: checked.ex.fields,
                sentences,
            },
        )
    }));
    match run {
        Ok(x) => x,
        Err(_) => {
            let shown = path.display().to_string();
            let f = Finding::new(
                "F001",
                "检查该申报包时程序内部出错，本包未完成检查：请单独运行 propscan check 并报告此问题。".into(),
                "propscan failed while checking this package; it was not checked. Run `propscan check` on it alone and report the problem.".into(),
                "internal error",
            )
            .at(Location {
                document: Some(shown.clone()),
                ..Location::default()
            });
            (
                PackageReport {
                    path: shown,
                    fields: Fields::default(),
                    documents: Vec::new(),
                    findings: vec![f],
                    similar: Vec::new(),
                },
                Dossier::default(),
            )
        }
    }
}

/// Screen a batch folder.
pub fn run(
    dir: &Path,
    profile: &Profile,
    limits: &Limits,
    index: Option<&ProjectIndex>,
    opts: &Options,
) -> std::io::Result<Report> {
    let kids = children(dir)?;
    let bar = if opts.progress {
        let b = indicatif::ProgressBar::new(kids.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos}/{len} 申报包 [{bar:30}] {elapsed_precise} 剩余 {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        Some(b)
    } else {
        None
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(std::io::Error::other)?;
    let results: Vec<(PackageReport, Dossier)> = pool.install(|| {
        kids.par_iter()
            .map(|p| {
                let r = check_one(p, profile, limits, index);
                if let Some(b) = &bar {
                    b.inc(1);
                }
                r
            })
            .collect()
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let (packages, mut dossiers): (Vec<PackageReport>, Vec<Dossier>) = results.into_iter().unzip();
    let names: Vec<String> = packages.iter().map(|p| p.path.clone()).collect();
    let mut batch = Vec::new();
    one_per_enterprise(&names, &dossiers, &mut batch);
    near_duplicates(&names, &mut dossiers, profile, &mut batch);
    quotas(&names, &dossiers, profile, &mut batch);
    Ok(Report::new(&profile.id, packages, batch))
}

fn finding(
    rule: &'static str,
    zh: String,
    en: String,
    evidence: String,
    packages: Vec<String>,
) -> BatchFinding {
    let severity = crate::rules::info(rule)
        .map(|r| r.severity)
        .unwrap_or(Severity::Error);
    BatchFinding {
        rule,
        severity,
        message: zh.clone(),
        evidence,
        packages,
        message_zh: zh,
        message_en: en,
    }
}

fn base(p: &str) -> String {
    Path::new(p)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.to_string())
}

/// D002: enterprises that share a valid credit code or a normalised name are one enterprise.
pub fn one_per_enterprise(names: &[String], d: &[Dossier], out: &mut Vec<BatchFinding>) {
    let n = d.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut first_with: HashMap<String, usize> = HashMap::new();
    let mut by_code = vec![false; n];
    for (i, x) in d.iter().enumerate() {
        let f = &x.fields;
        if f.applicant_type != Some(ApplicantType::Enterprise) {
            continue;
        }
        let mut keys = Vec::new();
        if let Some(c) = &f.credit_code
            && crate::rules::eligibility::credit_code_problem(c).is_none()
        {
            keys.push(format!("code:{c}"));
        }
        if let Some(a) = &f.applicant {
            keys.push(format!("name:{}", unit_key(a)));
        }
        for k in keys {
            match first_with.get(&k) {
                Some(&j) => {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    parent[ri] = rj;
                    if k.starts_with("code:") {
                        by_code[i] = true;
                        by_code[j] = true;
                    }
                }
                None => {
                    first_with.insert(k, i);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    for members in groups.into_values().filter(|m| m.len() > 1) {
        let who = d[members[0]].fields.applicant.clone().unwrap_or_default();
        let code = members.iter().all(|&i| by_code[i]);
        let listing: Vec<String> = members
            .iter()
            .map(|&i| {
                format!(
                    "{}：{}（{}）",
                    base(&names[i]),
                    d[i].fields.project_name.as_deref().unwrap_or("—"),
                    d[i].fields.credit_code.as_deref().unwrap_or("—")
                )
            })
            .collect();
        out.push(finding(
            "D002",
            format!(
                "同一企业“{who}”申报了 {} 个项目（按{}）：同一企业限报一个项目，请只保留一个。",
                members.len(),
                if code { "统一社会信用代码" } else { "单位名称" }
            ),
            format!(
                "The enterprise \"{who}\" has {} projects in this batch (same {}): one project per enterprise.",
                members.len(),
                if code { "credit code" } else { "name" }
            ),
            listing.join("；"),
            members.iter().map(|&i| names[i].clone()).collect(),
        ));
    }
}

/// D003: candidate pairs share rare bigrams; each candidate is scored like D001 after the
/// batch's template text is removed.
pub fn near_duplicates(
    names: &[String],
    d: &mut [Dossier],
    profile: &Profile,
    out: &mut Vec<BatchFinding>,
) {
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
        out.push(finding(
            "D003",
            format!(
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

/// Q001: packages per quota group of recommending departments.
pub fn quotas(names: &[String], d: &[Dossier], profile: &Profile, out: &mut Vec<BatchFinding>) {
    let mut groups: BTreeMap<String, (u32, Vec<usize>)> = BTreeMap::new();
    for (i, x) in d.iter().enumerate() {
        let Some(dept) = x.fields.department.as_deref().filter(|s| !s.is_empty()) else {
            continue;
        };
        let (limit, members) = profile.quota_for(dept);
        groups
            .entry(members.join("、"))
            .or_insert((limit, Vec::new()))
            .1
            .push(i);
    }
    for (group, (limit, members)) in groups {
        if members.len() as u32 <= limit {
            continue;
        }
        let listing: Vec<String> = members.iter().map(|&i| base(&names[i])).collect();
        out.push(finding(
            "Q001",
            format!(
                "主管部门“{group}”推荐了 {} 个项目，超过限额 {limit} 个：请择优保留 {limit} 个。",
                members.len()
            ),
            format!(
                "The recommending department \"{group}\" has {} packages, above its quota of {limit}.",
                members.len()
            ),
            listing.join("、"),
            members.iter().map(|&i| names[i].clone()).collect(),
        ));
    }
}
