//! G001 guide-code-invalid.
//!
//! What: 指南代码 not found, or not one of the profile's guide codes (2022: 48 codes, 210101–211203).
//! Why: 附件1: a project belongs to one guide direction.
//! Example: 指南代码 210199 → error; no guide code read by its label but a guide code written in
//! the information table → warning quoting the line.

use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "G001",
    "guide-code-invalid",
    "指南代码无效",
    Error,
    "附件1",
    Package,
    include_str!("g001_code_invalid.rs")
);

pub struct G001;

impl Rule for G001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("指南代码缺失或不在项目指南（{} 个代码）中", p.guide.len()),
            Lang::En => format!(
                "guide code (指南代码) missing or not among the guide's {} codes",
                p.guide.len()
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let code = cx.fields().guide_code.as_deref().unwrap_or("");
        let guide = cx.profile.guide(code);
        match (code.is_empty(), guide) {
            (true, _) => {
                // A code of the guide written in the table where no label said so: a warning
                // that quotes it.
                let seen =
                    crate::rules::unread_but_seen(cx, &INFO, "指南代码", "guide code", |t| {
                        crate::fields::find_guide_code(t).filter(|c| cx.profile.guide(c).is_some())
                    });
                out.push(seen.unwrap_or_else(|| {
                    INFO.finding(
                        "未填写指南代码：请按项目指南（附件1）填写 6 位指南代码。".into(),
                        "The guide code is missing: fill in the 6-digit code from the guide (附件1)."
                            .into(),
                        "未找到指南代码",
                    )
                })
                .at(cx.loc("guide_code")));
            }
            (false, None) => {
                let near: Vec<&str> = cx
                    .profile
                    .guide
                    .iter()
                    .filter(|g| {
                        // Same direction group (first four digits); the declared value may be any text.
                        let head: String = code.chars().take(4).collect();
                        head.chars().count() == 4 && g.code.starts_with(&head)
                    })
                    .map(|g| g.code.as_str())
                    .take(6)
                    .collect();
                out.push(
                    INFO.finding(
                        format!(
                            "指南代码“{code}”不在本年度项目指南中：请核对附件1{}。",
                            if near.is_empty() {
                                String::new()
                            } else {
                                format!("（同一方向的代码：{}）", near.join("、"))
                            }
                        ),
                        format!(
                            "The guide code \"{code}\" is not in this year's guide: check 附件1."
                        ),
                        code,
                    )
                    .at(cx.loc("guide_code")),
                );
            }
            _ => {}
        }
    }
}
