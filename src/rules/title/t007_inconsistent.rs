//! T007 title-inconsistent.
//!
//! What: the project names written in the information table, the cover and the application differ
//! (compared without whitespace); when one is only the beginning of the other (a line wrap on a
//! cover), a warning.
//! Why: 四.1: the online table and the paper application must agree.
//! Example: 信息表 “高精度伺服驱动器研发”, 申报书 “高精度伺服驱动系统研发” → error listing both.

use crate::model::{Finding, Location, Severity};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "T007",
    "title-inconsistent",
    "名称不一致",
    Error,
    "四.1",
    Package,
    include_str!("t007_inconsistent.rs")
);

pub struct T007;

impl Rule for T007 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "各文件中的项目名称不一致（信息表、申报书、封面）",
            "project name differs between the documents of one package (信息表 vs 申报书 vs 封面)",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        out.extend(check_names(&cx.ex.names, &|d: &str, p: Option<u32>| {
            p.is_some() && cx.page_is_ocr(d, p)
        }));
    }
}

/// Two readings of one name that OCR could have made differ: as long as each other, differing in
/// at most one character in ten (at least one) — 抗车辙 read as 抗车葬.
fn ocr_alike(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len() == b.len() && a.iter().zip(&b).filter(|(x, y)| x != y).count() <= (a.len() / 10).max(1)
}

/// T007: the names each document gives (document, page, paragraph, name) must agree. Names
/// read by OCR (`is_ocr(document, page)`) agree with one that differs only as OCR's misreadings
/// would.
fn check_names(
    names: &[(String, Option<u32>, u32, String)],
    is_ocr: &dyn Fn(&str, Option<u32>) -> bool,
) -> Option<Finding> {
    let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let first = names.first()?;
    let first_ocr = is_ocr(&first.0, first.1);
    // A name that is the beginning of the other is most likely cut where a line wrapped (a
    // cover set in a large font): a warning to look, not an error.
    let differ = |n: &&(String, Option<u32>, u32, String)| {
        let (a, b) = (norm(&n.3), norm(&first.3));
        a != b && !((first_ocr || is_ocr(&n.0, n.1)) && ocr_alike(&a, &b))
    };
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
        INFO.finding(format!(
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
        // Cut where a line wrapped, or one of the two read by OCR (a misreading `ocr_alike` did
        // not catch): a warning to look, never an error standing on OCR.
        .severity(if wrapped || first_ocr || is_ocr(&other.0, other.1) {
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
