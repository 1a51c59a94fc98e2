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
    // What was read for the start and, when the end came from other text (an end cell, a
    // duration: 实施周期（月） -22), that text too.
    let raw = cx.raw("start").unwrap_or_default();
    let quoted = match cx.raw("end").filter(|r| *r != raw) {
        Some(end) => format!("{raw}；{}", end.replace('\t', " ")),
        None => raw,
    };
    Some((
        s.clone(),
        e.clone(),
        months,
        format!("{quoted} → {s} 至 {e}"),
    ))
}
