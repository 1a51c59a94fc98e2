//! P002 period-unreadable.
//!
//! What: no 实施期限 / 起止时间 (or start and months) could be read.
//! Why: P001 and P003 need it.
//! Example: 实施期限 “三年” with no start → warning.

use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "P002",
    "period-unreadable",
    "期限未读出",
    Warning,
    "三.3",
    Package,
    include_str!("p002_unreadable.rs")
);

pub struct P002;

impl Rule for P002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick("实施期限缺失或无法读取", "period missing or unreadable")
            .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let f = cx.fields();
        if f.start.is_some() && f.end.is_some() {
            return;
        }
        out.push(
            INFO.finding(
                "未能读到项目实施期限（起止年月）：请在信息表中填写，如 2022年7月至2025年6月。"
                    .into(),
                "Could not read the implementation period: fill it in, e.g. 2022年7月至2025年6月."
                    .into(),
                cx.raw("start").unwrap_or_else(|| "未找到实施期限".into()),
            )
            .at(cx.loc("start")),
        );
    }
}
