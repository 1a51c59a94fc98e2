//! Title rules T001–T007 (call 四.2): the project name ends in the profile's suffix, is not too
//! long, names no company or organisation, no product model, is not a template, is written
//! cleanly, and is the same in every document. Shared here: the title context, Word's 字数,
//! half-width folding, spans.

pub mod short_name_model;
pub mod suggest;
pub mod t001_suffix;
pub mod t002_length;
pub mod t003_org_name;
pub mod t004_product_model;
pub mod t005_missing_or_template;
pub mod t006_not_clean;
pub mod t007_inconsistent;

use super::{Finding, Location, Scope};
use crate::profile::Profile;
use crate::segment::WordSet;
use std::sync::OnceLock;

/// What the title rules look at: one project name.
pub struct TitleCx<'a> {
    /// The name as written.
    pub title: &'a str,
    /// Without leading and trailing whitespace.
    pub trimmed: &'a str,
    /// The applicant's full name, when known.
    pub applicant: Option<&'a str>,
    /// The partner units' names (their names and short names must not appear either).
    pub partners: &'a [String],
    pub profile: &'a Profile,
    /// Empty or still a template: only T005 speaks.
    pub blocked: bool,
}

impl<'a> TitleCx<'a> {
    pub fn new(title: &'a str, applicant: Option<&'a str>, profile: &'a Profile) -> TitleCx<'a> {
        let trimmed = title.trim_matches(|c: char| c.is_whitespace());
        let blocked = trimmed.is_empty() || t005_missing_or_template::is_template(trimmed, profile);
        TitleCx {
            title,
            trimmed,
            applicant,
            partners: &[],
            profile,
            blocked,
        }
    }
    pub fn with_partners(mut self, partners: &'a [String]) -> TitleCx<'a> {
        self.partners = partners;
        self
    }
    /// The whole name as a span.
    pub fn whole(&self) -> [usize; 2] {
        [0, self.title.chars().count()]
    }
}

/// Every title rule on one name, each fixable finding with the compliant name proposed (when
/// one can be made). `applicant` is the applicant's full name when known.
pub fn check_title(title: &str, applicant: Option<&str>, profile: &Profile) -> Vec<Finding> {
    let cx = TitleCx::new(title, applicant, profile);
    let mut out = run(&cx, None);
    suggest::attach(&cx, &mut out);
    out
}

/// Every title rule on one name, without suggestions.
pub fn check_title_plain(
    title: &str,
    applicant: Option<&str>,
    partners: &[String],
    profile: &Profile,
) -> Vec<Finding> {
    run(
        &TitleCx::new(title, applicant, profile).with_partners(partners),
        None,
    )
}

/// The title rules (or those `only` selects) on a context.
pub fn run(cx: &TitleCx, only: Option<&super::Select>) -> Vec<Finding> {
    let mut out = Vec::new();
    for r in super::REGISTRY
        .iter()
        .filter(|r| r.info().scope == Scope::Title)
    {
        if only.is_none_or(|s| s.wants(*r)) {
            r.check_title(cx, &mut out);
        }
    }
    out
}

/// The title rules' verdict on one name, as `propscan title --format json` prints it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TitleReport {
    pub title: String,
    /// Word's 字数 of the trimmed name.
    pub length: usize,
    pub findings: Vec<Finding>,
    /// A compliant name, when the name has a fixable fault and one could be made.
    pub suggestion: Option<String>,
}

/// Every title rule on one name, findings sorted.
pub fn judge(title: &str, applicant: Option<&str>, profile: &Profile) -> TitleReport {
    let mut findings = check_title(title, applicant, profile);
    super::sort_findings(&mut findings);
    TitleReport {
        title: title.to_string(),
        length: word_count(title.trim()),
        suggestion: findings.iter().find_map(|f| f.suggestion.clone()),
        findings,
    }
}

pub(crate) fn words(text: &'static str) -> WordSet {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The (key, value) pairs of a tab-separated data file compiled in, comment lines (#) left out,
/// both sides trimmed.
pub(crate) fn pairs(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.trim(), v.trim()))
}

/// Words that make 公司/集团/股份 a common noun (`dictionaries/generic_org.txt`).
pub fn generic_org() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| words(include_str!("../../../dictionaries/generic_org.txt")))
}

