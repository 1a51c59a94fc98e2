//! A005 application-missing.
//!
//! What: no part is the application itself (a title ending in 申报书 / 申请书, or the sections 立项依据,
//! 研究内容, 考核指标 …).
//! Why: 四.1 "上传申报书及相关佐证材料".
//! Example: 信息表 and 承诺书 only → error.
//! The severity follows the profile: a part in `[parts] required` is an error when missing, one in
//! `recommended` a warning, one in neither is not asked for.

use super::missing;
use crate::model::{Finding, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A005",
    "application-missing",
    "缺申报书",
    Error,
    "四.1",
    Package,
    include_str!("a005_application_missing.rs")
);

pub struct A005;

impl Rule for A005 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        super::missing_summary(p, PartKind::Application, lang)
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        missing(&INFO, PartKind::Application, cx, out);
    }
}
