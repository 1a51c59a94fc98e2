//! E007 qualification-not-valid.
//!
//! What: reads the qualification attachments (资质证明): a 高新技术企业证书 must carry a number
//! of the profile's form (2022: GR + the year + a two-digit province code + a serial, e.g.
//! GR202132001234) and an issue date (发证时间) such that the call window lies inside its
//! validity (2022: three years from issue); a 科技型中小企业 入库登记编号 must be of the profile's
//! year; and the enterprise named on the certificate must be the applicant. Only what the
//! certificate says clearly is judged: a date or number that cannot be read gives no finding
//! (F003 says when the page could not be read), and every finding quotes the text it stands on.
//! Why: 三.1 "有效期内高新技术企业…国家科技型中小企业" — the status that makes an enterprise
//! eligible must hold during the call.
//! Example: 证书编号 GR201832000123, 发证时间 2018年11月28日, window 2022-06-20 → error (valid to
//! 2021-11-27); the certificate names 苏州甲科技有限公司 while the applicant is 苏州乙科技有限公司
//! → error.

use crate::model::{ApplicantType, Finding, Location, PartKind};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};
use regex::Regex;
use std::sync::OnceLock;

rule_info!(
    "E007",
    "qualification-not-valid",
    "资质不在有效期",
    Error,
    "三.1",
    Package,
    include_str!("e007_qualification_validity.rs")
);

pub struct E007;

impl Rule for E007 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let q = &p.qualification;
        match lang {
            Lang::Zh => format!(
                "资质证明在申报期内无效：高新技术企业证书自发证起 {} 年有效、编号应为 {}+年份+省份代码+序号，科技型中小企业入库登记编号应为 {} 年，证书上的企业名称应为申报单位",
                q.high_tech_valid_years, q.high_tech_number_prefix, q.sme_year
            ),
            Lang::En => format!(
                "qualification not valid in the call window: a high-tech certificate is valid {} years from issue and numbered {} + year + province code + serial, a tech-SME registration number must be of {}, the name on it must be the applicant's",
                q.high_tech_valid_years, q.high_tech_number_prefix, q.sme_year
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        if cx.fields().applicant_type == Some(ApplicantType::University)
            || cx.fields().applicant_type == Some(ApplicantType::Institute)
        {
            return;
        }
        // The applicant's name read from a scanned information table may be misread too.
        let applicant_ocr = cx.read_by_ocr("applicant");
        for (d, p) in cx.pkg.parts(PartKind::Qualification) {
            let ocr = d.part_is_ocr(p) || applicant_ocr;
            let text = if d.part_is_ocr(p) {
                ocr_digits(&d.part_text(p))
            } else {
                d.part_text(p)
            };
            let at = Location {
                document: Some(d.path.clone()),
                page: p.first_page,
                ..Location::default()
            };
            let mut found = Vec::new();
            // A scan's title may be misread; the certificate's number form names it too.
            if text.contains("高新技术企业") || has_high_tech_number(cx, &text) {
                high_tech(cx, &text, &at, ocr, &mut found);
            }
            if text.contains("科技型中小企业") {
                sme(cx, &text, &at, ocr, &mut found);
            }
            // Read by OCR, a date or a name may be misread: a person checks before it counts
            // as an error.
            if ocr {
                for f in found.iter_mut() {
                    f.evidence = format!("{}（OCR 识别）", f.evidence);
                    f.severity = crate::model::Severity::Warning;
                }
            }
            out.extend(found);
        }
    }
}

/// OCR reads the digits of a number as look-alike letters now and then (O for 0, I or l for
/// 1): inside runs of digits and capitals after a number label they are put back.
fn ocr_digits(text: &str) -> String {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"(证书编号|编\s*号|登记编号|入库编号)(\s*[:：]?\s*)([A-Z]{0,2})([0-9OoIl|\s]{6,30})",
    );
    r.replace_all(text, |c: &regex::Captures| {
        let digits: String = c[4]
            .chars()
            .map(|ch| match ch {
                'O' | 'o' => '0',
                'I' | 'l' | '|' => '1',
                ch => ch,
            })
            .collect();
        format!("{}{}{}{}", &c[1], &c[2], &c[3], digits)
    })
    .into_owned()
}

/// A number of the high-tech certificate's form (prefix + 12 digits) anywhere in the text.
fn has_high_tech_number(cx: &Ctx, text: &str) -> bool {
    let prefix = &cx.profile.qualification.high_tech_number_prefix;
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    compact.match_indices(prefix.as_str()).any(|(i, _)| {
        compact[i + prefix.len()..]
            .chars()
            .take(12)
            .filter(|c| c.is_ascii_digit())
            .count()
            == 12
    })
}