/// Words that end a name walking back from an organisation form (`dictionaries/name_breaks.txt`).
pub fn name_breaks() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| words(include_str!("../../../dictionaries/name_breaks.txt")))
}

/// Words next to a code that name it a gene, cell line, strain, road … (`model_context.tsv`):
/// (words before a code, words after it).
pub fn model_context() -> &'static (Vec<&'static str>, Vec<&'static str>) {
    static S: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    S.get_or_init(|| {
        let (mut before, mut after) = (Vec::new(), Vec::new());
        for l in include_str!("../../../dictionaries/model_context.tsv").lines() {
            match l.split_once('\t') {
                Some(("before", w)) => before.push(w.trim()),
                Some(("after", w)) => after.push(w.trim()),
                _ => {}
            }
        }
        (before, after)
    })
}

/// Units after a number (`dictionaries/units.txt`).
pub fn units() -> &'static WordSet {
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| words(include_str!("../../../dictionaries/units.txt")))
}

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

pub fn is_wide(c: char) -> bool {
    crate::extract::garble::is_han(c)
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x2E80..=0x2FDF | 0x3040..=0x30FF | 0xAC00..=0xD7AF | 0x2018..=0x201F | 0x2026 | 0x2014)
}

/// Full-width ASCII to half-width (Ｘ→X, １→1), so models typed in full width are found.
pub fn halfwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect()
}

pub fn span_of(title: &str, byte_start: usize, byte_end: usize) -> [usize; 2] {
    [
        title[..byte_start].chars().count(),
        title[..byte_end].chars().count(),
    ]
}

