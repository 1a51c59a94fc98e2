//! F002 file-encrypted.
//!
//! What: the file needs a password (an empty user password is tried first).
//! Why: reviewers and propscan cannot open it.
//! Example: a PDF saved with an open password → error; save it without one.

use super::detail;
use crate::extract::ExtractError;
use crate::model::{Finding, Lang, Location};
use crate::profile::Profile;
use crate::rules::{Ctx, Rule, RuleInfo, rule_info};

rule_info!(
    "F002",
    "file-encrypted",
    "文件加密",
    Error,
    "—",
    File,
    include_str!("f002_encrypted.rs")
);

pub struct F002;

impl Rule for F002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "文件已加密或设有密码",
            "encrypted or password-protected file",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            if let Some(e @ ExtractError::Encrypted) = &d.error {
                out.push(
                    INFO.finding(
                        "文件已加密，需要密码才能打开：请取消密码后重新导出上传。".into(),
                        "The file is encrypted: remove the password and export it again.".into(),
                        detail(e),
                    )
                    .at(Location::document(&d.path)),
                );
            }
        }
    }
}
