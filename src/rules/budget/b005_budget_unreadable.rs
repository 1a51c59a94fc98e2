//! B005 budget-unreadable.
//!
//! What: 申请市拨经费 or 项目总投入 not found, not a number, or the applicant type unknown so the ratio cannot
//! be checked.
//! Why: B001–B003 cannot run without them.
//! Example: 项目总投入 “待定” → warning.

use crate::model::{ApplicantType, Finding};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "B005",
    "budget-unreadable",
    "经费未读出",
    Warning,
    "三.4",
    Package,
    include_str!("b005_budget_unreadable.rs")
);

pub struct B005;

impl Rule for B005 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "经费数额缺失或无法读取",
            "budget figures missing or unreadable",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let f = cx.fields();
        let (Some(m), Some(t)) = (f.municipal_funding_wan, f.total_budget_wan) else {
            let mut missing = Vec::new();
            if f.municipal_funding_wan.is_none() {
                missing.push("申请市拨经费");
            }
            if f.total_budget_wan.is_none() {
                missing.push("项目总投入");
            }
            out.push(
                INFO.finding(
                    format!(
                        "未能读到{}：请在信息表中填写金额（万元）。",
                        missing.join("、")
                    ),
                    format!(
                        "Could not read {}: fill in the amount (in 万元).",
                        missing.join(", ")
                    ),
                    missing.join("、"),
                )
                .at(cx.loc(if f.municipal_funding_wan.is_none() {
                    "municipal_funding_wan"
                } else {
                    "total_budget_wan"
                })),
            );
            return;
        };
        if t <= 0.0 {
            out.push(
                INFO.finding(
                    format!("项目总投入为 {t} 万元，无法计算市拨经费占比：请核对。"),
                    format!("Total budget is {t} 万元; the ratio cannot be computed."),
                    cx.raw("total_budget_wan").unwrap_or_default(),
                )
                .at(cx.loc("total_budget_wan")),
            );
            return;
        }
        if matches!(f.applicant_type, None | Some(ApplicantType::Other)) {
            out.push(
                INFO.finding(
                    "无法判断申报单位类型（企业/高校/科研院所），市拨经费占比上限无法核对：请在信息表中填写单位性质。".into(),
                    "The applicant type (enterprise/university/institute) is unknown, so the funding ratio cannot be checked: declare it.".into(),
                    super::ratio_evidence(m, t, m / t),
                )
                .at(cx.loc("applicant")),
            );
        }
    }
}
