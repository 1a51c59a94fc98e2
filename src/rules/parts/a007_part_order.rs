//! A007 parts-out-of-order.
//!
//! What: one file holds several parts and they are not in the profile's binding order.
//! Why: 四.1 "按封面、项目信息表、承诺书、项目申报书、附件材料等顺序装订成册".
//! Example: a merged PDF with the 承诺书 after the 申报书 → warning naming the pages. Pages
//! classified as other attachments are not judged (they may be a part whose title was not
//! read).

use crate::model::{Finding, Location, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "A007",
    "parts-out-of-order",
    "装订顺序",
    Warning,
    "四.1",
    Package,
    include_str!("a007_part_order.rs")
);

pub struct A007;

impl Rule for A007 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let order: Vec<PartKind> = p
            .parts
            .order
            .iter()
            .filter_map(|o| PartKind::parse(o))
            .collect();
        match lang {
            Lang::Zh => format!(
                "合并文件中各部分不按 {} 的顺序",
                order.iter().map(|k| k.zh()).collect::<Vec<_>>().join("、")
            ),
            Lang::En => format!(
                "in a single merged file, parts not in the order {}",
                order
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        order(cx, out);
    }
}

fn rank(cx: &Ctx, kind: PartKind) -> usize {
    let order = &cx.profile.parts.order;
    order
        .iter()
        .position(|o| o == kind.as_str())
        .or_else(|| order.iter().position(|o| o == "other"))
        .unwrap_or(order.len())
}

fn order(cx: &Ctx, out: &mut Vec<Finding>) {
    for d in &cx.pkg.docs {
        if d.parts.len() < 2 {
            continue;
        }
        // Pages no part could be named for (其他附件: a page without a title, an appendix)
        // are left out of the order: an order judged on a page that may have been misread as
        // an attachment would be a guess.
        let seq: Vec<(usize, &crate::package::Part)> = d
            .parts
            .iter()
            .filter(|p| p.kind != PartKind::Other)
            .map(|p| (rank(cx, p.kind), p))
            .collect();
        if let Some(w) = seq.windows(2).find(|w| w[1].0 < w[0].0) {
            let listing: Vec<String> = d
                .parts
                .iter()
                .map(|p| match p.first_page {
                    Some(pg) => format!("{}(第{}页)", p.kind.zh(), pg),
                    None => p.kind.zh().to_string(),
                })
                .collect();
            // The binding order as the profile gives it.
            let order: Vec<PartKind> = cx
                .profile
                .parts
                .order
                .iter()
                .filter_map(|o| PartKind::parse(o))
                .collect();
            let zh: Vec<&str> = order.iter().map(|k| k.zh()).collect();
            let en: Vec<&str> = order.iter().map(|k| k.as_str()).collect();
            out.push(
                INFO.finding(
                    format!(
                        "合并文件中{}出现在{}之后，装订顺序应为 {}：请调整顺序。",
                        w[1].1.kind.zh(),
                        w[0].1.kind.zh(),
                        zh.join("、")
                    ),
                    format!(
                        "In the merged file, {} comes after {}; the order must be {}.",
                        w[1].1.kind.as_str(),
                        w[0].1.kind.as_str(),
                        en.join(", ")
                    ),
                    listing.join(" → "),
                )
                .at(Location {
                    document: Some(d.path.clone()),
                    page: w[1].1.first_page,
                    ..Location::default()
                }),
            );
        }
    }
}
