//! File rules F001–F005: what could not be read, and why. Each typed extraction outcome maps
//! to exactly one rule, with what to do about it.

use super::{Finding, Location, RuleInfo, Severity};
use crate::extract::{DocIssue, ExtractError};

pub static RULES: &[RuleInfo] = &[
    RuleInfo {
        code: "F001",
        name: "file-unreadable",
        severity: Severity::Error,
        clause: "—",
        summary: "file unreadable: corrupt, truncated, not what its name says, too large or too slow",
        doc: "What: the file could not be opened as PDF or DOCX (damaged, cut short, a different format \
              under a .pdf/.docx name, over the size or time limit).\nWhy: what cannot be read cannot be checked.\n\
              Example: a PDF cut off during upload → error; re-export it and upload again.",
    },
    RuleInfo {
        code: "F002",
        name: "file-encrypted",
        severity: Severity::Error,
        clause: "—",
        summary: "encrypted or password-protected file",
        doc: "What: the file needs a password (an empty user password is tried first).\nWhy: reviewers and \
              propscan cannot open it.\nExample: a PDF saved with an open password → error; save it without one.",
    },
    RuleInfo {
        code: "F003",
        name: "file-no-text",
        severity: Severity::Warning,
        clause: "—",
        summary: "scanned pages without a text layer, or a text layer that decodes to garbage",
        doc: "What: pages with no (or almost no) text but images — usually scans — or whose text decodes to \
              implausible characters (a broken font map). Those pages could not be checked.\nWhy: checks read text.\n\
              Example: 信用承诺书.pdf scanned from paper → warning naming its pages.",
    },
    RuleInfo {
        code: "F004",
        name: "file-format-not-accepted",
        severity: Severity::Error,
        clause: "—",
        summary: "format not accepted (.doc, .wps, .xls, .odt, .rtf, images): says how to convert",
        doc: "What: a file in a format propscan does not read as an application document.\nWhy: the call's \
              system takes PDF and DOCX.\nExample: 申报书.doc → error: save as .docx or export to PDF.",
    },
    RuleInfo {
        code: "F005",
        name: "package-empty",
        severity: Severity::Error,
        clause: "—",
        summary: "empty package: no file in it",
        doc: "What: the folder or zip holds no file (after skipping system files such as __MACOSX).\n\
              Why: nothing to check.\nExample: an empty .zip → error.",
    },
    RuleInfo {
        code: "F006",
        name: "page-size",
        severity: Severity::Warning,
        clause: "四.1",
        summary: "PDF pages not A4 (the call wants A4 printing)",
        doc: "What: PDF pages whose size is not the profile's paper size (2022: A4, 210 × 297 mm, either \
              orientation, within a tolerance).\nWhy: 四.1 \"统一用A4纸打印\"; a letter-size page usually means a \
              wrong template.\nExample: a 申报书 exported as US Letter (216 × 279 mm) → warning naming the pages.",
    },
];

fn at(document: &str) -> Location {
    Location {
        document: Some(document.to_string()),
        ..Location::default()
    }
}

/// The finding for a file that could not be read.
pub fn unreadable(document: &str, err: &ExtractError) -> Finding {
    match err {
        ExtractError::Encrypted => Finding::new(
            "F002",
            "文件已加密，需要密码才能打开：请取消密码后重新导出上传。".into(),
            "The file is encrypted: remove the password and export it again.".into(),
            err.to_string(),
        ),
        ExtractError::Unsupported { format, advice } => Finding::new(
            "F004",
            format!("不接受的文件格式（{format}）：{advice}。"),
            format!("Format not accepted ({format}): {advice}."),
            format.clone(),
        ),
        ExtractError::Empty => Finding::new(
            "F001",
            "文件为空（0 字节）：请重新上传。".into(),
            "The file is empty (0 bytes): upload it again.".into(),
            "0 bytes",
        ),
        other => Finding::new(
            "F001",
            format!("文件无法读取（{other}）：请从原文档重新导出 PDF 或 DOCX 后上传。"),
            format!(
                "The file cannot be read ({other}): export it again from the original document."
            ),
            other.to_string(),
        ),
    }
    .at(at(document))
}

