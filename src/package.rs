//! Packages: a folder, a .zip, or a single PDF/DOCX is one application. Every file in it is
//! read (with limits) and classified into parts — cover, information table, commitment,
//! application, cooperation agreement, qualification, labour contract, other — from its text
//! (titles at the top of a page or of a section; table labels; the application's section
//! headings) and, when there is no text, from its file name. A merged PDF is split into parts
//! at the pages where a new part's title stands.

use crate::extract::{
    self, BlockKind, Document, ExtractError, FileKind, Format, Limits, archive, sniff,
};
use crate::labels;
use crate::text;
use rayon::prelude::*;

use std::path::Path;

pub use crate::model::PartKind;

/// A part of one document: a block range, and the pages it covers when the format has pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub kind: PartKind,
    pub blocks: std::ops::Range<usize>,
    pub first_page: Option<u32>,
    pub last_page: Option<u32>,
    /// Classified from the file name, not from text.
    pub by_name: bool,
}

/// One file of a package.
#[derive(Debug)]
pub struct PackageDoc {
    /// Path shown in reports: relative to the package.
    pub path: String,
    /// pdf, docx, image, or what the bytes turned out to be.
    pub format: String,
    pub doc: Option<Document>,
    pub error: Option<ExtractError>,
    pub parts: Vec<Part>,
    /// Set when a zip entry's name was unsafe and had to be rewritten.
    pub renamed_from: Option<String>,
}

impl PackageDoc {
    pub fn kinds(&self) -> Vec<PartKind> {
        let mut k: Vec<PartKind> = Vec::new();
        for p in &self.parts {
            if !k.contains(&p.kind) {
                k.push(p.kind);
            }
        }
        k
    }
    /// Whether any page of the part was read by OCR (its text may hold misread characters).
    pub fn part_is_ocr(&self, part: &Part) -> bool {
        let Some(d) = &self.doc else {
            return false;
        };
        let (first, last) = match (part.first_page, part.last_page) {
            (Some(f), l) => (f, l.unwrap_or(f)),
            _ => return d.pages.iter().any(|p| p.ocr),
        };
        d.pages
            .iter()
            .any(|p| p.ocr && (first..=last).contains(&p.number))
    }

    /// The text of the blocks of one part.
    pub fn part_text(&self, part: &Part) -> String {
        let Some(d) = &self.doc else {
            return String::new();
        };
        let b = &d.blocks[part.blocks.clone()];
        match (b.first(), b.last()) {
            (Some(f), Some(l)) => d.text[f.start..l.end].to_string(),
            _ => String::new(),
        }
    }
}

#[derive(Debug)]
pub struct Package {
    pub path: String,
    pub docs: Vec<PackageDoc>,
}

impl Package {
    /// Every part of a kind, with its document.
    pub fn parts(&self, kind: PartKind) -> impl Iterator<Item = (&PackageDoc, &Part)> {
        self.docs
            .iter()
            .flat_map(|d| d.parts.iter().map(move |p| (d, p)))
            .filter(move |(_, p)| p.kind == kind)
    }
    pub fn has(&self, kind: PartKind) -> bool {
        self.parts(kind).next().is_some()
    }
    /// Files of the package with content that could not be read: nothing at all (see
    /// [`Package::unread_docs`]), or pages without text, garbled pages, page images OCR could
    /// not take, embedded objects left unread. Any of them may hold a field that was not found.
    pub fn partly_unread_docs(&self) -> impl Iterator<Item = &PackageDoc> {
        self.docs.iter().filter(|d| match &d.doc {
            None => true,
            Some(x) => {
                x.blocks.iter().all(|b| b.text.trim().is_empty())
                    || x.issues.iter().any(|i| {
                        matches!(
                            i,
                            crate::extract::DocIssue::Scanned { .. }
                                | crate::extract::DocIssue::Garbled { .. }
                                | crate::extract::DocIssue::ImageUnread { .. }
                                | crate::extract::DocIssue::ObjectUnread { .. }
                        )
                    })
            }
        })
    }

    /// The files of the package nothing could be read from (damaged, encrypted, a photo OCR
    /// could not read with confidence): any part found missing may be in one of them.
    pub fn unread_docs(&self) -> impl Iterator<Item = &PackageDoc> {
        self.docs.iter().filter(|d| {
            d.doc
                .as_ref()
                .is_none_or(|x| x.blocks.iter().all(|b| b.text.trim().is_empty()))
        })
    }
    /// The text of a section of the application: from a heading naming it (一、考核指标,
    /// 3. 研究内容, or a heading style) to the next heading.
    pub fn section(&self, name: &str) -> Option<String> {
        for (d, part) in self.parts(PartKind::Application) {
            let Some(doc) = &d.doc else { continue };
            let blocks = &doc.blocks[part.blocks.clone()];
            if let Some(start) = blocks
                .iter()
                .position(|b| is_section_heading(b) && b.text.contains(name))
            {
                // The body runs to the next heading of the same or a higher level: numbered
                // items under 四、考核指标 (1. …, （一）…) belong to it.
                let end = section_end(blocks, start);
                let text: Vec<&str> = blocks[start..end].iter().map(|b| b.text.as_str()).collect();
                return Some(text.join("\n"));
            }
        }
        None
    }

    /// The application's text: every application part, joined.
    pub fn application_text(&self) -> String {
        self.text_of(PartKind::Application)
    }

    /// The text of every part of a kind, joined.
    pub fn text_of(&self, kind: PartKind) -> String {
        self.parts(kind)
            .map(|(d, p)| d.part_text(p))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Open a package from disk: a folder, a zip, or a single file.
pub fn load(path: &Path, limits: &Limits) -> Package {
    let shown = path.display().to_string();
    let deadline = extract::Deadline::after(limits.package_time_budget);
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, path, 0, limits, &mut files);
        files.sort();
        let docs = files
            .par_iter()
            .map(|rel| {
                if deadline.expired() {
                    return vec![over_budget(rel, limits)];
                }
                let full = path.join(rel);
                let bytes = read_limited(&full, limits);
                load_bytes(rel, bytes, limits, 0, &deadline)
            })
            .flatten()
            .collect();
        return with_running_lines(shown, docs);
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let bytes = read_limited(path, limits);
    if let Ok(b) = &bytes
        && sniff(b).is_archive()
    {
        return match archive::open_package(b, &sniff(b), limits) {
            Ok(entries) if entries.is_empty() => Package {
                path: shown,
                docs: vec![failed(&name, holds_nothing())],
            },
            Ok(entries) => with_running_lines(shown, zip_docs(entries, limits, 0, "", &deadline)),
            Err(e) => Package {
                path: shown,
                docs: vec![failed(&name, e)],
            },
        };
    }
    with_running_lines(shown, load_bytes(&name, bytes, limits, 0, &deadline))
}

/// A package of these documents, the template's running header and footer lines set aside:
/// a line that opens or closes two or more pages — of one document or of several — is no
/// part's title (苏州市科技计划项目申报书 printed atop every page of every file). Documents
/// that carry such a line are classified again without it.
fn with_running_lines(path: String, mut docs: Vec<PackageDoc>) -> Package {
    let running = running_lines(&docs);
    if !running.is_empty() {
        for d in docs.iter_mut() {
            let carries = d.doc.as_ref().is_some_and(|x| {
                x.blocks
                    .iter()
                    .any(|b| running.contains(&text::squash(&b.text)))
            });
            if carries {
                classify_with(d, &running);
            }
        }
    }
    Package { path, docs }
}

/// Lines (squashed) that open two or more pages of the package's documents with a part's
/// title right under them (a DOCX, which has no pages, counts its first line): a running
/// header. Two files that merely share a title (two agreements) have nothing under it.
fn running_lines(docs: &[PackageDoc]) -> std::collections::HashSet<String> {
    let mut count: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for d in docs {
        let Some(doc) = &d.doc else { continue };
        let mut page = None;
        for (i, b) in doc.blocks.iter().enumerate() {
            if i > 0 && b.page == page {
                continue;
            }
            page = b.page;
            let t = text::squash(&b.text);
            let n = t.chars().count();
            let titled_below = doc.blocks[i + 1..]
                .iter()
                .take(5)
                .take_while(|x| x.page == b.page)
                .any(|x| {
                    title_kind(&x.text).is_some()
                        || attachment_title(&x.text).is_some()
                        || numbered_title(&x.text).is_some()
                });
            if (4..=48).contains(&n) && titled_below {
                *count.entry(t).or_default() += 1;
            }
        }
    }
    count
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(t, _)| t)
        .collect()
}

