//! Scope rules S001, S002 (call 三.5): projects the call does not fund — mass production and
//! industrialisation, and general technology application or promotion without research.

pub mod s001_mass_production;
pub mod s002_promotion;

use crate::rules::Ctx;

/// The project name and the application's text, where the scope terms are looked for.
pub fn haystack(cx: &Ctx) -> String {
    let title = cx.fields().project_name.clone().unwrap_or_default();
    format!("{title}\n{}", cx.app)
}
