//! A008 partner-not-local.
//!
//! What: a university or institute applies; its partner must be a Suzhou enterprise — a credit code
//! with the profile's division prefix (3205), or a name with a Suzhou place name — and a company.
//! Why: 三.1 "高校、科研院所申报项目必须有苏州本地企业联合".
//! Example: 苏州大学 with partner 上海某某科技有限公司 → error; the partner row left blank or 无 → error;
//! no partner row read in the information table → warning. No information table (A004 says so):
//! the cooperation agreement's parties (甲方：…, 乙方：…) stand for the partner — an enterprise
//! party whose name says it is registered in another city or province (东莞…, 浙江…) → error
//! quoting the agreement's line; one whose name says nothing of where (江苏…, no place) →
//! warning; a local one, or no party read → nothing.

use crate::model::{ApplicantType, Finding, Location, PartKind};
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
            agreement_parties(cx, out);
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

/// No information table: the enterprise parties the cooperation agreements name, all of them
/// gathered first (a local partner in any agreement is enough).
fn agreement_parties(cx: &Ctx, out: &mut Vec<Finding>) {
    let a = &cx.profile.applicant;
    let applicant = cx.fields().applicant.clone().unwrap_or_default();
    // (party name, its line, the document it stands in)
    let mut parties: Vec<(String, String, &str)> = Vec::new();
    for d in &cx.pkg.docs {
        for part in d
            .parts
            .iter()
            .filter(|p| p.kind == PartKind::CooperationAgreement)
        {
            let text = d.part_text(part);
            parties.extend(
                text.lines()
                    .filter_map(|line| party(line).map(|name| (name, line.trim().to_string())))
                    .filter(|(name, _)| {
                        *name != applicant
                            && crate::fields::ApplicantType::from_name(name)
                                == Some(ApplicantType::Enterprise)
                    })
                    .map(|(name, line)| (name, line, d.path.as_str())),
            );
        }
    }
    if parties.is_empty()
        || parties
            .iter()
            .any(|(name, _, _)| a.local_names.iter().any(|n| name.contains(n.as_str())))
    {
        return;
    }
    // Where a name says its enterprise is registered: the region it starts with, unless that
    // region holds the city (the profile's enclosing regions).
    let elsewhere = parties.iter().find(|(name, _, _)| {
        crate::segment::regions()
            .iter()
            .find(|r| name.starts_with(**r))
            .is_some_and(|r| !a.enclosing_regions.iter().any(|e| e == r))
    });
    let (names, quote, path) = match elsewhere {
        Some((name, line, path)) => (name.clone(), line.clone(), *path),
        None => (
            parties
                .iter()
                .map(|(n, _, _)| n.as_str())
                .collect::<Vec<_>>()
                .join("、"),
            parties[0].1.clone(),
            parties[0].2,
        ),
    };
    // The city, as the profile names it first among its local place names.
    let city = a.local_names.first().map_or("本地", String::as_str);
    let finding = INFO
        .finding(
            format!(
                "合作协议的合作企业“{names}”{}：高校、科研院所须与{city}本地企业联合申报，请核实合作企业的注册地（统一社会信用代码第3–6位为{}）。",
                if elsewhere.is_some() { format!("按名称注册在{city}以外") } else { format!("不能确认为{city}本地企业") },
                a.division_prefix
            ),
            format!(
                "The cooperation agreement's partner \"{names}\" {}: a university or institute must apply with a local enterprise (credit code division {}…).",
                if elsewhere.is_some() { "is registered elsewhere by its name" } else { "cannot be confirmed as a local enterprise" },
                a.division_prefix
            ),
            quote,
        )
        .at(Location::document(path));
    out.push(if elsewhere.is_some() {
        finding
    } else {
        finding.severity(crate::model::Severity::Warning)
    });
}

/// The name a party line gives (甲方：苏州大学, 乙方（合作单位）: 某某有限公司), without the
/// signing line's 盖章/签字 and what follows a wide gap; None for anything else.
fn party(line: &str) -> Option<String> {
    let t = line.trim_start();
    let rest = ["甲方", "乙方", "丙方"]
        .iter()
        .find_map(|p| t.strip_prefix(p))?;
    let rest = match rest.strip_prefix(['（', '(']) {
        Some(r) => r.split_once(['）', ')'])?.1,
        None => rest,
    };
    let rest = rest.trim_start().strip_prefix(['：', ':'])?.trim_start();
    let name: String = rest
        .split(|c: char| c.is_whitespace() || c == '\t')
        .next()
        .unwrap_or("")
        .trim_end_matches(['，', '。', '；', ','])
        .to_string();
    (name.chars().count() >= 4 && !name.contains("盖章") && !name.contains("签字")).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::party;

    #[test]
    fn party_lines() {
        assert_eq!(
            party("乙方：东莞有浩康家政培训公司").as_deref(),
            Some("东莞有浩康家政培训公司")
        );
        assert_eq!(
            party("甲方（牵头单位）：苏州大学   乙方：x").as_deref(),
            Some("苏州大学")
        );
        assert_eq!(party("甲方（盖章）：                乙方（盖章）："), None);
        assert_eq!(party("甲乙双方就联合申报"), None);
        assert_eq!(party("乙方：（盖章）"), None);
    }
}
