//! F006 page-size.
//!
//! What: PDF pages whose size is not the profile's paper size (2022: A4, 210 × 297 mm, either
//! orientation, within a tolerance).
//! Pages read by OCR (scans, photos) are not judged: their size is the scanning app's.
//! Why: 四.1 "统一用A4纸打印"; a letter-size page usually means a wrong template.
//! Example: a 申报书 exported as US Letter (216 × 279 mm) → warning naming the pages.

use super::join;
use crate::model::{Finding, Lang, Location};
use crate::profile::Profile;
use crate::rules::{Ctx, Rule, RuleInfo, rule_info};

rule_info!(
    "F006",
    "page-size",
    "纸张规格",
    Warning,
    "四.1",
    File,
    include_str!("f006_page_size.rs")
);

pub struct F006;

impl Rule for F006 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let size = format!("{:.0} × {:.0} mm", p.pages.width_mm, p.pages.height_mm);
        match lang {
            Lang::Zh => format!("PDF 页面不是规定纸张（{size}）"),
            Lang::En => format!("PDF pages not of the call's paper size ({size})"),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let p = &cx.profile.pages;
        let fits = |w: f64, h: f64| {
            (w - p.width_mm).abs() <= p.tolerance_mm && (h - p.height_mm).abs() <= p.tolerance_mm
        };
        for d in &cx.pkg.docs {
            let Some(doc) = &d.doc else { continue };
            let sizes = crate::package::page_sizes_mm(doc);
            let bad: Vec<&(u32, f64, f64)> = sizes
                .iter()
                .filter(|(_, w, h)| !fits(*w, *h) && !fits(*h, *w))
                .collect();
            let Some(first) = bad.first() else { continue };
            let pages: Vec<u32> = bad.iter().map(|b| b.0).collect();
            let size = format!("{:.0} × {:.0} mm", first.1, first.2);
            out.push(
                INFO.finding(
                    format!(
                        "第 {} 页的纸张为 {size}，不是规定的 {:.0} × {:.0} mm：请用规定纸张的模板重新导出。",
                        join(&pages),
                        p.width_mm,
                        p.height_mm
                    ),
                    format!(
                        "Pages {} are {size}, not {:.0} × {:.0} mm: export again with the right paper size.",
                        join(&pages),
                        p.width_mm,
                        p.height_mm
                    ),
                    size,
                )
                .at(Location {
                    page: Some(first.0),
                    ..Location::document(&d.path)
                }),
            );
        }
    }
}
