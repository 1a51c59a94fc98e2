//! Batch screening: every child of a folder is one package. Packages are checked in parallel
//! (rayon) and reported in name order whatever the scheduling; a package that panics becomes a
//! finding of its own and the batch goes on; only what the batch rules need is kept per
//! package (fields and at most MAX_SENTENCES sentences of the application), so memory does not
//! grow with the documents. Then the batch rules: D002 (one enterprise, several projects),
//! D003 (two packages close to each other, scored as D001), Q001 (a department above its
//! quota).

use crate::extract::Limits;
use crate::index::ProjectIndex;
use crate::profile::Profile;
use crate::report::{PackageReport, Report};
pub use crate::rules::batch::{Dossier, MAX_SENTENCES};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub jobs: Option<usize>,
    pub progress: bool,
}

/// The packages of a batch folder: its children (folders, zips, files), hidden ones skipped,
/// in name order.
pub fn children(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().is_some_and(|n| {
                let n = n.to_string_lossy();
                !n.starts_with('.') && !n.starts_with("~$") && n != "Thumbs.db" && n != "__MACOSX"
            })
        })
        .collect();
    v.sort();
    Ok(v)
}

/// How many children of `p` look like packages of their own (folders and zips): a folder of
/// packages checked as one package is almost always a slip.
pub fn nested_packages(p: &Path) -> usize {
    children(p)
        .map(|c| {
            c.iter()
                .filter(|x| {
                    x.is_dir() || x.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
                })
                .count()
        })
        .unwrap_or(0)
}

/// Check one package (the one pipeline, [`crate::check`]) and keep what the batch rules need.
pub fn check_one(
    path: &Path,
    profile: &Profile,
    limits: &Limits,
    index: Option<&ProjectIndex>,
) -> (PackageReport, Dossier) {
    let c = crate::check(path, profile, limits, index);
    (c.report, c.dossier)
}

/// Screen a batch folder.
pub fn run(
    dir: &Path,
    profile: &Profile,
    limits: &Limits,
    index: Option<&ProjectIndex>,
    opts: &Options,
) -> std::io::Result<Report> {
    let kids = children(dir)?;
    let bar = if opts.progress {
        let b = indicatif::ProgressBar::new(kids.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos}/{len} 申报包 [{bar:30}] {elapsed_precise} 剩余 {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        Some(b)
    } else {
        None
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(std::io::Error::other)?;
    let results: Vec<(PackageReport, Dossier)> = pool.install(|| {
        kids.par_iter()
            .map(|p| {
                let r = check_one(p, profile, limits, index);
                if let Some(b) = &bar {
                    b.inc(1);
                }
                r
            })
            .collect()
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let (packages, mut dossiers): (Vec<PackageReport>, Vec<Dossier>) = results.into_iter().unzip();
    let names: Vec<String> = packages.iter().map(|p| p.path.clone()).collect();
    let batch = crate::rules::check_batch(&names, &mut dossiers, profile);
    Ok(Report::new(&profile.id, packages, batch))
}
