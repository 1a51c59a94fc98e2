//! Rules: one file per rule, named after its code (`title/t003_org_name.rs` …), and one
//! registry table ([`REGISTRY`]). A rule is a [`Rule`]: its catalogue entry ([`RuleInfo`],
//! whose documentation is the rule file's own `//!` comment, as `propscan rules CODE` prints
//! it), a one-line summary built from the profile in force, and a check on the context of its
//! scope — a project name ([`TitleCx`]), a package ([`Ctx`]) or a batch ([`BatchCx`]). Adding
//! a rule is one file and one line in [`REGISTRY`]. A rule *kind* is code; every number or list
//! it checks comes from the profile.

pub mod batch;
pub mod budget;
pub mod duplicates;
pub mod eligibility;
pub mod file;
pub mod guide;
pub mod parts;
pub mod period;
pub mod scope;
pub mod title;

use crate::fields::Extracted;
use crate::index::{Project, ProjectIndex};
pub use crate::model::{Audience, Finding, Lang, Location, Severity, sort_findings};
use crate::model::{Fields, Similar};
use crate::package::Package;
use crate::profile::Profile;
pub use batch::{BatchCx, Dossier};
use serde::Serialize;
pub use title::TitleCx;

/// What a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// A project name (run by `propscan title` and on a package's name).
    Title,
    /// A package's parts, fields and text.
    Package,
    /// A package against the project index (run only with an index).
    Index,
    /// The files of a package as read (run on every package, also an empty one).
    File,
    /// A batch of packages.
    Batch,
}

/// A rule's entry in the catalogue.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleInfo {
    pub code: &'static str,
    pub name: &'static str,
    /// A short Chinese name for tables (名称字数, 缺封面 …).
    pub short_zh: &'static str,
    pub severity: Severity,
    /// Clause of the call the rule comes from (e.g. 四.2).
    pub clause: &'static str,
    pub scope: Scope,
    /// The rule's source file; its leading `//!` lines are the documentation.
    #[serde(skip)]
    pub source: &'static str,
}

impl RuleInfo {
    /// What `propscan rules CODE` prints: the rule file's `//!` comment.
    pub fn doc(&self) -> String {
        self.source
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| l.trim_start_matches("//!").strip_prefix(' ').unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
    /// A finding of this rule at its default severity.
    pub fn finding(&'static self, zh: String, en: String, evidence: impl Into<String>) -> Finding {
        Finding::new(self.code, self.severity, zh, en, evidence)
    }
}

/// Declare a rule file's catalogue entry `INFO`; the documentation is the file's `//!` comment
/// (the last argument: the file including itself, `include_str!("t001_suffix.rs")`).
macro_rules! rule_info {
    ($code:literal, $name:literal, $short:literal, $sev:ident, $clause:literal, $scope:ident, $source:expr) => {
        pub static INFO: $crate::rules::RuleInfo = $crate::rules::RuleInfo {
            code: $code,
            name: $name,
            short_zh: $short,
            severity: $crate::model::Severity::$sev,
            clause: $clause,
            scope: $crate::rules::Scope::$scope,
            source: $source,
        };
    };
}
pub(crate) use rule_info;

/// One rule.
pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;
    /// One line saying what the rule checks, with the values of the profile in force.
    fn summary(&self, profile: &Profile, lang: Lang) -> String;
    /// Package, index and file rules.
    fn check(&self, _cx: &Ctx, _out: &mut Vec<Finding>) {}
    /// Title rules.
    fn check_title(&self, _t: &TitleCx, _out: &mut Vec<Finding>) {}
    /// Batch rules.
    fn check_batch(&self, _b: &mut BatchCx, _out: &mut Vec<Finding>) {}
}

