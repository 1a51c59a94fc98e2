//! T003 title-organisation-name.
//!
//! What: finds the applicant's own name or its core name (字号), a name ending in an organisation
//! form (有限公司, 股份, 集团, 研究院 …) that is not a common noun (企业集团, 上市公司), known company and brand
//! names, and university names; and, as a warning, a short name (简称) no list holds, by its shape
//! (a 字号 before an industry tail) or by what it is made of (models/short_name_weights.tsv).
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
            organisation_names(t.title, t.applicant, t.partners, out);
        }
    }
}

/// Regions that make a name (苏州, 无锡市), not the country or a zone.
fn is_place(w: &str) -> bool {
    let w = w.trim_end_matches(['省', '市', '区', '县']);
    !matches!(
        w,
        "中国" | "我国" | "国家" | "高新区" | "园区" | "工业园区" | "高新"
    ) && segment::region_set().contains(w)
}

fn organisation_names(
    title: &str,
    applicant: Option<&str>,
    partners: &[String],
    out: &mut Vec<Finding>,
) {
    let generic_org = generic_org();
    let mut hits: Vec<(usize, usize, String)> = Vec::new(); // byte range, what
    let words = segment::jieba().cut(title, true);
    let mut offsets = Vec::with_capacity(words.len());
    let mut pos = 0;
    for w in &words {
        offsets.push(pos);
        pos += w.word.len();
    }
    let mut bounds: Vec<usize> = offsets.clone();
    bounds.push(title.len());
    // 1. The applicant's and the partners' own names, core names and short names.
    let own = applicant
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| (a, "申报单位"))
        .into_iter()
        .chain(partners.iter().map(|p| (p.trim(), "合作单位")))
        .filter(|(n, _)| !n.is_empty());
    for (app, whose) in own {
        let mut names = vec![app.to_string()];
        // The core name; one that is a word any title may hold (a technical, industry or
        // general word, or a word of two characters that real titles use: 化纤 of
        // 吉林化纤股份有限公司, 机器人 of 苏州机器人科技, 纳米 of 苏州纳米科技发展) only with
        // the place written before it in the full name (吉林化纤, 苏州机器人, 苏州纳米).
        if let Some(core) = segment::core_name(app) {
            let c = core.as_str();
            if segment::tech_terms().contains(c)
                || segment::industry_set().contains(c)
                || segment::generic_terms().contains(c)
                || segment::title_words().contains(c)
            {
                let body: String = app.chars().filter(|c| !c.is_whitespace()).collect();
                if let Some(i) = body.find(c).filter(|&i| i > 0) {
                    names.push(body[..i + c.len()].to_string());
                }
            } else {
                names.push(core);
            }
        }
        // The longest of: the name itself, its core name, a short name made of its characters.
        let mut best: Option<(usize, usize, String)> = None;
        for n in names {
            if let Some(i) = title.find(n.as_str()) {
                best = Some((i, i + n.len(), format!("{whose}名称“{n}”")));
                break;
            }
        }
        if let Some((a, b)) = abbreviation(title, &bounds, app)
            && best.as_ref().is_none_or(|x| b - a > x.1 - x.0)
        {
            best = Some((a, b, format!("{whose}名称的简称“{}”", &title[a..b])));
        }
        hits.extend(best);
    }
    // 2. A name ending in an organisation form, unless the form is used as a common noun.
    let suffixes = segment::org_suffixes();
    let mut i = 0;
    while i < title.len() {
        let rest = &title[i..];
        let first = rest.chars().next().unwrap_or(' ');
        let starts_one = segment::org_suffix_starts().contains(&first);
        let Some(suf) = suffixes
            .iter()
            .find(|s| starts_one && rest.starts_with(**s))
        else {
            i += rest.chars().next().map(|c| c.len_utf8()).unwrap_or(1);
            continue;
        };
        let end = i + suf.len();
        // Walk back over the words before the form to find the name; a bracketed group right
        // before the form belongs to the name (振业(集团)股份有限公司, 汇川（苏州）有限公司).
        let mut start = bracket_group_before(title, i).unwrap_or(i);
        let mut name_words: Vec<&str> = Vec::new();
        // The word holding the character before `start` (a word may straddle the form).
        while let Some(k) = (0..words.len())
            .find(|&k| offsets[k] < start && start <= offsets[k] + words[k].word.len())
        {
            let piece = &title[offsets[k]..start];
            // A break word of one character inside a run of single characters is a piece of a
            // 字号 the segmenter did not know (久/其, 和/胜 before 软件股份有限公司), not a
            // conjunction or pronoun ending the name.
            let single =
                |w: &str| w.chars().count() == 1 && w.chars().all(crate::extract::garble::is_han);
            let in_run = single(piece)
                && !matches!(piece, "的" | "之" | "下" | "中" | "上" | "内" | "外")
                && [
                    k.checked_sub(1)
                        .map(|j| (&title[offsets[j]..offsets[k]], piece)),
                    name_words.last().map(|w| (piece, *w)),
                ]
                .into_iter()
                .flatten()
                .any(|(x, y)| {
                    let other = if x == piece { y } else { x };
                    single(x)
                        && single(y)
                        && !name_breaks().contains(other)
                        && !segment::jieba().has_word(&format!("{x}{y}"))
                });
            if (name_breaks().contains(piece) && !in_run)
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
        let industry = segment::industry_set();
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
            Some((last, before)) => match segment::industry_tail(last) {
                Some(t) => {
                    let head = &last[..last.len() - t.len()];
                    (!head.is_empty() && distinctive(head))
                        || before
                            .iter()
                            .rev()
                            .skip_while(|w| industry.contains(*w))
                            .any(|w| distinctive(w))
                }
                None => false,
            },
            None => false,
        };
        // A name whose words hold 某 ("a certain") is one left out on purpose (辽宁某钨选厂,
        // 江苏某化工公司): it names no one.
        let anonymised = name_words.iter().any(|w| w.contains('某'));
        if !generic && !anonymised && (!weak || name_like || shaped) {
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
    // 3b. Short names of listed companies (the exchanges' 简称), on word boundaries at both ends.
    for (x, &a) in bounds.iter().enumerate() {
        for &b in bounds[x + 1..].iter().take(4) {
            let s = &title[a..b];
            if segment::listed_short_names().contains(s) {
                hits.push((a, b, format!("上市公司简称“{s}”")));
            }
        }
    }
    // 3b'. A listed short name of three characters or more whose last character the segmenter
    // joined to the next word (朗进科技 + 动态 read as 朗进/科技动态): on a word boundary at its
    // start only, so a warning — the characters after it may continue it.
    let mut crossing = Vec::new();
    for &a in &bounds[..bounds.len() - 1] {
        let ends = title[a..]
            .char_indices()
            .map(|(i, _)| a + i)
            .skip(3)
            .take(4);
        for b in ends {
            let s = &title[a..b];
            if bounds.binary_search(&b).is_err() && segment::listed_short_names().contains(s) {
                crossing.push((a, b, format!("上市公司简称“{s}”"), Ground::ListedCrossing));
            }
        }
    }
    // A short name written with a bracketed place or 集团 inside (汉威（中国）科技, 中联（集团）
    // 重科): the name without the bracket, looked up in the same list.
    let bracketed = bracketed_short_names(title, &bounds);
    for (a, b, joined) in &bracketed {
        if segment::listed_short_names().contains(joined.as_str()) {
            hits.push((*a, *b, format!("上市公司简称“{}”", &title[*a..*b])));
        }
    }
    // 3c. Well-known brands (dictionaries/famous_brands.tsv): Han names on word boundaries,
    // names that are also ordinary words only before a product word or a code, Latin names as
    // whole tokens.
    let (plain, product, product_words) = brands();
    for (x, &a) in bounds.iter().enumerate() {
        for &b in bounds[x + 1..].iter().take(3) {
            let s = &title[a..b];
            let latin = s.chars().all(|c| c.is_ascii_alphanumeric());
            let whole_token = !latin
                || (!title[..a].ends_with(|c: char| c.is_ascii_alphanumeric())
                    && !title[b..].starts_with(|c: char| c.is_ascii_alphanumeric()));
            if whole_token && plain.contains(s) {
                hits.push((a, b, format!("企业品牌“{s}”")));
            }
        }
        // A name that is also an ordinary word, right before a product word or a code (the
        // segmenter may have joined the two: 小米手机).
        let rest = &title[a..];
        for name in product.iter().filter(|n| rest.starts_with(**n)) {
            let next = rest[name.len()..].trim_start();
            if product_words.iter().any(|w| next.starts_with(w))
                || next.starts_with(|c: char| c.is_ascii_alphanumeric())
            {
                hits.push((a, a + name.len(), format!("企业品牌“{name}”")));
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
    // 5. Short names (简称) without an organisation form: a 2-character 字号 that is no common
    // word followed by a short-name tail (国农科技, 锡业股份), or a city before one (广州浪奇);
    // both on word boundaries. No list holds these names: they are judged by their shape, and a
    // word that looks like a 字号 may be an ordinary one no lexicon knows (花境 + 材料) — so they
    // are warnings, never errors (a name found another way above stays an error).
    let listed = hits.len();
    // 5a. Short names of listed companies made of common words (神州数码, 老板电器), on word
    // boundaries: the exchange's list holds them, but the words could be a phrase — a warning.
    for (x, &a) in bounds.iter().enumerate() {
        for &b in bounds[x + 1..].iter().take(4) {
            let s = &title[a..b];
            if segment::listed_ambiguous_names().contains(s) {
                hits.push((a, b, format!("上市公司简称“{s}”")));
            }
        }
    }
    let ambiguous = hits.len();
    short_names(title, &bounds, &mut hits);
    // The bracketed ones by their shape: a 字号 of the brand list before a short-name tail.
    for (a, b, joined) in bracketed {
        let head: String = joined.chars().take(2).collect();
        let tail = &joined[head.len()..];
        if joined.chars().count() == 4
            && brand_heads().contains(head.as_str())
            && short_name_tails().contains(tail)
        {
            hits.push((a, b, format!("企业简称“{}”", &title[a..b])));
        }
    }
    let mut hits: Vec<(usize, usize, String, Ground)> = hits
        .into_iter()
        .enumerate()
        .map(|(k, (a, b, what))| {
            let ground = match k {
                k if k < listed => Ground::Certain,
                k if k < ambiguous => Ground::ListedPhrase,
                _ => Ground::Shape,
            };
            (a, b, what, ground)
        })
        .collect();
    hits.extend(crossing);
    // At one place the longest name, and of equal ones a certain one before a guess; a guess
    // by shape does not reach past a name a list or the full form found at its start (汇川技术
    // from the list, not the model's 汇川技术新能源).
    let surer: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| h.3 != Ground::Shape)
        .map(|h| (h.0, h.1))
        .collect();
    hits.retain(|h| h.3 != Ground::Shape || !surer.iter().any(|&(a, b)| a == h.0 && b < h.1));
    hits.sort_by_key(|h| (h.0, std::cmp::Reverse(h.1), h.3));
    let mut last_end = 0;
    for (a, b, what, ground) in hits {
        if a < last_end {
            continue;
        }
        last_end = b;
        let span = span_of(title, a, b);
        let text = &title[a..b];
        let f = if ground == Ground::Certain {
            INFO.finding(format!("项目名称含{what}：项目名称不得出现企业或单位名称，请删去。"),
                format!("The project name contains an organisation name \"{text}\": names of companies or units are not allowed; remove it."),
                text,
            )
        } else {
            // A guess: a warning that says what it stands on.
            let (why, why_en) = match ground {
                Ground::ListedPhrase => (
                    "该简称由普通词语组成，也可能不是企业名称",
                    "made of common words, so it may not name the company",
                ),
                Ground::ListedCrossing => (
                    "其后的字与之连读，也可能不是企业名称",
                    "the characters after it read on with it, so it may not name the company",
                ),
                _ => (
                    "按企业简称的构成推断，名单中未见",
                    "judged by its shape; no list holds it",
                ),
            };
            let (act, act_en, kind_en) = if ground == Ground::Shape {
                (
                    "如确为企业简称请删去",
                    "remove it if it is one",
                    "a company's short name",
                )
            } else {
                (
                    "如确指该企业请删去",
                    "remove it if it does",
                    "a listed company's short name",
                )
            };
            INFO.finding(
                format!("项目名称疑含{what}（{why}）：项目名称不得出现企业或单位名称，{act}。"),
                format!("The project name seems to contain {kind_en} \"{text}\" ({why_en}): names of companies are not allowed; {act_en}."),
                text,
            )
            .severity(crate::model::Severity::Warning)
        };
        out.push(f.at(loc(span)));
    }
}

/// What a company name found in a title stands on, surest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Ground {
    /// A list, or the full shape of a name with its organisation form: an error.
    Certain,
    /// A listed company's short name made of common words: a warning.
    ListedPhrase,
    /// A listed company's short name whose last character the segmenter joined to the word
    /// after it: a warning.
    ListedCrossing,
    /// A short name's shape alone, no list: a warning.
    Shape,
}

/// The short names T003 finds in `title` by their shape alone (step 5: no list consulted), as
/// text. For measuring the name grammar on names the shipped lists hold (tests/title_eval.rs).
pub fn short_names_by_shape(title: &str) -> Vec<String> {
    let words = segment::jieba().cut(title, true);
    let mut bounds = Vec::with_capacity(words.len() + 1);
    let mut pos = 0;
    for w in &words {
        bounds.push(pos);
        pos += w.word.len();
    }
    bounds.push(title.len());
    let mut hits = Vec::new();
    short_names(title, &bounds, &mut hits);
    hits.into_iter()
        .map(|(a, b, _)| title[a..b].to_string())
        .collect()
}

/// Short names written with a bracketed place, 中国 or 集团 between their 字号 and the rest
/// (汉威（中国）科技): (start, end, the name without the bracket) for each 字号 of two to four Han
/// characters before the bracket and each rest of two to four after it, on word boundaries.
fn bracketed_short_names(title: &str, bounds: &[usize]) -> Vec<(usize, usize, String)> {
    let han = |s: &str| s.chars().all(crate::extract::garble::is_han);
    let n = |s: &str| s.chars().count();
    let mut out = Vec::new();
    for (open, c) in title.char_indices() {
        let close = match c {
            '（' => '）',
            '(' => ')',
            _ => continue,
        };
        let inner_at = open + c.len_utf8();
        let Some(len) = title[inner_at..].find(close) else {
            continue;
        };
        let inner = &title[inner_at..inner_at + len];
        let after = inner_at + len + close.len_utf8();
        if !(matches!(inner, "中国" | "集团") || is_place(inner)) {
            continue;
        }
        for &a in bounds.iter().filter(|&&a| a < open) {
            let head = &title[a..open];
            if !(2..=4).contains(&n(head)) || !han(head) {
                continue;
            }
            for &b in bounds.iter().filter(|&&b| b > after) {
                let rest = &title[after..b];
                if n(rest) > 4 || !han(rest) {
                    break;
                }
                if n(rest) >= 2 {
                    out.push((a, b, format!("{head}{rest}")));
                }
            }
        }
    }
    out
}

/// The start of a bracketed group that ends at `i` ("(集团)" in 振业(集团)股份有限公司): a short
/// group of Han characters directly before an organisation form.
fn bracket_group_before(title: &str, i: usize) -> Option<usize> {
    let before = &title[..i];
    let close = before.chars().last()?;
    let open = match close {
        ')' => '(',
        '）' => '（',
        _ => return None,
    };
    let o = before.rfind(open)?;
    let inner = &before[o + open.len_utf8()..before.len() - close.len_utf8()];
    let n = inner.chars().count();
    ((1..=6).contains(&n) && inner.chars().all(crate::extract::garble::is_han)).then_some(o)
}

/// The brand list: (plain names, names that are also ordinary words, product words).
fn brands() -> &'static (
    crate::segment::WordSet,
    crate::segment::WordSet,
    Vec<&'static str>,
) {
    static S: OnceLock<(
        crate::segment::WordSet,
        crate::segment::WordSet,
        Vec<&'static str>,
    )> = OnceLock::new();
    S.get_or_init(|| {
        let mut plain = crate::segment::WordSet::default();
        let mut product = crate::segment::WordSet::default();
        let mut words = Vec::new();
        for l in include_str!("../../../dictionaries/famous_brands.tsv").lines() {
            match l.split_once('\t') {
                Some((n, "plain")) => {
                    plain.insert(n);
                }
                Some((n, "product")) => {
                    product.insert(n);
                }
                Some(("product_word", w)) => words.push(w),
                _ => {}
            }
        }
        (plain, product, words)
    })
}

/// Two-character 字号 of the brand list that are no common word (dictionaries/brand_heads.txt).
pub(super) fn brand_heads() -> &'static crate::segment::WordSet {
    static S: OnceLock<crate::segment::WordSet> = OnceLock::new();
    S.get_or_init(|| super::words(include_str!("../../../dictionaries/brand_heads.txt")))
}

