//! F005 package-empty.
//!
//! What: the folder or zip holds no file (after skipping system files such as __MACOSX).
//! Why: nothing to check.
//! Example: an empty .zip → error.

use crate::model::{Finding, Lang, Location};
use crate::profile::Profile;
use crate::rules::{Ctx, Rule, RuleInfo, rule_info};

rule_info!(
    "F005",
    "package-empty",
    "空申报包",
    Error,
    "—",
    File,
    include_str!("f005_empty_package.rs")
);

pub struct F005;

impl Rule for F005 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick("申报包为空，没有任何文件", "empty package: no file in it")
            .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        if cx.pkg.docs.is_empty() {
            out.push(
                INFO.finding(
                    "申报包为空，没有任何文件：请放入申报材料。".into(),
                    "The package is empty: add the application files.".into(),
                    cx.pkg.path.clone(),
                )
                .at(Location::document(&cx.pkg.path)),
            );
        }
    }
}