/// Every rule, in catalogue order. Codes are stable; a retired code is never reused.
pub static REGISTRY: &[&dyn Rule] = &[
    &title::t001_suffix::T001,
    &title::t002_length::T002,
    &title::t003_org_name::T003,
    &title::t004_product_model::T004,
    &title::t005_missing_or_template::T005,
    &title::t006_not_clean::T006,
    &title::t007_inconsistent::T007,
    &parts::a001_commitment_missing::A001,
    &parts::a002_agreement_missing::A002,
    &parts::a003_status_unproven::A003,
    &parts::a004_info_table_missing::A004,
    &parts::a005_application_missing::A005,
    &parts::a006_cover_missing::A006,
    &parts::a007_part_order::A007,
    &parts::a008_partner_not_local::A008,
    &parts::a009_commitment_unsealed::A009,
    &parts::a010_agreement_seals::A010,
    &budget::b001_municipal_cap::B001,
    &budget::b002_enterprise_ratio::B002,
    &budget::b003_university_ratio::B003,
    &budget::b004_staged_payment::B004,
    &budget::b005_budget_unreadable::B005,
    &period::p001_too_long::P001,
    &period::p002_unreadable::P002,
    &period::p003_reversed::P003,
    &guide::g001_code_invalid::G001,
    &guide::g002_directed::G002,
    &guide::g003_content_fit::G003,
    &guide::g004_no_invention_patent::G004,
    &guide::g005_deliverables::G005,
    &guide::g006_outside_scope::G006,
    &eligibility::e001_credit_code::E001,
    &eligibility::e002_not_suzhou::E002,
    &eligibility::e003_county_zone::E003,
    &eligibility::e004_excluded_programme::E004,
    &eligibility::e005_no_labour_contract::E005,
    &eligibility::e006_special_industry::E006,
    &eligibility::e007_qualification_validity::E007,
    &scope::s001_mass_production::S001,
    &scope::s002_promotion::S002,
    &duplicates::d001_duplicate_of_ongoing::D001,
    &batch::d002_one_per_enterprise::D002,
    &batch::d003_near_duplicate::D003,
    &batch::q001_department_quota::Q001,
    &file::f001_unreadable::F001,
    &file::f002_encrypted::F002,
    &file::f003_unread_pages::F003,
    &file::f004_format_not_accepted::F004,
    &file::f005_empty_package::F005,
    &file::f006_page_size::F006,
    &file::f007_ocr_pages::F007,
];

/// Every rule's catalogue entry.
pub fn registry() -> Vec<&'static RuleInfo> {
    REGISTRY.iter().map(|r| r.info()).collect()
}

/// A rule by its code (case-insensitive).
pub fn rule(code: &str) -> Option<&'static dyn Rule> {
    REGISTRY
        .iter()
        .copied()
        .find(|r| r.info().code.eq_ignore_ascii_case(code))
}

pub fn info(code: &str) -> Option<&'static RuleInfo> {
    rule(code).map(|r| r.info())
}

/// A rule's one-line summary under `profile`, or an empty string for an unknown code.
pub fn summary(code: &str, profile: &Profile, lang: Lang) -> String {
    rule(code)
        .map(|r| r.summary(profile, lang))
        .unwrap_or_default()
}

/// A rule's catalogue entry with its summary and documentation, as `propscan rules` and
/// `GET /api/rules` show it.
#[derive(Debug, Clone, Serialize)]
pub struct Described {
    #[serde(flatten)]
    pub info: RuleInfo,
    pub summary: String,
    pub doc: String,
}

/// The catalogue under `profile`.
pub fn describe(profile: &Profile, lang: Lang) -> Vec<Described> {
    REGISTRY
        .iter()
        .map(|r| Described {
            info: *r.info(),
            summary: r.summary(profile, lang),
            doc: r.info().doc(),
        })
        .collect()
}

