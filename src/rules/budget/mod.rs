//! Budget rules B001–B005 (call 二.1, 三.4): the municipal funding cap, the ratio to the project
//! total by applicant type, staged payment, and unreadable figures.

pub mod b001_municipal_cap;
pub mod b002_enterprise_ratio;
pub mod b003_university_ratio;
pub mod b004_staged_payment;
pub mod b005_budget_unreadable;

use crate::model::ApplicantType;
use crate::rules::Ctx;

pub fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

/// Municipal funding over the project total, when both were read and the total is positive.
pub fn ratio(cx: &Ctx) -> Option<(f64, f64, f64)> {
    let f = cx.fields();
    match (f.municipal_funding_wan, f.total_budget_wan) {
        (Some(m), Some(t)) if t > 0.0 => Some((m, t, m / t)),
        _ => None,
    }
}

/// The evidence of a ratio finding.
pub fn ratio_evidence(m: f64, t: f64, r: f64) -> String {
    format!("市拨 {m} 万元 / 总投入 {t} 万元 = {}", pct(r))
}

pub fn applicant_type(cx: &Ctx) -> Option<ApplicantType> {
    cx.fields().applicant_type
}
