//! Scope rules S001, S002 (call 三.5): projects the call does not fund — mass production and
//! industrialisation, and general technology application or promotion without research.

use super::{Ctx, Finding, Location, RuleInfo, Severity};
use crate::package::PartKind;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "S001",
        name: "mass-production",
        severity: Severity::Warning,
        clause: "三.5",
        summary: "reads as mass production / industrialisation (规模化量产, 产业化项目, 生产线建设, 扩产)",
        doc: "What: the name or the application uses the profile's mass-production phrases (规模化量产, 生产线建设, \
              扩产 …). 产业化 alone is not flagged: the call asks for 产业化应用前景.\n\
              Why: 三.5 \"规模化量产与产业化项目…不予受理\".\nExample: 新建年产5万套生产线 → warning with the sentence.",
    },
    RuleInfo {
        code: "S002",
        name: "promotion-without-research",
        severity: Severity::Warning,
        clause: "三.5",
        summary: "reads as general technology application or promotion (推广应用) without research content",
        doc: "What: the name or the application speaks of 推广应用 / 技术推广 and the application has almost no \
              research vocabulary (研究, 研发, 攻关, 突破, 创新 …: fewer than three uses).\n\
              Why: 三.5 \"一般性技术应用与推广项目均不予受理\".\nExample: 智能电表推广应用 with no research content → warning.",
    },
];

pub fn check(cx: &Ctx, out: &mut Vec<Finding>) {
    let s = &cx.profile.scope;
    let app = &cx.app;
    let title = cx.ex.fields.project_name.clone().unwrap_or_default();
    let hay = format!("{title}\n{app}");
    let at = cx
        .pkg
        .parts(PartKind::Application)
        .next()
        .map(|(d, p)| Location {
            document: Some(d.path.clone()),
            page: p.first_page,
            ..Location::default()
        })
        .unwrap_or_else(|| cx.loc("project_name"));
    if let Some(term) = s
        .mass_production_terms
        .iter()
        .find(|t| hay.contains(t.as_str()))
    {
        out.push(
            Finding::new(
                "S001",
                format!("申报内容出现“{term}”，像是规模化量产或产业化项目（本计划不予受理）：请突出研发任务与创新内容。"),
                format!("The application reads as mass production or industrialisation (\"{term}\"), which the call does not fund: state the R&D content."),
                super::sentence_with(&hay, term),
            )
            .at(at.clone()),
        );
    }
    if let Some(term) = s.promotion_terms.iter().find(|t| hay.contains(t.as_str())) {
        let research: usize = s
            .research_terms
            .iter()
            .map(|r| app.matches(r.as_str()).count())
            .sum();
        if research < 3 {
            out.push(
                Finding::new(
                    "S002",
                    format!("申报内容以“{term}”为主，研究内容很少（研究类用语 {research} 处），像是一般性技术应用与推广项目：请写明研发任务。"),
                    format!("The application is about \"{term}\" with little research content ({research} research terms): state the research tasks."),
                    super::sentence_with(&hay, term),
                )
                .at(at),
            );
        }
    }
}