/// The second halves of four-character short names (dictionaries/short_name_tails.txt).
pub(super) fn short_name_tails() -> &'static crate::segment::WordSet {
    static S: OnceLock<crate::segment::WordSet> = OnceLock::new();
    S.get_or_init(|| super::words(include_str!("../../../dictionaries/short_name_tails.txt")))
}

/// The byte offset `n` characters after `i` in `s`, if there are that many.
fn after_chars(s: &str, i: usize, n: usize) -> Option<usize> {
    let mut it = s[i..].char_indices();
    for _ in 0..n {
        it.next()?;
    }
    Some(it.next().map(|(k, _)| i + k).unwrap_or(s.len()))
}

fn short_names(title: &str, bounds: &[usize], hits: &mut Vec<(usize, usize, String)>) {
    let at_bound = |b: usize| bounds.binary_search(&b).is_ok();
    let han = |s: &str| s.chars().all(crate::extract::garble::is_han);
    // Where a project name names its company: at its start, or after 面向/基于. There, the
    // longest span on word boundaries that the short-name model reads as a name.
    let starts = std::iter::once(0).chain(
        bounds
            .windows(2)
            .filter(|w| matches!(&title[w[0]..w[1]], "面向" | "基于"))
            .map(|w| w[1]),
    );
    for a in starts {
        // The spans of two to six Han characters from `a` to a word boundary, longest first.
        let ends: Vec<usize> = bounds
            .iter()
            .copied()
            .filter(|&b| b > a)
            .take_while(|&b| title[a..b].chars().count() <= 6 && han(&title[a..b]))
            .collect();
        // At the start, the word after the span counts (a name is followed by the project
        // name's own first word); after 面向/基于 it does not (的 follows names and phrases).
        let next = |b: usize| {
            (a == 0).then(|| {
                let e = bounds.iter().copied().find(|&e| e > b).unwrap_or(b);
                &title[b..e]
            })
        };
        if let Some(&b) = ends
            .iter()
            .rev()
            .find(|&&b| super::short_name_model::is_short_name(&title[a..b], next(b)))
        {
            // The name's industry word right after it belongs to it (鑫瑞达 + 电子).
            let b = bounds
                .iter()
                .find(|&&e| e > b)
                .filter(|&&e| {
                    let w = &title[b..e];
                    short_name_tails().contains(w) || segment::industry_set().contains(w)
                })
                .copied()
                .unwrap_or(b);
            hits.push((a, b, format!("企业简称“{}”", &title[a..b])));
        }
    }
    for &i in bounds {
        let Some(h) = after_chars(title, i, 2) else {
            continue;
        };
        let head = &title[i..h];
        // Two places' one-character names (沪港, 粤港, 京津) make a region pair, not a 字号.
        let region_pair = head
            .chars()
            .all(|c| super::short_name_model::PROVINCE_ABBREVIATIONS.contains(c));
        if !han(head) || region_pair || segment::tech_terms().contains(head) {
            continue;
        }
        if !brand_heads().contains(head) {
            // A 字号 no brand list holds: a company's short name only before a tail that says
            // "company" (dictionaries/short_name_forms.tsv).
            if let Some(t) = after_chars(title, h, 2)
                && at_bound(t)
                && at_bound(h)
                && unlisted_head(title, i, h, &title[h..t])
            {
                hits.push((i, t, format!("企业简称“{}”", &title[i..t])));
            }
            continue;
        }
        if let Some(t) = after_chars(title, h, 2)
            && at_bound(t)
            && short_name_tails().contains(&title[h..t])
        {
            hits.push((i, t, format!("企业简称“{}”", &title[i..t])));
            continue;
        }
        // A city right before the 字号: 广州浪奇, 青岛双星.
        if at_bound(h)
            && let Some(&p) = bounds.iter().rev().find(|&&b| b < i)
            && is_place(&title[p..i])
            && title[p..i].chars().count() >= 2
        {
            hits.push((p, h, format!("企业简称“{}”", &title[p..h])));
        }
    }
}

