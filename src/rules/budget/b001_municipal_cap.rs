//! B001 municipal-funding-cap.
//!
//! What: 申请市拨经费 above the profile's cap (2022: 100 万元). Amounts in 元 or 大写 are converted.
//! Why: 二.1 "市拨经费不超过100万元".
//! Example: 申请市拨经费 120 万元 → error.

use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "B001",
    "municipal-funding-cap",
    "市拨经费超限",
    Error,
    "二.1",
    Package,
    include_str!("b001_municipal_cap.rs")
);

pub struct B001;

impl Rule for B001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("申请市拨经费超过 {} 万元", p.budget.municipal_cap_wan),
            Lang::En => format!(
                "requested municipal funding (市拨经费) above {} 万元",
                p.budget.municipal_cap_wan
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let b = &cx.profile.budget;
        let Some(m) = cx.fields().municipal_funding_wan else {
            return;
        };
        if m > b.municipal_cap_wan + 1e-9 {
            out.push(
                INFO.finding(
                    format!(
                        "申请市拨经费 {m} 万元，超过上限 {} 万元：请调减至 {} 万元以内。",
                        b.municipal_cap_wan, b.municipal_cap_wan
                    ),
                    format!(
                        "Requested municipal funding {m} 万元 is above the cap of {} 万元.",
                        b.municipal_cap_wan
                    ),
                    cx.raw("municipal_funding_wan")
                        .unwrap_or_else(|| format!("{m} 万元")),
                )
                .at(cx.loc("municipal_funding_wan")),
            );
        }
    }
}