fn over_budget(name: &str, limits: &Limits) -> PackageDoc {
    failed(
        name,
        ExtractError::Timeout {
            seconds: limits.package_time_budget.as_secs(),
        },
    )
}

fn zip_docs(
    entries: Vec<archive::ZipEntry>,
    limits: &Limits,
    depth: usize,
    prefix: &str,
    deadline: &extract::Deadline,
) -> Vec<PackageDoc> {
    entries
        .into_par_iter()
        .map(|e| {
            let name = format!("{prefix}{}", e.name);
            if deadline.expired() {
                return vec![over_budget(&name, limits)];
            }
            let mut docs = load_bytes(&name, e.bytes, limits, depth, deadline);
            if let Some(first) = docs.first_mut() {
                first.renamed_from = e.renamed_from;
                // A message's body is no file the applicant chose a format for.
                if e.message_body
                    && let Some(d) = first.doc.as_mut()
                {
                    d.issues
                        .retain(|i| !matches!(i, extract::DocIssue::NotAccepted { .. }));
                }
            }
            docs
        })
        .flatten()
        .collect()
}

fn read_limited(path: &Path, limits: &Limits) -> Result<Vec<u8>, ExtractError> {
    let meta = std::fs::metadata(path).map_err(|e| ExtractError::Corrupt {
        detail: format!("cannot read: {e}"),
    })?;
    if meta.len() > limits.max_file_bytes {
        return Err(ExtractError::TooLarge {
            detail: format!(
                "{} bytes, limit {} bytes",
                meta.len(),
                limits.max_file_bytes
            ),
        });
    }
    std::fs::read(path).map_err(|e| ExtractError::Corrupt {
        detail: format!("cannot read: {e}"),
    })
}

