//! A002 agreement-missing.
//!
//! What: a university or research institute applies (it must apply with an enterprise), or a
//! partner unit is named, and no cooperation agreement (合作协议 / 合作协议书 / 联合申报协议) is in the package.
//! Why: 三.1 "联合申报的项目，必须附单位间签署的合作协议".
//! Example: 苏州大学 as applicant, no 合作协议 → error.

use crate::model::{Finding, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A002",
    "agreement-missing",
    "缺合作协议",
    Error,
    "三.1",
    Package,
    include_str!("a002_agreement_missing.rs")
);

pub struct A002;

impl Rule for A002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "高校、科研院所申报或填写了合作单位，但缺少合作协议",
            "cooperation agreement missing for a university/institute applicant or a named partner",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let pkg = cx.pkg;
        let f = cx.fields();
        let academic = super::academic(cx);
        if (academic || !f.partners.is_empty()) && !pkg.has(PartKind::CooperationAgreement) {
            let why_zh = if academic {
                format!(
                    "申报单位“{}”为高校或科研院所，须与苏州本地企业联合申报",
                    f.applicant.as_deref().unwrap_or("")
                )
            } else {
                format!("填写了合作单位“{}”", f.partners.join("、"))
            };
            out.push(
                INFO.finding(format!("{why_zh}，但申报材料中没有单位间签署的合作协议：请附合作协议。"),
                    "A joint application (university/institute applicant or a named partner) needs the signed cooperation agreement: attach it.".into(),
                    if academic { f.applicant.clone().unwrap_or_default() } else { f.partners.join("、") },
                )
                .at(cx.loc(if academic { "applicant" } else { "partners" })),
            );
        }
    }
}
