//! A006 cover-missing.
//!
//! What: no title page (a page before the application with 项目名称、申报单位 … as labelled lines).
//! Why: 四.1 binds 封面 first.
//! Example: an application that starts directly with 一、立项依据 → warning.
//! The severity follows the profile: a part in `[parts] required` is an error when missing, one in
//! `recommended` a warning, one in neither is not asked for.

use super::missing;
use crate::model::{Finding, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A006",
    "cover-missing",
    "缺封面",
    Warning,
    "四.1",
    Package,
    include_str!("a006_cover_missing.rs")
);

pub struct A006;

impl Rule for A006 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        super::missing_summary(p, PartKind::Cover, lang)
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        missing(&INFO, PartKind::Cover, cx, out);
    }
}
