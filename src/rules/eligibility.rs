//! Eligibility rules E001–E003, E005, E006 (call 三.1, 二.2, 三.2, 三.5): the credit code and
//! where it was registered, the county-level-city zone rule, the leader's employment, and
//! licences for special industries, and (with the index) ongoing projects of excluded
//! programmes (E004).

use super::{Ctx, Finding, Location, RuleInfo, Severity};
use crate::fields::ApplicantType;
use crate::package::PartKind;

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "E001",
        name: "credit-code-invalid",
        severity: Severity::Error,
        clause: "三.1",
        summary: "统一社会信用代码 missing or failing its GB 32100-2015 check digit",
        doc: "What: the 18-character unified social credit code is missing, has characters outside its alphabet \
              (no I, O, Z, S, V), or its last character is not the GB 32100-2015 check digit.\n\
              Why: 三.1 requires a registered legal person; a wrong code usually is a typing error.\n\
              Example: 91320505MA1X2Y3Z4A with a wrong last digit → error.",
    },
    RuleInfo {
        code: "E002",
        name: "not-registered-locally",
        severity: Severity::Error,
        clause: "三.1",
        summary: "applicant not registered in Suzhou (credit code's division code not 3205xx)",
        doc: "What: characters 3–8 of the credit code are the registering division; they must start with the \
              profile's prefix (2022: 3205, Suzhou). A code registered by the province (320000) or the state cannot \
              say the city: then the name or address must name a Suzhou place (苏州大学 passes).\nWhy: 三.1 \"苏州市行政区域内设立、登记、注册\".\n\
              Example: 913101… (Shanghai) → error.",
    },
    RuleInfo {
        code: "E003",
        name: "county-city-outside-zone",
        severity: Severity::Error,
        clause: "二.2",
        summary: "enterprise in a county-level city (常熟, 张家港, 昆山, 太仓) outside a provincial-or-higher high-tech zone",
        doc: "What: an enterprise registered in a county-level city (division code or name) whose 所在高新区 is not \
              one of the profile's zones.\nWhy: 二.2 \"四县级市企业仅限省级以上高新区辖区内企业申报\".\n\
              Example: 昆山某某有限公司 (320583…) with 所在高新区 “无” → error.",
    },
    RuleInfo {
        code: "E004",
        name: "excluded-ongoing-project",
        severity: Severity::Error,
        clause: "三.2",
        summary: "applicant holds an ongoing project of an excluded programme (姑苏领军, 重点产业技术创新, 省重点研发计划(产业前瞻))",
        doc: "What: the index holds an ongoing project of the applicant — matched by credit code, else by the \
              normalised unit name — in one of the profile's excluded programmes.\n\
              Why: 三.2 \"承担苏州市姑苏创新创业领军人才计划和重点产业技术创新在研项目、省重点研发计划（产业前瞻与关键核心技术）\
              在研项目的企业不得申报本计划项目\".\nExample: an enterprise with an ongoing 姑苏创新创业领军人才计划 project → error \
              naming it.",
    },
    RuleInfo {
        code: "E005",
        name: "leader-employment-unproven",
        severity: Severity::Warning,
        clause: "三.2",
        summary: "no evidence that the project leader is employed by the applicant (劳动合同)",
        doc: "What: no labour contract (or social-insurance record) of the leader in the package.\n\
              Why: 三.2 \"项目负责人须为项目申报单位的在职人员（与申报单位签订劳动合同）\".\n\
              Example: a package without 劳动合同 → warning.",
    },
    RuleInfo {
        code: "E006",
        name: "special-industry-licence",
        severity: Severity::Warning,
        clause: "三.5",
        summary: "safety-production or other special-industry project without a licence mentioned",
        doc: "What: the application speaks of a special industry (profile: 安全生产, 危险化学品, 特种设备 …) and no \
              licence or access qualification (许可证, 准入 …) is mentioned anywhere in the package.\n\
              Why: 三.5 \"涉及安全生产等特种行业的，需拥有相关行业准入资格或许可\".\n\
              Example: a 危险化学品 process project with no 安全生产许可证 → warning.",
    },
];

const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

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

