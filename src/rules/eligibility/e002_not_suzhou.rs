//! E002 not-registered-locally.
//!
//! What: characters 3–8 of the credit code are the registering division; they must start with the
//! profile's prefix (2022: 3205, Suzhou). A code registered by the province (320000) or the state
//! cannot say the city: then the name or address must name a Suzhou place (苏州大学 passes).
//! Why: 三.1 "苏州市行政区域内设立、登记、注册".
//! Example: 913101… (Shanghai) → error.

use super::{credit_code_problem, registered_above_but_local};
use crate::model::Finding;
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "E002",
    "not-registered-locally",
    "非本市注册",
    Error,
    "三.1",
    Package,
    include_str!("e002_not_suzhou.rs")
);

pub struct E002;

impl Rule for E002 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!(
                "申报单位不在本市注册（信用代码行政区划不是 {}xx）",
                p.applicant.division_prefix
            ),
            Lang::En => format!(
                "applicant not registered in the city (credit code's division code not {}xx)",
                p.applicant.division_prefix
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        let a = &cx.profile.applicant;
        let Some(code) = cx.fields().credit_code.as_ref() else {
            return;
        };
        if credit_code_problem(code).is_some() {
            return;
        }
        if !code[2..].starts_with(a.division_prefix.as_str())
            && !registered_above_but_local(cx, code)
        {
            out.push(
                        INFO.finding(format!(
                                "统一社会信用代码“{code}”的登记管理机关行政区划码为 {}，不是苏州市（{}xx）：申报单位须在苏州市行政区域内注册。",
                                &code[2..8], a.division_prefix
                            ),
                            format!(
                                "The credit code's division code {} is not in Suzhou ({}xx): the applicant must be registered in Suzhou.",
                                &code[2..8], a.division_prefix
                            ),
                            code.clone(),
                        )
                        .at(cx.loc("credit_code")),
        );
        }
    }
}
