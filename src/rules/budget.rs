//! Budget rules B001–B005 (call 二.1, 三.4): the municipal funding cap, its share of the project
//! total by applicant type, staged payment, and figures that could not be read.

use super::{Ctx, Finding, RuleInfo, Severity};
use crate::fields::ApplicantType;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "B001",
        name: "municipal-funding-cap",
        severity: Severity::Error,
        clause: "二.1",
        summary: "requested municipal funding (市拨经费) above the cap (100 万元)",
        doc: "What: 申请市拨经费 above the profile's cap (2022: 100 万元). Amounts in 元 or 大写 are converted.\n\
              Why: 二.1 \"市拨经费不超过100万元\".\nExample: 申请市拨经费 120 万元 → error.",
    },
    RuleInfo {
        code: "B002",
        name: "enterprise-funding-ratio",
        severity: Severity::Error,
        clause: "三.4",
        summary: "enterprise: municipal funding above 30 % of the project total",
        doc: "What: for an enterprise applicant, 市拨经费 / 项目总投入 above the profile's ratio (2022: 30 %).\n\
              Why: 三.4.\nExample: total 200 万元, municipal 100 万元 (50 %) → error.",
    },
    RuleInfo {
        code: "B003",
        name: "university-funding-ratio",
        severity: Severity::Error,
        clause: "三.4",
        summary: "university or institute: municipal funding above 50 % of the project total",
        doc: "What: for a university or institute applicant, 市拨经费 / 项目总投入 above the profile's ratio (2022: 50 %).\n\
              Why: 三.4.\nExample: 苏州大学, total 150 万元, municipal 100 万元 (67 %) → error.",
    },
    RuleInfo {
        code: "B004",
        name: "staged-payment",
        severity: Severity::Info,
        clause: "二.1",
        summary: "municipal funding above 50 万元 is paid in two parts",
        doc: "What: a fact for the applicant: above the profile's threshold (2022: 50 万元) the funding is paid in two \
              parts (≥ 50 % at approval, the rest after the mid-term check).\nWhy: 二.1.\nExample: 80 万元 → info.",
    },
    RuleInfo {
        code: "B005",
        name: "budget-unreadable",
        severity: Severity::Warning,
        clause: "三.4",
        summary: "budget figures missing or unreadable",
        doc: "What: 申请市拨经费 or 项目总投入 not found, not a number, or the applicant type unknown so the ratio \
              cannot be checked.\nWhy: B001–B003 cannot run without them.\nExample: 项目总投入 “待定” → warning.",
    },
];

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

pub fn check(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let b = &cx.profile.budget;
    let raw = |k: &str| cx.ex.sources.get(k).map(|s| s.raw.clone());
    let (Some(m), Some(t)) = (f.municipal_funding_wan, f.total_budget_wan) else {
        let mut missing = Vec::new();
        if f.municipal_funding_wan.is_none() {
            missing.push("申请市拨经费");
        }
        if f.total_budget_wan.is_none() {
            missing.push("项目总投入");
        }
        out.push(
            Finding::new(
                "B005",
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
        if let Some(m) = f.municipal_funding_wan {
            cap(cx, m, out);
        }
        return;
    };
    cap(cx, m, out);
    if t <= 0.0 {
        out.push(
            Finding::new(
                "B005",
                format!("项目总投入为 {t} 万元，无法计算市拨经费占比：请核对。"),
                format!("Total budget is {t} 万元; the ratio cannot be computed."),
                raw("total_budget_wan").unwrap_or_default(),
            )
            .at(cx.loc("total_budget_wan")),
        );
        return;
    }
    let ratio = m / t;
    let evidence = format!("市拨 {m} 万元 / 总投入 {t} 万元 = {}", pct(ratio));
    match f.applicant_type {
        Some(ApplicantType::Enterprise) if ratio > b.enterprise_max_ratio + 1e-9 => out.push(
            Finding::new(
                "B002",
                format!(
                    "企业申报项目市拨经费占项目总投入 {}，超过上限 {}：请减少申请市拨经费或核实总投入。",
                    pct(ratio),
                    pct(b.enterprise_max_ratio)
                ),
                format!(
                    "Municipal funding is {} of the total, above the enterprise limit of {}.",
                    pct(ratio),
                    pct(b.enterprise_max_ratio)
                ),
                evidence,
            )
            .at(cx.loc("municipal_funding_wan")),
        ),
        Some(ApplicantType::University | ApplicantType::Institute)
            if ratio > b.university_max_ratio + 1e-9 =>
        {
            out.push(
                Finding::new(
                    "B003",
                    format!(
                        "高校或科研院所申报项目市拨经费占项目总投入 {}，超过上限 {}：请减少申请市拨经费或核实总投入。",
                        pct(ratio),
                        pct(b.university_max_ratio)
                    ),
                    format!(
                        "Municipal funding is {} of the total, above the university/institute limit of {}.",
                        pct(ratio),
                        pct(b.university_max_ratio)
                    ),
                    evidence,
                )
                .at(cx.loc("municipal_funding_wan")),
            )
        }
        None | Some(ApplicantType::Other) => out.push(
            Finding::new(
                "B005",
                "无法判断申报单位类型（企业/高校/科研院所），市拨经费占比上限无法核对：请在信息表中填写单位性质。".into(),
                "The applicant type (enterprise/university/institute) is unknown, so the funding ratio cannot be checked: declare it.".into(),
                evidence,
            )
            .at(cx.loc("applicant")),
        ),
        _ => {}
    }
}

fn cap(cx: &Ctx, m: f64, out: &mut Vec<Finding>) {
    let b = &cx.profile.budget;
    if m > b.municipal_cap_wan + 1e-9 {
        out.push(
            Finding::new(
                "B001",
                format!(
                    "申请市拨经费 {m} 万元，超过上限 {} 万元：请调减至 {} 万元以内。",
                    b.municipal_cap_wan, b.municipal_cap_wan
                ),
                format!(
                    "Requested municipal funding {m} 万元 is above the cap of {} 万元.",
                    b.municipal_cap_wan
                ),
                cx.ex
                    .sources
                    .get("municipal_funding_wan")
                    .map(|s| s.raw.clone())
                    .unwrap_or_else(|| format!("{m} 万元")),
            )
            .at(cx.loc("municipal_funding_wan")),
        );
    } else if m > b.staged_payment_above_wan + 1e-9 {
        out.push(
            Finding::new(
                "B004",
                format!(
                    "申请市拨经费 {m} 万元，超过 {} 万元，将分两次拨付（立项时拨付不少于 {}，中期检查后拨付其余部分）。",
                    b.staged_payment_above_wan,
                    pct(b.staged_first_share)
                ),
                format!(
                    "Municipal funding of {m} 万元 is above {} 万元 and will be paid in two parts (at least {} at approval, the rest after the mid-term check).",
                    b.staged_payment_above_wan,
                    pct(b.staged_first_share)
                ),
                format!("{m} 万元"),
            )
            .at(cx.loc("municipal_funding_wan")),
        );
    }
}
