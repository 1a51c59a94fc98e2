//! Reports: the `propscan/report@1` model ([`Report`], [`PackageReport`]) and one renderer per
//! format behind one trait ([`Renderer`]): `text` for people, `json` for machines, and for
//! intake staff `csv`, `xlsx`, `docx` (the call's summary table, 附件2) and `html`.

pub mod csv;
pub mod docx;
pub mod html;
pub mod json;
pub mod text;
pub mod xlsx;

use crate::model::{Fields, Finding, Lang, PartKind, Severity};
pub use crate::model::{Passage, Similar};
use crate::package::Package;
use crate::profile::Profile;
use serde::Serialize;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

pub const SCHEMA: &str = "propscan/report@1";

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub profile: String,
    pub packages: Vec<PackageReport>,
    pub batch_findings: Vec<Finding>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Serialize)]
pub struct PackageReport {
    pub path: String,
    pub fields: Fields,
    pub documents: Vec<DocSummary>,
    pub findings: Vec<Finding>,
    pub similar: Vec<Similar>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocSummary {
    pub path: String,
    pub format: String,
    pub parts: Vec<PartKind>,
    pub pages: Option<usize>,
    pub chars: usize,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Summary {
    pub packages: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl PackageReport {
    pub fn new(pkg: &Package, fields: Fields, findings: Vec<Finding>) -> PackageReport {
        let documents = pkg
            .docs
            .iter()
            .map(|d| DocSummary {
                path: d.path.clone(),
                format: d.format.clone(),
                parts: d.kinds(),
                pages: d
                    .doc
                    .as_ref()
                    .filter(|x| x.format == crate::extract::Format::Pdf)
                    .map(|x| x.pages.len()),
                chars: d.doc.as_ref().map(|x| x.char_count()).unwrap_or(0),
            })
            .collect();
        PackageReport {
            path: pkg.path.clone(),
            fields,
            documents,
            findings,
            similar: Vec::new(),
        }
    }
    pub fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }
}

impl Report {
    pub fn new(
        profile: &str,
        packages: Vec<PackageReport>,
        batch_findings: Vec<Finding>,
    ) -> Report {
        let mut summary = Summary {
            packages: packages.len(),
            ..Summary::default()
        };
        let sevs = packages
            .iter()
            .flat_map(|p| p.findings.iter().map(|f| f.severity))
            .chain(batch_findings.iter().map(|b| b.severity));
        for s in sevs {
            match s {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => summary.infos += 1,
            }
        }
        Report {
            schema: SCHEMA,
            profile: profile.to_string(),
            packages,
            batch_findings,
            summary,
        }
    }

    pub fn localize(&mut self, lang: Lang) {
        for p in &mut self.packages {
            p.findings.iter_mut().for_each(|f| f.localize(lang));
        }
        for b in &mut self.batch_findings {
            b.localize(lang);
        }
    }
}

/// What a renderer needs beside the report.
#[derive(Debug, Clone, Copy)]
pub struct RenderCx<'a> {
    pub profile: &'a Profile,
    pub lang: Lang,
    /// ANSI colours (text on a terminal).
    pub colour: bool,
}

/// One output format.
pub trait Renderer {
    fn render(&self, r: &Report, cx: &RenderCx, w: &mut dyn Write) -> io::Result<()>;
}

/// The output formats and their renderers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
    Xlsx,
    Docx,
    Html,
}

impl Format {
    pub fn renderer(self) -> &'static dyn Renderer {
        match self {
            Format::Text => &text::Text,
            Format::Json => &json::Json,
            Format::Csv => &csv::Csv,
            Format::Xlsx => &xlsx::Xlsx,
            Format::Docx => &docx::SummaryDocx,
            Format::Html => &html::Html,
        }
    }
}

/// Render `r` in `format` to `w`.
pub fn render(format: Format, r: &Report, cx: &RenderCx, w: &mut dyn Write) -> io::Result<()> {
    format.renderer().render(r, cx, w)
}

/// Pad `s` to `width` terminal columns (a CJK character takes two).
pub fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The file name of a package path.
pub fn short_path(p: &str) -> String {
    std::path::Path::new(p)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.to_string())
}

/// Batch findings that name a package.
pub fn batch_for<'a>(r: &'a Report, path: &'a str) -> impl Iterator<Item = &'a Finding> {
    r.batch_findings
        .iter()
        .filter(move |b| b.packages.iter().any(|p| p == path))
}

/// A package's own findings and the batch's that name it.
pub fn all_findings<'a>(r: &'a Report, p: &'a PackageReport) -> impl Iterator<Item = &'a Finding> {
    p.findings.iter().chain(batch_for(r, &p.path))
}

/// Errors and warnings of a package, its own and the batch's.
pub fn counts(r: &Report, p: &PackageReport) -> (usize, usize) {
    let n = |s: Severity| all_findings(r, p).filter(|f| f.severity == s).count();
    (n(Severity::Error), n(Severity::Warning))
}

/// Where `batch` writes its files.
#[derive(Debug, Default, Clone, Copy)]
pub struct BatchOutputs<'a> {
    pub xlsx: Option<&'a std::path::Path>,
    pub csv: Option<&'a std::path::Path>,
    pub summary_docx: Option<&'a std::path::Path>,
    pub html: Option<&'a std::path::Path>,
}

/// Write the batch's XLSX, CSV, 附件2 DOCX and HTML files that were asked for; an error names
/// the file.
pub fn write_batch_outputs(r: &Report, cx: &RenderCx, o: &BatchOutputs) -> io::Result<()> {
    for (format, path) in [
        (Format::Xlsx, o.xlsx),
        (Format::Csv, o.csv),
        (Format::Docx, o.summary_docx),
        (Format::Html, o.html),
    ] {
        let Some(p) = path else { continue };
        let named = |e: io::Error| io::Error::new(e.kind(), format!("{}: {e}", p.display()));
        let mut w = io::BufWriter::new(std::fs::File::create(p).map_err(named)?);
        render(format, r, cx, &mut w).map_err(named)?;
        w.flush().map_err(named)?;
    }
    Ok(())
}
