//! File rules F001–F007: what happened to each file of a package when it was read — unreadable,
//! encrypted, pages that could not be read, formats not accepted, an empty package, pages not
//! of the profile's paper size. They run on every package, an empty one too. Shared here: the
//! Chinese and English reason for each way a file can fail.

pub mod f001_unreadable;
pub mod f002_encrypted;
pub mod f003_unread_pages;
pub mod f004_format_not_accepted;
pub mod f005_empty_package;
pub mod f006_page_size;
pub mod f007_ocr_pages;

use crate::extract::ExtractError;
use crate::model::Lang;

/// Why a file could not be read, in the language asked for (the technical detail stays in the
/// evidence).
pub fn reason(e: &ExtractError, lang: Lang) -> String {
    match (e, lang) {
        (ExtractError::Empty, Lang::Zh) => "文件为空（0 字节）".into(),
        (ExtractError::Corrupt { .. }, Lang::Zh) => "文件已损坏、不完整或与扩展名不符".into(),
        (ExtractError::Encrypted, Lang::Zh) => "文件已加密".into(),
        (ExtractError::Unsupported { format, .. }, Lang::Zh) => format!("不接受的格式 {format}"),
        (ExtractError::TooLarge { .. }, Lang::Zh) => "文件超过大小上限".into(),
        (ExtractError::Timeout { seconds }, Lang::Zh) => format!("读取超过 {seconds} 秒的时间上限"),
        (e, Lang::En) => e.to_string(),
    }
}

/// Page numbers as 1、2、3.
pub fn join(pages: &[u32]) -> String {
    pages
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("、")
}

/// The technical detail of an error, for the evidence.
pub fn detail(e: &ExtractError) -> String {
    match e {
        ExtractError::Corrupt { detail } | ExtractError::TooLarge { detail } => detail.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{DocIssue, Document, Format};
    use crate::fields::Extracted;
    use crate::package::{Package, PackageDoc};
    use crate::profile::Profile;
    use crate::rules::Ctx;

    fn codes_for(docs: Vec<PackageDoc>) -> Vec<&'static str> {
        let pkg = Package {
            path: "p".into(),
            docs,
        };
        let profile = Profile::default_profile();
        let ex = Extracted::default();
        let cx = Ctx {
            pkg: &pkg,
            ex: &ex,
            profile: &profile,
            app: String::new(),
            similar: &[],
            held: &[],
            audience: crate::model::Audience::Staff,
        };
        let mut out = Vec::new();
        for r in crate::rules::REGISTRY
            .iter()
            .filter(|r| r.info().scope == crate::rules::Scope::File)
        {
            r.check(&cx, &mut out);
        }
        out.iter().map(|f| f.rule).collect()
    }

    fn failed(e: ExtractError) -> PackageDoc {
        PackageDoc {
            path: "a.pdf".into(),
            format: "pdf".into(),
            doc: None,
            error: Some(e),
            parts: Vec::new(),
            renamed_from: None,
        }
    }

    #[test]
    fn each_outcome_maps_to_its_rule() {
        assert_eq!(
            codes_for(vec![failed(ExtractError::Encrypted)]),
            vec!["F002"]
        );
        assert_eq!(codes_for(vec![failed(ExtractError::Empty)]), vec!["F001"]);
        assert_eq!(
            codes_for(vec![failed(ExtractError::Corrupt { detail: "x".into() })]),
            vec!["F001"]
        );
        assert_eq!(
            codes_for(vec![failed(ExtractError::Unsupported {
                format: "doc".into(),
                advice: "save as docx".into()
            })]),
            vec!["F004"]
        );
        let mut d = Document::new("s.pdf", Format::Pdf);
        d.issues.push(DocIssue::Scanned { pages: vec![2, 3] });
        d.issues.push(DocIssue::Garbled {
            pages: vec![1],
            sample: "嘆囈".into(),
        });
        let scanned = PackageDoc {
            path: "s.pdf".into(),
            format: "pdf".into(),
            doc: Some(d),
            error: None,
            parts: Vec::new(),
            renamed_from: None,
        };
        assert_eq!(codes_for(vec![scanned]), vec!["F003", "F003"]);
        assert_eq!(codes_for(Vec::new()), vec!["F005"]);
    }

    #[test]
    fn chinese_reasons_carry_no_english() {
        for e in [
            ExtractError::Empty,
            ExtractError::Corrupt {
                detail: "bad xref".into(),
            },
            ExtractError::TooLarge {
                detail: "300 MB".into(),
            },
            ExtractError::Timeout { seconds: 30 },
            ExtractError::Encrypted,
        ] {
            let zh = reason(&e, Lang::Zh);
            assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{zh}");
        }
    }
}
