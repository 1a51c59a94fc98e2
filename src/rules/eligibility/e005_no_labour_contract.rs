//! E005 leader-employment-unproven.
//!
//! What: no labour contract (or social-insurance record) of the leader in the package.
//! Why: 三.2 "项目负责人须为项目申报单位的在职人员（与申报单位签订劳动合同）".
//! Example: a package without 劳动合同 → warning.

use crate::model::{Finding, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "E005",
    "leader-employment-unproven",
    "劳动合同",
    Warning,
    "三.2",
    Package,
    include_str!("e005_no_labour_contract.rs")
);

pub struct E005;

impl Rule for E005 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "未见项目负责人与申报单位的劳动合同",
            "no evidence that the project leader is employed by the applicant (劳动合同)",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let f = cx.fields();
        if !cx.pkg.has(PartKind::LaborContract) {
            out.push(
                INFO.finding(format!(
                        "申报材料中未见项目负责人{}与申报单位签订的劳动合同：请附劳动合同（或社保缴纳证明）。",
                        f.leader.as_deref().unwrap_or("")
                    ),
                    "No labour contract shows the project leader is employed by the applicant: attach it.".into(),
                    f.leader.clone().unwrap_or_else(|| "未附劳动合同".into()),
                )
                .at(cx.loc("leader")),
            );
        }
    }
}
