//! A003 enterprise-status-unproven.
//!
//! What: the applicant is an enterprise and neither declares one of the profile's eligible statuses
//! (information table, cover, or a statement such as 公司是国家高新技术企业) nor attaches a certificate.
//! Why: 三.1 "申报企业应为有效期内高新技术企业、高新技术企业培育库在库企业或国家科技型中小企业".
//! Example: an enterprise package with no 高新技术企业证书 and no status declared → error.

use crate::model::{ApplicantType, Finding, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A003",
    "enterprise-status-unproven",
    "企业资质未证明",
    Error,
    "三.1",
    Package,
    include_str!("a003_status_unproven.rs")
);

pub struct A003;

impl Rule for A003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let s = p.applicant.eligible_status.join("、");
        match lang {
            Lang::Zh => format!("企业未声明也未证明为{s}"),
            Lang::En => format!("enterprise without proof of an eligible status ({s})"),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let f = cx.fields();
        if f.applicant_type == Some(ApplicantType::Enterprise) && !status_proven(cx) {
            let mut finding = INFO.finding(format!(
                    "申报企业未声明也未附证明其为{}：请在信息表中填写企业资质并附证书（如高新技术企业证书）。",
                    cx.profile.applicant.eligible_status.join("、")
                ),
                "The enterprise neither declares nor proves an eligible status (high-tech enterprise, incubation list, tech SME): declare it and attach the certificate.".into(),
                cx.ex.status.clone().unwrap_or_else(|| "未填写企业资质".into()),
            )
            .at(cx.loc("applicant"));
            // A file that could not be read may be the certificate.
            let unread: Vec<&str> = cx.pkg.unread_docs().map(|d| d.path.as_str()).collect();
            if !unread.is_empty() {
                finding.soften(
                    &format!(
                        "（包中有未能读出的文件：{}，证书可能在其中。）",
                        unread.join("、")
                    ),
                    &format!(
                        " (Files that could not be read — {} — may hold the certificate.)",
                        unread.join(", ")
                    ),
                );
            }
            out.push(finding);
        }
    }
}

/// Declared in a status field, stated in the information table or cover (an option not ticked
/// is not stated), stated as a fact in
/// the application ("公司是国家高新技术企业"), or a certificate attached.
fn status_proven(cx: &Ctx) -> bool {
    let terms = &cx.profile.applicant.eligible_status;
    if cx.pkg.has(PartKind::Qualification) {
        return true;
    }
    if let Some(s) = &cx.ex.status
        && terms.iter().any(|t| s.contains(t.as_str()))
    {
        return true;
    }
    let declared = [PartKind::InfoTable, PartKind::Cover]
        .iter()
        .map(|k| {
            crate::model::without_unchosen(&crate::extract::symbols::letter_marks(
                &cx.pkg.text_of(*k),
            ))
        })
        .any(|t| terms.iter().any(|x| t.contains(x.as_str())));
    if declared {
        return true;
    }
    let app = &cx.app;
    terms.iter().any(|t| {
        app.match_indices(t.as_str()).any(|(i, _)| {
            let before: String = app[..i].chars().rev().take(8).collect();
            ["是", "为", "属于", "系", "认定为", "入选", "获评", "在库"]
                .iter()
                .any(|v| before.contains(&v.chars().rev().collect::<String>()))
                && !before.contains("申请")
                && !before.contains("争取")
        })
    })
}
