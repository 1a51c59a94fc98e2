//! F001 file-unreadable.
//!
//! What: the file could not be opened as PDF or DOCX (damaged, cut short, a different format under
//! a .pdf/.docx name, over the size or time limit).
//! Why: what cannot be read cannot be checked.
//! Example: a PDF cut off during upload → error; re-export it and upload again.

use super::{detail, reason};
use crate::extract::{DocIssue, ExtractError};
use crate::model::{Finding, Lang, Location, Severity};
use crate::profile::Profile;
use crate::rules::{Ctx, Rule, RuleInfo, rule_info};

rule_info!(
    "F001",
    "file-unreadable",
    "文件不完整",
    Error,
    "—",
    File,
    include_str!("f001_unreadable.rs")
);

pub struct F001;

impl Rule for F001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "文件无法读取：损坏、不完整、与扩展名不符、过大或读取超时",
            "file unreadable: corrupt, truncated, not what its name says, too large or too slow",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            let at = Location::document(&d.path);
            match &d.error {
                Some(ExtractError::Encrypted | ExtractError::Unsupported { .. }) | None => {}
                Some(ExtractError::Empty) => out.push(
                    INFO.finding(
                        "文件为空（0 字节）：请重新上传。".into(),
                        "The file is empty (0 bytes): upload it again.".into(),
                        "0 bytes",
                    )
                    .at(at.clone()),
                ),
                Some(e) => out.push(
                    INFO.finding(
                        format!("文件无法读取（{}）：请从原文档重新导出 PDF 或 DOCX 后上传。", reason(e, Lang::Zh)),
                        format!("The file cannot be read ({}): export it again from the original document.", reason(e, Lang::En)),
                        detail(e),
                    )
                    .at(at.clone()),
                ),
            }
            if let Some(doc) = &d.doc {
                for i in &doc.issues {
                    if let DocIssue::Truncated { detail } = i {
                        out.push(
                            INFO.finding(
                                "文件只读取了一部分（读到上限或文件残缺）：请检查文件是否损坏。".into(),
                                format!("Only part of the file could be read ({detail}): check whether it is damaged."),
                                detail.clone(),
                            )
                            .severity(Severity::Warning)
                            .at(at.clone()),
                        );
                    }
                }
            }
            if let Some(from) = &d.renamed_from {
                out.push(
                    INFO.finding(
                        format!("压缩包内的文件名“{from}”指向包外或为绝对路径，已按“{}”读取：请用普通文件名重新打包。", d.path),
                        format!("The zip entry name \"{from}\" pointed outside the archive; read as \"{}\". Repack with plain names.", d.path),
                        from.clone(),
                    )
                    .severity(Severity::Warning)
                    .at(at.clone()),
                );
            }
        }
    }
}

/// The finding for a package whose check failed inside propscan (a panic caught by the
/// pipeline): the package was not checked.
pub fn internal_error(path: &str) -> Finding {
    INFO.finding(
        "检查该申报包时程序内部出错，本包未完成检查：请单独运行 propscan check 并报告此问题。".into(),
        "propscan failed while checking this package; it was not checked. Run `propscan check` on it alone and report the problem.".into(),
        "internal error",
    )
    .at(Location::document(path))
}
