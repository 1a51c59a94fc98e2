//! S001 mass-production.
//!
//! What: the name or the application uses the profile's mass-production phrases (规模化量产, 生产线建设, 扩产
//! …). 产业化 alone is not flagged: the call asks for 产业化应用前景.
//! Why: 三.5 "规模化量产与产业化项目…不予受理".
//! Example: 新建年产5万套生产线 → warning with the sentence.

use super::haystack;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info, sentence_with};

rule_info!(
    "S001",
    "mass-production",
    "量产产业化",
    Warning,
    "三.5",
    Package,
    include_str!("s001_mass_production.rs")
);

pub struct S001;

impl Rule for S001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let t = crate::profile::first_terms(&p.scope.mass_production_terms, 4, "、");
        match lang {
            Lang::Zh => format!("像是规模化量产或产业化项目（{t} …）"),
            Lang::En => format!("reads as mass production / industrialisation ({t} …)"),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let hay = haystack(cx);
        if let Some(term) = cx
            .profile
            .scope
            .mass_production_terms
            .iter()
            .find(|t| hay.contains(t.as_str()))
        {
            out.push(
                INFO.finding(
                    format!("申报内容出现“{term}”，像是规模化量产或产业化项目（本计划不予受理）：请突出研发任务与创新内容。"),
                    format!("The application reads as mass production or industrialisation (\"{term}\"), which the call does not fund: state the R&D content."),
                    sentence_with(&hay, term),
                )
                .at(cx.application_loc()),
            );
        }
    }
}
