//! A compliant name proposed for a faulty one (DESIGN.md "Fixes proposed"): the company name or
//! model removed with its connector (面向…的, 基于…的, （…）), quotes, breaks, emoji and stray
//! spaces removed, the suffix doubled once, the profile's suffix added in place of a research
//! ending (…的研究, …开发), and — when still too long — low-information words dropped on segment
//! boundaries, after whole parts (a bracketed aside, a trailing conjunct, a 及其 clause). The
//! candidate goes through every title rule and is offered only if it passes
//! and keeps at least half of the original's Han characters.

use super::{TitleCx, word_count};
use crate::model::Finding;
use crate::segment;
use std::sync::OnceLock;

/// The codes whose findings carry the suggestion.
pub const FIXABLE: [&str; 5] = ["T001", "T002", "T003", "T004", "T006"];

/// Endings of research titles that the call's suffix replaces.
const ENDINGS: &[&str] = &[
    "的研究与应用",
    "研究与应用",
    "的研究与开发",
    "研究与开发",
    "的研究",
    "研究",
    "的开发",
    "开发",
    "的研制",
    "研制",
    "的设计",
];

/// Ends of a leading context clause, which a shortened name can lose.
const CONTEXT_ENDS: &[&str] = &[
    "背景下",
    "视角下",
    "视域下",
    "条件下",
    "框架下",
    "环境下",
    "形势下",
    "模式下",
    "约束下",
    "语境下",
    "视野下",
    "进程中",
    "过程中",
    "时代",
    "视角",
    "背景",
];

/// Connectors that introduce a removed name or model (面向X的 …, 基于X的 …).
const BEFORE: &[&str] = &["面向", "基于", "用于", "针对", "依托", "联合", "与", "和"];