pub fn check(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let a = &cx.profile.applicant;
    match &f.credit_code {
        None => out.push(
            Finding::new(
                "E001",
                "未填写统一社会信用代码：请在信息表中填写申报单位的 18 位统一社会信用代码。".into(),
                "The unified social credit code is missing: fill in the applicant's 18-character code.".into(),
                "未找到统一社会信用代码",
            )
            .at(cx.loc("credit_code")),
        ),
        Some(code) => {
            if let Some(why) = credit_code_problem(code) {
                out.push(
                    Finding::new(
                        "E001",
                        format!("统一社会信用代码“{code}”无效（{why}）：请核对后重新填写。"),
                        format!("The credit code \"{code}\" is invalid (GB 32100-2015): check it."),
                        code.clone(),
                    )
                    .at(cx.loc("credit_code")),
                );
            } else if !code[2..].starts_with(a.division_prefix.as_str())
                && !registered_above_but_local(cx, code)
            {
                out.push(
                    Finding::new(
                        "E002",
                        format!(
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
    county_zone(cx, out);
    if !cx.pkg.has(PartKind::LaborContract) {
        out.push(
            Finding::new(
                "E005",
                format!(
                    "申报材料中未见项目负责人{}与申报单位签订的劳动合同：请附劳动合同（或社保缴纳证明）。",
                    f.leader.as_deref().unwrap_or("")
                ),
                "No labour contract shows the project leader is employed by the applicant: attach it.".into(),
                f.leader.clone().unwrap_or_else(|| "未附劳动合同".into()),
            )
            .at(cx.loc("leader")),
        );
    }
    special_industry(cx, out);
}

/// Universities and institutes are often registered by the province (division xx0000) or the
/// state (000000, 100000): their code cannot say the city, so the name or address decides.
fn registered_above_but_local(cx: &Ctx, code: &str) -> bool {
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

/// E004: ongoing projects of excluded programmes held by the applicant.
pub fn excluded_projects(cx: &Ctx, held: &[crate::index::Project], out: &mut Vec<Finding>) {
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
        out.push(
            Finding::new(
                "E004",
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
            )
            .at(cx.loc(if by == "单位名称" { "applicant" } else { "credit_code" })),
        );
    }
}

fn county_zone(cx: &Ctx, out: &mut Vec<Finding>) {
    let f = &cx.ex.fields;
    let a = &cx.profile.applicant;
    if f.applicant_type != Some(ApplicantType::Enterprise) {
        return;
    }
    let by_code = f
        .credit_code
        .as_deref()
        .filter(|c| credit_code_problem(c).is_none())
        .and_then(|c| {
            a.county_city_divisions
                .iter()
                .position(|d| c[2..8] == *d.as_str())
        })
        .and_then(|i| a.county_cities.get(i));
    let by_name = a.county_cities.iter().find(|c| {
        f.applicant
            .as_deref()
            .is_some_and(|n| n.contains(c.as_str()))
            || cx
                .ex
                .address
                .as_deref()
                .is_some_and(|n| n.contains(c.as_str()))
    });
    let Some(city) = by_code.or(by_name) else {
        return;
    };
    let zone = f
        .zone
        .as_deref()
        .map(crate::fields::squash)
        .unwrap_or_default();
    let norm = |z: &str| {
        z.replace("高新技术产业开发区", "高新区")
            .replace("经济技术开发区", "开发区")
    };
    let zone_n = norm(&zone);
    let ok = a.county_zones.iter().any(|z| {
        zone_n.contains(&norm(z))
            || (!zone_n.is_empty() && norm(z).contains(&zone_n) && zone_n.contains("高新区"))
    });
    if !ok {
        out.push(
            Finding::new(
                "E003",
                format!(
                    "申报企业位于{city}（县级市），所在高新区填写为“{}”，不在省级以上高新区（{}）：四县级市企业仅限省级以上高新区辖区内企业申报。",
                    if zone.is_empty() { "未填写" } else { zone.as_str() },
                    a.county_zones.join("、")
                ),
                format!(
                    "The enterprise is in {city} (county-level city) and its zone \"{zone}\" is not a provincial-or-higher high-tech zone: only enterprises inside one may apply."
                ),
                format!("{city} / 所在高新区：{}", if zone.is_empty() { "—" } else { zone.as_str() }),
            )
            .at(cx.loc("zone")),
        );
    }
}

fn special_industry(cx: &Ctx, out: &mut Vec<Finding>) {
    let s = &cx.profile.scope;
    let app = &cx.app;
    let title = cx.ex.fields.project_name.clone().unwrap_or_default();
    let hay = format!("{title}\n{app}");
    let Some(term) = s
        .special_industry_terms
        .iter()
        .find(|t| hay.contains(t.as_str()))
    else {
        return;
    };
    let all: String = cx
        .pkg
        .docs
        .iter()
        .filter_map(|d| d.doc.as_ref().map(|x| x.text.as_str()))
        .collect::<Vec<_>>()
        .join("\n");
    if s.licence_terms.iter().any(|l| all.contains(l.as_str())) {
        return;
    }
    let (doc, page) = cx
        .pkg
        .parts(PartKind::Application)
        .next()
        .map(|(d, p)| (Some(d.path.clone()), p.first_page))
        .unwrap_or((None, None));
    out.push(
        Finding::new(
            "E006",
            format!("项目涉及“{term}”等特种行业，申报材料中未见相关行业准入资格或许可：请附许可证明。"),
            format!("The project concerns a special industry (\"{term}\") and no licence or access qualification is mentioned: attach it."),
            super::sentence_with(&hay, term),
        )
        .at(Location { document: doc, page, ..Location::default() }),
    );
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
