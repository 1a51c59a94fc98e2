//! P001 period-too-long.
//!
//! What: months from start to end (inclusive: 2022-07 to 2025-06 is 36) above the profile's limit
//! (2022: 36).
//! Why: 三.3 "项目实施周期一般不超过三年".
//! Example: 2022年7月至2025年12月 (42 months) → error.

use super::period;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "P001",
    "period-too-long",
    "期限过长",
    Error,
    "三.3",
    Package,
    include_str!("p001_too_long.rs")
);

pub struct P001;

impl Rule for P001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("实施期限超过 {} 个月", p.period.max_months),
            Lang::En => format!(
                "implementation period longer than {} months",
                p.period.max_months
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let max = cx.profile.period.max_months;
        let Some((_, _, months, evidence)) = period(cx) else {
            return;
        };
        if months > max as i64 {
            out.push(
                INFO.finding(
                    format!(
                        "项目实施期限 {months} 个月，超过 {max} 个月：请缩短至 {max} 个月以内。"
                    ),
                    format!("The period is {months} months, above the limit of {max} months."),
                    evidence,
                )
                .at(cx.loc("start")),
            );
        }
    }
}
