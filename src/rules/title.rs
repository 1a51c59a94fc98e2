//! Title rules T001–T006 (call 四.2): the project name ends in the profile's suffix, is not too
//! long, names no company or organisation, no product model, is not a template, and is written
//! cleanly.

use super::{Finding, Location, RuleInfo, Severity};
use crate::profile::Profile;
use crate::segment;
use regex::Regex;
use std::sync::OnceLock;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "T001",
        name: "title-suffix",
        severity: Severity::Error,
        clause: "四.2",
        summary: "project name must end with the call's suffix (研发)",
        doc: "What: the project name must end with the suffix of the call profile (2022 Suzhou: 研发).\n\
              Why: 四.2 \"用'XXX研发'作为后缀\".\n\
              Example: 高可靠SiC功率模块驱动芯片 → error; 高可靠SiC功率模块驱动芯片研发 → clean.",
    },
    RuleInfo {
        code: "T002",
        name: "title-length",
        severity: Severity::Warning,
        clause: "四.2",
        summary: "project name longer than the profile's limit (25 字), counted like Word's 字数",
        doc: "What: counts the name like Word's 字数 — each CJK character or full-width mark is 1, each run of \
              other non-space characters is 1 — and warns above the profile's limit.\n\
              Why: 四.2 \"字数不宜过长，一般在25字以内\" (一般: a person decides).\n\
              Example: 基于RISC-V架构 counts 基,于,RISC-V,架,构 = 5.",
    },
    RuleInfo {
        code: "T003",
        name: "title-organisation-name",
        severity: Severity::Error,
        clause: "四.2",
        summary: "project name contains a company or organisation name",
        doc: "What: finds the applicant's own name or its core name (字号), a name ending in an organisation \
              form (有限公司, 股份, 集团, 研究院 …) that is not a common noun (企业集团, 上市公司), known company \
              and brand names, and university names.\n\
              Why: 四.2 \"不出现企业名称\".\n\
              Example: 汇川技术伺服系统研发 with applicant 苏州汇川技术有限公司 → error on 汇川技术.",
    },
    RuleInfo {
        code: "T004",
        name: "title-product-model",
        severity: Severity::Error,
        clause: "四.2",
        summary: "project name contains a product model",
        doc: "What: finds model codes (RK3588, XC-200型, KX8800系列, ALN-AL00) and the word 型号, but not \
              technical terms (RISC-V, 5G, IPv6, NB-IoT, SiP, Micro-LED), chemical formulas (TiO2, Fe3O4, \
              LiFePO4), alloys (Ti-6Al-4V, 316L), standards (GB/T 19001), units and nodes (1200V, 28nm) or years.\n\
              Why: 四.2 \"不出现…产品型号等信息\".\n\
              Example: 基于RK3588的边缘计算网关研发 → error on RK3588.",
    },
    RuleInfo {
        code: "T005",
        name: "title-missing-or-template",
        severity: Severity::Error,
        clause: "四.2",
        summary: "project name missing, or still a template (XXX研发, 项目名称)",
        doc: "What: the name is empty, or is one of the profile's template texts, or is made of placeholder \
              characters (XXX, ×××, 某某) before the suffix.\n\
              Why: 四.2 requires a real name.\n\
              Example: XXX研发 → error.",
    },
    RuleInfo {
        code: "T006",
        name: "title-not-clean",
        severity: Severity::Warning,
        clause: "四.2",
        summary: "project name not 规范: line breaks, quotes or 《》, emoji, repeated suffix, stray spaces",
        doc: "What: line breaks, quotation marks or book-title marks, emoji, the suffix repeated (研发研发), \
              leading or trailing spaces, doubled spaces.\n\
              Why: 四.2 \"项目名称须科学规范\".\n\
              Example: “智能”传感器研发 → warning on the quotes.",
    },
    RuleInfo {
        code: "T007",
        name: "title-inconsistent",
        severity: Severity::Error,
        clause: "四.1",
        summary: "project name differs between the documents of one package (信息表 vs 申报书 vs 封面)",
        doc: "What: the project names written in the information table, the cover and the application differ \
              (compared without whitespace); when one is only the beginning of the other (a line wrap on a \
              cover), a warning.\nWhy: 四.1: the online table and the paper application must agree.\n\
              Example: 信息表 “高精度伺服驱动器研发”, 申报书 “高精度伺服驱动系统研发” → error listing both.",
    },
];