/// What the per-package rules look at.
pub struct Ctx<'a> {
    pub pkg: &'a Package,
    pub ex: &'a Extracted,
    pub profile: &'a Profile,
    /// The application's text, joined once for every rule that reads it.
    pub app: String,
    /// The closest projects of the index (empty without an index).
    pub similar: &'a [(Project, Similar)],
    /// The projects the applicant holds, by credit code or name (empty without an index).
    pub held: &'a [Project],
    /// Who the findings are for: rules that quote other projects say less to an applicant.
    pub audience: Audience,
}

impl Ctx<'_> {
    pub fn fields(&self) -> &Fields {
        &self.ex.fields
    }
    /// Where a field's value was read (document, page, paragraph), or the package when the
    /// field was not found.
    pub fn loc(&self, field: &str) -> Location {
        match self.ex.sources.get(field) {
            Some(s) => Location {
                document: Some(s.document.clone()),
                page: s.page,
                paragraph: Some(s.paragraph),
                field: Some(field.to_string()),
                span: None,
            },
            None => Location {
                document: Some(self.pkg.path.clone()),
                field: Some(field.to_string()),
                ..Location::default()
            },
        }
    }
    /// Whether a field's value was read from a page read by OCR (it may hold misread
    /// characters).
    pub fn read_by_ocr(&self, field: &str) -> bool {
        self.ex
            .sources
            .get(field)
            .is_some_and(|s| self.page_is_ocr(&s.document, s.page))
    }
    /// Whether `page` of `document` (any page, when None) was read by OCR.
    pub fn page_is_ocr(&self, document: &str, page: Option<u32>) -> bool {
        self.pkg
            .docs
            .iter()
            .filter_map(|d| {
                d.doc
                    .as_ref()
                    .filter(|x| d.path == document || x.path == document)
            })
            .any(|d| match page {
                Some(_) => d.page_is_ocr(page),
                None => d.pages.iter().any(|p| p.ocr),
            })
    }
    /// The text a field's value was read from, when it was read.
    pub fn raw(&self, field: &str) -> Option<String> {
        self.ex.sources.get(field).map(|s| s.raw.clone())
    }
    /// The first page of the application, or the project name's place.
    pub fn application_loc(&self) -> Location {
        self.pkg
            .parts(crate::model::PartKind::Application)
            .next()
            .map(|(d, p)| Location {
                document: Some(d.path.clone()),
                page: p.first_page,
                ..Location::default()
            })
            .unwrap_or_else(|| self.loc("project_name"))
    }
}

/// The result of the per-package rules.
pub struct Checked {
    pub ex: Extracted,
    pub findings: Vec<Finding>,
    /// The closest projects of the index (with the index only).
    pub similar: Vec<Similar>,
}

/// Which rules run, and for whom.
#[derive(Debug, Clone, Default)]
pub struct Select {
    /// Only these codes (all when empty).
    pub only: Vec<String>,
    pub audience: Audience,
}

impl Select {
    pub fn wants(&self, r: &dyn Rule) -> bool {
        self.only.is_empty()
            || self
                .only
                .iter()
                .any(|c| c.eq_ignore_ascii_case(r.info().code))
    }
}

/// Every per-package rule on one package; with an index also D001, E004 and `similar`.
pub fn check_package(pkg: &Package, profile: &Profile, index: Option<&ProjectIndex>) -> Checked {
    check_selected(pkg, profile, index, &Select::default())
}

