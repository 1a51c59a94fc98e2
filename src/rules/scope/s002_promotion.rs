//! S002 promotion-without-research.
//!
//! What: the name or the application speaks of 推广应用 / 技术推广 and the application has almost no
//! research vocabulary (研究, 研发, 攻关, 突破, 创新 …: fewer than three uses).
//! Why: 三.5 "一般性技术应用与推广项目均不予受理".
//! Example: 智能电表推广应用 with no research content → warning.

use super::haystack;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info, sentence_with};

rule_info!(
    "S002",
    "promotion-without-research",
    "技术推广",
    Warning,
    "三.5",
    Package,
    include_str!("s002_promotion.rs")
);

pub struct S002;

impl Rule for S002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let t = crate::profile::first_terms(&p.scope.promotion_terms, 3, "、");
        match lang {
            Lang::Zh => format!("像是一般性技术应用与推广项目（{t}），研究内容很少"),
            Lang::En => format!(
                "reads as general technology application or promotion ({t}) without research content"
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let s = &cx.profile.scope;
        let hay = haystack(cx);
        let Some(term) = s.promotion_terms.iter().find(|t| hay.contains(t.as_str())) else {
            return;
        };
        let research: usize = s
            .research_terms
            .iter()
            .map(|r| cx.app.matches(r.as_str()).count())
            .sum();
        if research < 3 {
            out.push(
                INFO.finding(
                    format!("申报内容以“{term}”为主，研究内容很少（研究类用语 {research} 处），像是一般性技术应用与推广项目：请写明研发任务。"),
                    format!("The application is about \"{term}\" with little research content ({research} research terms): state the research tasks."),
                    sentence_with(&hay, term),
                )
                .at(cx.application_loc()),
            );
        }
    }
}
