//! B002 enterprise-funding-ratio.
//!
//! What: for an enterprise applicant, 市拨经费 / 项目总投入 above the profile's ratio (2022: 30 %).
//! Why: 三.4.
//! Example: total 200 万元, municipal 100 万元 (50 %) → error.

use super::{pct, ratio, ratio_evidence};
use crate::model::{ApplicantType, Finding};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "B002",
    "enterprise-funding-ratio",
    "企业经费占比",
    Error,
    "三.4",
    Package,
    include_str!("b002_enterprise_ratio.rs")
);

pub struct B002;

impl Rule for B002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "企业申报：市拨经费超过项目总投入的 {}",
                pct(p.budget.enterprise_max_ratio)
            ),
            Lang::En => format!(
                "enterprise: municipal funding above {} of the project total",
                pct(p.budget.enterprise_max_ratio)
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let limit = cx.profile.budget.enterprise_max_ratio;
        let Some((m, t, r)) = ratio(cx) else {
            return;
        };
        if !matches!(cx.fields().applicant_type, Some(ApplicantType::Enterprise))
            || r <= limit + 1e-9
        {
            return;
        }
        out.push(
            INFO.finding(
                format!(
                    "企业申报项目市拨经费占项目总投入 {}，超过上限 {}：请减少申请市拨经费或核实总投入。",
                    pct(r),
                    pct(limit)
                ),
                format!(
                    "Municipal funding is {} of the total, above the enterprise limit of {}.",
                    pct(r),
                    pct(limit)
                ),
                ratio_evidence(m, t, r),
            )
            .at(cx.loc("municipal_funding_wan")),
        );
    }
}
