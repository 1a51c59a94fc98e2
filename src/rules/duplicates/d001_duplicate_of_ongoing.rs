//! D001 duplicate-of-ongoing.
//!
//! What: the application is compared with every candidate project of the index (MoreLikeThis, then
//! propscan's one score in [0, 1]: the share of one text that is, sentence by sentence, also in the
//! other). Against an ongoing project, a score at or above the profile's error threshold (2022:
//! 0.80, "80 % the same") is an error; at or above the warning threshold (0.55) a warning for a
//! person to judge (NSFC sends ≥ 50 % similarity to a person too). The shared sentences are quoted
//! side by side.
//! Why: 三.2 "同一单位不得将与省、市在研项目内容相同或相近的研发项目再次申报".
//! Example: an application whose 立项依据 and 研究内容 repeat an ongoing 姑苏领军 project → error with the
//! passages.

use crate::model::{Audience, Finding, Severity};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "D001",
    "duplicate-of-ongoing",
    "与在研项目相近",
    Error,
    "三.2",
    Index,
    include_str!("d001_duplicate_of_ongoing.rs")
);

pub struct D001;

impl Rule for D001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let d = &p.duplicates;
        match lang {
            Lang::Zh => format!(
                "与在研项目内容相同或相近（相似度 ≥ {:.2} 为错误，≥ {:.2} 为警告），相同段落并列显示",
                d.error_threshold, d.warning_threshold
            ),
            Lang::En => format!(
                "content the same as or close to an ongoing project (score ≥ {:.2} error, ≥ {:.2} warning), passages side by side",
                d.error_threshold, d.warning_threshold
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let d = &cx.profile.duplicates;
        let at = cx.application_loc();
        for (p, s) in cx
            .similar
            .iter()
            .filter(|(p, s)| p.is_ongoing() && s.score >= d.warning_threshold)
            .take(3)
        {
            let pct = (s.score * 100.0).floor();
            let severity = if s.score >= d.error_threshold {
                Severity::Error
            } else {
                Severity::Warning
            };
            let passage = s
                .passages
                .first()
                .map(|x| format!("\n申报：{}\n在研：{}", x.proposal, x.project))
                .unwrap_or_default();
            let close = if severity == Severity::Error {
                ("相同或高度相近", "the same or nearly")
            } else {
                ("相近，需人工判断", "close; a person decides")
            };
            let finding = match cx.audience {
                Audience::Staff => INFO.finding(
                    format!(
                        "申报内容与在研项目 {}“{}”（{}，{}）相似度 {pct:.0}%（{}）：同一单位不得将与在研项目内容相同或相近的项目再次申报，请说明区别或调整研究内容。",
                        p.id, p.title, p.unit, p.program, close.0
                    ),
                    format!(
                        "The application is {pct:.0}% the same as ongoing project {} \"{}\" ({}, {}): explain the difference or change the content.",
                        p.id, p.title, p.unit, p.program
                    ),
                    format!("score {:.2} · {} {}{passage}", s.score, p.id, p.title),
                ),
                // The applicant learns that a confidential project is close, never which: no
                // id, title or unit, and of the shared passages only its own sentences.
                Audience::Applicant => {
                    let year = start_year(&p.start);
                    let own: Vec<&str> =
                        s.passages.iter().take(3).map(|x| x.proposal.as_str()).collect();
                    INFO.finding(
                        format!(
                            "申报内容与一个在研项目（{}，{year}年立项）相似度 {pct:.0}%（{}）：同一单位不得将与在研项目内容相同或相近的项目再次申报，请说明区别或调整研究内容。在研项目内容保密，不予显示。",
                            p.program, close.0
                        ),
                        format!(
                            "The application is {pct:.0}% the same as an ongoing project ({}, started {year}; {}): explain the difference or change the content. Ongoing projects are confidential and not shown.",
                            p.program, close.1
                        ),
                        format!(
                            "score {:.2}{}",
                            s.score,
                            own.iter().map(|x| format!("\n申报：{x}")).collect::<String>()
                        ),
                    )
                }
            };
            out.push(finding.severity(severity).at(at.clone()));
        }
    }
}

/// The year a project started ("2021-07" → "2021"), or "—".
pub fn start_year(start: &str) -> String {
    let y: String = start.chars().take_while(|c| c.is_ascii_digit()).collect();
    if y.len() == 4 { y } else { "—".into() }
}
