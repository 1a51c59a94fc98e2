//! Batch rules D002, D003, Q001 (call 三.2, 二.2): one enterprise with several projects, two
//! packages close to each other, a recommending department above its quota. They look at what
//! the batch keeps of each package (a [`Dossier`]: its fields and at most [`MAX_SENTENCES`]
//! sentences of its application).

pub mod d002_one_per_enterprise;
pub mod d003_near_duplicate;
pub mod q001_department_quota;

use crate::index::score::Sentence;
use crate::model::{Fields, Finding};
use crate::profile::Profile;
use crate::rules::RuleInfo;
use std::path::Path;

/// At most this many sentences of each application are kept for D003.
pub const MAX_SENTENCES: usize = 400;

/// What the batch rules need of one package.
#[derive(Debug, Default)]
pub struct Dossier {
    pub fields: Fields,
    pub sentences: Vec<Sentence>,
}

/// What the batch rules look at: the packages' names (in report order) and their dossiers.
pub struct BatchCx<'a> {
    pub names: &'a [String],
    /// D003 moves the sentences out (into their prepared form) to hold nothing twice.
    pub dossiers: &'a mut [Dossier],
    pub profile: &'a Profile,
}

/// A batch finding naming its packages.
pub fn bfinding(
    info: &'static RuleInfo,
    zh: String,
    en: String,
    evidence: String,
    packages: Vec<String>,
) -> Finding {
    info.finding(zh, en, evidence).packages(packages)
}

/// A package's file or folder name.
pub fn base(p: &str) -> String {
    Path::new(p)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.to_string())
}
