//! F004 file-format-not-accepted.
//!
//! What: a file in a format the call does not take — not read at all (.doc, .xls …), or read so
//! its content counts (an HTML page saved as .doc, a web archive) but still to be converted.
//! Why: the call's system takes PDF and DOCX.
//! Example: 申报书.doc → error: save as .docx or export to PDF.

use crate::extract::{DocIssue, ExtractError};
use crate::model::{Finding, Lang, Location};
use crate::profile::Profile;
use crate::rules::{Ctx, Rule, RuleInfo, rule_info};

rule_info!(
    "F004",
    "file-format-not-accepted",
    "格式不接受",
    Error,
    "—",
    File,
    include_str!("f004_format_not_accepted.rs")
);

pub struct F004;

impl Rule for F004 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "不接受的文件格式（.doc、.wps、.xls、.odt、.rtf 等），并说明如何转换",
            "format not accepted (.doc, .wps, .xls, .odt, .rtf …): says how to convert",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            // Not read at all, or read (an HTML page saved as .doc) but still not a format the
            // call takes.
            let read_anyway = d.doc.as_ref().and_then(|doc| {
                doc.issues.iter().find_map(|i| match i {
                    DocIssue::NotAccepted { format, advice } => Some((format, advice)),
                    _ => None,
                })
            });
            let not_accepted = match &d.error {
                Some(ExtractError::Unsupported { format, advice }) => Some((format, advice)),
                _ => read_anyway,
            };
            if let Some((format, advice)) = not_accepted {
                out.push(
                    INFO.finding(
                        format!("不接受的文件格式（{format}）：{advice}。"),
                        format!("Format not accepted ({format}): {advice}."),
                        format.clone(),
                    )
                    .at(Location::document(&d.path)),
                );
            }
        }
    }
}