fn walk(root: &Path, dir: &Path, depth: usize, limits: &Limits, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        if out.len() >= limits.max_zip_entries {
            return;
        }
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.')
            || name.starts_with("~$")
            || name == "Thumbs.db"
            || name == "__MACOSX"
        {
            continue;
        }
        let p = e.path();
        // Symlinks are not followed: a package is what is inside its folder.
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() && depth < 4 {
            walk(root, &p, depth + 1, limits, out);
        } else if ft.is_file()
            && let Ok(rel) = p.strip_prefix(root)
        {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// An archive or e-mail with no file in it: shown in the report as a file that gave nothing,
/// so that every input file has its line.
fn holds_nothing() -> ExtractError {
    ExtractError::Corrupt {
        detail: "it holds no files (a zip or 7z with no entries, an e-mail with no attachments)"
            .into(),
    }
}

fn failed(name: &str, e: ExtractError) -> PackageDoc {
    let mut d = PackageDoc {
        path: name.to_string(),
        format: format_from_name(name),
        doc: None,
        error: Some(e),
        parts: Vec::new(),
        renamed_from: None,
    };
    classify(&mut d);
    d
}

fn format_from_name(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_else(|| "unknown".into())
}

/// One file's bytes → one document (or several, for a zip inside the package).
fn load_bytes(
    name: &str,
    bytes: Result<Vec<u8>, ExtractError>,
    limits: &Limits,
    depth: usize,
    deadline: &extract::Deadline,
) -> Vec<PackageDoc> {
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return vec![failed(name, e)],
    };
    let kind = sniff(&bytes);
    if kind.is_archive() {
        if depth + 1 >= limits.max_zip_depth {
            return vec![failed(
                name,
                ExtractError::TooLarge {
                    detail: "zip nested too deeply".into(),
                },
            )];
        }
        return match archive::open_package(&bytes, &kind, limits) {
            Ok(entries) if entries.is_empty() => vec![failed(name, holds_nothing())],
            Ok(entries) => zip_docs(entries, limits, depth + 1, &format!("{name}/"), deadline),
            Err(e) => vec![failed(name, e)],
        };
    }
    if let FileKind::Image(fmt) = kind
        && !limits.ocr
    {
        // Accepted as an attachment (certificates are often photographed); with OCR off it is
        // classified by name.
        let mut d = PackageDoc {
            path: name.to_string(),
            format: fmt.to_string(),
            doc: None,
            error: None,
            parts: Vec::new(),
            renamed_from: None,
        };
        classify(&mut d);
        return vec![d];
    }
    let mut attached = Vec::new();
    let mut d = match extract::extract_guarded(name, &bytes, limits) {
        Ok(mut doc) => PackageDoc {
            path: name.to_string(),
            // An image keeps its own format's name (jpeg, png, tiff …).
            format: match kind {
                FileKind::Image(fmt) => fmt.to_string(),
                _ => doc.format.as_str().to_string(),
            },
            doc: Some({
                attached = std::mem::take(&mut doc.attachments);
                doc
            }),
            error: None,
            parts: Vec::new(),
            renamed_from: None,
        },
        Err(e) => failed(name, e),
    };
    classify(&mut d);
    let mut docs = vec![d];
    // Files attached inside a PDF are documents of the package, named under it as a zip's
    // entries are, and nested no deeper than zips may be — those in a format the call takes
    // (PDF, DOCX, a picture). Anything else (a PDF/A-3 invoice's XML, a note) was never
    // uploaded as such: no format finding stands on it, and it is left out.
    let takes = |b: &[u8]| {
        matches!(
            sniff(b),
            FileKind::Pdf | FileKind::Docx | FileKind::Image(_)
        )
    };
    for a in attached.into_iter().filter(|a| takes(&a.bytes)) {
        let inner = format!("{name}/{}", a.name);
        if depth + 1 >= limits.max_zip_depth {
            docs.push(failed(
                &inner,
                ExtractError::TooLarge {
                    detail: "attachments nested too deeply".into(),
                },
            ));
        } else if deadline.expired() {
            docs.push(over_budget(&inner, limits));
        } else {
            docs.extend(load_bytes(&inner, Ok(a.bytes), limits, depth + 1, deadline));
        }
    }
    docs
}

/// The kind a short title line names, if it is one: the line (without spaces, numbering and a
/// trailing note) ends in a part's name.
pub fn title_kind(text: &str) -> Option<PartKind> {
    let s: String = text::squash(text);
    let n = s.chars().count();
    if n == 0 || n > 48 {
        return None;
    }
    // A list item or a reference ("附件1：信用承诺书", "1. 合作协议") is not a title.
    // A title is a name, not a sentence: no sentence punctuation inside, and none of the
    // words that make a line a statement about a document ("已签订合作协议").
    if s.trim_end_matches(['。', '.', ':', '：'])
        .contains(['，', '。', '；', '：', ',', ';', ':', '、'])
        || ["已", "了", "签订", "签署", "见", "详见", "按照"]
            .iter()
            .any(|w| s.contains(w))
    {
        return None;
    }
    let after_digits = s.trim_start_matches(|c: char| c.is_ascii_digit());
    let numbered = after_digits.len() < s.len()
        && after_digits.starts_with(['.', '、', '．', ')', '）', ':', '：']);
    if numbered || s.starts_with("附件") || s.starts_with('（') || s.starts_with('(') {
        return None;
    }
    let s = s.trim_end_matches(['。', '.', ':', '：']).to_string();
    // Drop a trailing note: 信用承诺书（模板）.
    let s = match s.rfind(['（', '(']) {
        Some(i) if s.ends_with(['）', ')']) && i > 0 => s[..i].to_string(),
        _ => s,
    };
    const ENDINGS: &[(&str, PartKind)] = &[
        ("信用承诺书", PartKind::Commitment),
        ("承诺书", PartKind::Commitment),
        ("承诺函", PartKind::Commitment),
        ("诚信承诺", PartKind::Commitment),
        ("信用承诺", PartKind::Commitment),
        ("合作协议书", PartKind::CooperationAgreement),
        ("合作协议", PartKind::CooperationAgreement),
        ("联合申报协议", PartKind::CooperationAgreement),
        ("联合申报协议书", PartKind::CooperationAgreement),
        ("合作合同", PartKind::CooperationAgreement),
        ("信息表", PartKind::InfoTable),
        ("基本信息", PartKind::InfoTable),
        ("基本情况表", PartKind::InfoTable),
        ("申报书", PartKind::Application),
        ("申请书", PartKind::Application),
        ("可行性研究报告", PartKind::Application),
        ("可行性报告", PartKind::Application),
        ("合作研发协议", PartKind::CooperationAgreement),
        ("协议书", PartKind::CooperationAgreement),
        ("协议", PartKind::CooperationAgreement),
        ("项目建议书", PartKind::Application),
        ("劳动合同", PartKind::LaborContract),
        ("劳动合同书", PartKind::LaborContract),
        ("社保缴纳证明", PartKind::LaborContract),
        ("社会保险缴纳证明", PartKind::LaborContract),
        ("在职证明", PartKind::LaborContract),
        ("高新技术企业证书", PartKind::Qualification),
        ("证书", PartKind::Qualification),
        ("证明", PartKind::Qualification),
        ("营业执照", PartKind::Qualification),
        ("入库证明", PartKind::Qualification),
        ("入库登记", PartKind::Qualification),
        ("登记编号", PartKind::Qualification),
    ];
    ENDINGS
        .iter()
        .find(|(e, _)| s.ends_with(e))
        .map(|(_, k)| *k)
}

/// "附件1：信用承诺书", "附件 2 合作协议" → the kind of the title after the attachment label.
fn attachment_title(text: &str) -> Option<PartKind> {
    let s = text::squash(text);
    let rest = s.strip_prefix("附件")?;
    let rest = rest.trim_start_matches(|c: char| {
        c.is_ascii_digit() || "一二三四五六七八九十".contains(c) || "：:、.．-—".contains(c)
    });
    if rest.is_empty() || rest.len() == s.len() {
        return None;
    }
    title_kind(rest)
}

/// A numbered part title (二、信用承诺书, （一）项目基本信息, 3. 合作协议, 第四部分 申报书): the
/// kind its title names once the number is taken off. Only for a heading or a line heading a
/// page: elsewhere a numbered line is a list item or a reference.
fn numbered_title(text: &str) -> Option<PartKind> {
    let s = text::squash(text);
    let rest = if let Some(r) = s.strip_prefix('第') {
        let r = r
            .trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        r.strip_prefix("部分").or_else(|| r.strip_prefix('章'))?
    } else {
        let r = s.trim_start_matches(['（', '(']);
        let r = r
            .trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
        if r.len() == s.trim_start_matches(['（', '(']).len() {
            return None;
        }
        r.trim_start_matches(['、', '.', '．', '）', ')', ' ', ':', '：'])
    };
    if rest.is_empty() || rest.len() == s.len() {
        return None;
    }
    title_kind(rest)
}

/// The kind a file name names (when the file has no text to go by).
pub fn name_kind(name: &str) -> PartKind {
    let base = name.rsplit('/').next().unwrap_or(name);
    let n = text::squash(base);
    const KEYS: &[(&str, PartKind)] = &[
        ("承诺", PartKind::Commitment),
        ("合作协议", PartKind::CooperationAgreement),
        ("联合申报", PartKind::CooperationAgreement),
        ("协议", PartKind::CooperationAgreement),
        ("劳动合同", PartKind::LaborContract),
        ("信息表", PartKind::InfoTable),
        ("封面", PartKind::Cover),
        ("申报书", PartKind::Application),
        ("申请书", PartKind::Application),
        ("可研", PartKind::Application),
        ("高新", PartKind::Qualification),
        ("高企", PartKind::Qualification),
        ("证书", PartKind::Qualification),
        ("执照", PartKind::Qualification),
        ("资质", PartKind::Qualification),
        ("科技型中小企业", PartKind::Qualification),
        ("入库", PartKind::Qualification),
        ("社保", PartKind::LaborContract),
    ];
    KEYS.iter()
        .find(|(k, _)| n.contains(k))
        .map(|(_, p)| *p)
        .unwrap_or(PartKind::Other)
}

/// A section heading: a heading block, or a short numbered line (一、… （三）… 3. … 第二部分…)
/// that does not end a sentence.
fn is_section_heading(b: &crate::extract::Block) -> bool {
    // A table of contents names the headings; its entries are none (四、考核指标……2).
    if b.text
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(31)
        .count()
        > 30
        || matches!(b.kind, BlockKind::Cell { .. })
        || text::is_contents_entry(&b.text)
    {
        return false;
    }
    let last = b.text.chars().rev().find(|c| !c.is_whitespace());
    matches!(b.kind, BlockKind::Heading { .. })
        || (numbering(b).is_some() && !matches!(last, Some('。' | '；' | ';')))
}

/// How a heading or list item is numbered: the kind of numbering, and the item's number when
/// it has one (一、 → 1, （3） → 3, 2.1 → 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbering {
    /// 第一部分, 第二章.
    Part,
    /// 一、
    CnComma,
    /// （一）
    CnParen,
    /// 1. 1、 1．
    Arabic,
    /// （1） (1)
    ArabicParen,
    /// 1) 1）
    ArabicHalf,
    /// 1.1 (depth 2), 1.1.1 (depth 3) …
    Decimal(u8),
    /// A heading style of the writer, by level, without a number.
    Styled(u8),
}

/// A Chinese numeral up to 99 (一 … 九十九).
fn cn_number(s: &str) -> Option<u32> {
    let d = |c: char| "零一二三四五六七八九".find(c).map(|i| (i / 3) as u32);
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        ['十'] => Some(10),
        [a] => d(*a),
        ['十', b] => Some(10 + d(*b)?),
        [a, '十'] => Some(d(*a)? * 10),
        [a, '十', b] => Some(d(*a)? * 10 + d(*b)?),
        _ => None,
    }
}

