//! propscan: screens R&D funding applications against a call for proposals.
pub mod batch;
pub mod cli;
pub mod error;
pub mod extract;
pub mod fields;
pub mod index;
pub mod labels;
pub mod model;
pub mod package;
pub mod profile;
pub mod report;
pub mod rules;
pub mod segment;
pub mod serve;
pub mod text;

/// What checking one package gives: its report, and what the batch rules keep of it.
pub struct Checked {
    pub report: report::PackageReport,
    pub dossier: rules::Dossier,
}

/// The one check pipeline, used by `check`, `batch` and `serve`: load the package, classify its
/// parts, read its fields, run every per-package rule (with an index also D001, E004 and
/// `similar`). A panic anywhere becomes an F001 finding of the package, never a crash.
pub fn check(
    path: &std::path::Path,
    profile: &profile::Profile,
    limits: &extract::Limits,
    index: Option<&index::ProjectIndex>,
) -> Checked {
    check_as(path, profile, limits, index, model::Audience::Staff)
}

/// [`check`] for an audience: an applicant's report quotes no confidential project.
pub fn check_as(
    path: &std::path::Path,
    profile: &profile::Profile,
    limits: &extract::Limits,
    index: Option<&index::ProjectIndex>,
    audience: model::Audience,
) -> Checked {
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let pkg = package::load(path, limits);
        let select = rules::Select {
            audience,
            ..rules::Select::default()
        };
        let checked = rules::check_selected(&pkg, profile, index, &select);
        let mut sentences = index::score::sentences(&pkg.application_text());
        sentences.truncate(rules::batch::MAX_SENTENCES);
        let mut r = report::PackageReport::new(&pkg, checked.ex.fields.clone(), checked.findings);
        r.similar = checked.similar;
        Checked {
            report: r,
            dossier: rules::Dossier {
                fields: checked.ex.fields,
                sentences,
            },
        }
    }));
    run.unwrap_or_else(|_| {
        let shown = path.display().to_string();
        Checked {
            report: report::PackageReport {
                path: shown.clone(),
                fields: model::Fields::default(),
                documents: Vec::new(),
                findings: vec![rules::file::f001_unreadable::internal_error(&shown)],
                similar: Vec::new(),
            },
            dossier: rules::Dossier::default(),
        }
    })
}

/// [`check`]'s report alone.
pub fn check_path(
    path: &std::path::Path,
    profile: &profile::Profile,
    limits: &extract::Limits,
    index: Option<&index::ProjectIndex>,
) -> report::PackageReport {
    check(path, profile, limits, index).report
}
