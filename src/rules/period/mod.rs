//! Period rules P001–P003 (call 三.3): the implementation period.

pub mod p001_too_long;
pub mod p002_unreadable;
pub mod p003_reversed;

use crate::fields::months_between;
use crate::rules::Ctx;

/// Start, end, months from start to end (inclusive) and the evidence, when both were read.
pub fn period(cx: &Ctx) -> Option<(String, String, i64, String)> {
    let f = cx.fields();
    let (Some(s), Some(e)) = (&f.start, &f.end) else {
        return None;
    };
    let months = months_between(s, e)?;
    let raw = cx.raw("start").unwrap_or_default();
    Some((s.clone(), e.clone(), months, format!("{raw} → {s} 至 {e}")))
}