/// The selected per-package rules on one package.
pub fn check_selected(
    pkg: &Package,
    profile: &Profile,
    index: Option<&ProjectIndex>,
    select: &Select,
) -> Checked {
    let empty = pkg.docs.is_empty();
    let ex = if empty {
        Extracted::default()
    } else {
        let known: Vec<&str> = profile.guide.iter().map(|g| g.code.as_str()).collect();
        crate::fields::package_fields_for_call(pkg, &known)
    };
    let (hits, held) = match index {
        Some(idx) if !empty => {
            let probe = crate::index::sources::probe_of(pkg, ex.fields.project_name.as_deref());
            let hits = idx.search(&probe, 5, profile.duplicates.report_threshold);
            let held = idx.by_unit(
                ex.fields.credit_code.as_deref(),
                ex.fields.applicant.as_deref(),
            );
            (hits, held)
        }
        _ => (Vec::new(), Vec::new()),
    };
    let cx = Ctx {
        pkg,
        ex: &ex,
        profile,
        app: if empty {
            String::new()
        } else {
            pkg.application_text()
        },
        similar: &hits,
        held: &held,
        audience: select.audience,
    };
    let mut out = Vec::new();
    for r in REGISTRY.iter().filter(|r| select.wants(**r)) {
        match r.info().scope {
            Scope::File => r.check(&cx, &mut out),
            _ if empty => {}
            Scope::Package | Scope::Title => r.check(&cx, &mut out),
            Scope::Index if index.is_some() => r.check(&cx, &mut out),
            Scope::Index | Scope::Batch => {}
        }
    }
    // The project name: every selected title rule, the compliant name proposed, each finding
    // placed where the name was read.
    if let Some(name) = ex.fields.project_name.as_deref().filter(|_| !empty) {
        let t = TitleCx::new(name, ex.fields.applicant.as_deref(), profile)
            .with_partners(&ex.fields.partners);
        let mut found = title::run(&t, Some(select));
        title::suggest::attach(&t, &mut found);
        let base = cx.loc("project_name");
        for mut f in found {
            let span = f.location.as_ref().and_then(|l| l.span);
            f.location = Some(Location {
                span,
                ..base.clone()
            });
            out.push(f);
        }
    }
    read_by_ocr_is_no_error(&cx, &mut out);
    sort_findings(&mut out);
    Checked {
        similar: match select.audience {
            Audience::Staff => hits.into_iter().map(|(_, s)| s).collect(),
            Audience::Applicant => Vec::new(),
        },
        ex,
        findings: out,
    }
}

/// Never an error on a value OCR may have misread: an error that stands on a field read from a
/// scanned page (a credit code, an amount, a date, the name), or on a field that was not read
/// while the information table is a scan (its label may be there, misread) or while a file of
/// the package could not be read at all (it may hold the field), becomes a warning that says
/// so. The finding still quotes what was read.
fn read_by_ocr_is_no_error(cx: &Ctx, out: &mut [Finding]) {
    let info_is_scan = cx
        .pkg
        .parts(crate::model::PartKind::InfoTable)
        .any(|(d, p)| d.part_is_ocr(p));
    // A file nothing (or not everything) could be read from may hold the information table
    // and its fields.
    let unread: Vec<String> = cx
        .pkg
        .partly_unread_docs()
        .map(|d| d.path.clone())
        .collect();
    for f in out.iter_mut().filter(|f| f.severity == Severity::Error) {
        let Some(field) = f.location.as_ref().and_then(|l| l.field.as_deref()) else {
            continue;
        };
        let read = cx.ex.sources.contains_key(field);
        if (read && cx.read_by_ocr(field)) || (!read && info_is_scan) {
            f.soften(
                "（此项读自扫描页，文字经 OCR 识别，可能有误：请对照原件核对。）",
                " (Read from a scanned page by OCR, which may have misread it: check against the original.)",
            );
        } else if !read && !unread.is_empty() {
            f.soften(
                &format!(
                    "（包中有未能读出或未能完全读出的文件：{}，此项可能写在其中：请人工核对。）",
                    unread.join("、")
                ),
                &format!(
                    " (Some files could not be read, or not in full — {} — and may hold it: check by hand.)",
                    unread.join(", ")
                ),
            );
        }
    }
}

/// Every batch rule on a batch's dossiers.
pub fn check_batch(names: &[String], dossiers: &mut [Dossier], profile: &Profile) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut b = BatchCx {
        names,
        dossiers,
        profile,
    };
    for r in REGISTRY.iter().filter(|r| r.info().scope == Scope::Batch) {
        r.check_batch(&mut b, &mut out);
    }
    out
}

