//! E006 special-industry-licence.
//!
//! What: the application speaks of a special industry (profile: 安全生产, 危险化学品, 特种设备 …) and no licence
//! or access qualification (许可证, 准入 …) is mentioned anywhere in the package.
//! Why: 三.5 "涉及安全生产等特种行业的，需拥有相关行业准入资格或许可".
//! Example: a 危险化学品 process project with no 安全生产许可证 → warning.

use crate::model::{Finding, Location, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "E006",
    "special-industry-licence",
    "行业许可",
    Warning,
    "三.5",
    Package,
    include_str!("e006_special_industry.rs")
);

pub struct E006;

impl Rule for E006 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let t = crate::profile::first_terms(&p.scope.special_industry_terms, 3, "、");
        match lang {
            Lang::Zh => format!("特种行业项目（{t} …）未见行业准入资格或许可"),
            Lang::En => format!("special-industry project ({t} …) without a licence mentioned"),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        special_industry(cx, out);
    }
}

fn special_industry(cx: &Ctx, out: &mut Vec<Finding>) {
    let s = &cx.profile.scope;
    let app = &cx.app;
    let title = cx.ex.fields.project_name.clone().unwrap_or_default();
    let hay = format!("{title}\n{app}");
    let Some(term) = s
        .special_industry_terms
        .iter()
        .find(|t| hay.contains(t.as_str()))
    else {
        return;
    };
    let all: String = cx
        .pkg
        .docs
        .iter()
        .filter_map(|d| d.doc.as_ref().map(|x| x.text.as_str()))
        .collect::<Vec<_>>()
        .join("\n");
    if s.licence_terms.iter().any(|l| all.contains(l.as_str())) {
        return;
    }
    let (doc, page) = cx
        .pkg
        .parts(PartKind::Application)
        .next()
        .map(|(d, p)| (Some(d.path.clone()), p.first_page))
        .unwrap_or((None, None));
    out.push(
        INFO.finding(format!("项目涉及“{term}”等特种行业，申报材料中未见相关行业准入资格或许可：请附许可证明。"),
            format!("The project concerns a special industry (\"{term}\") and no licence or access qualification is mentioned: attach it."),
            crate::rules::sentence_with(&hay, term),
        )
        .at(Location { document: doc, page, ..Location::default() }),
    );
}
