//! What `index build|add` and `search --file` read: project lists (.jsonl, .csv) and proposals
//! (PDF/DOCX files, package folders or zips), the latter through propscan's own extraction.

use super::{IndexError, Probe, Project, SECTIONS, read_csv, read_jsonl};
use crate::extract::Limits;
use crate::package::{self, Package};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

fn ext(p: &Path) -> String {
    p.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Projects from every source: .jsonl and .csv files are read as project lists; a folder is a
/// set of proposals, one per child (a PDF/DOCX file, a package folder or a zip).
pub fn read_sources(
    sources: &[PathBuf],
    program: &str,
    status: &str,
    limits: &Limits,
) -> Result<Vec<Project>, IndexError> {
    let mut out = Vec::new();
    for s in sources {
        let shown = s.display().to_string();
        if s.is_dir() {
            let mut children: Vec<PathBuf> = std::fs::read_dir(s)?
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            children.sort();
            let projects: Vec<Project> = children
                .par_iter()
                .map(|c| {
                    let pkg = package::load(c, limits);
                    let mut p = proposal_project(&pkg, c);
                    p.program = program.to_string();
                    p.status = status.to_string();
                    p
                })
                .collect();
            out.extend(projects);
            continue;
        }
        let text = std::fs::read_to_string(s).map_err(|e| IndexError::Source {
            path: shown.clone(),
            line: 0,
            message: e.to_string(),
        })?;
        match ext(s).as_str() {
            "jsonl" | "ndjson" | "json" => out.extend(read_jsonl(&text, &shown)?),
            "csv" => out.extend(read_csv(&text, &shown)?),
            other => {
                return Err(IndexError::Source {
                    path: shown,
                    line: 0,
                    message: format!(
                        "not a project list (.jsonl or .csv) nor a folder of proposals (.{other})"
                    ),
                });
            }
        }
    }
    Ok(out)
}

/// A proposal as a project: title and unit from its fields, text from its application
/// (sections when its headings name them).
pub fn proposal_project(pkg: &Package, path: &Path) -> Project {
    let f = crate::fields::package_fields(pkg).fields;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut p = Project {
        id: stem.clone(),
        title: f.project_name.clone().unwrap_or(stem),
        unit: f.applicant.unwrap_or_default(),
        unit_code: f.credit_code.unwrap_or_default(),
        start: f.start.unwrap_or_default(),
        end: f.end.unwrap_or_default(),
        ..Project::default()
    };
    for (key, zh) in SECTIONS {
        if let Some(t) = pkg.section(zh) {
            p.sections.insert(key.to_string(), t);
        }
    }
    if p.sections.is_empty() {
        p.abstract_text = text_of(pkg);
    }
    p
}

/// The text a proposal is compared by: its application, else everything readable.
fn text_of(pkg: &Package) -> String {
    let app = pkg.application_text();
    if !app.trim().is_empty() {
        return app;
    }
    pkg.docs
        .iter()
        .filter_map(|d| d.doc.as_ref().map(|x| x.text.as_str()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `search --file`: a plain-text file as it is; anything else as a package.
pub fn probe_from_path(path: &Path, limits: &Limits) -> Result<Probe, IndexError> {
    if !path.exists() {
        return Err(IndexError::Source {
            path: path.display().to_string(),
            line: 0,
            message: "no such file or folder".into(),
        });
    }
    if matches!(ext(path).as_str(), "txt" | "md") {
        return Ok(Probe::text("", &std::fs::read_to_string(path)?));
    }
    let pkg = package::load(path, limits);
    let fields = crate::fields::package_fields(&pkg).fields;
    Ok(probe_of(&pkg, fields.project_name.as_deref()))
}

/// A package as a query: its name, its application text and its sections.
pub fn probe_of(pkg: &Package, title: Option<&str>) -> Probe {
    let mut p = Probe::text(title.unwrap_or(""), &text_of(pkg));
    for (key, zh) in SECTIONS {
        if let Some(t) = pkg.section(zh) {
            p.sections.insert(key.to_string(), t);
        }
    }
    p
}
