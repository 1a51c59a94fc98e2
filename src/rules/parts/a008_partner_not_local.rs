//! A008 partner-not-local.
//!
//! What: a university or institute applies; its partner must be a Suzhou enterprise — a credit code
//! with the profile's division prefix (3205), or a name with a Suzhou place name — and a company.
//! Why: 三.1 "高校、科研院所申报项目必须有苏州本地企业联合".
//! Example: 苏州大学 with partner 上海某某科技有限公司 → error; the partner row left blank or 无 → error;
//! no partner row read in the information table → warning; no information table → nothing (A004).

use crate::model::{ApplicantType, Finding};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A008",
    "partner-not-local",
    "合作企业非本地",
    Error,
    "三.1",
    Package,
    include_str!("a008_partner_not_local.rs")
);

pub struct A008;

impl Rule for A008 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "高校或科研院所申报，合作企业不是本地企业（信用代码行政区划 {}xx）",
                p.applicant.division_prefix
            ),
            Lang::En => format!(
                "university/institute applicant whose partner enterprise is not local (credit code division {}xx)",
                p.applicant.division_prefix
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        if super::academic(cx) {
            partner_local(cx, out);
        }
    }
}

fn partner_local(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let a = &cx.profile.applicant;
    if f.partners.is_empty() {
        // Nothing to stand on without the information table (A004 says it is missing); a
        // table without a partner row may name the partner where it was not read: a warning.
        if !cx.pkg.has(crate::model::PartKind::InfoTable) {
            return;
        }
        let row_read = cx.ex.sources.contains_key("partners");
        out.push(
            INFO.finding("高校或科研院所申报，但未填写合作企业：须有苏州本地企业联合申报，请填写合作单位并附合作协议。".into(),
                "A university or institute applies without a partner enterprise: a Suzhou enterprise must join; name it and attach the agreement.".into(),
                f.applicant.clone().unwrap_or_default(),
            )
            .severity(if row_read {
                crate::model::Severity::Error
            } else {
                crate::model::Severity::Warning
            })
            .at(cx.loc("applicant")),
        );
        return;
    }
    let local_code = cx.ex.partner_codes.iter().any(|c| {
        c.get(2..)
            .is_some_and(|r| r.starts_with(a.division_prefix.as_str()))
    });
    let local_enterprise = f.partners.iter().any(|p| {
        crate::fields::ApplicantType::from_name(p) == Some(ApplicantType::Enterprise)
            && (local_code || a.local_names.iter().any(|n| p.contains(n.as_str())))
    });
    if !local_enterprise {
        out.push(
            INFO.finding(format!(
                    "合作单位“{}”不能确认为苏州本地企业：高校、科研院所须与苏州本地企业联合申报，请核实合作企业的注册地（统一社会信用代码第3–6位为{}）。",
                    f.partners.join("、"),
                    a.division_prefix
                ),
                format!(
                    "Partner(s) \"{}\" cannot be confirmed as a Suzhou enterprise (credit code division {}…): a university or institute must apply with one.",
                    f.partners.join(", "),
                    a.division_prefix
                ),
                f.partners.join("、"),
            )
            .at(cx.loc("partners")),
        );
    }
}
