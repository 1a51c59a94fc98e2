//! Renderers. Text for people (colour on a terminal, CJK-width-aware alignment, zh or en), JSON
//! for machines.

use crate::rules::{Finding, Lang, Severity};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// Pad `s` to `width` terminal columns (a CJK character takes two).
pub fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn colour(sev: Severity, on: bool) -> (&'static str, &'static str) {
    if !on {
        return ("", "");
    }
    match sev {
        Severity::Error => ("\x1b[31;1m", "\x1b[0m"),
        Severity::Warning => ("\x1b[33;1m", "\x1b[0m"),
        Severity::Info => ("\x1b[36m", "\x1b[0m"),
    }
}

pub mod html;
pub mod tables;

/// One finding as a block of text: severity and rule, message, evidence, where.
pub fn write_finding(
    w: &mut dyn Write,
    f: &Finding,
    lang: Lang,
    colour_on: bool,
) -> io::Result<()> {
    let (a, b) = colour(f.severity, colour_on);
    let sev = match lang {
        Lang::Zh => f.severity.zh(),
        Lang::En => f.severity.as_str(),
    };
    writeln!(w, "  {a}{}{b} {}  {}", pad(sev, 7), f.rule, f.message)?;
    if !f.evidence.is_empty() {
        let label = if lang == Lang::Zh {
            "依据"
        } else {
            "evidence"
        };
        writeln!(w, "        {label}: {}", f.evidence.replace('\n', "⏎"))?;
    }
    if let Some(l) = &f.location {
        let mut parts = Vec::new();
        if let Some(d) = &l.document {
            parts.push(d.clone());
        }
        if let Some(p) = l.page {
            parts.push(if lang == Lang::Zh {
                format!("第 {p} 页")
            } else {
                format!("page {p}")
            });
        }
        if let Some(p) = l.paragraph {
            parts.push(if lang == Lang::Zh {
                format!("第 {p} 段")
            } else {
                format!("paragraph {p}")
            });
        }
        if let Some([s, e]) = l.span {
            parts.push(if lang == Lang::Zh {
                format!("第 {}–{} 字", s + 1, e)
            } else {
                format!("chars {}–{}", s + 1, e)
            });
        }
        if !parts.is_empty() {
            let label = if lang == Lang::Zh { "位置" } else { "where" };
            writeln!(w, "        {label}: {}", parts.join(", "))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The report of `check` (schema propscan/report@1)

use crate::fields::Fields;
use crate::package::{Package, PartKind};
use serde::Serialize;

pub const SCHEMA: &str = "propscan/report@1";

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub profile: String,
    pub packages: Vec<PackageReport>,
    pub batch_findings: Vec<BatchFinding>,
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

/// A project close to the proposal, with the passages they share.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Similar {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub program: String,
    pub score: f64,
    pub passages: Vec<Passage>,
    /// Scores per section (立项依据, 研究内容, 创新点, 考核指标) where both sides have them.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub sections: std::collections::BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Passage {
    pub proposal: String,
    pub project: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BatchFinding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub evidence: String,
    pub packages: Vec<String>,
    #[serde(skip)]
    pub message_zh: String,
    #[serde(skip)]
    pub message_en: String,
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
        batch_findings: Vec<BatchFinding>,
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
            b.message = match lang {
                Lang::Zh => b.message_zh.clone(),
                Lang::En => b.message_en.clone(),
            };
        }
    }
}

fn field_rows(f: &Fields, lang: Lang) -> Vec<(&'static str, String)> {
    let zh = lang == Lang::Zh;
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    let money = |v: Option<f64>| v.map(|x| format!("{x} 万元")).unwrap_or_else(|| "—".into());
    vec![
        (
            if zh { "项目名称" } else { "project" },
            opt(&f.project_name),
        ),
        (
            if zh { "指南代码" } else { "guide code" },
            opt(&f.guide_code),
        ),
        (if zh { "申报单位" } else { "applicant" }, opt(&f.applicant)),
        (
            if zh { "单位类型" } else { "type" },
            f.applicant_type
                .map(|t| format!("{t:?}").to_lowercase())
                .unwrap_or_else(|| "—".into()),
        ),
        (
            if zh { "信用代码" } else { "credit code" },
            opt(&f.credit_code),
        ),
        (
            if zh { "负责人" } else { "leader" },
            format!("{} {}", opt(&f.leader), f.phone.clone().unwrap_or_default()),
        ),
        (
            if zh { "主管部门" } else { "department" },
            opt(&f.department),
        ),
        (if zh { "所在高新区" } else { "zone" }, opt(&f.zone)),
        (
            if zh { "合作单位" } else { "partners" },
            if f.partners.is_empty() {
                "—".into()
            } else {
                f.partners.join("、")
            },
        ),
        (
            if zh { "经费" } else { "budget" },
            format!(
                "{} / {}",
                money(f.municipal_funding_wan),
                money(f.total_budget_wan)
            ),
        ),
        (
            if zh { "实施期限" } else { "period" },
            format!("{} – {}", opt(&f.start), opt(&f.end)),
        ),
    ]
}

