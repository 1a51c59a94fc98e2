//! G002 guide-code-directed.
//!
//! What: the guide code is marked directed in the profile (2022: 210802).
//! Why: 附件1 "定向组织".
//! Example: 指南代码 210802 → error.

use super::short;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "G002",
    "guide-code-directed",
    "定向方向",
    Error,
    "附件1",
    Package,
    include_str!("g002_directed.rs")
);

pub struct G002;

impl Rule for G002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let d: Vec<&str> = p
            .guide
            .iter()
            .filter(|g| g.directed)
            .map(|g| g.code.as_str())
            .collect();
        match lang {
            Lang::Zh => format!("定向组织的指南代码（{}）不接受自由申报", d.join("、")),
            Lang::En => format!(
                "directed guide codes ({}) are not open to ordinary applications",
                d.join(", ")
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let code = cx.fields().guide_code.as_deref().unwrap_or("");
        match (code.is_empty(), cx.profile.guide(code)) {
            (false, Some(g)) if g.directed => out.push(
                INFO.finding(format!(
                        "指南代码 {code}（{}）为定向组织方向，不接受自由申报：请选择其他方向。",
                        short(&g.title)
                    ),
                    format!(
                        "Guide code {code} is a directed direction, not open to ordinary applications."
                    ),
                    code,
                )
                .at(cx.loc("guide_code")),
            ),
            _ => {}
        }
    }
}