/// Whether `title[i..h]`, a 2-character head no brand list holds, makes a short name with `tail`:
/// after a strong tail (股份, 控股 …) any word that is no generic, industry, technical or stop
/// word; after a weaker one (科技, 电子 …) only two characters that make no word (千方, 扬杰).
fn unlisted_head(title: &str, i: usize, h: usize, tail: &str) -> bool {
    let head = &title[i..h];
    let common = generic_org().contains(head)
        || segment::stopwords().contains(head)
        || segment::industry_set().contains(head);
    // A character that is a word of its own in running text (的, 和, 其, 三 …) inside the head.
    let stop_char = head.chars().any(|c| {
        let mut b = [0u8; 4];
        segment::stopwords().contains(&*c.encode_utf8(&mut b))
    });
    if common {
        return false;
    }
    match short_name_forms().get(tail).copied() {
        Some(Form::Strong) => !stop_char || !segment::jieba().has_word(head),
        Some(Form::NonWord) => !stop_char && !segment::jieba().has_word(head),
        None => false,
    }
}

/// The form of a short-name tail (dictionaries/short_name_forms.tsv): "strong" or "nonword".
pub(super) fn short_name_form(tail: &str) -> Option<&'static str> {
    short_name_forms().get(tail).map(|f| match f {
        Form::Strong => "strong",
        Form::NonWord => "nonword",
    })
}

