//! T003 title-organisation-name.
//!
//! What: finds the applicant's own name or its core name (字号), a name ending in an organisation
//! form (有限公司, 股份, 集团, 研究院 …) that is not a common noun (企业集团, 上市公司), known company and brand
//! names, and university names.
//! Why: 四.2 "不出现企业名称".
//! Example: 汇川技术伺服系统研发 with applicant 苏州汇川技术有限公司 → error on 汇川技术.

use super::{TitleCx, generic_org, loc, name_breaks, span_of};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Lang, Rule, RuleInfo, rule_info};
use crate::segment;
use regex::Regex;
use std::sync::OnceLock;

rule_info!(
    "T003",
    "title-organisation-name",
    "名称含单位名",
    Error,
    "四.2",
    Title,
    include_str!("t003_org_name.rs")
);

pub struct T003;

impl Rule for T003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "项目名称含企业或单位名称",
            "project name contains a company or organisation name",
        )
        .to_string()
    }
    fn check_title(&self, t: &TitleCx, out: &mut Vec<Finding>) {
        if !t.blocked {
            organisation_names(t.title, t.applicant, out);
        }
    }
}

/// Regions that make a name (苏州, 无锡市), not the country or a zone.
fn is_place(w: &str) -> bool {
    let w = w.trim_end_matches(['省', '市', '区', '县']);
    !matches!(
        w,
        "中国" | "我国" | "国家" | "高新区" | "园区" | "工业园区" | "高新"
    ) && segment::regions().contains(&w)
}

