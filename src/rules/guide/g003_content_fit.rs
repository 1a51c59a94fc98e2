//! G003 guide-code-mismatch.
//!
//! What: the 48 guide directions are ranked by how well the application's text fits their titles
//! (terms of each direction's title, weighted by how few directions share them, counted in the
//! application and normalised by the direction's length). When the declared code is not among the
//! three best, shares less than half the best one's fit, and the best direction shares at least
//! three terms with the text, the best codes are suggested.
//! Why: 三.3 "属于项目指南支持领域和方向".
//! Example: a 碳化硅 power-device application filed under 先进材料 211101 while 210301 fits → warning
//! suggesting 210301.

use super::{rank_guides, short};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "G003",
    "guide-code-mismatch",
    "指南方向",
    Warning,
    "三.3",
    Package,
    include_str!("g003_content_fit.rs")
);

pub struct G003;

impl Rule for G003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick("申报内容与所选指南方向不符（给出最接近的方向）", "content does not match the declared guide code (with the best-fitting codes suggested)").to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        if let Some(g) = super::declared(cx) {
            fit(cx, g, out);
        }
    }
}

fn fit(cx: &Ctx, declared: &crate::profile::GuideCode, out: &mut Vec<Finding>) {
    let app = &cx.app;
    let text = format!(
        "{}\n{}",
        cx.ex.fields.project_name.as_deref().unwrap_or(""),
        app
    );
    if app.chars().filter(|c| !c.is_whitespace()).count() < 200 {
        return;
    }
    let fits = rank_guides(cx.profile, &text);
    let Some(best) = fits.first() else { return };
    let rank = fits
        .iter()
        .position(|f| f.code == declared.code)
        .unwrap_or(fits.len());
    let mine = &fits[rank.min(fits.len() - 1)];
    if rank < 3 || best.shared.len() < 3 || mine.score >= 0.5 * best.score {
        return;
    }
    let suggest: Vec<String> = fits
        .iter()
        .take(3)
        .map(|f| super::direction_label(cx.profile, &f.code))
        .collect();
    out.push(
        INFO.finding(format!(
                "申报内容与所选指南方向 {}（{}）契合度低（排第 {} 位），更接近：{}：请核对指南代码。",
                declared.code,
                short(&declared.title),
                rank + 1,
                suggest.join("；")
            ),
            format!(
                "The content fits the declared guide code {} poorly (rank {}); closer: {}. Check the code.",
                declared.code,
                rank + 1,
                fits.iter().take(3).map(|f| f.code.as_str()).collect::<Vec<_>>().join(", ")
            ),
            format!(
                "{}: {} | {}: {}",
                best.code,
                best.shared.iter().take(6).cloned().collect::<Vec<_>>().join("、"),
                declared.code,
                if mine.shared.is_empty() { "—".to_string() } else { mine.shared.iter().take(6).cloned().collect::<Vec<_>>().join("、") }
            ),
        )
        .at(cx.loc("guide_code")),
    );
}
