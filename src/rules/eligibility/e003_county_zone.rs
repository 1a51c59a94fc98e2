//! E003 county-city-outside-zone.
//!
//! What: an enterprise registered in a county-level city (division code or name) whose 所在高新区 is not
//! one of the profile's zones.
//! Why: 二.2 "四县级市企业仅限省级以上高新区辖区内企业申报".
//! Example: 昆山某某有限公司 (320583…) with 所在高新区 “无” → error; no information table → nothing (A004);
//! an information table where no zone was read → a warning that asks (absence is no evidence).
//! A zone read by OCR one character off a listed zone (稼熟高新区 for 常熟高新区) is that zone
//! misread: nothing.

use super::credit_code_problem;
use crate::model::{ApplicantType, Finding};
use crate::profile::Profile;
use crate::rules::{Ctx, Lang, Rule, RuleInfo, rule_info};

rule_info!(
    "E003",
    "county-city-outside-zone",
    "县级市高新区",
    Error,
    "二.2",
    Package,
    include_str!("e003_county_zone.rs")
);

pub struct E003;

impl Rule for E003 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }
    fn summary(&self, p: &Profile, lang: Lang) -> String {
        let c = p.applicant.county_cities.join("、");
        match lang {
            Lang::Zh => format!("县级市（{c}）企业不在省级以上高新区"),
            Lang::En => format!(
                "enterprise in a county-level city ({c}) outside a provincial-or-higher high-tech zone"
            ),
        }
    }
    fn check(&self, cx: &Ctx, out: &mut Vec<Finding>) {
        county_zone(cx, out);
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
    // Without the information table the zone was never asked: nothing to stand on (A004 says
    // the table is missing).
    if f.zone.is_none() && !cx.pkg.has(crate::model::PartKind::InfoTable) {
        return;
    }
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
    // A zone OCR read one character off a listed zone (常熟 → 稼熟) is that zone, misread.
    let ocr = cx.read_by_ocr("zone");
    let one_off = |z: &str| {
        let (x, y): (Vec<char>, Vec<char>) = (z.chars().collect(), zone_n.chars().collect());
        x.len() == y.len() && x.len() >= 4 && x.iter().zip(&y).filter(|(p, q)| p != q).count() == 1
    };
    let ok = a.county_zones.iter().any(|z| {
        zone_n.contains(&norm(z))
            || (!zone_n.is_empty() && norm(z).contains(&zone_n) && zone_n.contains("高新区"))
            || (ocr && one_off(&norm(z)))
    });
    // No zone read at all (no row the label model names, or a row it could not name) is no
    // evidence that the enterprise is outside every zone: a warning that asks, quoting what
    // placed it in the county-level city.
    if f.zone.is_none() {
        let whence = match (by_code, by_name) {
            (Some(_), _) => format!(
                "统一社会信用代码 {}",
                f.credit_code.as_deref().unwrap_or_default()
            ),
            // The name or the address that names the city.
            _ => [f.applicant.as_deref(), cx.ex.address.as_deref()]
                .into_iter()
                .flatten()
                .find(|t| t.contains(city.as_str()))
                .unwrap_or_default()
                .to_string(),
        };
        out.push(
            INFO.finding(
                format!(
                    "申报企业位于{city}（县级市，据{whence}），信息表中未读到所在高新区：四县级市企业仅限省级以上高新区（{}）辖区内企业申报，请核实并在信息表中写明所在高新区。",
                    a.county_zones.join("、")
                ),
                format!(
                    "The enterprise is in {city} (county-level city; from {whence}) and no high-tech zone was read from the information table: only enterprises inside a provincial-or-higher zone ({}) may apply. Check, and state the zone in the table.",
                    a.county_zones.join(", ")
                ),
                format!("{city} / {whence} / 所在高新区：未读到"),
            )
            .severity(crate::model::Severity::Warning)
            .at(cx.loc("zone")),
        );
        return;
    }
    if !ok {
        out.push(
            INFO.finding(format!(
                    "申报企业位于{city}（县级市），所在高新区填写为“{}”，不在省级以上高新区（{}）：四县级市企业仅限省级以上高新区辖区内企业申报。",
                    zone,
                    a.county_zones.join("、")
                ),
                format!(
                    "The enterprise is in {city} (county-level city) and its zone \"{zone}\" is not a provincial-or-higher high-tech zone: only enterprises inside one may apply."
                ),
                format!("{city} / 所在高新区：{zone}"),
            )
            .at(cx.loc("zone")),
        );
    }
}