/// The numbering of a block that may be a heading or a list item (a short line), and its
/// number. None for body text.
fn numbering(b: &crate::extract::Block) -> Option<(Numbering, Option<u32>)> {
    if matches!(b.kind, BlockKind::Cell { .. }) {
        return None;
    }
    let cn = |c: char| "一二三四五六七八九十".contains(c);
    // A heading numbered by its style alone, when its text carries no number.
    let styled = || match b.kind {
        BlockKind::Heading { level } => Some((Numbering::Styled(level), None)),
        _ => None,
    };
    // Only a block whose first character can begin a number is squashed and read: most are
    // prose, and this runs for every block before every section asked for.
    let first = b.text.chars().find(|c| !c.is_whitespace())?;
    if !(first == '第' || first == '（' || first == '(' || first.is_ascii_digit() || cn(first)) {
        return styled();
    }
    let s = text::squash(&b.text);
    if s.starts_with('第') && (s.contains("部分") || s.contains('章')) {
        let inner: String = s.chars().skip(1).take_while(|c| cn(*c)).collect();
        return Some((Numbering::Part, cn_number(&inner)));
    }
    if cn(first) {
        let num: String = s.chars().take_while(|c| cn(*c)).collect();
        let rest = &s[num.len()..];
        if rest.starts_with(['、', '.', '．']) {
            return Some((Numbering::CnComma, cn_number(&num)));
        }
    }
    if first == '（' || first == '(' {
        let inner: String = s
            .chars()
            .skip(1)
            .take_while(|c| *c != '）' && *c != ')')
            .collect();
        let closed = s.chars().nth(inner.chars().count() + 1).is_some();
        if closed && !inner.is_empty() && inner.chars().count() <= 3 {
            if inner.chars().all(cn) {
                return Some((Numbering::CnParen, cn_number(&inner)));
            }
            if inner.chars().all(|c| c.is_ascii_digit()) {
                return Some((Numbering::ArabicParen, inner.parse().ok()));
            }
        }
        return None;
    }
    if first.is_ascii_digit() {
        let lead: String = s
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '．')
            .collect();
        let parts: Vec<&str> = lead.split(['.', '．']).filter(|p| !p.is_empty()).collect();
        let after = s[lead.len()..].chars().next();
        if parts.len() >= 2 {
            let last = parts.last().and_then(|p| p.parse().ok());
            return Some((Numbering::Decimal(parts.len().min(6) as u8), last));
        }
        let n = parts.first().and_then(|p| p.parse().ok());
        if lead.ends_with(['.', '．']) || after == Some('、') {
            return Some((Numbering::Arabic, n));
        }
        if matches!(after, Some(')') | Some('）')) {
            return Some((Numbering::ArabicHalf, n));
        }
        // "1 项目背景": a number then the heading's words (squashed together here), short.
        if s.chars().count() <= 30 && after.is_some_and(|c| !c.is_ascii()) && lead.len() <= 2 {
            let raw = b.text.trim_start();
            if raw
                .get(lead.len()..)
                .is_some_and(|r| r.starts_with(char::is_whitespace))
            {
                return Some((Numbering::Arabic, n));
            }
        }
        return None;
    }
    styled()
}

/// Where a section that starts at `blocks[start]` ends: at the next heading of the same or a
/// higher level. Levels are not fixed: each document's own hierarchy is the order in which its
/// kinds of numbering first appear (一、 above 1. in one template, 1. above （1） or （一） in
/// another), so numbered items under a heading stay in its body. An item numbered like the
/// heading but restarting at 1 (a list under 4. 考核指标 numbered 1. 2. 3.) is body too.
fn section_end(blocks: &[crate::extract::Block], start: usize) -> usize {
    let mut order: Vec<Numbering> = Vec::new();
    let rank = |order: &mut Vec<Numbering>, n: Numbering| {
        if let Some(i) = order.iter().position(|&o| o == n) {
            return i;
        }
        order.push(n);
        order.len() - 1
    };
    for b in &blocks[..=start] {
        if let Some((n, _)) = numbering(b) {
            rank(&mut order, n);
        }
    }
    let Some((style, number)) = numbering(&blocks[start]) else {
        // A heading found by its words only: to the next numbered or styled heading.
        return blocks[start + 1..]
            .iter()
            .position(|b| numbering(b).is_some() && is_section_heading(b))
            .map(|e| start + 1 + e)
            .unwrap_or(blocks.len());
    };
    let own = rank(&mut order, style);
    let mut list_next: Option<u32> = None;
    for (i, b) in blocks.iter().enumerate().skip(start + 1) {
        let Some((n, num)) = numbering(b) else {
            continue;
        };
        // A long numbered line, or one that ends a sentence, is an item of a list, never a
        // heading.
        let sq = text::squash(&b.text);
        if (sq.chars().count() > 30 || sq.ends_with(['。', '；', ';']))
            && !matches!(b.kind, BlockKind::Heading { .. })
        {
            rank(&mut order, n);
            continue;
        }
        let r = rank(&mut order, n);
        if r < own {
            return i;
        }
        if r == own {
            // A list under the heading restarts at 1 and runs on until the heading's next
            // sibling (its number + 1) or a number out of the list's sequence.
            match (number, num) {
                (Some(h), Some(1)) if h != 1 && list_next.is_none() => list_next = Some(2),
                (Some(h), Some(k)) if Some(k) == list_next && k != h + 1 => list_next = Some(k + 1),
                _ => return i,
            }
        }
    }
    blocks.len()
}

/// A heading that opens an application's body: 一、立项依据, 1. 研究内容 …
fn starts_application(text: &str) -> bool {
    let s = text::squash(text);
    s.chars().count() <= 20
        && [
            "立项依据",
            "项目背景",
            "研究目标",
            "研究内容",
            "国内外研究现状",
            "技术路线",
            "创新点",
        ]
        .iter()
        .any(|k| s.contains(k))
}

/// Section headings that mark an application's body.
fn is_application_section(text: &str) -> bool {
    let s = text::squash(text);
    s.chars().count() <= 30
        && [
            "立项依据",
            "研究内容",
            "项目研究内容",
            "考核指标",
            "技术路线",
            "创新点",
            "研究目标",
            "现有工作基础",
            "经费预算",
            "项目实施方案",
        ]
        .iter()
        .any(|k| s.contains(k))
}

fn classify(pd: &mut PackageDoc) {
    classify_with(pd, &std::collections::HashSet::new());
}

/// Classify a document's parts, the lines in `running` (a template's running header or
/// footer) never a part's title.
fn classify_with(pd: &mut PackageDoc, running: &std::collections::HashSet<String>) {
    let by_name = name_kind(&pd.path);
    let Some(doc) = &pd.doc else {
        pd.parts = vec![Part {
            kind: by_name,
            blocks: 0..0,
            first_page: None,
            last_page: None,
            by_name: true,
        }];
        return;
    };
    let mut parts = split_parts(doc, running);
    if parts.iter().all(|p| p.kind == PartKind::Other) {
        let kind = content_kind(doc).unwrap_or(by_name);
        parts = vec![Part {
            kind,
            blocks: 0..doc.blocks.len(),
            first_page: doc.blocks.first().and_then(|b| b.page),
            last_page: doc.blocks.last().and_then(|b| b.page),
            by_name: kind == by_name && content_kind(doc).is_none(),
        }];
    }
    // An application part that opens with a title page of labelled lines: that page is the
    // cover.
    let mut out = Vec::new();
    for p in parts {
        if p.kind == PartKind::Application
            && let Some(split) = cover_prefix(doc, &p)
        {
            let page_of = |i: usize| doc.blocks.get(i).and_then(|b| b.page);
            out.push(Part {
                kind: PartKind::Cover,
                blocks: p.blocks.start..split,
                first_page: p.first_page,
                last_page: page_of(split.saturating_sub(1)),
                by_name: false,
            });
            if split < p.blocks.end {
                out.push(Part {
                    kind: PartKind::Application,
                    blocks: split..p.blocks.end,
                    first_page: page_of(split),
                    last_page: p.last_page,
                    by_name: false,
                });
            }
        } else {
            out.push(p);
        }
    }
    pd.parts = out;
}