/// Word's 字数: each CJK character or full-width mark is 1; each run of other non-space
/// characters is 1.
pub fn word_count(s: &str) -> usize {
    let mut n = 0;
    let mut in_run = false;
    for c in s.chars() {
        if c.is_whitespace() {
            in_run = false;
        } else if is_wide(c) {
            n += 1;
            in_run = false;
        } else if !in_run {
            n += 1;
            in_run = true;
        }
    }
    n
}

fn is_wide(c: char) -> bool {
    crate::extract::garble::is_han(c)
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x2E80..=0x2FDF | 0x3040..=0x30FF | 0xAC00..=0xD7AF | 0x2018..=0x201F | 0x2026 | 0x2014)
}

/// Full-width ASCII to half-width (Ｘ→X, １→1), so models typed in full width are found.
fn halfwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn span_of(title: &str, byte_start: usize, byte_end: usize) -> [usize; 2] {
    [
        title[..byte_start].chars().count(),
        title[..byte_end].chars().count(),
    ]
}

fn loc(span: [usize; 2]) -> Location {
    Location {
        field: Some("project_name".into()),
        span: Some(span),
        ..Location::default()
    }
}

/// T007: the names each document gives (document, page, paragraph, name) must agree.
pub fn check_names(names: &[(String, Option<u32>, u32, String)]) -> Option<Finding> {
    let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let first = names.first()?;
    // A name that is the beginning of the other is most likely cut where a line wrapped (a
    // cover set in a large font): a warning to look, not an error.
    let differ = |n: &&(String, Option<u32>, u32, String)| norm(&n.3) != norm(&first.3);
    let other = names
        .iter()
        .find(|n| {
            let (a, b) = (norm(&n.3), norm(&first.3));
            differ(n) && !a.starts_with(&b) && !b.starts_with(&a)
        })
        .or_else(|| names.iter().find(differ))?;
    let (a, b) = (norm(&other.3), norm(&first.3));
    let wrapped = a.starts_with(&b) || b.starts_with(&a);
    let listing: Vec<String> = names
        .iter()
        .map(|(d, p, _, n)| match p {
            Some(p) => format!("{d}（第{p}页）：{n}"),
            None => format!("{d}：{n}"),
        })
        .collect();
    Some(
        Finding::new(
            "T007",
            format!(
                "各文件中的项目名称不一致：“{}”与“{}”：请统一为同一名称{}。",
                first.3,
                other.3,
                if wrapped { "（其一是另一的开头，可能是换行截断，请核实）" } else { "" }
            ),
            format!(
                "The project name differs between documents: \"{}\" vs \"{}\": use one name everywhere.",
                first.3, other.3
            ),
            listing.join("；"),
        )
        .severity(if wrapped {
            Severity::Warning
        } else {
            Severity::Error
        })
        .at(Location {
            document: Some(other.0.clone()),
            page: other.1,
            paragraph: Some(other.2),
            field: Some("project_name".into()),
            span: None,
        }),
    )
}

/// Check one title. `applicant` is the applicant's full name when known.
pub fn check_title(title: &str, applicant: Option<&str>, profile: &Profile) -> Vec<Finding> {
    let mut out = Vec::new();
    let t = &profile.title;
    let trimmed = title.trim_matches(|c: char| c.is_whitespace());
    // T005
    let placeholder = trimmed.strip_suffix(t.suffix.as_str()).map(|head| {
        let h: String = head.chars().filter(|c| !c.is_whitespace()).collect();
        !h.is_empty()
            && h.chars().all(|c| {
                matches!(
                    c,
                    'X' | 'x' | 'Ｘ' | 'ｘ' | '×' | '某' | '*' | '＊' | '…' | '.' | '_'
                )
            })
    });
    if trimmed.is_empty() {
        out.push(
            Finding::new(
                "T005",
                "缺少项目名称：请填写项目名称。".into(),
                "The project name is missing: fill it in.".into(),
                "",
            )
            .at(loc([0, 0])),
        );
        return out;
    }
    if t.templates.iter().any(|x| x == trimmed) || placeholder == Some(true) {
        out.push(
            Finding::new(
                "T005",
                format!("项目名称“{trimmed}”仍是模板占位文字：请填写真实的项目名称。"),
                format!(
                    "The project name \"{trimmed}\" is still template text: write the real name."
                ),
                trimmed,
            )
            .at(loc([0, title.chars().count()])),
        );
        return out;
    }
    // T001
    if !trimmed.ends_with(t.suffix.as_str()) {
        let tail: String = trimmed
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        out.push(Finding::new(
            "T001",
            format!("项目名称须以“{}”结尾，现以“{tail}”结尾：请改为“…{}”。", t.suffix, t.suffix),
            format!("The project name must end with \"{}\" but ends with \"{tail}\": rename it \"…{}\".", t.suffix, t.suffix),
            trimmed,
        ).at(loc([0, title.chars().count()])));
    }
    // T002
    let n = word_count(trimmed);
    if n > t.max_chars {
        out.push(Finding::new(
            "T002",
            format!("项目名称 {n} 字，超过一般上限 {} 字：请精简。", t.max_chars),
            format!("The project name has {n} characters (Word count), above the usual limit of {}: shorten it.", t.max_chars),
            format!("{n} 字"),
        ).at(loc([0, title.chars().count()])));
    }
    organisation_names(title, applicant, &mut out);
    product_models(title, &mut out);
    cleanliness(title, &t.suffix, &mut out);
    out
}

