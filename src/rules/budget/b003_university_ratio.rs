//! B003 university-funding-ratio.
//!
//! What: for a university or institute applicant, 市拨经费 / 项目总投入 above the profile's ratio (2022: 50
//! %).
//! Why: 三.4.
//! Example: 苏州大学, total 150 万元, municipal 100 万元 (67 %) → error.

use super::{pct, ratio, ratio_evidence};
use crate::model::{ApplicantType, Finding};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "B003",
    "university-funding-ratio",
    "高校院所经费占比",
    Error,
    "三.4",
    Package,
    include_str!("b003_university_ratio.rs")
);

pub struct B003;

impl Rule for B003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "高校或科研院所申报：市拨经费超过项目总投入的 {}",
                pct(p.budget.university_max_ratio)
            ),
            Lang::En => format!(
                "university or institute: municipal funding above {} of the project total",
                pct(p.budget.university_max_ratio)
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let limit = cx.profile.budget.university_max_ratio;
        let Some((m, t, r)) = ratio(cx) else {
            return;
        };
        if !matches!(
            cx.fields().applicant_type,
            Some(ApplicantType::University | ApplicantType::Institute)
        ) || r <= limit + 1e-9
        {
            return;
        }
        out.push(
            INFO.finding(
                format!(
                    "高校或科研院所申报项目市拨经费占项目总投入 {}，超过上限 {}：请减少申请市拨经费或核实总投入。",
                    pct(r),
                    pct(limit)
                ),
                format!(
                    "Municipal funding is {} of the total, above the university/institute limit of {}.",
                    pct(r),
                    pct(limit)
                ),
                ratio_evidence(m, t, r),
            )
            .at(cx.loc("municipal_funding_wan")),
        );
    }
}
