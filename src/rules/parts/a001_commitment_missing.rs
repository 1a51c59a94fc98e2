//! A001 commitment-missing.
//!
//! What: no part of the package is a credit commitment (title 信用承诺书 / 承诺书 / 承诺函, or a file named so
//! when it has no text).
//! Why: 三.2 "项目申报单位法人应出具信用承诺".
//! Example: a package with 信息表 and 申报书 only → error.
//! The severity follows the profile: a part in `[parts] required` is an error when missing, one in
//! `recommended` a warning, one in neither is not asked for.

use super::missing;
use crate::model::{Finding, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A001",
    "commitment-missing",
    "缺信用承诺书",
    Error,
    "三.2",
    Package,
    include_str!("a001_commitment_missing.rs")
);

pub struct A001;

impl Rule for A001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        super::missing_summary(p, PartKind::Commitment, lang)
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        missing(&INFO, PartKind::Commitment, cx, out);
    }
}