pub fn loc(span: [usize; 2]) -> Location {
    Location {
        field: Some("project_name".into()),
        span: Some(span),
        ..Location::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

    fn codes(title: &str, applicant: Option<&str>) -> Vec<&'static str> {
        check_title(title, applicant, &Profile::default_profile())
            .iter()
            .map(|f| f.rule)
            .collect()
    }

    /// The suggestion the findings of `title` carry (no applicant, the built-in profile).
    fn suggestion(title: &str) -> Option<String> {
        check_title(title, None, &Profile::default_profile())
            .into_iter()
            .find_map(|f| f.suggestion)
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

    /// A short name written with a bracketed place, 中国 or 集团 inside is the listed short name
    /// without the bracket; a bracketed place after an ordinary phrase is no name.
    #[test]
    fn t003_short_names_with_a_bracket_inside() {
        let p = Profile::default_profile();
        let f = check_title("汉威（中国）科技气体传感器研发", None, &p);
        let t = f.iter().find(|f| f.rule == "T003").expect("T003");
        assert_eq!(t.evidence, "汉威（中国）科技");
        assert_eq!(t.suggestion.as_deref(), Some("气体传感器研发"));
        assert!(codes("数字经济（中国）发展指数研发", None).is_empty());
        assert!(codes("长三角（苏州）协同创新平台研发", None).is_empty());
    }

    #[test]
    fn t003_names() {
        assert!(
            codes("汇川技术伺服系统关键技术研发", Some("苏州汇川技术有限公司")).contains(&"T003")
        );
        assert!(codes("苏州绿的谐波传动科技股份有限公司精密减速器研发", None).contains(&"T003"));
        // The applicant's 字号 is a name even where the dictionary knows it as a word, when it
        // starts the name past the place (天涯海角 of 三亚天涯海角旅游文化传播中心).
        let app = Some("三亚天涯海角旅游文化传播中心股份有限公司");
        assert!(codes("天涯海角景区游客流量预测系统研发", app).contains(&"T003"));
        // A core name that is an industry word is the applicant's name only with its place.
        let app = Some("苏州机器人科技有限公司");
        assert!(codes("机器人关节减速器研发", app).is_empty());
        assert!(codes("苏州机器人关节减速器研发", app).contains(&"T003"));
        // A 字号 of two characters that real titles use (纳米) likewise; one they do not (汇川)
        // counts alone.
        let app = Some("苏州纳米科技发展有限公司");
        assert!(codes("纳米压印光刻胶研发", app).is_empty());
        assert!(codes("苏州纳米压印光刻胶研发", app).contains(&"T003"));
        assert!(codes("企业集团财务管控关键技术研发", None).is_empty());
        assert!(codes("上市公司信息披露智能分析系统研发", None).is_empty());
        assert!(codes("智能工厂数字孪生系统研发", None).is_empty());
        // A unit left out on purpose (某) names no one; a named plant still counts.
        assert!(codes("提高辽宁某钨选厂选矿回收率研发", None).is_empty());
        assert!(codes("江苏某化工有限公司废水处理工艺研发", None).is_empty());
        assert!(codes("辽宁钨业选矿厂选矿回收率研发", None).contains(&"T003"));
        // Brands: plain names anywhere, names that are ordinary words only before a product.
        assert!(codes("基于华为Mate60手机的应用研发", None).contains(&"T003"));
        assert!(codes("小米手机快充研发", None).contains(&"T003"));
        assert!(codes("ABB IRB 6700机器人焊接工作站研发", None).contains(&"T003"));
        assert!(codes("小米种植技术研发", None).is_empty());
        assert!(codes("长城沿线生态修复研发", None).is_empty());
        assert!(codes("联想记忆算法研发", None).is_empty());
        // Short names no list holds: a 字号 that is an ordinary word before a strong tail, two
        // characters that make no word before a weaker one; the tails as titles' nouns stay clean.
        assert!(codes("云杉控股智能仓储机器人研发", None).contains(&"T003"));
        assert!(codes("琮岱科技伺服电机驱动器研发", None).contains(&"T003"));
        assert!(codes("企业持有股份的动机研发", None).is_empty());
        // An ordinary word before a weaker tail: a name (a warning, by the short-name model)
        // only when what follows starts a project name of its own, not when it goes on.
        let f = check_title(
            "云杉科技伺服电机驱动器研发",
            None,
            &Profile::default_profile(),
        );
        assert!(
            f.iter()
                .any(|f| f.rule == "T003" && f.severity == Severity::Warning),
            "{f:?}"
        );
        assert!(codes("云杉科技园区规划研发", None).is_empty());
        assert!(codes("海洋科技创新平台研发", None).is_empty());
    }

    #[test]
    fn t003_listed_names_of_common_words_are_warnings() {
        let profile = Profile::default_profile();
        let severity = |t: &str| {
            check_title(t, None, &profile)
                .into_iter()
                .find(|f| f.rule == "T003")
                .map(|f| (f.severity, f.message))
        };
        // Each word of these listed short names is common; the whole is a company: a warning
        // that says why it may be wrong.
        for t in ["三只松鼠坚果保鲜包装研发", "基于浪潮软件的政务云平台研发"]
        {
            let (sev, msg) = severity(t).unwrap_or_else(|| panic!("no T003 on {t}"));
            assert_eq!(sev, Severity::Warning, "{t}");
            assert!(
                msg.contains("上市公司简称") && msg.contains("普通词语"),
                "{msg}"
            );
        }
        // A listed name that is no phrase stays an error; the words apart are no name.
        assert_eq!(
            severity("汇川技术伺服系统关键技术研发").map(|x| x.0),
            Some(Severity::Error)
        );
        assert!(severity("松鼠坚果保鲜包装研发").is_none());
        assert!(severity("东方电气化铁路供电研发").is_none());
        // A place before a common word (宁波远洋, 山东钢铁): listed, but a phrase too — a warning.
        let (sev, msg) = severity("宁波远洋集装箱船舶调度系统研发").expect("T003");
        assert_eq!(sev, Severity::Warning);
        assert!(msg.contains("宁波远洋"), "{msg}");
        // A listed name whose last character the segmenter joined to the next word (汇川技术 +
        // 改造 read as 汇川/技术改造): found, as a warning that says the text reads on.
        let (sev, msg) = severity("汇川技术改造项目管理系统研发").expect("T003");
        assert_eq!(sev, Severity::Warning);
        assert!(msg.contains("汇川技术") && msg.contains("连读"), "{msg}");
    }

    #[test]
    fn t004_models_not_terms() {
        for m in [
            "基于RK3588的边缘计算网关研发",
            "XC-200型数控机床控制系统研发",
            "KX8800系列激光雷达研发",
            "ALN-AL00终端射频前端研发",
            "NS20数控系统研发",
            "区域创新评估系统P001S研发",
            "基于NWY78-039的结算系统研发",
            "ABB IRB 6700机器人焊接工作站研发",
            "基于C8051F310的气压测量仪研发",
            "CD2030型基因测序仪研发",
        ] {
            assert!(codes(m, None).contains(&"T004"), "{m}");
        }
        for t in [
            "基于RISC-V的5G基站芯片研发",
            "IPv6与NB-IoT融合网关研发",
            "TiO2与Fe3O4复合材料研发",
            "Ti-6Al-4V合金增材制造研发",
            "1200V碳化硅MOSFET研发",
            "1.25Gbit/s跨阻放大器研发",
            "30V/100A宽频电流功放研发",
            "500m3沼气池研发",
            "ISO 9001质量管理体系数字化研发",
            "IEEE 802.11ax无线接入点研发",
            "28nm工艺SiP封装研发",
            "Micro-LED显示驱动研发",
            "316L不锈钢粉末研发",
            "Q235B钢焊接接头疲劳寿命研发",
            "16MnR钢压力容器可靠性研发",
            "AZ91D镁合金压铸工艺研发",
            "18F-FDG示踪剂合成工艺研发",
            "La0.6Sr0.4Co1-yFeyO3阴极材料研发",
            "LiNi1/3Co1/3Mn1/3O2正极材料研发",
            "H3PW12O40/TiO2光催化剂研发",
            "Fe-16Cr-2.5Mo阻尼合金研发",
            "HL-60细胞分化诱导剂研发",
            "乳酸菌株LB2021发酵工艺研发",
        ] {
            assert!(!codes(t, None).contains(&"T004"), "{t}");
        }
    }

    #[test]
    fn suggestions_drop_whole_parts_before_single_words() {
        // A connector stays when its phrase goes on after the model (基于X芯片的 → 基于芯片的);
        // overlapping spans (20210315型, 型号) go as one.
        assert_eq!(
            suggestion("基于RK3588芯片的边缘网关研发").as_deref(),
            Some("基于芯片的边缘网关研发")
        );
        assert_eq!(
            suggestion("面向20210315型号设备的检测系统研发").as_deref(),
            Some("面向设备的检测系统研发")
        );
        // Name removed with its connector, then the trailing conjunct (…与激励性规制).
        assert_eq!(
            suggestion(
                "面向苏州汇川技术有限公司的支付卡网络交换费定价的多方利益博弈及其福利效应与激励性规制研发"
            )
            .as_deref(),
            Some("支付卡网络交换费定价的多方利益博弈及其福利效应研发")
        );
        // A subtitle after a dash goes before single words do.
        assert_eq!(
            suggestion("汇川技术新能源汽车电驱系统热管理与能量回收控制方法——以苏州为例研发")
                .as_deref(),
            Some("新能源汽车电驱系统热管理与能量回收控制方法研发")
        );
        // The research ending before a subtitle is replaced by the suffix (…方法研究——… →
        // …方法研发, not …研究研发), and the suffix counts towards the half kept.
        assert_eq!(
            suggestion("汇川技术工业机器人减速器传动误差补偿方法研究——以谐波减速器为例研发")
                .as_deref(),
            Some("工业机器人减速器传动误差补偿方法研发")
        );
        // A leading locative (…环境中) goes when the name is still too long.
        assert_eq!(
            suggestion("汇川技术高温高湿服役环境中光伏组件封装材料老化机理与寿命预测模型研发")
                .as_deref(),
            Some("光伏组件封装材料老化机理与寿命预测模型研发")
        );
    }

    /// A 字号 the segmenter splits into single characters, one of them a word that usually
    /// ends a name (其, 和), is still part of the name; 的/中 next to a single character are not.
    #[test]
    fn single_character_trade_names_stay_whole() {
        let evidence = |t: &str| {
            check_title(t, None, &Profile::default_profile())
                .into_iter()
                .filter(|f| f.rule == "T003")
                .map(|f| f.evidence)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            evidence("面向深圳久其精密股份有限公司的激光雷达研发"),
            vec!["深圳久其精密股份有限公司"]
        );
        assert!(evidence("基于随机权的保险公司破产概率研发").is_empty());
        assert!(evidence("营销活动中的公司伪善测量研发").is_empty());
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

#[cfg(test)]
mod data_tests {
    use super::*;

    #[test]
    fn word_lists_load_and_are_not_empty() {
        assert!(generic_org().contains("上市"));
        assert!(name_breaks().contains("基于"));
        assert!(units().contains("ghz"));
        assert!(
            super::model_context().0.contains(&"菌株")
                && super::model_context().1.contains(&"基因")
        );
    }
}