/// Words that make 公司/集团/股份 a common noun rather than part of a name.
const GENERIC_ORG: &[&str] = &[
    "企业",
    "中小企业",
    "上市",
    "国有",
    "国企",
    "民营",
    "私营",
    "股份",
    "跨国",
    "家族",
    "子",
    "母",
    "控股",
    "保险",
    "证券",
    "基金",
    "信托",
    "投资",
    "风险投资",
    "创投",
    "互联网",
    "平台",
    "电力",
    "电网",
    "航空",
    "物流",
    "科技",
    "科技型",
    "高新技术",
    "外资",
    "合资",
    "创业",
    "中小",
    "大型",
    "小型",
    "新创",
    "初创",
    "建筑",
    "房地产",
    "医药",
    "能源",
    "金融",
    "商业",
    "贸易",
    "物业",
    "有限责任",
    "公司",
    "集团",
    "企业集团",
    "总",
    "分",
    "空壳",
    "僵尸",
    "我国",
    "中国",
    "国内",
    "国外",
    "全球",
    "跨境",
    "制造",
    "独角兽",
    "龙头",
    "骨干",
    "供电",
    "燃气",
    "电信",
    "运营商",
    "虚拟",
    "项目",
    "多元化",
    "一体化",
    "海外",
    "境外",
    "国际",
    "经营",
    "多元化经营",
    "系族",
    "国家",
    "上市公司",
    "跨国公司",
    "母公司",
    "子公司",
    "高新区",
    "园区",
    "大型企业",
];

/// Words that end a name when walking back from an organisation form.
const NAME_BREAK: &[&str] = &[
    "的", "与", "和", "及", "及其", "其", "之", "在", "对", "为", "于", "基于", "面向", "用于",
    "关于", "以", "中", "下", "等", "或", "是否", "相信", "发布",
];

/// Regions that make a name (苏州, 无锡市), not the country or a zone.
fn is_place(w: &str) -> bool {
    let w = w.trim_end_matches(['省', '市', '区', '县']);
    !matches!(
        w,
        "中国" | "我国" | "国家" | "高新区" | "园区" | "工业园区" | "高新"
    ) && segment::regions().contains(&w)
}

fn organisation_names(title: &str, applicant: Option<&str>, out: &mut Vec<Finding>) {
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
            if NAME_BREAK.contains(&piece)
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
                .all(|w| GENERIC_ORG.contains(w) || matches!(*w, "中国" | "我国" | "全球"));
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
                && !GENERIC_ORG.contains(w)
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
                && !GENERIC_ORG.contains(&w)
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
        out.push(Finding::new(
            "T003",
            format!("项目名称含{what}：项目名称不得出现企业或单位名称，请删去。"),
            format!("The project name contains an organisation name \"{text}\": names of companies or units are not allowed; remove it."),
            text,
        ).at(loc(span)));
    }
}

const ELEMENTS: &[&str] = &[
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
    "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As",
    "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In",
    "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb",
    "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl",
    "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu",
];

