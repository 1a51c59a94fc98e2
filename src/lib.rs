//! propscan: screens R&D funding applications against a call for proposals.
pub mod batch;
pub mod cli;
pub mod extract;
pub mod fields;
pub mod index;
pub mod package;
pub mod profile;
pub mod report;
pub mod rules;
pub mod segment;
pub mod serve;

/// `check` on one package path: load, classify, read fields, run the per-package rules (and,
/// with an index, the duplicate and excluded-project rules).
pub fn check_path(
    path: &std::path::Path,
    profile: &profile::Profile,
    limits: &extract::Limits,
    index: Option<&index::ProjectIndex>,
) -> report::PackageReport {
    let pkg = package::load(path, limits);
    let checked = rules::check_package(&pkg, profile, index);
    let mut r = report::PackageReport::new(&pkg, checked.ex.fields, checked.findings);
    r.similar = checked.similar;
    r
}
