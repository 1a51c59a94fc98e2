//! Part rules A001–A010 (call 三.1, 三.2, 四.1): the parts the profile requires or recommends are
//! there, a joint application carries its agreement, an enterprise proves its status, a merged
//! file keeps the binding order, a university or institute applies with a Suzhou enterprise, and
//! the commitment and the agreement carry their seals.

pub mod a001_commitment_missing;
pub mod a002_agreement_missing;
pub mod a003_status_unproven;
pub mod a004_info_table_missing;
pub mod a005_application_missing;
pub mod a006_cover_missing;
pub mod a007_part_order;
pub mod a008_partner_not_local;
pub mod a009_commitment_unsealed;
pub mod a010_agreement_seals;

use crate::extract::Page;
use crate::model::{ApplicantType, Finding, Lang, Location, PartKind, Severity};
use crate::package::{PackageDoc, Part};
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
    // A file that could not be read may be the part: a warning naming it, not an error.
    let unread: Vec<&str> = cx.pkg.unread_docs().map(|d| d.path.as_str()).collect();
    if !unread.is_empty() {
        out.push(
            info.finding(
                format!(
                    "申报材料中未读到{}；包中有未能读出的文件（{}），{}可能在其中：请提供可读的文件或人工核对。",
                    kind.zh(),
                    unread.join("、"),
                    kind.zh()
                ),
                format!(
                    "No {} was read; the package has files that could not be read ({}), and it may be one of them: provide a readable file or check by hand.",
                    kind.en(),
                    unread.join(", ")
                ),
                format!("{} 个文件: {}", cx.pkg.docs.len(), doc_list(cx)),
            )
            .severity(Severity::Warning)
            .at(Location::document(&cx.pkg.path)),
        );
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

/// The pages of a part whose pictures can be seen: scans and photos and pages that carry
/// images. `None` when the part has no such page (a text document, a DOCX, a page of outlined
/// or undecodable text drawn for OCR in grey): nothing on it could be a seal, so seal rules do
/// not judge it.
pub fn seen_pages<'a>(d: &'a PackageDoc, part: &Part) -> Option<Vec<&'a Page>> {
    let doc = d.doc.as_ref()?;
    let (first, last) = (part.first_page?, part.last_page.or(part.first_page)?);
    let pages: Vec<&Page> = doc
        .pages
        .iter()
        .filter(|p| (first..=last).contains(&p.number))
        .collect();
    pages
        .iter()
        .any(|p| p.image_coverage > 0.0 || !p.seals.is_empty())
        .then_some(pages)
}

/// Evidence for a seal finding: the part's line that names the seal or the parties (the first
/// line holding one of `words`), else its first line; and whether the part was read by OCR.
pub fn seal_evidence(d: &PackageDoc, part: &Part, words: &[&str]) -> (String, bool) {
    let text = d.part_text(part);
    let line = text
        .lines()
        .find(|l| words.iter().any(|w| l.contains(w)))
        .or_else(|| text.lines().find(|l| !l.trim().is_empty()))
        .unwrap_or("")
        .trim()
        .to_string();
    let ocr = d.part_is_ocr(part);
    let quote = if line.is_empty() {
        d.path.clone()
    } else if ocr {
        format!("{line}（OCR）")
    } else {
        line
    };
    (quote, ocr)
}
