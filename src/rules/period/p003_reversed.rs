//! P003 period-reversed.
//!
//! What: the end month is before the start month.
//! Why: a typing error that makes the period meaningless.
//! Example: 2025年6月至2022年7月 → error.

use super::period;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "P003",
    "period-reversed",
    "起止颠倒",
    Error,
    "三.3",
    Package,
    include_str!("p003_reversed.rs")
);

pub struct P003;

impl Rule for P003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick("结束时间早于开始时间", "end before start")
            .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let Some((s, e, months, evidence)) = period(cx) else {
            return;
        };
        if months < 1 {
            out.push(
                INFO.finding(
                    format!("项目结束时间 {e} 早于开始时间 {s}：请核对起止时间。"),
                    format!("The end ({e}) is before the start ({s}): check the dates."),
                    evidence,
                )
                .at(cx.loc("start")),
            );
        }
    }
}
