//! Eligibility rules E001–E006 (call 三.1, 三.2, 三.5, 二.2): the credit code, registration in
//! the city, county-level cities outside a high-tech zone, excluded ongoing projects, the
//! leader's employment, special-industry licences. Shared here: the GB 32100-2015 check and
//! the province-registered units that are local all the same.

pub mod e001_credit_code;
pub mod e002_not_suzhou;
pub mod e003_county_zone;
pub mod e004_excluded_programme;
pub mod e005_no_labour_contract;
pub mod e006_special_industry;
pub mod e007_qualification_validity;

use crate::rules::Ctx;

use crate::fields::{CREDIT_ALPHABET as ALPHABET, CREDIT_WEIGHTS as WEIGHTS};

/// GB 32100-2015: why a code is invalid, or None when it is valid.
pub fn credit_code_problem(code: &str) -> Option<String> {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 18 {
        return Some(format!("长度为 {} 位，应为 18 位", chars.len()));
    }
    let mut sum = 0;
    for (i, c) in chars.iter().enumerate() {
        let Some(v) = ALPHABET.find(*c) else {
            return Some(format!(
                "第 {} 位“{c}”不是信用代码字符（不含 I、O、Z、S、V）",
                i + 1
            ));
        };
        if i < 17 {
            sum += v as u32 * WEIGHTS[i];
        }
    }
    let check = (31 - sum % 31) % 31;
    let want = ALPHABET.as_bytes()[check as usize] as char;
    (chars[17] != want).then(|| format!("校验位应为“{want}”，实为“{}”", chars[17]))
}

/// Universities and institutes are often registered by the province (division xx0000) or the
/// state (000000, 100000): their code cannot say the city, so the name or address decides.
pub fn registered_above_but_local(cx: &Ctx, code: &str) -> bool {
    let division = &code[2..8];
    let prefix = &cx.profile.applicant.division_prefix;
    let province_level = division.ends_with("0000")
        && (prefix.len() < 2
            || division.starts_with(&prefix[..2])
            || division.starts_with("10")
            || division == "000000");
    let f = &cx.ex.fields;
    // A unit the call itself names as a recommending department (苏州大学, 西交利物浦大学 …) is local.
    let named_by_call = |n: &str| {
        cx.profile
            .quota
            .iter()
            .flat_map(|q| &q.departments)
            .any(|d| n == d.as_str())
    };
    province_level
        && [
            f.applicant.as_deref(),
            cx.ex.address.as_deref(),
            f.department.as_deref(),
        ]
        .into_iter()
        .flatten()
        .any(|n| {
            named_by_call(n)
                || cx
                    .profile
                    .applicant
                    .local_names
                    .iter()
                    .any(|l| n.contains(l.as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb32100_check_digit() {
        // Valid codes computed by the standard's algorithm (and published for real companies).
        assert!(credit_code_problem("91320594MA1MXXXX3K").is_some());
        assert_eq!(credit_code_problem("91350100M000100Y43"), None);
        assert_eq!(credit_code_problem("91110000600037341L"), None);
        assert!(
            credit_code_problem("91110000600037341M")
                .unwrap()
                .contains("校验位")
        );
        assert!(
            credit_code_problem("9111000060003734")
                .unwrap()
                .contains("长度")
        );
        assert!(
            credit_code_problem("9111000060003734IL")
                .unwrap()
                .contains("I")
        );
    }
}