fn organisation_names(title: &str, applicant: Option<&str>, out: &mut Vec<Finding>) {
    let generic_org = generic_org();
    let mut hits: Vec<(usize, usize, String)> = Vec::new(); // byte range, what
    // 1. The applicant's own name and core name.
    if let Some(app) = applicant.map(str::trim).filter(|a| !a.is_empty()) {
        let mut names = vec![app.to_string()];
        if let Some(core) = segment::core_name(app) {
            names.push(core);
        }
        for n in names {
            if let Some(i) = title.find(n.as_str()) {
                hits.push((i, i + n.len(), format!("申报单位名称“{n}”")));
                break;
            }
        }
    }
    // 2. A name ending in an organisation form, unless the form is used as a common noun.
    let words = segment::jieba().cut(title, true);
    let mut offsets = Vec::with_capacity(words.len());
    let mut pos = 0;
    for w in &words {
        offsets.push(pos);
        pos += w.word.len();
    }
    let suffixes = segment::org_suffixes();
    let mut i = 0;
    while i < title.len() {
        let rest = &title[i..];
        let Some(suf) = suffixes.iter().find(|s| rest.starts_with(**s)) else {
            i += rest.chars().next().map(|c| c.len_utf8()).unwrap_or(1);
            continue;
        };
        let end = i + suf.len();
        // Walk back over the words before the form to find the name.
        let mut start = i;
        let mut name_words: Vec<&str> = Vec::new();
        // The word holding the character before `start` (a word may straddle the form).
        while let Some(k) = (0..words.len())
            .find(|&k| offsets[k] < start && start <= offsets[k] + words[k].word.len())
        {
            let piece = &title[offsets[k]..start];
            if name_breaks().contains(piece)
                || !piece.chars().all(|c| c.is_alphanumeric())
                || title[offsets[k]..i].chars().count() > 12
            {
                break;
            }
            name_words.push(piece);
            start = offsets[k];
        }
        name_words.reverse();
        // A form after nothing but generic words is a common noun (上市公司, 企业集团).
        let generic = name_words.is_empty()
            || name_words
                .iter()
                .all(|w| generic_org.contains(*w) || matches!(*w, "中国" | "我国" | "全球"));
        // Weak forms (公司, 集团, 厂, 研究院 …) follow ordinary words too (智能工厂, 电力公司): they
        // need a name-like word before them — one jieba does not know, a known company, a region.
        let weak = matches!(
            *suf,
            "厂" | "工厂"
                | "研究院"
                | "研究所"
                | "设计院"
                | "公司"
                | "集团"
                | "集团股份"
                | "控股集团"
                | "子公司"
                | "分公司"
                | "总公司"
        );
        let name_like = name_words.iter().any(|w| {
            (!segment::tech_terms().contains(w)
                && !segment::jieba().has_word(w)
                && !generic_org.contains(*w)
                && w.chars().count() >= 2
                && !w.chars().any(|c| c.is_ascii_digit()))
                || segment::company_names().contains(w)
                || is_place(w)
        });
        // The standard shape of a Chinese company name: 字号 + 行业 + 组织形式 (黄河 + 工程咨询 +
        // 公司). A weak form after an industry word with a distinctive word before it is a name;
        // an industry word alone before it (保险公司, 投资公司) stays a common noun.
        let industry = segment::industry_words();
        let distinctive = |w: &str| {
            w.chars().count() >= 2
                && !generic_org.contains(w)
                && !segment::stopwords().contains(w)
                && !matches!(
                    w,
                    "中国" | "我国" | "全球" | "国内" | "国外" | "海外" | "地方" | "本地"
                )
        };
        // The last word is an industry word, or ends in one after a distinctive head (画册设计).
        let shaped = match name_words.split_last() {
            Some((last, before)) => {
                let tail = industry
                    .iter()
                    .find(|i| i.chars().count() >= 2 && last.ends_with(**i));
                match tail {
                    Some(t) => {
                        let head = &last[..last.len() - t.len()];
                        (!head.is_empty() && distinctive(head))
                            || before
                                .iter()
                                .rev()
                                .skip_while(|w| industry.contains(w))
                                .any(|w| distinctive(w))
                    }
                    None => false,
                }
            }
            None => false,
        };
        if !generic && (!weak || name_like || shaped) {
            hits.push((start, end, format!("单位名称“{}”", &title[start..end])));
        }
        i = end;
    }
    // 3. Known company and brand names (a word, or two adjacent words, of the list).
    for (k, w) in words.iter().enumerate() {
        let mut cands = vec![(offsets[k], offsets[k] + w.word.len())];
        if k + 1 < words.len() {
            cands.push((offsets[k], offsets[k + 1] + words[k + 1].word.len()));
        }
        for (a, b) in cands {
            let s = &title[a..b];
            // The brand list holds common words (心智, 阳光): a known name that jieba also knows as
            // an ordinary word only counts when it is long.
            if s.chars().count() >= 2
                && segment::company_names().contains(s)
                && !segment::tech_terms().contains(s)
                && (s.chars().count() >= 4 || !segment::jieba().has_word(s))
            {
                hits.push((a, b, format!("企业名称“{s}”")));
            }
        }
    }
    // 4. University names: a region or name before 大学/学院 (not 大学生).
    static UNI: OnceLock<Regex> = OnceLock::new();
    let uni = UNI.get_or_init(|| Regex::new(r"([\p{Han}]{2,8}?)(大学|学院)").expect("valid regex"));
    for m in uni.captures_iter(title) {
        let whole = m.get(0).expect("match");
        if title[whole.end()..].starts_with('生') {
            continue;
        }
        let head = m.get(1).map(|x| x.as_str()).unwrap_or("");
        if let Some(r) = segment::regions()
            .iter()
            .find(|r| head.contains(**r) && is_place(r))
        {
            let a = whole.start() + head.find(r).unwrap_or(0);
            hits.push((
                a,
                whole.end(),
                format!("单位名称“{}”", &title[a..whole.end()]),
            ));
        }
    }
    hits.sort_by_key(|h| (h.0, std::cmp::Reverse(h.1)));
    let mut last_end = 0;
    for (a, b, what) in hits {
        if a < last_end {
            continue;
        }
        last_end = b;
        let span = span_of(title, a, b);
        let text = &title[a..b];
        out.push(INFO.finding(format!("项目名称含{what}：项目名称不得出现企业或单位名称，请删去。"),
            format!("The project name contains an organisation name \"{text}\": names of companies or units are not allowed; remove it."),
            text,
        ).at(loc(span)));
    }
}
