//! Part rules A001–A008 (call 三.1, 四.1): the parts the profile requires or recommends are
//! there, a joint application carries its agreement, an enterprise proves its status, a merged
//! file keeps the binding order, and a university or institute applies with a Suzhou enterprise.

pub mod a001_commitment_missing;
pub mod a002_agreement_missing;
pub mod a003_status_unproven;
pub mod a004_info_table_missing;
pub mod a005_application_missing;
pub mod a006_cover_missing;
pub mod a007_part_order;
pub mod a008_partner_not_local;

use crate::model::{ApplicantType, Finding, Lang, Location, PartKind, Severity};
use crate::profile::Profile;
use crate::rules::{Ctx, RuleInfo};

/// How the profile lists a part: required (an error when missing), recommended (a warning),
/// or not at all (no finding).
pub fn listed(profile: &Profile, kind: PartKind) -> Option<Severity> {
    let has = |v: &[String]| v.iter().any(|k| k == kind.as_str());
    if has(&profile.parts.required) {
        Some(Severity::Error)
    } else if has(&profile.parts.recommended) {
        Some(Severity::Warning)
    } else {
        None
    }
}

/// The summary of a missing-part rule under the profile in force.
pub fn missing_summary(profile: &Profile, kind: PartKind, lang: Lang) -> String {
    let how = match (listed(profile, kind), lang) {
        (Some(Severity::Error), Lang::Zh) => "（必备）",
        (Some(_), Lang::Zh) => "（建议）",
        (None, Lang::Zh) => "（本次申报不要求）",
        (Some(Severity::Error), Lang::En) => " (required)",
        (Some(_), Lang::En) => " (recommended)",
        (None, Lang::En) => " (not asked by this call)",
    };
    match lang {
        Lang::Zh => format!("缺少{}{how}", kind.zh()),
        Lang::En => format!("{} missing{how}", kind.en()),
    }
}

/// A001, A004, A005, A006: the part is missing while the profile requires or recommends it.
pub fn missing(info: &'static RuleInfo, kind: PartKind, cx: &Ctx, out: &mut Vec<Finding>) {
    let Some(severity) = listed(cx.profile, kind) else {
        return;
    };
    if cx.pkg.has(kind) {
        return;
    }
    out.push(
        info.finding(
            format!(
                "申报材料中没有{}：请补充后再提交（按标题、内容或文件名均未找到）。",
                kind.zh()
            ),
            format!(
                "No {} in the package (by title, content or file name): add it.",
                kind.en()
            ),
            format!("{} 个文件: {}", cx.pkg.docs.len(), doc_list(cx)),
        )
        .severity(severity)
        .at(Location::document(&cx.pkg.path)),
    );
}

/// A university or institute applicant.
pub fn academic(cx: &Ctx) -> bool {
    matches!(
        cx.fields().applicant_type,
        Some(ApplicantType::University | ApplicantType::Institute)
    )
}

pub fn doc_list(cx: &Ctx) -> String {
    cx.pkg
        .docs
        .iter()
        .map(|d| {
            let kinds: Vec<&str> = d.kinds().iter().map(|k| k.zh()).collect();
            format!("{}（{}）", d.path, kinds.join("+"))
        })
        .collect::<Vec<_>>()
        .join("；")
}
