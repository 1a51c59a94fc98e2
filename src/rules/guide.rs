//! Guide rules G001, G002, G004, G005 (附件1, 三.3): the guide code, directed directions, and the
//! deliverables the call asks of every project and of each special.

use super::{Ctx, Finding, Location, RuleInfo, Severity};
use crate::package::PartKind;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "G001",
        name: "guide-code-invalid",
        severity: Severity::Error,
        clause: "附件1",
        summary: "guide code (指南代码) missing or not in the guide",
        doc: "What: 指南代码 not found, or not one of the profile's guide codes (2022: 48 codes, 210101–211203).\n\
              Why: 附件1: a project belongs to one guide direction.\nExample: 指南代码 210199 → error.",
    },
    RuleInfo {
        code: "G002",
        name: "guide-code-directed",
        severity: Severity::Error,
        clause: "附件1",
        summary: "guide code of a directed direction (定向组织), not open to ordinary applications",
        doc: "What: the guide code is marked directed in the profile (2022: 210802).\nWhy: 附件1 \"定向组织\".\n\
              Example: 指南代码 210802 → error.",
    },
    RuleInfo {
        code: "G003",
        name: "guide-code-mismatch",
        severity: Severity::Warning,
        clause: "三.3",
        summary: "content does not match the declared guide code (best-fitting codes suggested)",
        doc: "What: the 48 guide directions are ranked by how well the application's text fits their titles \
              (terms of each direction's title, weighted by how few directions share them, counted in the \
              application and normalised by the direction's length). When the declared code is not among the \
              three best, shares less than half the best one's fit, and the best direction shares at least three \
              terms with the text, the best codes are suggested.\nWhy: 三.3 \"属于项目指南支持领域和方向\".\n\
              Example: a 碳化硅 power-device application filed under 先进材料 211101 while 210301 fits → warning \
              suggesting 210301.",
    },
    RuleInfo {
        code: "G004",
        name: "no-invention-patent",
        severity: Severity::Warning,
        clause: "三.3",
        summary: "no invention patent (发明专利) among the assessment targets",
        doc: "What: the application never names an invention patent (application or grant) as a target.\n\
              Why: 三.3 \"一般须形成发明专利申请或授权等高质量知识产权目标\" (一般: a person decides).\n\
              Example: 考核指标 with only 实用新型专利 → warning.",
    },
    RuleInfo {
        code: "G005",
        name: "deliverable-missing",
        severity: Severity::Warning,
        clause: "三.3",
        summary: "electronics/equipment directions without 样品/样机/系统; materials directions without 小试",
        doc: "What: the guide code's special (profile) asks for a deliverable — 数字创新 and 装备制造: 样品, 样机 or \
              系统; 先进材料: 小试 — and the assessment targets (考核指标, else the whole application) name none.\n\
              Why: 三.3.\nExample: a 先进材料 project whose targets never mention 小试 → warning.",
    },
];

