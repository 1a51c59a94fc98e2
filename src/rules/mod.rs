//! Rules: the registry (code, name, severity, documentation), the Finding type, and one file
//! per rule family. A rule *kind* is code; each limit or list it checks comes from the profile.

pub mod budget;
pub mod duplicates;
pub mod eligibility;
pub mod file;
pub mod guide;
pub mod parts;
pub mod period;
pub mod scope;
pub mod title;

use crate::fields::{self, Extracted};
use crate::index::ProjectIndex;
use crate::package::{Package, PartKind};
use crate::profile::Profile;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
    pub fn zh(&self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// Where a finding's evidence was found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// The field the evidence belongs to (project_name …), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Character range of the evidence inside the field value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<[usize; 2]>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub evidence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(skip)]
    pub message_zh: String,
    #[serde(skip)]
    pub message_en: String,
}

impl Finding {
    /// A finding with its default severity from the registry; `zh` and `en` say what is wrong
    /// and what to do.
    pub fn new(rule: &'static str, zh: String, en: String, evidence: impl Into<String>) -> Finding {
        let severity = info(rule).map(|r| r.severity).unwrap_or(Severity::Error);
        Finding {
            rule,
            severity,
            message: zh.clone(),
            evidence: evidence.into(),
            location: None,
            message_zh: zh,
            message_en: en,
        }
    }
    pub fn severity(mut self, s: Severity) -> Finding {
        self.severity = s;
        self
    }
    pub fn at(mut self, loc: Location) -> Finding {
        self.location = Some(loc);
        self
    }
    pub fn localize(&mut self, lang: Lang) {
        self.message = match lang {
            Lang::Zh => self.message_zh.clone(),
            Lang::En => self.message_en.clone(),
        };
    }
}

/// A rule's entry in the catalogue. `doc` is what `propscan rules CODE` prints.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// Clause of the call the rule comes from (e.g. 四.2).
    pub clause: &'static str,
    pub summary: &'static str,
    pub doc: &'static str,
}

/// Every implemented rule. Codes are stable; a retired code is never reused.
pub fn registry() -> Vec<&'static RuleInfo> {
    all().collect()
}

fn all() -> impl Iterator<Item = &'static RuleInfo> {
    title::RULES
        .iter()
        .chain(parts::RULES)
        .chain(budget::RULES)
        .chain(period::RULES)
        .chain(guide::RULES)
        .chain(eligibility::RULES)
        .chain(scope::RULES)
        .chain(duplicates::RULES)
        .chain(crate::batch::RULES)
        .chain(file::RULES)
}

/// What the per-package rules look at.
pub struct Ctx<'a> {
    pub pkg: &'a Package,
    pub ex: &'a Extracted,
    pub profile: &'a Profile,
    /// The application's text, joined once for every rule that reads it.
    pub app: String,
}

impl Ctx<'_> {
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
}

/// The text of a section of the application (see [`Package::section`]).
pub fn section(pkg: &Package, name: &str) -> Option<String> {
    pkg.section(name)
}

/// The sentence of `text` that holds `term`, trimmed to a readable length.
pub fn sentence_with(text: &str, term: &str) -> String {
    let Some(i) = text.find(term) else {
        return term.to_string();
    };
    let stops = ['。', '；', '！', '？', '\n'];
    let start = text[..i]
        .rfind(stops)
        .map(|j| j + text[j..].chars().next().map_or(1, |c| c.len_utf8()))
        .unwrap_or(0);
    let end = text[i..].find(stops).map(|j| i + j).unwrap_or(text.len());
    let s = text[start..end].trim();
    if s.chars().count() > 120 {
        let before: String = text[start..i]
            .chars()
            .rev()
            .take(50)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let after: String = text[i..end].chars().take(60).collect();
        format!("…{before}{after}…")
    } else {
        s.to_string()
    }
}

/// The parts in the order fields are read from: information table first, then cover,
/// application, and the rest; each as its document and block range.
fn field_order(pkg: &Package) -> Vec<(&crate::extract::Document, std::ops::Range<usize>)> {
    let rank = |k: PartKind| match k {
        PartKind::InfoTable => 0,
        PartKind::Cover => 1,
        PartKind::Application => 2,
        _ => 3,
    };
    let mut spans: Vec<(usize, &crate::extract::Document, std::ops::Range<usize>)> = pkg
        .docs
        .iter()
        .filter_map(|d| d.doc.as_ref().map(|doc| (d, doc)))
        .flat_map(|(d, doc)| {
            d.parts
                .iter()
                .map(move |p| (rank(p.kind), doc, p.blocks.clone()))
        })
        .collect();
    spans.sort_by_key(|s| s.0);
    spans.into_iter().map(|(_, d, r)| (d, r)).collect()
}

/// A package's fields, read from its parts in order of preference (no rule runs).
pub fn package_fields(pkg: &Package) -> Extracted {
    fields::extract_fields(&field_order(pkg))
}

/// The result of the per-package rules.
pub struct Checked {
    pub ex: Extracted,
    pub findings: Vec<Finding>,
    /// The closest projects of the index (with the index only).
    pub similar: Vec<crate::report::Similar>,
}