/// Split a document where part titles stand: at the top of a PDF page (first few lines), or
/// as a heading or title-like line in a DOCX.
fn split_parts(doc: &Document, running: &std::collections::HashSet<String>) -> Vec<Part> {
    let mut starts: Vec<(usize, PartKind)> = Vec::new();
    let paged = doc.blocks.iter().any(|b| b.page.is_some());
    let mut line_on_page = 0;
    let mut page = None;
    for (i, b) in doc.blocks.iter().enumerate() {
        if b.page != page {
            page = b.page;
            line_on_page = 0;
        }
        line_on_page += 1;
        let candidate = match b.kind {
            BlockKind::Cell { .. } => false,
            BlockKind::Heading { .. } => !paged || line_on_page <= 6,
            BlockKind::Paragraph => {
                if paged {
                    line_on_page <= 6
                } else {
                    b.text.chars().count() <= 48
                }
            }
        };
        if !candidate || (!running.is_empty() && running.contains(&text::squash(&b.text))) {
            continue;
        }
        // "附件1：信用承诺书" names the part when it heads a page (first two lines) or is a
        // heading; elsewhere such a line is a reference or a table of contents entry.
        let heads_page =
            matches!(b.kind, BlockKind::Heading { .. }) || (paged && line_on_page <= 2);
        let kind = title_kind(&b.text)
            .or_else(|| heads_page.then(|| attachment_title(&b.text)).flatten())
            .or_else(|| heads_page.then(|| numbered_title(&b.text)).flatten())
            .or_else(|| {
                // The application's first section heading starts the application when no title
                // page announced it (a merged file whose application opens with 一、立项依据).
                (starts_application(&b.text)
                    && starts.last().map(|s| s.1) != Some(PartKind::Application))
                .then_some(PartKind::Application)
            })
            .or_else(|| {
                // A scanned page whose title OCR misread (务动合同书): a short title-like first
                // line, and a page whose content says which part it opens.
                (line_on_page == 1 && doc.page_is_ocr(b.page) && title_like(&b.text))
                    .then(|| content_kind_range(doc, page_range(doc, i)))
                    .flatten()
                    .filter(|k| {
                        matches!(
                            k,
                            PartKind::LaborContract
                                | PartKind::CooperationAgreement
                                | PartKind::Commitment
                        )
                    })
            });
        if let Some(k) = kind {
            // The same kind again (a title repeated on every page) continues the part.
            if starts.last().map(|s| s.1) != Some(k) {
                starts.push((i, k));
            }
        }
    }
    if starts.is_empty() {
        return vec![Part {
            kind: PartKind::Other,
            blocks: 0..doc.blocks.len(),
            first_page: doc.blocks.first().and_then(|b| b.page),
            last_page: doc.blocks.last().and_then(|b| b.page),
            by_name: false,
        }];
    }
    // Blocks before the first title belong to the first part, unless they fill whole pages.
    let mut parts = Vec::new();
    if starts[0].0 > 0 {
        let first_page = doc.blocks[starts[0].0].page;
        if paged && doc.blocks[0].page != first_page {
            // A title page whose big title OCR could not read: a few labelled lines and the
            // issuing authority or a date, not a table's worth of labels.
            let lead = &doc.blocks[..starts[0].0];
            let f = CoverFeatures::of(lead);
            let chars: usize = lead.iter().map(|b| b.text.chars().count()).sum();
            let pages = lead.last().and_then(|b| b.page) == lead.first().and_then(|b| b.page);
            let cover = pages
                && chars <= 600
                && f.is_cover()
                && f.label_lines <= 7
                && (f.date_line || f.authority_line);
            if cover {
                parts.push((0, PartKind::Cover));
            } else if is_contents(lead) {
                // A table of contents is the front matter of the part after it.
                starts[0].0 = 0;
            } else {
                let kind = content_kind_range(doc, 0..starts[0].0).unwrap_or(PartKind::Other);
                parts.push((0, kind));
            }
        } else {
            starts[0].0 = 0;
        }
    }
    parts.extend(starts);
    let mut out = Vec::new();
    for (j, &(start, kind)) in parts.iter().enumerate() {
        // A PDF part starts at the top of its page.
        let start = if paged && j > 0 {
            let pg = doc.blocks[start].page;
            doc.blocks[..start]
                .iter()
                .rposition(|b| b.page != pg)
                .map(|p| p + 1)
                .unwrap_or(0)
                .max(out.last().map(|p: &Part| p.blocks.start + 1).unwrap_or(0))
        } else {
            start
        };
        if let Some(prev) = out.last_mut() {
            let prev: &mut Part = prev;
            prev.blocks.end = start;
            prev.last_page = doc.blocks[..start].last().and_then(|b| b.page);
        }
        out.push(Part {
            kind,
            blocks: start..doc.blocks.len(),
            first_page: doc.blocks.get(start).and_then(|b| b.page),
            last_page: doc.blocks.last().and_then(|b| b.page),
            by_name: false,
        });
    }
    out.retain(|p| !p.blocks.is_empty());
    out
}

/// Pages of a table of contents: 目录 over its entries, or lines most of which are entries
/// (a heading, a dot leader, a page number).
fn is_contents(blocks: &[crate::extract::Block]) -> bool {
    let lines: Vec<&str> = blocks
        .iter()
        .flat_map(|b| b.text.lines())
        .filter(|l| !l.trim().is_empty())
        .collect();
    let entries = lines.iter().filter(|l| text::is_contents_entry(l)).count();
    let titled = lines
        .first()
        .is_some_and(|l| matches!(text::squash(l).as_str(), "目录" | "目次"));
    entries >= 3 && (titled || entries * 10 >= lines.len() * 6)
}

/// A line shaped like a title: short, no sentence punctuation, no label and colon.
fn title_like(line: &str) -> bool {
    let s = text::squash(line);
    let n = s.chars().count();
    (3..=16).contains(&n) && !s.contains(['，', '。', '；', '：', ',', ';', ':', '、'])
}

/// The blocks of the page block `i` stands on, from `i` to the page's end.
fn page_range(doc: &Document, i: usize) -> std::ops::Range<usize> {
    let page = doc.blocks[i].page;
    let end = doc.blocks[i..]
        .iter()
        .position(|b| b.page != page)
        .map(|p| i + p)
        .unwrap_or(doc.blocks.len());
    i..end
}

/// Kind from content when no title says it: a table of information-table labels, or an
/// application's section headings.
fn content_kind(doc: &Document) -> Option<PartKind> {
    content_kind_range(doc, 0..doc.blocks.len())
}

fn content_kind_range(doc: &Document, r: std::ops::Range<usize>) -> Option<PartKind> {
    let blocks = &doc.blocks[r];
    let mut keys = std::collections::HashSet::new();
    for b in blocks {
        if let Some((k, _, _)) = labels::leading_label(&b.text) {
            keys.insert(k);
        }
    }
    let sections = blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Cell { .. }) && is_application_section(&b.text))
        .count();
    if sections >= 2 {
        return Some(PartKind::Application);
    }
    if keys.len() >= 4 {
        return Some(PartKind::InfoTable);
    }
    // Short documents whose title names no part, known by what they say: a labour contract
    // (用人单位 and 劳动者), an agreement between 甲方 and 乙方, a commitment (承诺 that the
    // material is true, and a place to sign or seal; a commitment whose 承诺 OCR misread still
    // pledges to bear the consequences: 如有违反…自愿承担…责任).
    let text: String = blocks.iter().map(|b| text::squash(&b.text)).collect();
    let n = text.chars().count();
    let has = |w: &[&str]| w.iter().any(|x| text.contains(x));
    let signs = has(&["签字", "签章", "盖章", "公章", "签名"]);
    if n <= 20_000 && (text.contains("劳动合同") || has(&["用人单位"]) && has(&["劳动者"]))
    {
        Some(PartKind::LaborContract)
    } else if n <= 20_000 && has(&["甲方"]) && has(&["乙方"]) && has(&["协议", "合作"]) {
        Some(PartKind::CooperationAgreement)
    } else if n <= 3_000
        && has(&["承诺", "自愿承担", "承担相应", "如有违反", "相应责任"])
        && has(&["真实", "诚信", "失信", "虚假", "弄虚作假"])
        && signs
    {
        Some(PartKind::Commitment)
    } else {
        None
    }
}

