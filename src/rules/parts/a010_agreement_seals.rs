//! A010 agreement-seals.
//!
//! What: a 合作协议 whose pages can be seen (a scan, a photo, or a page carrying images) with
//! fewer than two distinct seals on it — an agreement binds both parties only with both seals.
//! Seals are found as for A009 (round or square, a seal's size, ink all around the rim); two
//! seals are distinct when neither lies inside the other. An agreement that is a text document
//! with no image is not judged.
//! Why: 三.1 "必须附单位间签署的合作协议".
//! Example: a scanned agreement stamped by the university only → warning "只见 1 枚印章", with
//! where the seal sits.

use super::{seal_evidence, seen_pages};
use crate::model::{Finding, Location, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A010",
    "agreement-seals",
    "合作协议盖章不全",
    Warning,
    "三.1",
    Package,
    include_str!("a010_agreement_seals.rs")
);

pub struct A010;

impl Rule for A010 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "合作协议（扫描件、照片或带图像的页面）上少于两枚印章（双方均须盖章）",
            "cooperation agreement (scan, photo or a page with images) with fewer than two seals (both parties must stamp it)",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        for d in &cx.pkg.docs {
            for part in d
                .parts
                .iter()
                .filter(|p| p.kind == PartKind::CooperationAgreement)
            {
                let Some(pages) = seen_pages(d, part) else {
                    continue;
                };
                let seals: Vec<(u32, &crate::extract::seal::Seal)> = pages
                    .iter()
                    .flat_map(|p| p.seals.iter().map(move |s| (p.number, s)))
                    .collect();
                if seals.len() >= 2 {
                    continue;
                }
                let (quote, ocr) = seal_evidence(d, part, &["盖章", "公章", "甲方", "乙方"]);
                let from = if ocr { "（OCR 识别）" } else { "" };
                let from_en = if ocr { " (read by OCR)" } else { "" };
                let (zh_seen, en_seen, page) = match seals.first() {
                    Some((n, s)) => (
                        format!(
                            "只见 1 枚印章（第 {n} 页，距页面左边 {:.0} mm、上边 {:.0} mm）",
                            s.x_pt / 72.0 * 25.4,
                            s.y_pt / 72.0 * 25.4
                        ),
                        format!(
                            "only one seal was found (page {n}, {:.0} mm from the left, {:.0} mm from the top)",
                            s.x_pt / 72.0 * 25.4,
                            s.y_pt / 72.0 * 25.4
                        ),
                        Some(*n),
                    ),
                    None => (
                        "未见印章".to_string(),
                        "no seal was found".to_string(),
                        pages.last().map(|p| p.number),
                    ),
                };
                out.push(
                    INFO.finding(
                        format!("合作协议{zh_seen}{from}，应有合作双方的公章：请双方盖章后重新扫描上传。"),
                        format!("The cooperation agreement: {en_seen}{from_en}; it needs the seals of both parties."),
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