/// The text report: per package, its documents and parts, the fields read, then the findings
/// grouped by severity with evidence, place and fix.
pub fn write_text(w: &mut dyn Write, r: &Report, lang: Lang, colour_on: bool) -> io::Result<()> {
    let zh = lang == Lang::Zh;
    for p in &r.packages {
        writeln!(w, "━━ {} ━━", p.path)?;
        for d in &p.documents {
            let parts: Vec<&str> = d
                .parts
                .iter()
                .map(|k| if zh { k.zh() } else { k.as_str() })
                .collect();
            let pages = d
                .pages
                .map(|n| {
                    if zh {
                        format!("{n} 页, ")
                    } else {
                        format!("{n} pages, ")
                    }
                })
                .unwrap_or_default();
            writeln!(
                w,
                "  · {}  [{}]  {}({pages}{} {})",
                d.path,
                d.format,
                parts.join(" + "),
                d.chars,
                if zh { "字" } else { "chars" }
            )?;
        }
        for (k, v) in field_rows(&p.fields, lang) {
            writeln!(w, "    {} {v}", pad(k, 12))?;
        }
        for sev in [Severity::Error, Severity::Warning, Severity::Info] {
            let fs: Vec<&Finding> = p.findings.iter().filter(|f| f.severity == sev).collect();
            if fs.is_empty() {
                continue;
            }
            let (a, b) = colour(sev, colour_on);
            let name = if zh { sev.zh() } else { sev.as_str() };
            writeln!(w, "\n  {a}{name} ({}){b}", fs.len())?;
            for f in fs {
                write_finding(w, f, lang, colour_on)?;
            }
        }
        if !p.similar.is_empty() {
            writeln!(
                w,
                "\n  {}",
                if zh {
                    "相似项目"
                } else {
                    "similar projects"
                }
            )?;
            for s in &p.similar {
                writeln!(
                    w,
                    "    {:.2}  {}  {}（{}，{}）",
                    s.score, s.id, s.title, s.unit, s.program
                )?;
                for ps in s.passages.iter().take(3) {
                    writeln!(
                        w,
                        "        {} {}",
                        if zh { "申报：" } else { "here: " },
                        ps.proposal
                    )?;
                    writeln!(
                        w,
                        "        {} {}",
                        if zh { "在研：" } else { "there:" },
                        ps.project
                    )?;
                }
            }
        }
        if p.findings.is_empty() {
            writeln!(
                w,
                "  {}",
                if zh {
                    "未发现问题。"
                } else {
                    "No findings."
                }
            )?;
        }
        writeln!(w)?;
    }
    for b in &r.batch_findings {
        let (a, c) = colour(b.severity, colour_on);
        writeln!(
            w,
            "  {a}{}{c} {}  {}",
            pad(
                if zh {
                    b.severity.zh()
                } else {
                    b.severity.as_str()
                },
                7
            ),
            b.rule,
            b.message
        )?;
        writeln!(
            w,
            "        {}: {}",
            if zh { "依据" } else { "evidence" },
            b.evidence
        )?;
        writeln!(
            w,
            "        {}: {}",
            if zh { "申报包" } else { "packages" },
            b.packages.join("、")
        )?;
    }
    let s = &r.summary;
    if zh {
        writeln!(
            w,
            "共 {} 个申报包：{} 个错误，{} 个警告，{} 个提示。",
            s.packages, s.errors, s.warnings, s.infos
        )
    } else {
        writeln!(
            w,
            "{} packages: {} errors, {} warnings, {} infos.",
            s.packages, s.errors, s.warnings, s.infos
        )
    }
}

/// `search` as text: each project with its score and the shared passages side by side.
pub fn write_similar(w: &mut dyn Write, results: &[Similar], lang: Lang) -> io::Result<()> {
    let zh = lang == Lang::Zh;
    if results.is_empty() {
        return writeln!(
            w,
            "{}",
            if zh {
                "没有相似项目。"
            } else {
                "No similar projects."
            }
        );
    }
    for s in results {
        writeln!(w, "{:.2}  {}  {}", s.score, s.id, s.title)?;
        writeln!(w, "      {}（{}）", s.unit, s.program)?;
        for p in s.passages.iter().take(3) {
            writeln!(
                w,
                "      {} {}",
                if zh { "查询：" } else { "query:" },
                p.proposal
            )?;
            writeln!(
                w,
                "      {} {}",
                if zh { "项目：" } else { "match:" },
                p.project
            )?;
        }
    }
    Ok(())
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
pub fn write_batch_outputs(
    r: &Report,
    profile: &crate::profile::Profile,
    o: &BatchOutputs,
) -> io::Result<()> {
    fn named(p: &std::path::Path) -> impl Fn(io::Error) -> io::Error + '_ {
        move |e| io::Error::other(format!("{}: {e}", p.display()))
    }
    let create = |p: &std::path::Path| {
        std::fs::File::create(p)
            .map(io::BufWriter::new)
            .map_err(named(p))
    };
    if let Some(p) = o.xlsx {
        tables::write_xlsx(r, p).map_err(named(p))?;
    }
    if let Some(p) = o.csv {
        let mut w = create(p)?;
        tables::write_csv(r, &mut w).map_err(named(p))?;
        w.flush().map_err(named(p))?;
    }
    if let Some(p) = o.summary_docx {
        tables::write_summary_docx(r, profile, p).map_err(named(p))?;
    }
    if let Some(p) = o.html {
        let mut w = create(p)?;
        html::write_html(&mut w, r, &format!("{} 申报材料检查报告", profile.name))
            .map_err(named(p))?;
        w.flush().map_err(named(p))?;
    }
    Ok(())
}