/// In an application part, the blocks before its first section heading, when they are a title
/// page: a handful of labelled lines (项目名称：…, 申报单位：…) and little else.
fn cover_prefix(doc: &Document, part: &Part) -> Option<usize> {
    let blocks = &doc.blocks[part.blocks.clone()];
    let paged = blocks.first().is_some_and(|b| b.page.is_some());
    // No section at all: the whole part may be the title page.
    // The body starts at a known section, an information table, or (after the title line)
    // any numbered or styled section heading (一、项目简介).
    let first_section = blocks
        .iter()
        .enumerate()
        .position(|(k, b)| {
            is_application_section(&b.text)
                || title_kind(&b.text) == Some(PartKind::InfoTable)
                || (k > 0
                    && is_section_heading(b)
                    && labels::leading_label(&b.text).is_none()
                    && !CoverFeatures::of(std::slice::from_ref(b)).dated_or_issued()
                    // A cover's own big lines (申 报 书, the authority) are set large, so a
                    // PDF reader calls them headings: on paper the page break ends the cover,
                    // and only a numbered heading starts the body before it.
                    && !(paged && matches!(numbering(b), None | Some((Numbering::Styled(_), _))))
                    && title_kind(&b.text) != Some(PartKind::Application))
        })
        .unwrap_or(blocks.len());
    if first_section == 0 {
        return None;
    }
    let prefix = &blocks[..first_section];
    // On paper the cover is one page: cut at the end of its first page.
    let cut = match prefix[0].page {
        Some(pg) => prefix
            .iter()
            .position(|b| b.page != Some(pg))
            .unwrap_or(first_section),
        None => first_section,
    };
    let prefix = &prefix[..cut];
    let chars: usize = prefix.iter().map(|b| b.text.chars().count()).sum();
    let f = CoverFeatures::of(prefix);
    (f.is_cover() && chars <= 600).then_some(part.blocks.start + cut)
}

/// What makes a page a cover, by layout and content rather than by its title's words: label
/// lines for the name, unit, department or date (known labels, or any short "label：" line,
/// filled in or left blank for a seal), a date line (二〇二二年六月, 2022年6月, 年 月 日) and the
/// issuing authority's line (…科学技术局制).
#[derive(Debug, Default)]
struct CoverFeatures {
    known_labels: usize,
    label_lines: usize,
    date_line: bool,
    authority_line: bool,
}

impl CoverFeatures {
    fn of(blocks: &[crate::extract::Block]) -> CoverFeatures {
        let mut f = CoverFeatures::default();
        for b in blocks {
            for line in b.text.lines() {
                let s = text::squash(line);
                if s.is_empty() {
                    continue;
                }
                if labels::leading_label(line).is_some() {
                    f.known_labels += 1;
                }
                if let Some(i) = s.find(['：', ':']) {
                    let head = &s[..i];
                    let n = head.chars().count();
                    if (2..=10).contains(&n) && !head.contains(['，', '。', '；', ',', '.']) {
                        f.label_lines += 1;
                    }
                }
                let han_year = s
                    .chars()
                    .filter(|c| "〇零一二三四五六七八九".contains(*c))
                    .count()
                    >= 4
                    && s.contains('年');
                if s.chars().count() <= 16
                    && (han_year
                        || s.contains("年月日")
                        || (s.contains('年')
                            && s.contains('月')
                            && s.chars().filter(|c| c.is_ascii_digit()).count() >= 4))
                {
                    f.date_line = true;
                }
                if s.chars().count() <= 24
                    && (s.ends_with("制") || s.ends_with("印制") || s.ends_with("编制"))
                    && (s.contains("局")
                        || s.contains("委员会")
                        || s.contains("厅")
                        || s.contains("部"))
                {
                    f.authority_line = true;
                }
            }
        }
        f
    }

    /// A date or an issuing authority's line (二〇二二年六月, …科学技术局制): cover lines, not
    /// section headings, whatever their first character.
    fn dated_or_issued(&self) -> bool {
        self.date_line || self.authority_line
    }

    fn is_cover(&self) -> bool {
        self.known_labels >= 2
            || (self.label_lines >= 2 && (self.date_line || self.authority_line))
            || (self.label_lines >= 3)
    }
}

