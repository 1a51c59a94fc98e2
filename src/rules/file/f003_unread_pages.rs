//! F003 file-no-text.
//!
//! What: pages that could not be read at all: no text layer and OCR found no text (or OCR is
//! off, or not installed), a text layer that stays garbled after every decoding (ToUnicode, the
//! font program, the character collection, OCR), or a page image OCR could not take (too large,
//! data that does not decode, over the time budget, a picture kind this installation cannot
//! decode) — with the reason — and embedded objects whose content could not be read (an Excel
//! 97-2003 worksheet object: only its picture is in the document). Those parts could not be
//! checked, and a field not found while they exist is never an error.
//! Why: checks read text.
//! Example: 信用承诺书.pdf scanned from paper with `--ocr off` → warning naming its pages.

use super::join;
use crate::extract::DocIssue;
use crate::model::{Finding, Lang, Location, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Rule, RuleInfo, rule_info};

rule_info!(
    "F003",
    "file-no-text",
    "页面未读出",
    Warning,
    "—",
    File,
    include_str!("f003_unread_pages.rs")
);

pub struct F003;

impl Rule for F003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick("无法读取的页面：无文字层且 OCR 未识别出文字、文字层为乱码，或页面图像无法识别，这些页未能检查", "pages that could not be read: no text layer and nothing found by OCR, a garbled text layer, or a page image OCR could not take").to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            let at = |page: Option<u32>| Location {
                page,
                ..Location::document(&d.path)
            };
            match &d.doc {
                Some(doc) => {
                    for i in &doc.issues {
                        match i {
                            DocIssue::Scanned { pages } => out.push(
                                INFO.finding(
                                    format!("第 {} 页没有文字层，OCR 也未读出文字（或 OCR 已关闭），这些页无法检查：请上传由原文档导出的 PDF 或清晰的扫描件。", join(pages)),
                                    format!("Pages {} have no text layer and OCR read no text from them (or OCR is off); they could not be checked: upload a PDF exported from the original or a clear scan.", join(pages)),
                                    format!("pages {}", join(pages)),
                                )
                                .at(at(pages.first().copied())),
                            ),
                            DocIssue::Garbled { pages, sample } => out.push(
                                INFO.finding(
                                    format!("第 {} 页的文字层解码为乱码（字体映射损坏），这些页无法检查：请重新导出 PDF（嵌入字体）。", join(pages)),
                                    format!("The text layer of pages {} decodes to garbage (broken font map): re-export the PDF with embedded fonts.", join(pages)),
                                    sample.clone(),
                                )
                                .at(at(pages.first().copied())),
                            ),
                            // Pictures in a document (no page of their own).
                            DocIssue::ImageUnread { pages, reason } if pages.is_empty() => out.push(
                                INFO.finding(
                                    format!("文档中的图片未能识别（{reason}），其内容无法检查：请开启 OCR 重新检查，或上传由原文档导出的 PDF。"),
                                    format!("Pictures in the document could not be read ({reason}); their content could not be checked: check again with OCR on, or upload a PDF exported from the original."),
                                    reason.clone(),
                                )
                                .at(at(None)),
                            ),
                            DocIssue::ImageUnread { pages, reason } => out.push(
                                INFO.finding(
                                    format!("第 {} 页的图像未能识别（{reason}），这些页无法检查：请上传清晰的扫描件（A4、300 dpi、JPEG 或 PDF）或由原文档导出的 PDF。", join(pages)),
                                    format!("The images of pages {} could not be read ({reason}); those pages could not be checked.", join(pages)),
                                    reason.clone(),
                                )
                                .at(at(pages.first().copied())),
                            ),
                            DocIssue::ObjectUnread { kinds } => out.push(
                                INFO.finding(
                                    format!("文档中嵌入的对象（{}）的内容未能读取，只有显示它的图片，这部分无法检查：请把内容直接填写在文档中，或导出 PDF 后上传。", kinds.join("、")),
                                    format!("The content of embedded objects ({}) could not be read, only the picture showing them; that part could not be checked: put the content in the document itself, or upload a PDF.", kinds.join(", ")),
                                    kinds.join("、"),
                                )
                                .at(at(None)),
                            ),
                            DocIssue::Truncated { .. }
                            | DocIssue::Ocr { .. }
                            | DocIssue::NotAccepted { .. } => {}
                        }
                    }
                }
                None if d.error.is_none() => {
                    // An image attachment: accepted, but its content cannot be checked.
                    let kinds = d.kinds();
                    let Some(k) = kinds.iter().find(|k| {
                        matches!(
                            k,
                            PartKind::Commitment
                                | PartKind::InfoTable
                                | PartKind::Application
                                | PartKind::Cover
                                | PartKind::CooperationAgreement
                        )
                    }) else {
                        continue;
                    };
                    out.push(
                        INFO.finding(
                            format!("{}为图片（{}），按文件名计为{}，其内容无法检查：请上传由原文档导出的 PDF。", d.path, d.format, k.zh()),
                            format!("{} is an image ({}), counted as {} by its name; its content could not be checked.", d.path, d.format, k.as_str()),
                            d.path.clone(),
                        )
                        .at(at(None)),
                    );
                }
                None => {}
            }
        }
    }
}
