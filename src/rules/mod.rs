//! Rules: the registry (code, name, severity, documentation), the Finding type, and one file
//! per rule family. A rule *kind* is code; each limit or list it checks comes from the profile.

pub mod file;
pub mod title;

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
    title::RULES.iter().chain(file::RULES.iter())
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
mod tests {
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
