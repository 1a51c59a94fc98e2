//! G005 deliverable-missing.
//!
//! What: the guide code's special (profile) asks for a deliverable — 数字创新 and 装备制造: 样品, 样机 or 系统;
//! 先进材料: 小试 — and the assessment targets (考核指标, else the whole application) name none.
//! Why: 三.3.
//! Example: a 先进材料 project whose targets never mention 小试 → warning.
//! Not judged on a directed code (G002): no one applies under it, and what the targets must
//! name depends on the direction the applicant then chooses.

use super::{declared, excerpt, targets};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "G005",
    "deliverable-missing",
    "样品样机/小试",
    Warning,
    "三.3",
    Package,
    include_str!("g005_deliverables.rs")
);

pub struct G005;

impl Rule for G005 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let d = &p.deliverables;
        match lang {
            Lang::Zh => format!(
                "{}方向未以{}为考核指标；{}方向未以{}为考核指标",
                d.prototype_specials.join("、"),
                d.prototype_terms.join("/"),
                d.pilot_specials.join("、"),
                d.pilot_terms.join("/")
            ),
            Lang::En => format!(
                "{} directions without {} as a deliverable; {} directions without {}",
                d.prototype_specials.join("/"),
                d.prototype_terms.join("/"),
                d.pilot_specials.join("/"),
                d.pilot_terms.join("/")
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let Some((targets, at)) = targets(cx) else {
            return;
        };
        let Some(g) = declared(cx).filter(|g| !g.directed) else {
            return;
        };
        let d = &cx.profile.deliverables;
        for (specials, terms) in [
            (&d.prototype_specials, &d.prototype_terms),
            (&d.pilot_specials, &d.pilot_terms),
        ] {
            if specials.contains(&g.special) && !terms.iter().any(|t| targets.contains(t.as_str()))
            {
                out.push(
                    INFO.finding(format!(
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
}
