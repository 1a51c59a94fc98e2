//! T001 title-suffix.
//!
//! What: the project name must end with the suffix of the call profile (2022 Suzhou: 研发).
//! Why: 四.2 "用'XXX研发'作为后缀".
//! Example: 高可靠SiC功率模块驱动芯片 → error; 高可靠SiC功率模块驱动芯片研发 → clean.

use super::{TitleCx, loc};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "T001",
    "title-suffix",
    "名称后缀",
    Error,
    "四.2",
    Title,
    include_str!("t001_suffix.rs")
);

pub struct T001;

impl Rule for T001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("项目名称须以“{}”结尾", p.title.suffix),
            Lang::En => format!("project name must end with \"{}\"", p.title.suffix),
        }
    }
    fn check_title(&self, t: &TitleCx, out: &mut Vec<Finding>) {
        let suffix = t.profile.title.suffix.as_str();
        if t.blocked || t.trimmed.ends_with(suffix) {
            return;
        }
        let tail: String = t
            .trimmed
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        out.push(
            INFO.finding(
                format!("项目名称须以“{suffix}”结尾，现以“{tail}”结尾：请改为“…{suffix}”。"),
                format!("The project name must end with \"{suffix}\" but ends with \"{tail}\": rename it \"…{suffix}\"."),
                t.trimmed,
            )
            .at(loc(t.whole())),
        );
    }
}