/// A chemical formula or alloy designation: element symbols with small counts (TiO2, Fe3O4,
/// LiFePO4, Ti-6Al-4V, (Ba,Sr)TiO3).
fn is_formula(tok: &str) -> bool {
    let mut elements = 0;
    let mut digits_seen = false;
    for part in tok.split(['-', '/', '·', '.', '(', ')', ',', '+']) {
        let b = part.as_bytes();
        let mut i = 0;
        // Three single-letter symbols in a row without counts (WVK) spell a code, not a compound.
        if part
            .as_bytes()
            .windows(3)
            .any(|w| w.iter().all(|c| c.is_ascii_uppercase()))
        {
            return false;
        }
        if !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit()) {
            return false; // 242 in CYB37-242: alloys put an element after each number
        }
        // An alloy part may start with its percentage: 6Al.
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        while i < b.len() {
            if !b[i].is_ascii_uppercase() {
                return false;
            }
            let two = i + 1 < b.len() && b[i + 1].is_ascii_lowercase();
            let sym = &part[i..if two { i + 2 } else { i + 1 }];
            if !ELEMENTS.contains(&sym) {
                return false;
            }
            elements += 1;
            i += sym.len();
            let d0 = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - d0 > 2
                || part[d0..i]
                    .parse::<u32>()
                    .is_ok_and(|v| v > 12 && elements > 1)
            {
                return false;
            }
            digits_seen |= i > d0;
        }
    }
    elements >= 2 || (elements == 1 && digits_seen && tok.len() <= 3)
}

const UNITS: &[&str] = &[
    "v", "kv", "mv", "w", "kw", "mw", "gw", "nm", "um", "μm", "mm", "cm", "m", "km", "g", "ghz",
    "mhz", "khz", "hz", "thz", "gbps", "mbps", "tbps", "kbps", "bit", "b", "kb", "mb", "gb", "tb",
    "pb", "a", "ma", "ka", "k", "d", "t", "kg", "mg", "l", "ml", "h", "s", "ms", "ns", "ps", "fs",
    "db", "dbm", "pa", "kpa", "mpa", "gpa", "c", "x", "p", "mah", "ah", "wh", "kwh", "mwh", "rpm",
    "nit", "nits", "lm", "tops", "flops", "tflops", "pflops", "ppm", "ppb", "db", "th", "mp",
    "fps", "hp", "kva", "mva", "n", "kn", "nm", "am", "ev", "kev", "mev", "gev", "sv", "kbit",
    "mbit", "mil", "in", "inch", "ft", "pin",
];

fn is_unit_quantity(tok: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"^(\d+(?:\.\d+)?)([A-Za-zμ°]+)$").expect("valid regex"));
    match re.captures(tok) {
        Some(c) => UNITS.contains(&c[2].to_lowercase().as_str()),
        None => false,
    }
}

/// Standards written without a space (GB/T19001, ISO9001); two-letter industry prefixes (SJ, YY)
/// are left out: without their "/T" and a space they read as model codes.
const STANDARD_PREFIXES: &[&str] = &[
    "GB/T", "GBT", "GB", "ISO", "IEC", "IEEE", "ITU", "ASTM", "GJB", "ANSI", "RFC", "ETSI", "3GPP",
    "JESD",
];

fn grade_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^\d{3}[A-Za-z]{0,2}$").expect("valid regex"))
}

fn version_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[A-Za-z]{2,}\d\.\d$").expect("valid regex"))
}

