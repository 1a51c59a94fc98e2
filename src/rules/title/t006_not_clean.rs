//! T006 title-not-clean.
//!
//! What: line breaks, quotation marks or book-title marks, emoji, the suffix repeated (研发研发),
//! leading or trailing spaces, doubled spaces.
//! Why: 四.2 "项目名称须科学规范".
//! Example: “智能”传感器研发 → warning on the quotes.

use super::{TitleCx, loc, span_of};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "T006",
    "title-not-clean",
    "名称不规范",
    Warning,
    "四.2",
    Title,
    include_str!("t006_not_clean.rs")
);

pub struct T006;

impl Rule for T006 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick("项目名称不规范：换行、引号或书名号、表情符号、重复后缀、多余空格", "project name not 规范: line breaks, quotes or 《》, emoji, repeated suffix, stray spaces").to_string()
    }
    fn check_title(&self, t: &TitleCx, out: &mut Vec<Finding>) {
        if !t.blocked {
            cleanliness(t.title, &t.profile.title.suffix, out);
        }
    }
}

/// Quotation and book-title marks (T006).
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '《'
            | '》'
            | '「'
            | '」'
            | '『'
            | '』'
            | '〈'
            | '〉'
    )
}

pub fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F | 0x2B50 | 0x2B55 | 0x231A..=0x231B | 0x23E9..=0x23FA)
}

fn cleanliness(title: &str, suffix: &str, out: &mut Vec<Finding>) {
    let mut issues: Vec<(String, String, [usize; 2])> = Vec::new();
    let chars: Vec<char> = title.chars().collect();
    if let Some(p) = chars.iter().position(|c| *c == '\n' || *c == '\r') {
        issues.push(("换行".into(), "a line break".into(), [p, p + 1]));
    }
    if let Some(p) = chars.iter().position(|c| is_quote_mark(*c)) {
        issues.push((
            "引号或书名号".into(),
            "quotation or book-title marks".into(),
            [p, p + 1],
        ));
    }
    if let Some(p) = chars.iter().position(|c| is_emoji(*c)) {
        issues.push(("表情符号".into(), "an emoji".into(), [p, p + 1]));
    }
    let doubled = format!("{suffix}{suffix}");
    if let Some(i) = title.find(&doubled) {
        let s = span_of(title, i, i + doubled.len());
        issues.push((
            format!("重复的“{doubled}”"),
            format!("a repeated \"{doubled}\""),
            s,
        ));
    }
    let n = chars.len();
    if chars.first().is_some_and(|c| c.is_whitespace())
        || chars
            .last()
            .is_some_and(|c| c.is_whitespace() && *c != '\n')
    {
        issues.push((
            "首尾空格".into(),
            "leading or trailing spaces".into(),
            [0, n],
        ));
    } else if let Some(p) = chars
        .windows(2)
        .position(|w| w[0].is_whitespace() && w[1].is_whitespace())
    {
        issues.push(("连续空格".into(), "doubled spaces".into(), [p, p + 2]));
    }
    for (zh, en, span) in issues {
        // A break or a space quoted alone shows nothing: quote it among its neighbours, a line
        // break drawn as ↵.
        let blank = chars[span[0]..span[1]].iter().all(|c| c.is_whitespace());
        let (a, b) = if blank {
            (span[0].saturating_sub(4), (span[1] + 4).min(n))
        } else {
            (span[0], span[1])
        };
        let ev: String = chars[a..b]
            .iter()
            .map(|&c| {
                if blank && (c == '\n' || c == '\r') {
                    '↵'
                } else {
                    c
                }
            })
            .collect();
        out.push(
            INFO.finding(
                format!("项目名称不规范：含{zh}，请删去。"),
                format!("The project name is not clean: it contains {en}; remove it."),
                ev,
            )
            .at(loc(span)),
        );
    }
}
