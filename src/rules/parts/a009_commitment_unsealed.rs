//! A009 commitment-unsealed.
//!
//! What: a 信用承诺书 whose pages can be seen (a scan, a photo, or a page carrying images such
//! as an electronic seal) and on which no seal is found: no red (or, on a grey scan,
//! mid-grey) round or square seal of a seal's size with ink all around its rim. Red headings,
//! underlines, logos and filled marks are not seals. A commitment that is a text document with
//! no image on any page is not judged here (nothing on it could be a seal); the legal
//! representative's signature is not judged yet (handwriting is not recognised).
//! Why: 三.2 "项目申报单位法人应出具信用承诺" — the commitment binds the unit only with its seal.
//! Example: 信用承诺书.jpg photographed before it was stamped → warning naming the page, the
//! 公章 line OCR read, and that the evidence came from OCR.

use super::{seal_evidence, seen_pages};
use crate::model::{Finding, Location, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A009",
    "commitment-unsealed",
    "承诺书未盖章",
    Warning,
    "三.2",
    Package,
    include_str!("a009_commitment_unsealed.rs")
);

pub struct A009;

impl Rule for A009 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "信用承诺书（扫描件、照片或带图像的页面）上未见单位公章",
            "credit commitment (scan, photo or a page with images) without the unit's seal",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            for part in d.parts.iter().filter(|p| p.kind == PartKind::Commitment) {
                let Some(pages) = seen_pages(d, part) else {
                    continue;
                };
                if pages.iter().any(|p| !p.seals.is_empty()) {
                    continue;
                }
                let first = pages.first().map(|p| p.number);
                let (quote, ocr) = seal_evidence(d, part, &["公章", "盖章", "印章"]);
                let from = if ocr { "（OCR 识别）" } else { "" };
                let from_en = if ocr { " (read by OCR)" } else { "" };
                out.push(
                    INFO.finding(
                        format!(
                            "信用承诺书第 {} 页未见单位公章{from}：请加盖申报单位公章、由法定代表人签字后重新扫描上传。",
                            pages.iter().map(|p| p.number.to_string()).collect::<Vec<_>>().join("、")
                        ),
                        format!(
                            "No unit seal was found on the credit commitment (pages {}){from_en}: stamp it with the applicant's seal, have the legal representative sign, and upload the scan again.",
                            pages.iter().map(|p| p.number.to_string()).collect::<Vec<_>>().join(", ")
                        ),
                        quote,
                    )
                    .at(Location {
                        page: first,
                        ..Location::document(&d.path)
                    }),
                );
            }
        }
    }
}
