//! propscan: screens R&D funding applications against a call for proposals.
pub mod cli;
pub mod extract;
pub mod fields;
pub mod package;
pub mod profile;
pub mod report;
pub mod rules;
pub mod segment;

/// `check` on one package path: load, classify, read fields, run the per-package rules.
pub fn check_path(
    path: &std::path::Path,
    profile: &profile::Profile,
    limits: &extract::Limits,
) -> report::PackageReport {
    let pkg = package::load(path, limits);
    let checked = rules::check_package(&pkg, profile);
    report::PackageReport::new(&pkg, checked.ex.fields, checked.findings)
}
