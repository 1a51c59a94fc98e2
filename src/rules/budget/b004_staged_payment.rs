//! B004 staged-payment.
//!
//! What: a fact for the applicant: above the profile's threshold (2022: 50 万元) the funding is paid
//! in two parts (≥ 50 % at approval, the rest after the mid-term check).
//! Why: 二.1.
//! Example: 80 万元 → info.

use super::pct;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "B004",
    "staged-payment",
    "分期拨付",
    Info,
    "二.1",
    Package,
    include_str!("b004_staged_payment.rs")
);

pub struct B004;

impl Rule for B004 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "市拨经费超过 {} 万元的分两次拨付",
                p.budget.staged_payment_above_wan
            ),
            Lang::En => format!(
                "municipal funding above {} 万元 is paid in two parts",
                p.budget.staged_payment_above_wan
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let b = &cx.profile.budget;
        let Some(m) = cx.fields().municipal_funding_wan else {
            return;
        };
        // Above the cap B001 speaks; the staged payment is a fact for a fundable amount.
        if m > b.municipal_cap_wan + 1e-9 || m <= b.staged_payment_above_wan + 1e-9 {
            return;
        }
        out.push(
            INFO.finding(
                format!(
                    "申请市拨经费 {m} 万元，超过 {} 万元，将分两次拨付（立项时拨付不少于 {}，中期检查后拨付其余部分）。",
                    b.staged_payment_above_wan,
                    pct(b.staged_first_share)
                ),
                format!(
                    "Municipal funding of {m} 万元 is above {} 万元 and will be paid in two parts (at least {} at approval, the rest after the mid-term check).",
                    b.staged_payment_above_wan,
                    pct(b.staged_first_share)
                ),
                format!("{m} 万元"),
            )
            .at(cx.loc("municipal_funding_wan")),
        );
    }
}