/// Findings for problems inside a document that was read.
pub fn issues(document: &str, issues: &[DocIssue]) -> Vec<Finding> {
    issues
        .iter()
        .map(|i| match i {
            DocIssue::Scanned { pages } => Finding::new(
                "F003",
                format!("第 {} 页没有文字层（扫描件？），这些页无法检查：请上传由原文档导出的 PDF。", join(pages)),
                format!("Pages {} have no text layer (scanned?) and could not be checked: upload a PDF exported from the original.", join(pages)),
                format!("pages {}", join(pages)),
            )
            .at(Location { page: pages.first().copied(), ..at(document) }),
            DocIssue::Garbled { pages, sample } => Finding::new(
                "F003",
                format!("第 {} 页的文字层解码为乱码（字体映射损坏），这些页无法检查：请重新导出 PDF（嵌入字体）。", join(pages)),
                format!("The text layer of pages {} decodes to garbage (broken font map): re-export the PDF with embedded fonts.", join(pages)),
                sample.clone(),
            )
            .at(Location { page: pages.first().copied(), ..at(document) }),
            DocIssue::Truncated { detail } => Finding::new(
                "F001",
                format!("文件只读取了一部分（{detail}）：请检查文件是否损坏。"),
                format!("Only part of the file could be read ({detail}): check whether it is damaged."),
                detail.clone(),
            )
            .severity(Severity::Warning)
            .at(at(document)),
        })
        .collect()
}

/// F006: PDF pages whose size is not the profile's paper size.
pub fn page_size(
    document: &str,
    sizes_mm: &[(u32, f64, f64)],
    p: &crate::profile::Pages,
) -> Option<Finding> {
    let fits = |w: f64, h: f64| {
        (w - p.width_mm).abs() <= p.tolerance_mm && (h - p.height_mm).abs() <= p.tolerance_mm
    };
    let bad: Vec<&(u32, f64, f64)> = sizes_mm
        .iter()
        .filter(|(_, w, h)| !fits(*w, *h) && !fits(*h, *w))
        .collect();
    let first = bad.first()?;
    let pages: Vec<u32> = bad.iter().map(|b| b.0).collect();
    let size = format!("{:.0} × {:.0} mm", first.1, first.2);
    Some(
        Finding::new(
            "F006",
            format!(
                "第 {} 页的纸张为 {size}，不是 A4（{:.0} × {:.0} mm）：请用 A4 模板重新导出。",
                join(&pages),
                p.width_mm,
                p.height_mm
            ),
            format!(
                "Pages {} are {size}, not A4 ({:.0} × {:.0} mm): export again with an A4 template.",
                join(&pages),
                p.width_mm,
                p.height_mm
            ),
            size,
        )
        .severity(Severity::Warning)
        .at(Location {
            page: Some(first.0),
            ..at(document)
        }),
    )
}

pub fn empty_package(path: &str) -> Finding {
    Finding::new(
        "F005",
        "申报包为空，没有任何文件：请放入申报材料。".into(),
        "The package is empty: add the application files.".into(),
        path.to_string(),
    )
    .at(at(path))
}

fn join(pages: &[u32]) -> String {
    pages
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("、")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_outcome_maps_to_its_rule() {
        assert_eq!(unreadable("a.pdf", &ExtractError::Encrypted).rule, "F002");
        assert_eq!(unreadable("a.pdf", &ExtractError::Empty).rule, "F001");
        assert_eq!(
            unreadable("a.pdf", &ExtractError::Corrupt { detail: "x".into() }).rule,
            "F001"
        );
        assert_eq!(
            unreadable(
                "a.doc",
                &ExtractError::Unsupported {
                    format: "doc".into(),
                    advice: "save as docx".into()
                }
            )
            .rule,
            "F004"
        );
        assert_eq!(
            issues("a.pdf", &[DocIssue::Scanned { pages: vec![2, 3] }])[0].rule,
            "F003"
        );
        assert_eq!(
            issues(
                "a.pdf",
                &[DocIssue::Garbled {
                    pages: vec![1],
                    sample: "嘆囈".into()
                }]
            )[0]
            .rule,
            "F003"
        );
        assert_eq!(empty_package("x.zip").rule, "F005");
    }
}
