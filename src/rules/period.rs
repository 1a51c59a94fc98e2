//! Period rules P001–P003 (call 三.3): the implementation period.

use super::{Ctx, Finding, RuleInfo, Severity};
use crate::fields::months_between;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "P001",
        name: "period-too-long",
        severity: Severity::Error,
        clause: "三.3",
        summary: "implementation period longer than three years",
        doc: "What: months from start to end (inclusive: 2022-07 to 2025-06 is 36) above the profile's limit \
              (2022: 36).\nWhy: 三.3 \"项目实施周期一般不超过三年\".\nExample: 2022年7月至2025年12月 (42 months) → error.",
    },
    RuleInfo {
        code: "P002",
        name: "period-unreadable",
        severity: Severity::Warning,
        clause: "三.3",
        summary: "period missing or unreadable",
        doc: "What: no 实施期限 / 起止时间 (or start and months) could be read.\nWhy: P001 and P003 need it.\n\
              Example: 实施期限 “三年” with no start → warning.",
    },
    RuleInfo {
        code: "P003",
        name: "period-reversed",
        severity: Severity::Error,
        clause: "三.3",
        summary: "end before start",
        doc: "What: the end month is before the start month.\nWhy: a typing error that makes the period meaningless.\n\
              Example: 2025年6月至2022年7月 → error.",
    },
];

pub fn check(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let raw = cx.ex.sources.get("start").map(|s| s.raw.clone());
    let (Some(s), Some(e)) = (&f.start, &f.end) else {
        out.push(
            Finding::new(
                "P002",
                "未能读到项目实施期限（起止年月）：请在信息表中填写，如 2022年7月至2025年6月。"
                    .into(),
                "Could not read the implementation period: fill it in, e.g. 2022年7月至2025年6月."
                    .into(),
                raw.unwrap_or_else(|| "未找到实施期限".into()),
            )
            .at(cx.loc("start")),
        );
        return;
    };
    let Some(months) = months_between(s, e) else {
        return;
    };
    let evidence = format!("{} → {s} 至 {e}", raw.unwrap_or_default());
    if months < 1 {
        out.push(
            Finding::new(
                "P003",
                format!("项目结束时间 {e} 早于开始时间 {s}：请核对起止时间。"),
                format!("The end ({e}) is before the start ({s}): check the dates."),
                evidence,
            )
            .at(cx.loc("start")),
        );
    } else if months > cx.profile.period.max_months as i64 {
        out.push(
            Finding::new(
                "P001",
                format!(
                    "项目实施期限 {months} 个月，超过 {} 个月：请缩短至 {} 个月以内。",
                    cx.profile.period.max_months, cx.profile.period.max_months
                ),
                format!(
                    "The period is {months} months, above the limit of {} months.",
                    cx.profile.period.max_months
                ),
                evidence,
            )
            .at(cx.loc("start")),
        );
    }
}
