//! A009 commitment-unsealed.
//!
//! What: a 信用承诺书 whose pages can be seen (a scan, a photo, or a page carrying images such
//! as an electronic seal) and on which no seal is found: no red (or, on a grey scan,
//! mid-grey) round or square seal of a seal's size with ink all around its rim, and no ring
//! of a unit's seal's size (30–65 mm) in any ink, as a black-and-white photocopy leaves it.
//! Red headings, underlines, logos and filled marks are not seals. A commitment that is a text document with
//! no image on any page is not judged here (nothing on it could be a seal). On a scan, the
//! place to sign (法定代表人（签字）, 签名, 签章) is looked at too: no ink beside the label (no
//! handwriting, no 签字章, no name) is a missing signature. Ink is not read as a name: a
//! typed name counts as ink, so a missing signature may be missed but is not invented.
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
            "信用承诺书（扫描件、照片或带图像的页面）上未见单位公章，或扫描件上法定代表人签字处空白",
            "credit commitment (scan, photo or a page with images) without the unit's seal, or a scan whose signing place is blank",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            for part in d.parts.iter().filter(|p| p.kind == PartKind::Commitment) {
                let Some(pages) = seen_pages(d, part) else {
                    continue;
                };
                let unsealed = pages.iter().all(|p| p.seals.is_empty());
                let unsigned: Vec<(u32, &crate::extract::ocr::SignSpot)> = pages
                    .iter()
                    .flat_map(|p| p.sign_spots.iter().map(move |s| (p.number, s)))
                    .filter(|(_, s)| !s.ink)
                    .collect();
                if !unsealed && unsigned.is_empty() {
                    continue;
                }
                let list = |sep: &str| {
                    pages
                        .iter()
                        .map(|p| p.number.to_string())
                        .collect::<Vec<_>>()
                        .join(sep)
                };
                let (quote, ocr) = match unsigned.first() {
                    Some((_, s)) if !unsealed => (format!("{}（OCR）", s.label), true),
                    _ => seal_evidence(d, part, &["公章", "盖章", "印章"]),
                };
                let from = if ocr { "（OCR 识别）" } else { "" };
                let from_en = if ocr { " (read by OCR)" } else { "" };
                let (what, what_en) = match (unsealed, unsigned.is_empty()) {
                    (true, true) => ("未见单位公章", "no unit seal was found"),
                    (true, false) => (
                        "未见单位公章，法定代表人签字处也未见签字",
                        "no unit seal was found and the signing place is blank",
                    ),
                    _ => (
                        "法定代表人签字处未见签字或签字章",
                        "the legal representative's signing place is blank",
                    ),
                };
                let page = unsigned
                    .first()
                    .filter(|_| !unsealed)
                    .map(|(n, _)| *n)
                    .or(pages.first().map(|p| p.number));
                out.push(
                    INFO.finding(
                        format!(
                            "信用承诺书第 {} 页{what}{from}：请加盖申报单位公章、由法定代表人签字后重新扫描上传。",
                            list("、")
                        ),
                        format!(
                            "Credit commitment (pages {}): {what_en}{from_en}: stamp it with the applicant's seal, have the legal representative sign, and upload the scan again.",
                            list(", ")
                        ),
                        quote,
                    )
                    .at(Location {
                        page,
                        ..Location::document(&d.path)
                    }),
                );
            }
        }
    }
}