/// Page size check input: each PDF page's size in mm.
pub fn page_sizes_mm(doc: &Document) -> Vec<(u32, f64, f64)> {
    if doc.format != Format::Pdf {
        return Vec::new();
    }
    // A page read by OCR is a scan or photo: its size is the scanning app's, not the template's.
    doc.pages
        .iter()
        .filter(|p| !p.ocr)
        .map(|p| {
            (
                p.number,
                p.width_pt as f64 * 25.4 / 72.0,
                p.height_pt as f64 * 25.4 / 72.0,
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Document;

    fn paged(name: &str, pages: &[&[&str]]) -> PackageDoc {
        let mut d = Document::new(name, Format::Pdf);
        for (i, lines) in pages.iter().enumerate() {
            for l in *lines {
                d.push_block(BlockKind::Paragraph, l, Some(i as u32 + 1));
            }
        }
        classified(name, d)
    }

    /// A PDF's document in a package, its parts classified.
    fn classified(name: &str, d: Document) -> PackageDoc {
        let mut pd = PackageDoc {
            path: name.into(),
            format: "pdf".into(),
            doc: Some(d),
            error: None,
            parts: Vec::new(),
            renamed_from: None,
        };
        classify(&mut pd);
        pd
    }

    /// Covers by layout and content: a separate cover file whose big title says 申报书, and a
    /// cover that is the application's first page, with labels no lexicon holds.
    #[test]
    fn covers_by_layout_not_title_words() {
        let cover = [
            "2022年度苏州市产业前瞻与关键核心技术项目申报书",
            "课题名称：高精度伺服驱动器研发",
            "承担单位（公章）：",
            "归口部门：苏州工业园区科技和信息化局",
            "二〇二二年六月",
            "苏州市科学技术局制",
        ];
        let alone = paged("封面.pdf", &[&cover]);
        assert_eq!(alone.kinds(), vec![PartKind::Cover], "{:?}", alone.parts);
        let body: [&str; 3] = [
            "一、立项依据",
            "面向高端装备的伺服控制需求。",
            "二、研究内容",
        ];
        let joined = paged("申报书.pdf", &[&cover, &body]);
        assert_eq!(
            joined.kinds(),
            vec![PartKind::Cover, PartKind::Application],
            "{:?}",
            joined.parts
        );
        // An application's first page of prose is no cover.
        let prose = paged(
            "申报书.pdf",
            &[
                &[
                    "苏州市科技计划项目申报书",
                    "本项目面向高端装备，研究伺服控制器的关键技术。",
                ],
                &body,
            ],
        );
        assert_eq!(
            prose.kinds(),
            vec![PartKind::Application],
            "{:?}",
            prose.parts
        );
    }

    #[test]
    fn untitled_documents_known_by_what_they_say() {
        let commitment = paged(
            "scan_0003.pdf",
            &[&[
                "申报单位信用声明",
                "我单位郑重承诺：所提交的全部材料真实、准确、完整，不存在弄虚作假行为。",
                "单位（公章）：",
            ]],
        );
        assert_eq!(commitment.kinds(), vec![PartKind::Commitment]);
        // Its title misread and no 承诺 in the body: the pledge to bear the consequences says it.
        let pledge = paged(
            "scan0002.tif",
            &[&[
                "科研诚信厌话书",
                "我单位申报的项目，所提交的全部材料真实、准确、完整，不存在弄虚作假行为；如有违反，自愿承担相应责任并接受处理。",
                "单位（公章）：",
            ]],
        );
        assert_eq!(pledge.kinds(), vec![PartKind::Commitment]);
        let agreement = paged(
            "4.pdf",
            &[&[
                "甲方：苏州大学",
                "乙方：苏州某某科技有限公司",
                "双方就合作研发达成如下约定。",
            ]],
        );
        assert_eq!(agreement.kinds(), vec![PartKind::CooperationAgreement]);
        // A short note that promises nothing is still nobody's part.
        let note = paged("5.pdf", &[&["说明", "本页为空白页。"]]);
        assert_eq!(note.kinds(), vec![PartKind::Other]);
    }

    #[test]
    fn a_cover_whose_big_lines_are_headings_is_still_a_cover() {
        // A PDF reader calls a cover's large lines headings (申 报 书, the authority): the page
        // break, not those lines, ends the cover.
        let mut d = Document::new("材料2.pdf", Format::Pdf);
        for (kind, l, pg) in [
            (BlockKind::Heading { level: 1 }, "苏州市科技计划项目", 1),
            (BlockKind::Heading { level: 1 }, "申 报 书", 1),
            (BlockKind::Paragraph, "项目名称：\t高精度伺服驱动器研发", 1),
            (BlockKind::Paragraph, "申报单位：\t苏州某某科技有限公司", 1),
            (BlockKind::Heading { level: 3 }, "苏州市科学技术局", 1),
            (BlockKind::Heading { level: 2 }, "高精度伺服驱动器研发", 2),
            (BlockKind::Paragraph, "1 项目背景", 2),
            (BlockKind::Paragraph, "面向高端装备的伺服控制需求。", 2),
        ] {
            d.push_block(kind, l, Some(pg));
        }
        let pd = classified("材料2.pdf", d);
        assert_eq!(
            pd.kinds(),
            vec![PartKind::Cover, PartKind::Application],
            "{:?}",
            pd.parts
        );
    }

    fn application_of(lines: &[&str]) -> Package {
        let mut d = Document::new("申报书.docx", Format::Docx);
        for l in lines {
            d.push_block(BlockKind::Paragraph, l, None);
        }
        let n = d.blocks.len();
        Package {
            path: "p".into(),
            docs: vec![PackageDoc {
                path: "申报书.docx".into(),
                format: "docx".into(),
                doc: Some(d),
                error: None,
                parts: vec![Part {
                    kind: PartKind::Application,
                    blocks: 0..n,
                    first_page: None,
                    last_page: None,
                    by_name: false,
                }],
                renamed_from: None,
            }],
        }
    }

    /// A table of contents before the application's body: its entries are no sections, and
    /// its page is the application's front matter, not a part of its own.
    #[test]
    fn a_table_of_contents_is_front_matter() {
        let pkg = application_of(&[
            "目    录",
            "一、立项依据…………………………1",
            "四、考核指标…………………………2",
            "五、实施期限.............................3",
            "一、立项依据",
            "面向高端装备的伺服控制需求。",
            "四、考核指标",
            "1. 申请发明专利3项；",
            "五、实施期限",
        ]);
        let s = pkg.section("考核指标").expect("section");
        assert!(s.contains("申请发明专利"), "{s}");
        let pd = paged(
            "项目申报书.pdf",
            &[
                &[
                    "目 录",
                    "一、立项依据......................1",
                    "二、研究内容......................1",
                    "三、创新点........................2",
                ],
                &["XX系统研发", "一、立项依据", "面向高端装备的伺服控制需求。"],
            ],
        );
        let kinds: Vec<PartKind> = pd.parts.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, vec![PartKind::Application], "{:?}", pd.parts);
        assert_eq!(pd.parts[0].first_page, Some(1));
    }

    #[test]
    fn a_section_holds_its_numbered_items() {
        let pkg = application_of(&[
            "一、立项依据",
            "面向高端装备的伺服控制需求。",
            "四、考核指标",
            "1. 申请发明专利3项；",
            "2. 研制工程样机2台；",
            "（一）技术指标",
            "定位精度优于1角秒。",
            "五、实施期限",
            "2022年7月至2025年6月。",
        ]);
        let s = pkg.section("考核指标").expect("section");
        assert!(s.contains("研制工程样机") && s.contains("定位精度"), "{s}");
        assert!(!s.contains("2022年7月"), "{s}");
    }

    #[test]
    fn a_documents_own_numbering_order_sets_its_levels() {
        // Each template nests its numbering its own way; the items under the heading are body,
        // the next heading of the same kind ends it.
        for lines in [
            &[
                "1. 立项背景",
                "背景。",
                "4. 考核指标",
                "达到以下指标：",
                "（1）申请发明专利3项；",
                "（2）研制样机2台套；",
                "5. 实施期限",
                "2022年7月至2024年6月。",
            ][..],
            &[
                "第一部分 项目概述",
                "概述。",
                "第四部分 预期目标与考核指标",
                "1．申请发明专利3项；",
                "2．研制样机2台套；",
                "第五部分 进度安排",
                "2022年7月至2024年6月。",
            ][..],
            &[
                "1 项目背景",
                "背景。",
                "4 主要技术指标及考核指标",
                "4.1 申请发明专利3项；",
                "4.2 研制样机2台套；",
                "5 项目实施周期",
                "2022年7月至2024年6月。",
            ][..],
            &[
                "1. 立项背景",
                "背景。",
                "4. 考核指标",
                "1. 申请发明专利3项；",
                "2. 研制样机2台套；",
                "3. 培养研发人员5名；",
                "5. 实施期限",
                "2022年7月至2024年6月。",
            ][..],
            &[
                "（一）项目的必要性",
                "必要性。",
                "（四）考核指标",
                "1.申请发明专利3项；",
                "2.研制样机2台套；",
                "（五）实施期限",
                "2022年7月至2024年6月。",
            ][..],
        ] {
            let pkg = application_of(lines);
            let s = pkg.section("考核指标").expect("section");
            assert!(s.contains("研制样机"), "{lines:?}: {s}");
            assert!(!s.contains("2022年7月"), "{lines:?}: {s}");
        }
    }

    fn pdf_doc(name: &str, lines: &[&str]) -> PackageDoc {
        let mut d = Document::new(name, crate::extract::Format::Pdf);
        for l in lines {
            d.push_block(BlockKind::Paragraph, l, Some(1));
        }
        classified(name, d)
    }

    #[test]
    fn a_running_header_is_no_title_but_a_shared_title_is() {
        const HEADER: &str = "苏州市科技计划项目申报书（2022年度）";
        let docs = vec![
            pdf_doc("1.pdf", &[HEADER, "项目信息表", "项目名称：某研发"]),
            pdf_doc("3.pdf", &[HEADER, "信用承诺书", "本单位承诺材料真实。"]),
        ];
        // Alone, each file's first line names it an application.
        assert_eq!(docs[0].parts[0].kind, PartKind::Application);
        let p = with_running_lines("p".into(), docs);
        assert_eq!(p.docs[0].kinds(), vec![PartKind::InfoTable]);
        assert_eq!(p.docs[1].kinds(), vec![PartKind::Commitment]);
        // Two agreements sharing their title keep it: nothing titled stands under it.
        let docs = vec![
            pdf_doc("a.pdf", &["合作协议", "甲方：苏州大学", "乙方：某公司"]),
            pdf_doc("b.pdf", &["合作协议", "甲方：苏州大学", "乙方：另一公司"]),
        ];
        let p = with_running_lines("p".into(), docs);
        assert!(
            p.docs
                .iter()
                .all(|d| d.kinds() == vec![PartKind::CooperationAgreement])
        );
    }

    #[test]
    fn titles_name_parts() {
        assert_eq!(title_kind("信用承诺书"), Some(PartKind::Commitment));
        assert_eq!(title_kind("承 诺 书"), Some(PartKind::Commitment));
        assert_eq!(
            title_kind("项目申报单位信用承诺函"),
            Some(PartKind::Commitment)
        );
        assert_eq!(
            title_kind("产学研合作协议书"),
            Some(PartKind::CooperationAgreement)
        );
        assert_eq!(
            title_kind("2022年度苏州市产业前瞻与关键核心技术项目信息表"),
            Some(PartKind::InfoTable)
        );
        assert_eq!(
            title_kind("苏州市科技计划项目申报书"),
            Some(PartKind::Application)
        );
        assert_eq!(
            title_kind("高新技术企业证书"),
            Some(PartKind::Qualification)
        );
        assert_eq!(title_kind("附件1：信用承诺书"), None);
        // A numbered title names its part when it heads a page or is a heading (split_parts).
        assert_eq!(title_kind("二、信用承诺书"), None);
        assert_eq!(numbered_title("二、信用承诺书"), Some(PartKind::Commitment));
        assert_eq!(
            numbered_title("（一）项目基本信息"),
            Some(PartKind::InfoTable)
        );
        assert_eq!(
            numbered_title("3. 合作协议"),
            Some(PartKind::CooperationAgreement)
        );
        assert_eq!(
            numbered_title("第四部分 项目申报书"),
            Some(PartKind::Application)
        );
        assert_eq!(numbered_title("一、立项依据"), None);
        assert_eq!(numbered_title("信用承诺书"), None);
        assert_eq!(
            attachment_title("附件1：信用承诺书"),
            Some(PartKind::Commitment)
        );
        assert_eq!(
            attachment_title("附件 2 产学研合作协议"),
            Some(PartKind::CooperationAgreement)
        );
        assert_eq!(attachment_title("附件"), None);
        assert_eq!(title_kind("1. 合作协议"), None);
        assert_eq!(title_kind("双方已于2021年签订技术合作协议"), None);
        assert_eq!(
            title_kind("技术合作协议"),
            Some(PartKind::CooperationAgreement)
        );
        assert_eq!(title_kind("为此，双方签订了合作协议"), None);
        assert_eq!(
            title_kind("本单位承诺所填报的内容真实，愿意承担相应责任。"),
            None
        );
    }

    #[test]
    fn merged_pdf_parts_from_page_heads_with_attachment_labels() {
        let mut d = Document::new("合并.pdf", Format::Pdf);
        let pages: [&[&str]; 4] = [
            &[
                "苏州市科技计划项目申报书",
                "项目名称：甲研发",
                "申报单位：苏州甲有限公司",
            ],
            &["一、立项依据", "正文……", "附件1：信用承诺书"],
            &["附件1：信用承诺书", "本单位承诺……"],
            &["附件2", "产学研合作协议", "甲方：……"],
        ];
        for (i, lines) in pages.iter().enumerate() {
            for l in *lines {
                d.push_block(BlockKind::Paragraph, l, Some(i as u32 + 1));
            }
        }
        let mut pd = PackageDoc {
            path: "合并.pdf".into(),
            format: "pdf".into(),
            doc: Some(d),
            error: None,
            parts: Vec::new(),
            renamed_from: None,
        };
        classify(&mut pd);
        let got: Vec<(PartKind, Option<u32>)> =
            pd.parts.iter().map(|p| (p.kind, p.first_page)).collect();
        assert_eq!(
            got,
            vec![
                (PartKind::Cover, Some(1)),
                (PartKind::Application, Some(2)),
                (PartKind::Commitment, Some(3)),
                (PartKind::CooperationAgreement, Some(4)),
            ]
        );
    }

    #[test]
    fn docx_application_with_a_cover_and_an_unlisted_first_section() {
        let mut d = Document::new("申报书.docx", Format::Docx);
        d.push_block(
            BlockKind::Heading { level: 1 },
            "苏州市科技计划项目申报书",
            None,
        );
        for l in [
            "项目名称：甲研发",
            "申报单位（盖章）：苏州甲有限公司",
            "主管部门：苏州市吴中区科学技术局",
        ] {
            d.push_block(BlockKind::Paragraph, l, None);
        }
        d.push_block(BlockKind::Heading { level: 2 }, "一、项目简介", None);
        d.push_block(BlockKind::Paragraph, &"本项目研究……".repeat(100), None);
        d.push_block(BlockKind::Heading { level: 2 }, "二、研究内容", None);
        let mut pd = PackageDoc {
            path: "申报书.docx".into(),
            format: "docx".into(),
            doc: Some(d),
            error: None,
            parts: Vec::new(),
            renamed_from: None,
        };
        classify(&mut pd);
        assert_eq!(pd.kinds(), vec![PartKind::Cover, PartKind::Application]);
        assert_eq!(
            pd.parts[1].blocks.start, 4,
            "the application starts at 一、项目简介"
        );
    }

    #[test]
    fn names_when_there_is_no_text() {
        assert_eq!(name_kind("pkg/信用承诺书.pdf"), PartKind::Commitment);
        assert_eq!(name_kind("高新技术企业证书.jpg"), PartKind::Qualification);
        assert_eq!(
            name_kind("产学研合作协议.pdf"),
            PartKind::CooperationAgreement
        );
        assert_eq!(name_kind("scan001.pdf"), PartKind::Other);
    }

    /// Files attached inside a PDF (tests/fixtures/make_scan_fixtures.py's attached.pdf: the
    /// information table embedded, behind a paper-clip annotation too, and a note whose name
    /// climbs folders) are documents of the package, each once, named under the PDF.
    #[test]
    fn files_attached_inside_a_pdf_are_documents_of_the_package() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/gen/attached.pdf");
        let limits = Limits {
            ocr: false,
            ..Limits::default()
        };
        let pkg = load(&path, &limits);
        // The note is no format the call takes: left out, no F004 on it.
        let names: Vec<&str> = pkg.docs.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(names, ["attached.pdf", "attached.pdf/附件1-项目信息表.pdf"]);
        assert!(
            pkg.docs[1]
                .parts
                .iter()
                .any(|p| p.kind == PartKind::InfoTable)
        );
        assert!(pkg.docs[1].doc.as_ref().unwrap().text.contains("项目名称"));
        // Nested no deeper than zips may be: with a depth limit of one, the attachments are
        // reported, not read.
        let shallow = Limits {
            max_zip_depth: 1,
            ..limits
        };
        let pkg = load(&path, &shallow);
        assert_eq!(pkg.docs.len(), 2);
        assert!(pkg.docs[1..].iter().all(|d| d.error.is_some()));
    }
}
