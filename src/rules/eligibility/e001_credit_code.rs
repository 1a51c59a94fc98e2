//! E001 credit-code-invalid.
//!
//! What: the 18-character unified social credit code is missing, has characters outside its
//! alphabet (no I, O, Z, S, V), or its last character is not the GB 32100-2015 check digit.
//! Why: 三.1 requires a registered legal person; a wrong code usually is a typing error.
//! Example: 91320505MA1X2Y3Z4A with a wrong last digit → error; no code read by its label but a
//! well-formed code written in the information table → warning quoting the line.

use super::credit_code_problem;
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "E001",
    "credit-code-invalid",
    "信用代码无效",
    Error,
    "三.1",
    Package,
    include_str!("e001_credit_code.rs")
);

pub struct E001;

impl Rule for E001 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, _p: &Profile, lang: Lang) -> String {
        lang.pick(
            "统一社会信用代码缺失或校验位错误（GB 32100-2015）",
            "统一社会信用代码 missing or failing its GB 32100-2015 check digit",
        )
        .to_string()
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let f = cx.fields();
        match &f.credit_code {
            None => {
                // A well-formed code in the table where no label said so: a warning quoting
                // it. A partner's code (read under its own label) is not the applicant's.
                let seen = crate::rules::unread_but_seen(
                    cx,
                    &INFO,
                    "统一社会信用代码",
                    "credit code",
                    |t| {
                        crate::fields::find_credit_code(t).filter(|c| {
                            credit_code_problem(c).is_none() && !cx.ex.partner_codes.contains(c)
                        })
                    },
                );
                out.push(seen.unwrap_or_else(|| {
                    INFO.finding("未填写统一社会信用代码：请在信息表中填写申报单位的 18 位统一社会信用代码。".into(),
                        "The unified social credit code is missing: fill in the applicant's 18-character code.".into(),
                        "未找到统一社会信用代码",
                    )
                })
                .at(cx.loc("credit_code")));
            }
            Some(code) => {
                if let Some(why) = credit_code_problem(code) {
                    let mut finding = INFO
                        .finding(
                            format!("统一社会信用代码“{code}”无效（{why}）：请核对后重新填写。"),
                            format!(
                                "The credit code \"{code}\" is invalid (GB 32100-2015): check it."
                            ),
                            code.clone(),
                        )
                        .at(cx.loc("credit_code"));
                    // Read by OCR: letters the code never uses (O, I, Z, S) are look-alike digits;
                    // when putting them back gives a valid code, that is the likely reading.
                    if cx.read_by_ocr("credit_code")
                        && let Some(fixed) = crate::fields::repair_ocr_credit_code(code)
                    {
                        finding.add_note(
                            &format!("（按校验位，OCR 读出的字母可能应为数字：{fixed}。）"),
                            &format!(" (By its check digit the letters OCR read are likely digits: {fixed}.)"),
                        );
                        finding.suggestion = Some(fixed);
                    }
                    out.push(finding);
                }
            }
        }
    }
}

#[cfg(test)]
mod ocr_tests {
    use crate::fields::repair_ocr_credit_code as ocr_look_alikes;

    #[test]
    fn look_alike_letters_are_put_back_only_when_the_code_then_checks() {
        // 91320594MA1MXXXX3C is valid (the rule tests' code); O for the 0 after 9132.
        assert_eq!(
            ocr_look_alikes("91320594MA1MXXXX3C".replacen('0', "O", 1).as_str()).as_deref(),
            Some("91320594MA1MXXXX3C")
        );
        assert_eq!(ocr_look_alikes("91320594MA1MXXXX3C"), None);
        assert_eq!(ocr_look_alikes("91320594MA1MXXXX3K"), None);
    }
}
