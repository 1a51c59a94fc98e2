//! G006 content-outside-scope.
//!
//! What: the application's text (its name and the application) read by the call-scope model —
//! logistic regression over the words of the shared segmenter, trained by
//! `models/train_scope.py` on real CSL abstracts and titles whose disciplines are mapped to
//! inside or outside the guide (`models/discipline_scope.tsv`: humanities, social sciences, crop
//! and animal farming and clinical medicine are outside) — scores above the profile's threshold
//! (2022: a mean log-odds above 0.15 over at least 5 known words). The warning names the words
//! that weigh most towards "outside" and the guide directions that come closest, with their
//! shared terms.
//! A person decides.
//! Why: 三.3 "属于项目指南支持领域和方向": an industrial-technology call funds none of these.
//! Example: an application about 清代书院与地方社会 under 210401 → warning, closest directions
//! listed.

use super::rank_guides;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

rule_info!(
    "G006",
    "content-outside-scope",
    "超出指南范围",
    Warning,
    "三.3",
    Package,
    include_str!("g006_outside_scope.rs")
);

pub struct G006;

impl Rule for G006 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "申报内容不属于指南的任何方向（{} 个方向），如人文社科、种植养殖、临床医学",
                p.guide.len()
            ),
            Lang::En => format!(
                "content outside every one of the guide's {} directions (humanities, social sciences, crop or animal farming, clinical medicine …)",
                p.guide.len()
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let s = &cx.profile.scope;
        if cx.app.chars().filter(|c| !c.is_whitespace()).count() < 200 {
            return;
        }
        // The content, not the form: the application itself (its largest part, not an old
        // draft attached beside it), without its targets section (patents, prototypes); the
        // vocabulary of funding prose (dictionaries/generic_terms.txt) is left out by the model.
        let main = cx
            .pkg
            .parts(crate::model::PartKind::Application)
            .map(|(d, p)| d.part_text(p))
            .max_by_key(|t| t.len())
            .unwrap_or_default();
        let targets = cx.pkg.section("考核指标").unwrap_or_default();
        let body = if targets.is_empty() {
            main
        } else {
            main.replace(targets.trim(), "")
        };
        let text = format!(
            "{}\n{}",
            cx.fields().project_name.as_deref().unwrap_or(""),
            body
        );
        let judged = judge(&text);
        if judged.known < s.outside_min_words || judged.mean <= s.outside_log_odds {
            return;
        }
        let fits = rank_guides(cx.profile, &text);
        let closest: Vec<String> = fits
            .iter()
            .take(3)
            .map(|f| {
                let shared = if f.shared.is_empty() {
                    "无共有词".to_string()
                } else {
                    f.shared
                        .iter()
                        .take(4)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join("、")
                };
                let label = super::direction_label(cx.profile, &f.code);
                format!("{}；{shared}）", label.trim_end_matches('）'))
            })
            .collect();
        let cues = judged.cues.join("、");
        out.push(
            INFO.finding(
                format!(
                    "申报内容看起来不属于项目指南的技术方向（偏向指南以外的领域，如人文社科、种植养殖、临床医学；依据用语：{cues}）。最接近的方向：{}：请核对项目是否符合申报范围，必要时调整研究内容或指南代码。",
                    closest.join("；")
                ),
                format!(
                    "The content reads as outside the guide's directions (words such as {cues}); closest directions: {}. Check that the project is within the call.",
                    fits.iter().take(3).map(|f| f.code.as_str()).collect::<Vec<_>>().join(", ")
                ),
                format!("平均对数几率 {:.2}（{} 个已知词）；{cues}", judged.mean, judged.known),
            )
            .at(cx.application_loc()),
        );
    }
}

/// The scope model's reading of a text.
pub struct Judged {
    /// Mean log-odds of "outside" over the known words.
    pub mean: f64,
    /// Known words in the text (with repeats).
    pub known: usize,
    /// The distinct words that weigh most towards "outside", strongest first.
    pub cues: Vec<String>,
}

/// The model's word weights (intercept folded in). The words of funding prose and of the form
/// (研发, 创新, 考核指标 …: dictionaries/generic_terms.txt) are no features: every application
/// has them, whatever its field, and the training left them out too.
fn model() -> &'static HashMap<&'static str, f32> {
    static M: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    M.get_or_init(|| {
        include_str!("../../../models/scope_words.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w, v.parse().ok()?))
            })
            .filter(|(w, _)| !crate::segment::generic_terms().contains(w))
            .collect()
    })
}

/// Score `text` with the scope model: the words as the shared segmenter cuts them (the model
/// was trained on the same cut, models/train_scope.py), two characters or more, starting with a
/// Han character.
pub fn judge(text: &str) -> Judged {
    let m = model();
    let mut sum = 0.0f64;
    let mut known = 0usize;
    let mut seen: HashMap<&str, f32> = HashMap::default();
    for t in crate::segment::jieba().cut(text, false) {
        let w = t.word;
        if !w.chars().next().is_some_and(crate::extract::garble::is_han)
            || w.chars().nth(1).is_none()
        {
            continue;
        }
        if let Some((k, v)) = m.get_key_value(w) {
            sum += *v as f64;
            known += 1;
            seen.insert(k, *v);
        }
    }
    // The cues a person reads: content words, not function words that happen to weigh (随着, 认为).
    let mut cues: Vec<(&str, f32)> = seen
        .into_iter()
        .filter(|(w, v)| *v > 1.0 && !crate::segment::stopwords().contains(w))
        .collect();
    cues.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(y.0)));
    Judged {
        mean: if known == 0 { 0.0 } else { sum / known as f64 },
        known,
        cues: cues
            .into_iter()
            .take(8)
            .map(|(w, _)| w.to_string())
            .collect(),
    }
}
