//! T005 title-missing-or-template.
//!
//! What: the name is empty, or is one of the profile's template texts, or is made of placeholder
//! characters (XXX, ×××, 某某) before the suffix, or holds a run of them among its words
//! (基于XXX的XXXX关键技术研发).
//! Why: 四.2 requires a real name.
//! Example: XXX研发 → error.

use super::{TitleCx, loc};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "T005",
    "title-missing-or-template",
    "名称缺失或模板",
    Error,
    "四.2",
    Title,
    include_str!("t005_missing_or_template.rs")
);

pub struct T005;

impl Rule for T005 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let ex = p.title.templates.first().cloned().unwrap_or_default();
        match lang {
            Lang::Zh => format!("项目名称缺失或仍为模板文字（如“{ex}”）"),
            Lang::En => format!("project name missing, or still a template (e.g. \"{ex}\")"),
        }
    }
    /// No project name in the package at all.
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        if cx.fields().project_name.is_none() {
            out.push(
                INFO.finding(
                    "未找到项目名称：请在信息表中填写项目名称。".into(),
                    "No project name found: fill it in in the information table.".into(),
                    "未找到“项目名称”",
                )
                .at(cx.loc("project_name")),
            );
        }
    }
    fn check_title(&self, t: &TitleCx, out: &mut Vec<Finding>) {
        if t.trimmed.is_empty() {
            out.push(
                INFO.finding(
                    "缺少项目名称：请填写项目名称。".into(),
                    "The project name is missing: fill it in.".into(),
                    "",
                )
                .at(loc([0, 0])),
            );
        } else if t.blocked {
            let trimmed = t.trimmed;
            out.push(
                INFO.finding(
                    format!("项目名称“{trimmed}”仍是模板占位文字：请填写真实的项目名称。"),
                    format!("The project name \"{trimmed}\" is still template text: write the real name."),
                    trimmed,
                )
                .at(loc(t.whole())),
            );
        }
    }
}

/// One of the profile's template texts, or placeholder characters (XXX, ×××, 某某) before the
/// suffix.
pub fn is_template(trimmed: &str, profile: &Profile) -> bool {
    let t = &profile.title;
    let placeholder = trimmed.strip_suffix(t.suffix.as_str()).is_some_and(|head| {
        let h: String = head.chars().filter(|c| !c.is_whitespace()).collect();
        !h.is_empty()
            && h.chars().all(|c| {
                matches!(
                    c,
                    'X' | 'x' | 'Ｘ' | 'ｘ' | '×' | '某' | '*' | '＊' | '…' | '.' | '_'
                )
            })
    });
    // Placeholders left among the words (基于XXX的XXXX关键技术研发, XX公司…): still the template.
    t.templates.iter().any(|x| x == trimmed)
        || placeholder
        || crate::text::has_placeholder_run(trimmed)
}