/// The file rules (F001–F006) on one file as read (`propscan extract`).
pub fn file_findings_of(
    path: &str,
    result: &Result<crate::extract::Document, crate::extract::ExtractError>,
    profile: &Profile,
) -> Vec<Finding> {
    let (doc, error) = match result {
        Ok(d) => (Some(d.clone()), None),
        Err(e) => (None, Some(e.clone())),
    };
    let pkg = Package {
        path: path.to_string(),
        docs: vec![crate::package::PackageDoc {
            path: path.to_string(),
            format: doc
                .as_ref()
                .map(|d| format!("{:?}", d.format).to_lowercase())
                .unwrap_or_default(),
            doc,
            error,
            parts: Vec::new(),
            renamed_from: None,
        }],
    };
    let ex = Extracted::default();
    let cx = Ctx {
        pkg: &pkg,
        ex: &ex,
        profile,
        app: String::new(),
        similar: &[],
        held: &[],
        audience: Audience::Staff,
    };
    let mut out = Vec::new();
    for r in REGISTRY.iter().filter(|r| r.info().scope == Scope::File) {
        r.check(&cx, &mut out);
    }
    sort_findings(&mut out);
    out
}

/// The part of a package's text around `term` (see [`crate::text::sentence_with`]).
pub use crate::text::sentence_with;

/// A field the information table holds although no label of it was read (an unknown label, a
/// layout the reader missed): `find` picks the value out of a block's text. The finding is then
/// a warning of `info`'s rule quoting the line, never an error on a guess; None when the table
/// holds no such value (the rule's own "missing" error stands).
pub fn unread_but_seen(
    cx: &Ctx,
    info: &'static RuleInfo,
    field_zh: &str,
    field_en: &str,
    find: impl Fn(&str) -> Option<String>,
) -> Option<Finding> {
    let (value, line) = cx
        .pkg
        .parts(crate::model::PartKind::InfoTable)
        .filter_map(|(d, p)| {
            let doc = d.doc.as_ref()?;
            doc.blocks.get(p.blocks.clone())?.iter().find_map(|b| {
                find(&b.text).map(|v| (v, b.text.trim().chars().take(60).collect::<String>()))
            })
        })
        .next()?;
    Some(
        info.finding(
            format!("信息表中没有按“{field_zh}”栏读到内容，但表中写有“{value}”：请确认该栏已填写清楚。"),
            format!("No {field_en} was read under its label, but the table holds \"{value}\": check that the field is filled in clearly."),
            line,
        )
        .severity(crate::model::Severity::Warning),
    )
}

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod registry_tests {
    use super::*;

    #[test]
    fn codes_are_unique_documented_and_filed_under_their_code() {
        let reg = registry();
        let mut codes: Vec<&str> = reg.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        let n = codes.len();
        codes.dedup();
        assert_eq!(n, codes.len(), "duplicate rule codes");
        let p = Profile::default_profile();
        for r in REGISTRY {
            let i = r.info();
            let doc = i.doc();
            assert!(doc.len() > 80, "{} needs a doc", i.code);
            assert!(
                i.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} name {}",
                i.code,
                i.name
            );
            assert!(
                doc.contains("Example") || doc.contains("例"),
                "{} doc needs an example",
                i.code
            );
            assert!(!r.summary(&p, Lang::Zh).is_empty());
            assert!(!r.summary(&p, Lang::En).is_empty());
            // The rule's source is a file of its own, named after its code.
            let first: String = i
                .source
                .split_once("rule_info!(")
                .map(|x| x.1.split_whitespace().take(1).collect())
                .unwrap_or_default();
            assert!(
                first.contains(&format!("\"{}\"", i.code)),
                "{}: its file declares {first}",
                i.code
            );
        }
    }
}