fn low_info() -> &'static [&'static str] {
    static W: OnceLock<Vec<&'static str>> = OnceLock::new();
    W.get_or_init(|| {
        include_str!("../../../dictionaries/low_info_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

fn han(s: &str) -> usize {
    s.chars()
        .filter(|c| crate::extract::garble::is_han(*c))
        .count()
}

/// Remove character range `[a, b)` of `chars` with the connector around it.
fn cut(chars: &mut Vec<char>, a: usize, b: usize) {
    let (mut a, mut b) = (a.min(chars.len()), b.min(chars.len()));
    let text = |x: &[char]| x.iter().collect::<String>();
    // Brackets around the span: （苏州某某有限公司）.
    if a > 0 && b < chars.len() && "（(【[".contains(chars[a - 1]) && "）)】]".contains(chars[b])
    {
        a -= 1;
        b += 1;
    }
    let before = text(&chars[..a]);
    let after = text(&chars[b..]);
    // The connector goes with the name only when nothing of its phrase is left (面向X的 →
    // nothing; 基于X芯片的 → 基于芯片的).
    let connector = BEFORE.iter().find(|c| before.ends_with(**c));
    if after.starts_with('的') || after.starts_with('之') {
        b += 1;
        if let Some(c) = connector {
            a -= c.chars().count();
        }
    }
    chars.drain(a..b);
}

/// The cleaned, shortened candidate, before it is checked.
fn candidate(t: &TitleCx, findings: &[Finding]) -> Option<String> {
    let suffix = t.profile.title.suffix.as_str();
    let mut chars: Vec<char> = t.title.chars().collect();
    // Spans of names and models, right to left so earlier offsets stay valid.
    let mut spans: Vec<[usize; 2]> = findings
        .iter()
        .filter(|f| f.rule == "T003" || f.rule == "T004")
        .filter_map(|f| f.location.as_ref().and_then(|l| l.span))
        .collect();
    // Overlapping spans (20210315型 and 型号) are cut as one.
    spans.sort_unstable();
    let mut merged: Vec<[usize; 2]> = Vec::new();
    for [a, b] in spans {
        match merged.last_mut() {
            Some(m) if a <= m[1] => m[1] = m[1].max(b),
            _ => merged.push([a, b]),
        }
    }
    for [a, b] in merged.into_iter().rev() {
        cut(&mut chars, a, b);
    }
    // Cleanliness: breaks, quotes, emoji, spaces next to Han characters, doubled spaces.
    let mut s: String = chars
        .into_iter()
        .filter(|c| {
            !(*c == '\n'
                || *c == '\r'
                || super::t006_not_clean::is_quote_mark(*c)
                || super::t006_not_clean::is_emoji(*c))
        })
        .collect();
    s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let spaced: Vec<char> = s.chars().collect();
    s = spaced
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !(c.is_whitespace()
                && (spaced.get(i.wrapping_sub(1)).is_some_and(|p| !p.is_ascii())
                    || spaced.get(i + 1).is_some_and(|n| !n.is_ascii())))
        })
        .map(|(_, c)| *c)
        .collect();
    // A subtitle or an example clause says how, not what: 《…——以江西省为例》, "…：基于…".
    for sep in ["——", "--", "- -", "—", "：", ":"] {
        // The suffix the shortened name ends in counts towards the half it keeps.
        if let Some(i) = s.find(sep)
            && (han(&s[..i]) + han(suffix)) * 2 >= han(t.title)
        {
            // The suffix is put back below, in place of a research ending (…研究——…研发
            // becomes …研发, not …研究研发).
            s.truncate(i);
        }
    }
    for (open, close) in [("（以", "为例）"), ("(以", "为例)")] {
        if let (Some(a), Some(b)) = (s.find(open), s.find(close))
            && a < b
        {
            s.replace_range(a..b + close.len(), "");
        }
    }
    let doubled = format!("{suffix}{suffix}");
    while s.contains(&doubled) {
        s = s.replace(&doubled, suffix);
    }
    // Dangling connectors left by a removal: "基于的" or a name's "的" at the start.
    if s.contains('的') {
        for c in BEFORE {
            if let Some(i) = s.find(c)
                && s[i + c.len()..].contains('的')
            {
                s = s.replace(&format!("{c}的"), "");
            }
        }
    }
    s = s
        .trim_start_matches(['的', '之', '、', '，', ',', ' '])
        .to_string();
    // The suffix.
    if !s.ends_with(suffix) {
        let mut body = s.trim_end_matches(['。', '.', ' ']).to_string();
        if let Some(e) = ENDINGS.iter().find(|e| body.ends_with(**e)) {
            body.truncate(body.len() - e.len());
        }
        s = format!("{body}{suffix}");
    }
    // The length: first a leading context clause (全球化背景下的, 社会网络视角下, 新形势下 …),
    // then low-information words, earlier in the list first, never the suffix.
    let max = t.profile.title.max_chars;
    if word_count(&s) > max {
        for end in CONTEXT_ENDS {
            if let Some(i) = s.find(end) {
                let cut_to = i + end.len();
                let rest = s[cut_to..].trim_start_matches('的');
                if han(rest) * 2 >= han(t.title) && han(&s[..i]) <= 12 {
                    s = rest.to_string();
                    break;
                }
            }
        }
    }
    // A leading locative (泥质烃源岩中, 城市化进程中的): where, not what; the word 中 alone,
    // after two to eight Han characters.
    if word_count(&s) > max {
        let words = segment::jieba().cut(&s, false);
        let mut at = 0;
        for w in &words {
            if han(&s[..at]) > 8 {
                break;
            }
            at += w.word.len();
            if w.word == "中" && han(&s[..at]) >= 3 {
                let rest = s[at..].trim_start_matches('的');
                if han(rest) * 2 >= han(t.title) {
                    s = rest.to_string();
                }
                break;
            }
        }
    }
    let mut words: Vec<String> = segment::jieba()
        .cut(s.strip_suffix(suffix).unwrap_or(&s), false)
        .into_iter()
        .map(|w| w.word.to_string())
        .collect();
    let join = |w: &[String]| format!("{}{suffix}", w.concat());
    let mut count = word_count(&join(&words));
    // Then whole parts that say less than the head: a bracketed aside, a trailing conjunct
    // (…与激励性规制, …及其应用), a 及其 clause inside; each only while half the original's Han
    // characters stay.
    while count > max {
        let Some(next) = structural_cuts(&words)
            .into_iter()
            .map(|(a, b)| {
                let mut w = words.clone();
                w.drain(a..b);
                w
            })
            .find(|w| han(&w.concat()) * 2 >= han(t.title) && !w.is_empty())
        else {
            break;
        };
        words = next;
        count = word_count(&join(&words));
    }
    for low in low_info() {
        if count <= max {
            break;
        }
        while count > max {
            let Some(i) = words.iter().rposition(|w| w == low) else {
                break;
            };
            words.remove(i);
            count = word_count(&join(&words));
        }
    }
    let s = join(&words);
    (word_count(&s) <= max && s != t.title).then_some(s)
}

/// Word ranges a shortened name can lose, most dispensable first: a bracketed aside; a method
/// phrase (基于…的, 利用…的) before the head; a subtitle after a dash or a colon; the last
/// conjunct after 与/和/及/以及/、 when no 的 follows it (its head stays the head of the name); a
/// 及其 clause up to the next conjunction or 的.
fn structural_cuts(words: &[String]) -> Vec<(usize, usize)> {
    const AND: &[&str] = &["与", "和", "及", "以及", "、", "及其", "并", "与其"];
    let mut cuts = Vec::new();
    let mut open = None;
    for (i, w) in words.iter().enumerate() {
        if w == "（" || w == "(" {
            open = Some(i);
        } else if (w == "）" || w == ")")
            && let Some(o) = open.take()
        {
            cuts.push((o, i + 1));
        }
    }
    // A method phrase: 基于核密度估计的, 利用遥感数据的 (how, not what).
    const METHOD: &[&str] = &["基于", "利用", "采用", "运用", "借助"];
    for (k, w) in words.iter().enumerate() {
        if METHOD.contains(&w.as_str())
            && let Some(p) = words[k + 1..].iter().take(6).position(|w| w == "的")
            && p > 0
            && k + 1 + p + 1 < words.len()
        {
            cuts.push((k, k + 1 + p + 1));
        }
    }
    // A subtitle after a dash or a colon (——以湖北为例, ：基于知识融合视角): the name stands
    // without it.
    let han_before = |k: usize| words[..k].iter().map(|w| han(w)).sum::<usize>();
    if let Some(k) = words.iter().position(|w| {
        !w.is_empty()
            && w.chars()
                .all(|c| matches!(c, '—' | '-' | '－' | '─' | '：' | ':'))
    }) && k > 0
        && han_before(k) >= 6
    {
        cuts.push((k, words.len()));
    }
    if let Some(k) = words.iter().rposition(|w| AND.contains(&w.as_str()))
        && k > 0
        && !words[k + 1..].iter().any(|w| w == "的")
    {
        cuts.push((k, words.len()));
    }
    for (k, w) in words.iter().enumerate() {
        if w == "及其" && k > 0 {
            let end = words[k + 1..]
                .iter()
                .position(|w| w == "的" || AND.contains(&w.as_str()))
                .map(|p| k + 1 + p)
                .unwrap_or(words.len());
            if end > k + 1 && end < words.len() {
                cuts.push((k, end));
            }
        }
    }
    cuts
}

/// A compliant name for `t`, given its findings, or None when none can be made safely.
pub fn suggest(t: &TitleCx, findings: &[Finding]) -> Option<String> {
    if t.blocked || !findings.iter().any(|f| FIXABLE.contains(&f.rule)) {
        return None;
    }
    let s = candidate(t, findings)?;
    if han(&s) * 2 < han(t.title) {
        return None;
    }
    let again = super::check_title_plain(&s, t.applicant, t.partners, t.profile);
    again.iter().all(|f| !f.rule.starts_with('T')).then_some(s)
}

/// Put the suggestion on every fixable finding of one name.
pub fn attach(t: &TitleCx, findings: &mut [Finding]) {
    if let Some(s) = suggest(t, findings) {
        for f in findings.iter_mut().filter(|f| FIXABLE.contains(&f.rule)) {
            f.suggestion = Some(s.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::structural_cuts;

    #[test]
    fn whole_parts_a_name_can_lose() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        // A bracketed aside, then the last conjunct (no 的 after it).
        let words = w("边缘 计算 网关 （ 含 远程 运维 ） 设计 与 验证");
        assert_eq!(structural_cuts(&words), vec![(3, 8), (9, 11)]);
        // A conjunct followed by 的 is not the end of the head: only the 及其 clause goes.
        let words = w("利益 博弈 及其 福利 效应 与 规制 的 机制");
        assert_eq!(structural_cuts(&words), vec![(2, 5)]);
        // A method phrase before the head; not one that is the whole rest of the name.
        let words = w("收入 分配 ： 基于 核 密度 估计 的 实证 分析");
        assert_eq!(structural_cuts(&words), vec![(3, 8)]);
        assert!(structural_cuts(&w("基于 深度 学习 的")).is_empty());
    }
}
