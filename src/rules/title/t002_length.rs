//! T002 title-length.
//!
//! What: counts the name like Word's 字数 — each CJK character or full-width mark is 1, each run of
//! other non-space characters is 1 — and warns above the profile's limit.
//! Why: 四.2 "字数不宜过长，一般在25字以内" (一般: a person decides).
//! Example: 基于RISC-V架构 counts 基,于,RISC-V,架,构 = 5.

use super::{TitleCx, loc, word_count};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "T002",
    "title-length",
    "名称字数",
    Warning,
    "四.2",
    Title,
    include_str!("t002_length.rs")
);

pub struct T002;

impl Rule for T002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("项目名称超过 {} 字（按 Word 字数统计）", p.title.max_chars),
            Lang::En => format!(
                "project name longer than {} characters, counted like Word's 字数",
                p.title.max_chars
            ),
        }
    }
    fn check_title(&self, t: &TitleCx, out: &mut Vec<Finding>) {
        let max = t.profile.title.max_chars;
        let n = word_count(t.trimmed);
        if t.blocked || n <= max {
            return;
        }
        out.push(
            INFO.finding(
                format!("项目名称 {n} 字，超过一般上限 {max} 字：请精简。"),
                format!("The project name has {n} characters (Word count), above the usual limit of {max}: shorten it."),
                format!("{n} 字"),
            )
            .at(loc(t.whole())),
        );
    }
}
