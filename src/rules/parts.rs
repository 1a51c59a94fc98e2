//! Part rules A001–A008 (call 三.1, 四.1): the parts a package needs, their binding order in a
//! merged file, proof of the applicant's status, and the local partner of a university.

use super::{Ctx, Finding, Location, RuleInfo, Severity};
use crate::fields::ApplicantType;
use crate::package::PartKind;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "A001",
        name: "commitment-missing",
        severity: Severity::Error,
        clause: "三.2",
        summary: "信用承诺书 (credit commitment of the legal representative) missing",
        doc: "What: no part of the package is a credit commitment (title 信用承诺书 / 承诺书 / 承诺函, or a file \
              named so when it has no text).\nWhy: 三.2 \"项目申报单位法人应出具信用承诺\".\n\
              Example: a package with 信息表 and 申报书 only → error.",
    },
    RuleInfo {
        code: "A002",
        name: "agreement-missing",
        severity: Severity::Error,
        clause: "三.1",
        summary: "合作协议 missing where the applicant is a university or institute, or a partner is named",
        doc: "What: a university or research institute applies (it must apply with an enterprise), or a partner \
              unit is named, and no cooperation agreement (合作协议 / 合作协议书 / 联合申报协议) is in the package.\n\
              Why: 三.1 \"联合申报的项目，必须附单位间签署的合作协议\".\nExample: 苏州大学 as applicant, no 合作协议 → error.",
    },
    RuleInfo {
        code: "A003",
        name: "enterprise-status-unproven",
        severity: Severity::Error,
        clause: "三.1",
        summary: "enterprise without proof of 高新技术企业 / 培育库 / 科技型中小企业 status",
        doc: "What: the applicant is an enterprise and neither declares one of the profile's eligible statuses \
              (information table, cover, or a statement such as 公司是国家高新技术企业) nor attaches a certificate.\n\
              Why: 三.1 \"申报企业应为有效期内高新技术企业、高新技术企业培育库在库企业或国家科技型中小企业\".\n\
              Example: an enterprise package with no 高新技术企业证书 and no status declared → error.",
    },
    RuleInfo {
        code: "A004",
        name: "info-table-missing",
        severity: Severity::Error,
        clause: "四.1",
        summary: "项目信息表 missing",
        doc: "What: no part is an information table (a title ending in 信息表, or a table of its labels).\n\
              Why: 四.1 \"在线填写项目信息表\" and binds it into the paper copy.\nExample: only 申报书.pdf → error.",
    },
    RuleInfo {
        code: "A005",
        name: "application-missing",
        severity: Severity::Error,
        clause: "四.1",
        summary: "项目申报书 missing",
        doc: "What: no part is the application itself (a title ending in 申报书 / 申请书, or the sections \
              立项依据, 研究内容, 考核指标 …).\nWhy: 四.1 \"上传申报书及相关佐证材料\".\nExample: 信息表 and 承诺书 only → error.",
    },
    RuleInfo {
        code: "A006",
        name: "cover-missing",
        severity: Severity::Warning,
        clause: "四.1",
        summary: "封面 missing",
        doc: "What: no title page (a page before the application with 项目名称、申报单位 … as labelled lines).\n\
              Why: 四.1 binds 封面 first.\nExample: an application that starts directly with 一、立项依据 → warning.",
    },
    RuleInfo {
        code: "A007",
        name: "parts-out-of-order",
        severity: Severity::Warning,
        clause: "四.1",
        summary: "in a single merged file, parts not in the order 封面, 信息表, 承诺书, 申报书, 附件",
        doc: "What: one file holds several parts and they are not in the profile's binding order.\n\
              Why: 四.1 \"按封面、项目信息表、承诺书、项目申报书、附件材料等顺序装订成册\".\n\
              Example: a merged PDF with the 承诺书 after the 申报书 → warning naming the pages.",
    },
    RuleInfo {
        code: "A008",
        name: "partner-not-local",
        severity: Severity::Error,
        clause: "三.1",
        summary: "university/institute applicant whose partner enterprise is not a Suzhou enterprise",
        doc: "What: a university or institute applies; its partner must be a Suzhou enterprise — a credit code \
              with the profile's division prefix (3205), or a name with a Suzhou place name — and a company.\n\
              Why: 三.1 \"高校、科研院所申报项目必须有苏州本地企业联合\".\n\
              Example: 苏州大学 with partner 上海某某科技有限公司 → error; no partner named → error.",
    },
];

fn part_name(kind: PartKind) -> &'static str {
    kind.zh()
}