pub fn check(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let code = f.guide_code.as_deref().unwrap_or("");
    let guide = cx.profile.guide(code);
    match (code.is_empty(), guide) {
        (true, _) => out.push(
            Finding::new(
                "G001",
                "未填写指南代码：请按项目指南（附件1）填写 6 位指南代码。".into(),
                "The guide code is missing: fill in the 6-digit code from the guide (附件1)."
                    .into(),
                "未找到指南代码",
            )
            .at(cx.loc("guide_code")),
        ),
        (false, None) => {
            let near: Vec<&str> = cx
                .profile
                .guide
                .iter()
                .filter(|g| {
                    // Same direction group (first four digits); the declared value may be any text.
                    let head: String = code.chars().take(4).collect();
                    head.chars().count() == 4 && g.code.starts_with(&head)
                })
                .map(|g| g.code.as_str())
                .take(6)
                .collect();
            out.push(
                Finding::new(
                    "G001",
                    format!(
                        "指南代码“{code}”不在本年度项目指南中：请核对附件1{}。",
                        if near.is_empty() {
                            String::new()
                        } else {
                            format!("（同一方向的代码：{}）", near.join("、"))
                        }
                    ),
                    format!("The guide code \"{code}\" is not in this year's guide: check 附件1."),
                    code,
                )
                .at(cx.loc("guide_code")),
            );
        }
        (false, Some(g)) if g.directed => out.push(
            Finding::new(
                "G002",
                format!(
                    "指南代码 {code}（{}）为定向组织方向，不接受自由申报：请选择其他方向。",
                    short(&g.title)
                ),
                format!(
                    "Guide code {code} is a directed direction, not open to ordinary applications."
                ),
                code,
            )
            .at(cx.loc("guide_code")),
        ),
        _ => {}
    }
    deliverables(cx, guide, out);
    if let Some(g) = guide {
        fit(cx, g, out);
    }
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

fn fit(cx: &Ctx, declared: &crate::profile::GuideCode, out: &mut Vec<Finding>) {
    let app = &cx.app;
    let text = format!(
        "{}\n{}",
        cx.ex.fields.project_name.as_deref().unwrap_or(""),
        app
    );
    if app.chars().filter(|c| !c.is_whitespace()).count() < 200 {
        return;
    }
    let fits = rank_guides(cx.profile, &text);
    let Some(best) = fits.first() else { return };
    let rank = fits
        .iter()
        .position(|f| f.code == declared.code)
        .unwrap_or(fits.len());
    let mine = &fits[rank.min(fits.len() - 1)];
    if rank < 3 || best.shared.len() < 3 || mine.score >= 0.5 * best.score {
        return;
    }
    let suggest: Vec<String> = fits
        .iter()
        .take(3)
        .map(|f| {
            let title = cx
                .profile
                .guide(&f.code)
                .map(|g| short(&g.title))
                .unwrap_or_default();
            format!("{}（{}）", f.code, title)
        })
        .collect();
    out.push(
        Finding::new(
            "G003",
            format!(
                "申报内容与所选指南方向 {}（{}）契合度低（排第 {} 位），更接近：{}：请核对指南代码。",
                declared.code,
                short(&declared.title),
                rank + 1,
                suggest.join("；")
            ),
            format!(
                "The content fits the declared guide code {} poorly (rank {}); closer: {}. Check the code.",
                declared.code,
                rank + 1,
                fits.iter().take(3).map(|f| f.code.as_str()).collect::<Vec<_>>().join(", ")
            ),
            format!(
                "{}: {} | {}: {}",
                best.code,
                best.shared.iter().take(6).cloned().collect::<Vec<_>>().join("、"),
                declared.code,
                if mine.shared.is_empty() { "—".to_string() } else { mine.shared.iter().take(6).cloned().collect::<Vec<_>>().join("、") }
            ),
        )
        .at(cx.loc("guide_code")),
    );
}

fn short(s: &str) -> String {
    let c: String = s.chars().take(24).collect();
    if c.len() < s.len() {
        format!("{c}…")
    } else {
        c
    }
}

fn deliverables(cx: &Ctx, guide: Option<&crate::profile::GuideCode>, out: &mut Vec<Finding>) {
    let Some((doc, part)) = cx
        .pkg
        .parts(PartKind::Application)
        .find(|(d, _)| d.doc.is_some())
    else {
        return;
    };
    let app = &cx.app;
    if app.trim().is_empty() {
        return;
    }
    let targets = super::section(cx.pkg, "考核指标").unwrap_or_else(|| app.clone());
    let at = Location {
        document: Some(doc.path.clone()),
        page: part.first_page,
        ..Location::default()
    };
    let d = &cx.profile.deliverables;
    if !d.invention_patent.iter().any(|t| app.contains(t.as_str())) {
        out.push(
            Finding::new(
                "G004",
                format!("申报书未将{}列为考核指标：项目一般须形成发明专利申请或授权等知识产权目标，请补充。", d.invention_patent.join("/")),
                "The application names no invention patent among its targets: add one (application or grant).".into(),
                excerpt(&targets),
            )
            .at(at.clone()),
        );
    }
    let Some(g) = guide else { return };
    for (specials, terms) in [
        (&d.prototype_specials, &d.prototype_terms),
        (&d.pilot_specials, &d.pilot_terms),
    ] {
        if specials.contains(&g.special) && !terms.iter().any(|t| targets.contains(t.as_str())) {
            out.push(
                Finding::new(
                    "G005",
                    format!(
                        "指南代码 {}属于“{}”专题，考核指标中未见{}：请写明项目完成时须形成的{}。",
                        g.code,
                        g.special,
                        terms.join("/"),
                        terms.join("、")
                    ),
                    format!(
                        "Guide code {} ({}) asks for {} as a deliverable; the targets name none.",
                        g.code,
                        g.special,
                        terms.join("/")
                    ),
                    excerpt(&targets),
                )
                .at(at.clone()),
            );
        }
    }
}

fn excerpt(s: &str) -> String {
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
