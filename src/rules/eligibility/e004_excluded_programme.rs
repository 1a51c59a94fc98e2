//! E004 excluded-ongoing-project.
//!
//! What: the index holds an ongoing project of the applicant — matched by credit code, else by the
//! normalised unit name — in one of the profile's excluded programmes.
//! Why: 三.2 "承担苏州市姑苏创新创业领军人才计划和重点产业技术创新在研项目、省重点研发计划（产业前瞻与关键核心技术）在研项目的企业不得申报本计划项目".
//! Example: an enterprise with an ongoing 姑苏创新创业领军人才计划 project → error naming it.

use crate::model::{ApplicantType, Audience, Finding};
use crate::profile::Profile;
use crate::rules::duplicates::d001_duplicate_of_ongoing::start_year;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "E004",
    "excluded-ongoing-project",
    "在研项目限制",
    Error,
    "三.2",
    Index,
    include_str!("e004_excluded_programme.rs")
);

pub struct E004;

impl Rule for E004 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let x = p.applicant.excluded_programs.join("、");
        match lang {
            Lang::Zh => format!("申报企业承担{x}在研项目"),
            Lang::En => {
                format!("applicant holds an ongoing project of an excluded programme ({x})")
            }
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        excluded_projects(cx, out);
    }
}

/// E004: ongoing projects of excluded programmes held by the applicant.
fn excluded_projects(cx: &Ctx, out: &mut Vec<Finding>) {
    let held = cx.held;
    let f = &cx.ex.fields;
    if f.applicant_type != Some(ApplicantType::Enterprise) {
        return;
    }
    // Programme names are compared without brackets and spaces: "省重点研发计划（产业前瞻…）"
    // and "江苏省重点研发计划(产业前瞻…)" are the same programme.
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !"（）()".contains(*c))
            .collect()
    };
    for p in held.iter().filter(|p| p.is_ongoing()) {
        let prog = norm(&p.program);
        let Some(excluded) = cx
            .profile
            .applicant
            .excluded_programs
            .iter()
            .find(|x| prog.contains(&norm(x)))
        else {
            continue;
        };
        let by =
            if !p.unit_code.is_empty() && f.credit_code.as_deref() == Some(p.unit_code.as_str()) {
                "统一社会信用代码"
            } else {
                "单位名称"
            };
        let finding = match cx.audience {
            Audience::Staff => INFO.finding(
                format!(
                    "申报单位承担{excluded}在研项目 {}“{}”（{} 至 {}，按{by}匹配）：承担该类在研项目的企业不得申报本计划。",
                    p.id, p.title, p.start, p.end
                ),
                format!(
                    "The applicant holds ongoing project {} \"{}\" of the excluded programme {excluded} (matched by {}): it may not apply.",
                    p.id,
                    p.title,
                    if by == "单位名称" { "name" } else { "credit code" }
                ),
                format!("{} · {} · {} · {}", p.id, p.unit, p.program, p.status),
            ),
            // Anyone can type a company's name into an upload: the applicant's report names the
            // programme and the start year, not the project.
            Audience::Applicant => {
                let year = start_year(&p.start);
                INFO.finding(
                    format!(
                        "按{by}匹配，申报单位承担{excluded}在研项目（{year}年立项）：承担该类在研项目的企业不得申报本计划。如有异议请联系主管部门。"
                    ),
                    format!(
                        "Matched by {}, the applicant holds an ongoing project of the excluded programme {excluded} (started {year}): it may not apply. Ask the recommending department if this is wrong.",
                        if by == "单位名称" { "name" } else { "credit code" }
                    ),
                    format!("{excluded} · {year}"),
                )
            }
        };
        out.push(finding.at(cx.loc(if by == "单位名称" {
            "applicant"
        } else {
            "credit_code"
        })));
    }
}