pub fn check(cx: &Ctx, out: &mut Vec<Finding>) {
    let pkg = cx.pkg;
    let f = &cx.ex.fields;
    let missing = |code: &'static str, kind: PartKind, en: &str| {
        Finding::new(
            code,
            format!(
                "申报材料中没有{}：请补充后再提交（按标题或文件名均未找到）。",
                part_name(kind)
            ),
            format!("No {en} in the package (by title or file name): add it."),
            format!("{} 个文件: {}", pkg.docs.len(), doc_list(cx)),
        )
        .at(Location {
            document: Some(pkg.path.clone()),
            ..Location::default()
        })
    };
    if !pkg.has(PartKind::Commitment) {
        out.push(missing(
            "A001",
            PartKind::Commitment,
            "credit commitment (信用承诺书)",
        ));
    }
    if !pkg.has(PartKind::InfoTable) {
        out.push(missing(
            "A004",
            PartKind::InfoTable,
            "information table (项目信息表)",
        ));
    }
    if !pkg.has(PartKind::Application) {
        out.push(missing(
            "A005",
            PartKind::Application,
            "application (项目申报书)",
        ));
    }
    if !pkg.has(PartKind::Cover) {
        out.push(missing("A006", PartKind::Cover, "cover page (封面)"));
    }
    let academic = matches!(
        f.applicant_type,
        Some(ApplicantType::University | ApplicantType::Institute)
    );
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
            Finding::new(
                "A002",
                format!("{why_zh}，但申报材料中没有单位间签署的合作协议：请附合作协议。"),
                "A joint application (university/institute applicant or a named partner) needs the signed cooperation agreement: attach it.".into(),
                if academic { f.applicant.clone().unwrap_or_default() } else { f.partners.join("、") },
            )
            .at(cx.loc(if academic { "applicant" } else { "partners" })),
        );
    }
    if f.applicant_type == Some(ApplicantType::Enterprise) && !status_proven(cx) {
        out.push(
            Finding::new(
                "A003",
                format!(
                    "申报企业未声明也未附证明其为{}：请在信息表中填写企业资质并附证书（如高新技术企业证书）。",
                    cx.profile.applicant.eligible_status.join("、")
                ),
                "The enterprise neither declares nor proves an eligible status (high-tech enterprise, incubation list, tech SME): declare it and attach the certificate.".into(),
                cx.ex.status.clone().unwrap_or_else(|| "未填写企业资质".into()),
            )
            .at(cx.loc("applicant")),
        );
    }
    order(cx, out);
    if academic {
        partner_local(cx, out);
    }
}

fn doc_list(cx: &Ctx) -> String {
    cx.pkg
        .docs
        .iter()
        .map(|d| {
            let kinds: Vec<&str> = d.kinds().iter().map(|k| k.zh()).collect();
            format!("{}（{}）", d.path, kinds.join("+"))
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// Declared in a status field, stated in the information table or cover, stated as a fact in
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
        .map(|k| cx.pkg.text_of(*k))
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

fn rank(cx: &Ctx, kind: PartKind) -> usize {
    let order = &cx.profile.parts.order;
    order
        .iter()
        .position(|o| o == kind.as_str())
        .or_else(|| order.iter().position(|o| o == "other"))
        .unwrap_or(order.len())
}

fn order(cx: &Ctx, out: &mut Vec<Finding>) {
    for d in &cx.pkg.docs {
        if d.parts.len() < 2 {
            continue;
        }
        let seq: Vec<(usize, &crate::package::Part)> =
            d.parts.iter().map(|p| (rank(cx, p.kind), p)).collect();
        if let Some(w) = seq.windows(2).find(|w| w[1].0 < w[0].0) {
            let listing: Vec<String> = d
                .parts
                .iter()
                .map(|p| match p.first_page {
                    Some(pg) => format!("{}(第{}页)", p.kind.zh(), pg),
                    None => p.kind.zh().to_string(),
                })
                .collect();
            // The binding order as the profile gives it.
            let order: Vec<PartKind> = cx
                .profile
                .parts
                .order
                .iter()
                .filter_map(|o| PartKind::parse(o))
                .collect();
            let zh: Vec<&str> = order.iter().map(|k| k.zh()).collect();
            let en: Vec<&str> = order.iter().map(|k| k.as_str()).collect();
            out.push(
                Finding::new(
                    "A007",
                    format!(
                        "合并文件中{}出现在{}之后，装订顺序应为 {}：请调整顺序。",
                        w[1].1.kind.zh(),
                        w[0].1.kind.zh(),
                        zh.join("、")
                    ),
                    format!(
                        "In the merged file, {} comes after {}; the order must be {}.",
                        w[1].1.kind.as_str(),
                        w[0].1.kind.as_str(),
                        en.join(", ")
                    ),
                    listing.join(" → "),
                )
                .at(Location {
                    document: Some(d.path.clone()),
                    page: w[1].1.first_page,
                    ..Location::default()
                }),
            );
        }
    }
}

fn partner_local(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let a = &cx.profile.applicant;
    if f.partners.is_empty() {
        out.push(
            Finding::new(
                "A008",
                "高校或科研院所申报，但未填写合作企业：须有苏州本地企业联合申报，请填写合作单位并附合作协议。".into(),
                "A university or institute applies without a partner enterprise: a Suzhou enterprise must join; name it and attach the agreement.".into(),
                f.applicant.clone().unwrap_or_default(),
            )
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
            Finding::new(
                "A008",
                format!(
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