fn product_models(title: &str, out: &mut Vec<Finding>) {
    static TOKEN: OnceLock<Regex> = OnceLock::new();
    let token = TOKEN.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9][A-Za-z0-9\-_./+]*[A-Za-z0-9]|[A-Za-z0-9]").expect("valid regex")
    });
    // Work on a half-width copy with the same character positions.
    let hw = halfwidth(title);
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for m in token.find_iter(&hw) {
        let tok = m.as_str();
        let after = &hw[m.end()..];
        let marked = after.starts_with('型') || after.starts_with("系列");
        let letters = tok.chars().filter(|c| c.is_ascii_alphabetic()).count();
        let digits = tok.chars().filter(|c| c.is_ascii_digit()).count();
        let lower = tok.to_lowercase();
        if segment::latin_terms().contains(&lower) {
            continue;
        }
        // Shapes (T型, U型) and single letters are not models.
        if marked && digits >= 1 && letters + digits >= 2 {
            let end = m.end()
                + if after.starts_with("系列") {
                    "系列".len()
                } else {
                    '型'.len_utf8()
                };
            hits.push((m.start(), end));
            continue;
        }
        if digits == 0 || letters == 0 {
            continue; // words (CMOS) and plain numbers, years (2022), ranges (2007-2010)
        }
        if is_unit_quantity(tok) || is_formula(tok) {
            continue;
        }
        if tok.len() <= 4 && grade_re().is_match(tok) {
            continue; // steel and alloy grades: 316L, 304, 6061
        }
        let upper = tok.to_uppercase();
        if STANDARD_PREFIXES.iter().any(|p| {
            upper.starts_with(p)
                && upper[p.len()..]
                    .trim_start_matches(['/', '-', '.', 'T'])
                    .starts_with(|c: char| c.is_ascii_digit())
        }) {
            continue;
        }
        // A short tech token with one digit (5G, DDR5, H2) is not a model; codes have ≥ 2 digits
        // or a letters-hyphen-digits shape.
        // Versions (Web2.0, ERP3.0) are not models; codes have ≥ 2 digits and ≥ 4 characters.
        let version = version_re().is_match(tok);
        if !version && digits >= 2 && tok.len() >= 4 {
            hits.push((m.start(), m.end()));
        }
    }
    if let Some(i) = title.find("型号") {
        hits.push((i, i + "型号".len()));
    }
    hits.sort_unstable();
    hits.dedup();
    for (a, b) in hits {
        // Byte offsets in the half-width copy map to the same character positions.
        let [ca, cb] = span_of(&hw, a, b);
        let text: String = title.chars().skip(ca).take(cb - ca).collect();
        out.push(Finding::new(
            "T004",
            format!("项目名称含产品型号“{text}”：项目名称不得出现产品型号，请改用技术内容描述。"),
            format!("The project name contains a product model \"{text}\": models are not allowed; describe the technology instead."),
            text,
        ).at(loc([ca, cb])));
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

fn is_emoji(c: char) -> bool {
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
        let ev: String = chars[span[0]..span[1]].iter().collect();
        out.push(
            Finding::new(
                "T006",
                format!("项目名称不规范：含{zh}，请删去。"),
                format!("The project name is not clean: it contains {en}; remove it."),
                ev,
            )
            .at(loc(span)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(title: &str, applicant: Option<&str>) -> Vec<&'static str> {
        check_title(title, applicant, &Profile::default_profile())
            .iter()
            .map(|f| f.rule)
            .collect()
    }

    #[test]
    fn t001_suffix() {
        assert_eq!(codes("高可靠SiC功率模块驱动芯片", None), vec!["T001"]);
        assert!(codes("高可靠SiC功率模块驱动芯片研发", None).is_empty());
    }

    #[test]
    fn t002_counts_like_word() {
        assert_eq!(word_count("基于RISC-V架构"), 5);
        assert_eq!(word_count("5G 基站"), 3);
        let long = "面向新能源汽车电驱系统的高可靠碳化硅功率模块封装与驱动控制关键技术研发";
        assert!(codes(long, None).contains(&"T002"));
    }

    #[test]
    fn t003_names() {
        assert!(
            codes("汇川技术伺服系统关键技术研发", Some("苏州汇川技术有限公司")).contains(&"T003")
        );
        assert!(codes("苏州绿的谐波传动科技股份有限公司精密减速器研发", None).contains(&"T003"));
        assert!(codes("企业集团财务管控关键技术研发", None).is_empty());
        assert!(codes("上市公司信息披露智能分析系统研发", None).is_empty());
        assert!(codes("智能工厂数字孪生系统研发", None).is_empty());
    }

    #[test]
    fn t004_models_not_terms() {
        for m in [
            "基于RK3588的边缘计算网关研发",
            "XC-200型数控机床控制系统研发",
            "KX8800系列激光雷达研发",
            "ALN-AL00终端射频前端研发",
        ] {
            assert!(codes(m, None).contains(&"T004"), "{m}");
        }
        for t in [
            "基于RISC-V的5G基站芯片研发",
            "IPv6与NB-IoT融合网关研发",
            "TiO2与Fe3O4复合材料研发",
            "Ti-6Al-4V合金增材制造研发",
            "1200V碳化硅MOSFET研发",
            "28nm工艺SiP封装研发",
            "Micro-LED显示驱动研发",
            "316L不锈钢粉末研发",
        ] {
            assert!(!codes(t, None).contains(&"T004"), "{t}");
        }
    }

    #[test]
    fn t005_templates() {
        assert_eq!(codes("XXX研发", None), vec!["T005"]);
        assert_eq!(codes("项目名称", None), vec!["T005"]);
        assert_eq!(codes("  ", None), vec!["T005"]);
    }

    #[test]
    fn t006_clean() {
        assert!(codes("“智能”传感器研发", None).contains(&"T006"));
        assert!(codes("智能传感器研发研发", None).contains(&"T006"));
        assert!(codes(" 智能传感器研发", None).contains(&"T006"));
        assert!(codes("智能传感器\n研发", None).contains(&"T006"));
    }
}
