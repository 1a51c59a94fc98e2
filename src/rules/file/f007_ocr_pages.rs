//! F007 ocr-pages.
//!
//! What: pages read by OCR (scans, photos, image files, pages whose fonts could not be
//! decoded): which pages of which file, and the mean recognition confidence. Findings whose
//! evidence stands on those pages say that it came from OCR.
//! Why: OCR text can be wrong in places; a person reading a finding should know where its
//! evidence came from.
//! Example: 信用承诺书.jpg, a photographed page → info "第 1 页经 OCR 识别，平均置信度 91".

use super::join;
use crate::extract::DocIssue;
use crate::model::{Finding, Lang, Location};
use crate::profile::Profile;
use crate::rules::{Ctx, Rule, RuleInfo, rule_info};

rule_info!(
    "F007",
    "ocr-pages",
    "OCR 识别页",
    Info,
    "—",
    File,
    include_str!("f007_ocr_pages.rs")
);

pub struct F007;

impl Rule for F007 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "经 OCR 识别的页面（扫描件、照片）及其平均识别置信度",
            "pages read by OCR (scans, photos) and their mean recognition confidence",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            let Some(doc) = &d.doc else { continue };
            for i in &doc.issues {
                if let DocIssue::Ocr {
                    pages,
                    confidence,
                    under_text,
                } = i
                {
                    // A scan filled in with a PDF editor's text tool: the typed values were read
                    // as they are, the form's words in the picture by OCR.
                    if !under_text.is_empty() {
                        out.push(
                            INFO.finding(
                                format!(
                                    "第 {} 页是扫描件，其上另有输入的文字：输入的文字按原样读取，扫描图中的文字经 OCR 识别（平均置信度 {confidence:.0}）：依据这些页的结论请对照原件核实。",
                                    join(under_text)
                                ),
                                format!(
                                    "Pages {} are scans with text typed over them: the typed text was read as it is, the words in the scan by OCR (mean confidence {confidence:.0}): check findings based on them against the original.",
                                    join(under_text)
                                ),
                                format!("OCR: {}", join(under_text)),
                            )
                            .at(Location {
                                page: under_text.first().copied(),
                                ..Location::document(&d.path)
                            }),
                        );
                    }
                    let pages: Vec<u32> = pages
                        .iter()
                        .copied()
                        .filter(|p| !under_text.contains(p))
                        .collect();
                    if pages.is_empty() {
                        continue;
                    }
                    let pages = &pages;
                    // A Word file's pages read by OCR are the scans and photos pasted into it.
                    let (zh, en) = if doc.format == crate::extract::Format::Docx {
                        (
                            format!(
                                "文中第 {} 幅图片是扫描件或照片，经 OCR 识别（平均置信度 {confidence:.0}）：依据这些图片的结论请对照原件核实。",
                                join(pages)
                            ),
                            format!(
                                "Pictures {} in the document are scans or photos, read by OCR (mean confidence {confidence:.0}): check findings based on them against the original.",
                                join(pages)
                            ),
                        )
                    } else {
                        (
                            format!(
                                "第 {} 页没有可用的文字层，经 OCR 识别（平均置信度 {confidence:.0}）：依据这些页的结论请对照原件核实。",
                                join(pages)
                            ),
                            format!(
                                "Pages {} have no usable text layer and were read by OCR (mean confidence {confidence:.0}): check findings based on them against the original.",
                                join(pages)
                            ),
                        )
                    };
                    out.push(
                        INFO.finding(zh, en, format!("OCR: {}", join(pages)))
                            .at(Location {
                                page: pages.first().copied(),
                                ..Location::document(&d.path)
                            }),
                    );
                }
            }
        }
    }
}