/// Two spellings of one name, one of them read by OCR: the same length within one character
/// and at least four in five characters the same, in order.
fn same_name_read_by_ocr(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 || a.is_empty() {
        return false;
    }
    // Longest common subsequence.
    let mut dp = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in 0..a.len() {
        for j in 0..b.len() {
            dp[i + 1][j + 1] = if a[i] == b[j] {
                dp[i][j] + 1
            } else {
                dp[i][j + 1].max(dp[i + 1][j])
            };
        }
    }
    dp[a.len()][b.len()] * 5 >= a.len().max(b.len()) * 4
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// Whitespace and bracket forms removed, for comparing names.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect()
}

/// The days since 0000-03-01 of a civil date (for comparing dates).
fn day_number(y: i32, m: u32, d: u32) -> i64 {
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    365 * y as i64
        + (y / 4 - y / 100 + y / 400) as i64
        + ((153 * (m - 3) + 2) / 5) as i64
        + d as i64
}

/// The enterprise a certificate names: after 企业名称/单位名称, or the line with a company form
/// just before 经认定/被认定.
fn named_enterprise(text: &str) -> Option<String> {
    static L: OnceLock<Regex> = OnceLock::new();
    let l = re(
        &L,
        r"(?:企业名称|单位名称|名\s*称)\s*[:：]?\s*([^\s:：，,。]{4,40}?(?:有限公司|有限责任公司|股份公司|集团公司|公司))",
    );
    if let Some(c) = l.captures(text) {
        return Some(c[1].to_string());
    }
    static B: OnceLock<Regex> = OnceLock::new();
    let b = re(
        &B,
        r"([^\s:：，,。]{4,40}?(?:有限公司|有限责任公司|股份公司|集团公司))\s*[:：，,]?\s*(?:经|被)?认定",
    );
    b.captures(text).map(|c| c[1].to_string())
}

fn high_tech(cx: &Ctx, text: &str, at: &Location, ocr: bool, out: &mut Vec<Finding>) {
    let q = &cx.profile.qualification;
    let prefix = regex::escape(&q.high_tech_number_prefix);
    static NUM: OnceLock<Regex> = OnceLock::new();
    let num = re(
        &NUM,
        r"(?:证书编号|编\s*号)\s*[:：]?\s*([A-Za-z0-9\s]{6,30}?)(?:\s{2,}|\n|发证|有效|$)",
    );
    // A well-formed number: prefix + year + province code + serial (compiled once a prefix).
    static GOOD: OnceLock<std::sync::Mutex<Vec<(String, Regex)>>> = OnceLock::new();
    let good = {
        let mut cache = GOOD
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some((_, r)) = cache.iter().find(|(p, _)| *p == prefix) {
            r.clone()
        } else {
            let r = Regex::new(&format!(r"^{prefix}(\d{{4}})(\d{{2}})(\d{{6}})$"))
                .expect("valid regex");
            cache.push((prefix.clone(), r.clone()));
            r
        }
    };
    let mut number_year = None;
    if let Some(c) = num.captures(text) {
        let raw = c[1].to_string();
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.len() >= 6 {
            match good.captures(&compact) {
                Some(g) => number_year = g[1].parse::<i32>().ok(),
                None => out.push(
                    INFO.finding(
                        format!(
                            "高新技术企业证书编号“{compact}”格式不对（应为 {}+4 位年份+2 位省份代码+6 位序号）：请核对证书或附上清晰的证书。",
                            q.high_tech_number_prefix
                        ),
                        format!(
                            "The high-tech enterprise certificate number \"{compact}\" is malformed ({} + year + province code + serial expected).",
                            q.high_tech_number_prefix
                        ),
                        format!("证书编号：{}", raw.trim()),
                    )
                    // Read by OCR, a malformed number may be a misread one: a person checks.
                    .severity(if ocr {
                        crate::model::Severity::Warning
                    } else {
                        crate::model::Severity::Error
                    })
                    .at(at.clone()),
                ),
            }
        }
    }
    static DATE: OnceLock<Regex> = OnceLock::new();
    let date = re(
        &DATE,
        r"(?:发证时间|发证日期|认定时间|颁发日期|发证)\s*[:：]?\s*(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?",
    );
    let issued = date.captures(text).and_then(|c| {
        Some((
            c[1].parse::<i32>().ok()?,
            c[2].parse::<u32>().ok()?,
            c[3].parse::<u32>().ok()?,
            c[0].to_string(),
        ))
    });
    if let (Some((y, m, d, quoted)), Some(((oy, om, od), (cy, cm, cd)))) =
        (issued, cx.profile.window.days())
    {
        let valid_to_year = y + q.high_tech_valid_years as i32;
        // Valid up to the day before the anniversary.
        let expires = day_number(valid_to_year, m, d) - 1;
        let (open, close) = (day_number(oy, om, od), day_number(cy, cm, cd));
        let issued_day = day_number(y, m, d);
        let number_disagrees = number_year.is_some_and(|ny| ny != y);
        if expires < close || issued_day > open {
            out.push(
                INFO.finding(
                    format!(
                        "高新技术企业证书发证时间为 {y}年{m}月{d}日，有效期 {} 年（至 {valid_to_year}年{m}月{d}日前），不覆盖申报期 {} 至 {}：请附有效期内的证书。",
                        q.high_tech_valid_years, cx.profile.window.open.get(..10).unwrap_or(""), cx.profile.window.close.get(..10).unwrap_or("")
                    ),
                    format!(
                        "The high-tech enterprise certificate was issued on {y}-{m:02}-{d:02} and is valid {} years, which does not cover the call window: attach a valid one.",
                        q.high_tech_valid_years
                    ),
                    quoted.clone(),
                )
                .at(at.clone()),
            );
        } else if number_disagrees {
            out.push(
                INFO.finding(
                    format!(
                        "高新技术企业证书编号中的年份与发证时间 {y} 年不一致：请核对证书。"
                    ),
                    "The year in the high-tech certificate number differs from its issue date: check the certificate.".into(),
                    quoted,
                )
                .severity(crate::model::Severity::Warning)
                .at(at.clone()),
            );
        }
    }
    other_company(cx, text, "高新技术企业证书", at, ocr, out);
}