/// Every per-package rule on one package; with an index also D001, E004 and `similar`.
pub fn check_package(pkg: &Package, profile: &Profile, index: Option<&ProjectIndex>) -> Checked {
    let mut out = Vec::new();
    if pkg.docs.is_empty() {
        out.push(file::empty_package(&pkg.path));
        return Checked {
            ex: Extracted::default(),
            findings: out,
            similar: Vec::new(),
        };
    }
    for d in &pkg.docs {
        if let Some(e) = &d.error {
            out.push(file::unreadable(&d.path, e));
        }
        if let Some(doc) = &d.doc {
            out.extend(file::issues(&d.path, &doc.issues));
            if let Some(f) =
                file::page_size(&d.path, &crate::package::page_sizes_mm(doc), &profile.pages)
            {
                out.push(f);
            }
        } else if d.error.is_none() {
            // An image attachment: accepted, but its content cannot be checked.
            let kinds = d.kinds();
            if kinds.iter().any(|k| {
                matches!(
                    k,
                    PartKind::Commitment
                        | PartKind::InfoTable
                        | PartKind::Application
                        | PartKind::Cover
                        | PartKind::CooperationAgreement
                )
            }) {
                out.push(
                    Finding::new(
                        "F003",
                        format!("{}为图片（{}），按文件名计为{}，其内容无法检查：请上传由原文档导出的 PDF。", d.path, d.format, kinds[0].zh()),
                        format!("{} is an image ({}), counted as {} by its name; its content could not be checked.", d.path, d.format, kinds[0].as_str()),
                        d.path.clone(),
                    )
                    .at(Location { document: Some(d.path.clone()), ..Location::default() }),
                );
            }
        }
        if let Some(from) = &d.renamed_from {
            out.push(
                Finding::new(
                    "F001",
                    format!("压缩包内的文件名“{from}”指向包外或为绝对路径，已按“{}”读取：请用普通文件名重新打包。", d.path),
                    format!("The zip entry name \"{from}\" pointed outside the archive; read as \"{}\". Repack with plain names.", d.path),
                    from.clone(),
                )
                .severity(Severity::Warning)
                .at(Location { document: Some(d.path.clone()), ..Location::default() }),
            );
        }
    }
    let ex = package_fields(pkg);
    let cx = Ctx {
        pkg,
        ex: &ex,
        profile,
        app: pkg.application_text(),
    };
    match &ex.fields.project_name {
        Some(name) => {
            let base = cx.loc("project_name");
            for mut f in title::check_title(name, ex.fields.applicant.as_deref(), profile) {
                let span = f.location.as_ref().and_then(|l| l.span);
                f.location = Some(Location {
                    span,
                    ..base.clone()
                });
                out.push(f);
            }
        }
        None => out.push(
            Finding::new(
                "T005",
                "未找到项目名称：请在信息表中填写项目名称。".into(),
                "No project name found: fill it in in the information table.".into(),
                "未找到“项目名称”",
            )
            .at(cx.loc("project_name")),
        ),
    }
    if let Some(f) = title::check_names(&ex.names) {
        out.push(f);
    }
    parts::check(&cx, &mut out);
    budget::check(&cx, &mut out);
    period::check(&cx, &mut out);
    guide::check(&cx, &mut out);
    eligibility::check(&cx, &mut out);
    scope::check(&cx, &mut out);
    let mut similar = Vec::new();
    if let Some(idx) = index {
        let probe = crate::index::sources::probe_of(pkg, ex.fields.project_name.as_deref());
        let hits = idx.search(&probe, 5, profile.duplicates.report_threshold);
        duplicates::check(&cx, &hits, &mut out);
        let held = idx.by_unit(
            ex.fields.credit_code.as_deref(),
            ex.fields.applicant.as_deref(),
        );
        eligibility::excluded_projects(&cx, &held, &mut out);
        similar = hits.into_iter().map(|(_, s)| s).collect();
    }
    sort_findings(&mut out);
    Checked {
        ex,
        findings: out,
        similar,
    }
}

pub fn info(code: &str) -> Option<&'static RuleInfo> {
    registry()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Sort findings: errors first, then by rule code, then by where.
pub fn sort_findings(f: &mut [Finding]) {
    f.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then(a.rule.cmp(b.rule))
            .then_with(|| {
                let k = |x: &Finding| {
                    x.location
                        .as_ref()
                        .map(|l| (l.document.clone(), l.page, l.paragraph, l.span))
                };
                k(a).cmp(&k(b))
            })
    });
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod registry_tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let reg = registry();
        let mut codes: Vec<&str> = reg.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        let n = codes.len();
        codes.dedup();
        assert_eq!(n, codes.len(), "duplicate rule codes");
        for r in reg {
            assert!(r.doc.len() > 80, "{} needs a doc", r.code);
            assert!(
                r.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} name {}",
                r.code,
                r.name
            );
            assert!(
                r.doc.contains("Example") || r.doc.contains("例"),
                "{} doc needs an example",
                r.code
            );
        }
    }
}
