//! A004 info-table-missing.
//!
//! What: no part is an information table (a title ending in 信息表, or a table of its labels).
//! Why: 四.1 "在线填写项目信息表" and binds it into the paper copy.
//! Example: only 申报书.pdf → error.
//! The severity follows the profile: a part in `[parts] required` is an error when missing, one in
//! `recommended` a warning, one in neither is not asked for.

use super::missing;
use crate::model::{Finding, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A004",
    "info-table-missing",
    "缺信息表",
    Error,
    "四.1",
    Package,
    include_str!("a004_info_table_missing.rs")
);

pub struct A004;

impl Rule for A004 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        super::missing_summary(p, PartKind::InfoTable, lang)
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        missing(&INFO, PartKind::InfoTable, cx, out);
    }
}