fn sme(cx: &Ctx, text: &str, at: &Location, ocr: bool, out: &mut Vec<Finding>) {
    let q = &cx.profile.qualification;
    static NUM: OnceLock<Regex> = OnceLock::new();
    let num = re(
        &NUM,
        r"(?:入库登记编号|登记编号|入库编号)\s*[:：]?\s*((\d{4})\d{6}[A-Z]?\d{4,8})",
    );
    if let Some(c) = num.captures(text)
        && let Ok(year) = c[2].parse::<u32>()
        && year != q.sme_year
    {
        out.push(
            INFO.finding(
                format!(
                    "科技型中小企业入库登记编号“{}”为 {year} 年，不是本年度（{}）：请附 {} 年的入库登记编号。",
                    &c[1], q.sme_year, q.sme_year
                ),
                format!(
                    "The tech-SME registration number \"{}\" is of {year}, not of {}: attach this year's.",
                    &c[1], q.sme_year
                ),
                c[0].to_string(),
            )
            .at(at.clone()),
        );
    }
    other_company(cx, text, "科技型中小企业入库登记", at, ocr, out);
}

fn other_company(
    cx: &Ctx,
    text: &str,
    what: &str,
    at: &Location,
    ocr: bool,
    out: &mut Vec<Finding>,
) {
    let (Some(named), Some(applicant)) = (named_enterprise(text), cx.fields().applicant.as_deref())
    else {
        return;
    };
    if norm(&named) == norm(applicant)
        || (ocr && same_name_read_by_ocr(&norm(&named), &norm(applicant)))
    {
        return;
    }
    out.push(
        INFO.finding(
            format!("{what}上的企业名称“{named}”不是申报单位“{applicant}”：请附申报单位本身的证书。"),
            format!("The {} names \"{named}\", not the applicant \"{applicant}\": attach the applicant's own.", if what.starts_with('高') { "high-tech certificate" } else { "tech-SME registration" }),
            named.clone(),
        )
        .at(at.clone()),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_names() {
        assert!(day_number(2021, 11, 27) < day_number(2022, 6, 20));
        assert_eq!(day_number(2022, 3, 1) - day_number(2022, 2, 28), 1);
        assert_eq!(day_number(2024, 3, 1) - day_number(2024, 2, 28), 2);
        assert_eq!(
            named_enterprise(
                "高新技术企业证书\n企业名称：苏州甲科技有限公司\n证书编号：GR202132001234"
            )
            .as_deref(),
            Some("苏州甲科技有限公司")
        );
        assert_eq!(
            named_enterprise("苏州乙科技有限公司：经认定为高新技术企业").as_deref(),
            Some("苏州乙科技有限公司")
        );
        assert_eq!(norm("汇川（苏州） 有限公司"), "汇川(苏州)有限公司");
    }
}

#[cfg(test)]
mod ocr_tests {
    use super::*;

    #[test]
    fn names_misread_by_ocr_are_the_same_name_and_other_names_are_not() {
        assert!(same_name_read_by_ocr(
            "苏州忌创微电子科技有限公司",
            "苏州芯创微电子科技有限公司"
        ));
        assert!(!same_name_read_by_ocr(
            "苏州汇川技术有限公司",
            "苏州芯创微电子科技有限公司"
        ));
        assert!(!same_name_read_by_ocr(
            "苏州芯创科技有限公司",
            "苏州华创科技有限公司集团"
        ));
    }

    #[test]
    fn look_alike_letters_in_numbers_are_digits() {
        assert_eq!(
            ocr_digits("证书编号：GR2O2132OO1234\n发证时间"),
            "证书编号：GR202132001234\n发证时间"
        );
        assert_eq!(ocr_digits("企业名称：ICO公司"), "企业名称：ICO公司");
    }
}