#[derive(Clone, Copy)]
enum Form {
    Strong,
    NonWord,
}

fn short_name_forms() -> &'static rustc_hash::FxHashMap<&'static str, Form> {
    static S: OnceLock<rustc_hash::FxHashMap<&'static str, Form>> = OnceLock::new();
    S.get_or_init(|| {
        super::pairs(include_str!("../../../dictionaries/short_name_forms.tsv"))
            .filter_map(|(t, k)| match k {
                "strong" => Some((t, Form::Strong)),
                "nonword" => Some((t, Form::NonWord)),
                _ => None,
            })
            .collect()
    })
}

/// A short name of `full` written in the title: at least three of its characters in order
/// (中国农大科技 → 国农科技, 四川省新能源动力 → 川能动力), or two that stand together in it, on
/// word boundaries, starting with a character of the name's 字号 part and not a common word.
fn abbreviation(title: &str, bounds: &[usize], full: &str) -> Option<(usize, usize)> {
    let core = segment::core_name(full).unwrap_or_else(|| full.to_string());
    let core: Vec<char> = core
        .chars()
        .filter(|c| crate::extract::garble::is_han(*c))
        .collect();
    if core.len() < 2 {
        return None;
    }
    let full_han: Vec<char> = full
        .chars()
        .filter(|c| crate::extract::garble::is_han(*c))
        .collect();
    let subsequence = |s: &[char], of: &[char]| {
        let mut k = 0;
        for c in of {
            if k < s.len() && *c == s[k] {
                k += 1;
            }
        }
        k == s.len()
    };
    let common = |w: &str| {
        segment::jieba().has_word(w)
            || segment::tech_terms().contains(w)
            || segment::industry_set().contains(w)
            || generic_org().contains(w)
    };
    // The name past its place (大东海旅游中心): a span of three characters or more that starts it
    // is the 字号 itself, a name even where the dictionary knows it as a word (大东海, 徐家汇),
    // unless it is a technical, industry or generic word.
    let body = segment::name_past_place(full);
    let leads = |w: &str| {
        w.chars().count() >= 3
            && body.starts_with(w)
            && !segment::tech_terms().contains(w)
            && !segment::industry_set().contains(w)
            && !generic_org().contains(w)
    };
    let mut best: Option<(usize, usize)> = None;
    for (x, &a) in bounds.iter().enumerate() {
        for &b in bounds[x + 1..].iter().take(4) {
            let s: Vec<char> = title[a..b].chars().collect();
            let n = s.len();
            if !(2..=6).contains(&n) || !s.iter().all(|c| crate::extract::garble::is_han(*c)) {
                continue;
            }
            let w = &title[a..b];
            // Its first character is one of the core name's (the 字号 or its place), and the
            // whole is not an ordinary word.
            if !core.contains(&s[0]) || (common(w) && !leads(w)) {
                continue;
            }
            let contiguous = core.windows(n).any(|x| x == s.as_slice());
            let ok = if n == 2 {
                contiguous
            } else {
                subsequence(&s, &full_han) && s.iter().filter(|c| core.contains(c)).count() >= 2
            };
            if ok && best.is_none_or(|(p, q)| b - a > q - p) {
                best = Some((a, b));
            }
        }
    }
    best
}
