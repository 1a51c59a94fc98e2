//! Bytes → [`Document`]: the one document model every later stage reads.
//!
//! The file type is sniffed from the first bytes, never from the name. Every reader runs under
//! [`Limits`]; whatever goes wrong comes back as a typed [`ExtractError`] (or, for problems that
//! leave part of the file readable, as a [`DocIssue`] on the document), never as a panic or as
//! a silently empty text.

pub mod archive;
mod compound;
mod custom_xml;
mod diagram;
pub mod doc;
mod doc_art;
mod doc_props;
pub mod docx;
mod email;
mod flow;
mod font_program;
mod formula;
pub mod garble;
mod grid;
mod heif;
pub mod html;
pub mod metafile;
mod numfmt;
pub mod ocr;
pub mod odt;
pub mod ofd;
pub mod pdf;
mod pdf_font;
mod placed;
mod plaintext;
pub mod raster;
pub mod rtf;
mod scan;
pub mod seal;
pub mod sheet;
mod sniff;
pub mod symbols;
mod t4;
mod tool;
mod uof;
pub mod xfa;

use serde::Serialize;
use std::time::{Duration, Instant};

pub use sniff::{FileKind, sniff};

/// Resource limits for one file. Every parser checks them; none trusts sizes it reads.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest file accepted at all.
    pub max_file_bytes: u64,
    /// Largest decompressed stream (PDF) or zip entry.
    pub max_stream_bytes: usize,
    /// Most pages read from one PDF.
    pub max_pages: usize,
    /// Most content-stream operations interpreted in one PDF.
    pub max_operations: usize,
    /// Deepest nesting of Form XObjects followed.
    pub max_xobject_depth: usize,
    /// Most characters kept from one file.
    pub max_chars: usize,
    /// Wall-clock budget for one file.
    pub time_budget: Duration,
    /// Wall-clock budget for one package: files not started by then are reported, not read.
    pub package_time_budget: Duration,
    /// Zip packages: most entries, total uncompressed bytes, worst compression ratio.
    pub max_zip_entries: usize,
    pub max_zip_total_bytes: u64,
    pub max_zip_ratio: u64,
    /// Deepest zip-in-zip nesting opened.
    pub max_zip_depth: usize,
    /// Read pages without a usable text layer, and image files, by OCR (`--ocr auto|off`).
    pub ocr: bool,
    /// Where OCR results are cached by content hash (`None`: not cached).
    pub ocr_cache: Option<std::path::PathBuf>,
    /// Largest image decoded (width × height); a larger one is reported, not read.
    pub max_image_pixels: u64,
    /// Most pages of one file read by OCR.
    pub max_ocr_pages: usize,
    /// Wall-clock budget for one file when it needs OCR (replaces `time_budget` for the pages
    /// read by OCR; a page whose recognition has started is finished).
    pub ocr_time_budget: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 100 * 1024 * 1024,
            max_stream_bytes: 64 * 1024 * 1024,
            max_pages: 2_000,
            max_operations: 5_000_000,
            max_xobject_depth: 8,
            max_chars: 5_000_000,
            time_budget: Duration::from_secs(20),
            package_time_budget: Duration::from_secs(120),
            max_zip_entries: 2_000,
            max_zip_total_bytes: 512 * 1024 * 1024,
            max_zip_ratio: 200,
            max_zip_depth: 2,
            ocr: true,
            ocr_cache: None,
            max_image_pixels: 60_000_000,
            max_ocr_pages: 60,
            ocr_time_budget: Duration::from_secs(240),
        }
    }
}

/// A wall-clock deadline checked cooperatively inside the parsers' loops.
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    end: Instant,
}

impl Deadline {
    pub fn after(budget: Duration) -> Self {
        Deadline {
            end: Instant::now() + budget,
        }
    }
    pub fn expired(&self) -> bool {
        Instant::now() >= self.end
    }
}

/// Why a file could not be read. Each maps to one F-rule (see `rules::file`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExtractError {
    /// The file has no bytes at all.
    #[error("the file is empty (0 bytes)")]
    Empty,
    /// Corrupt or truncated, or not what its name says.
    #[error("the file is corrupt or truncated: {detail}")]
    Corrupt { detail: String },
    /// Needs a password (an empty user password is tried first).
    #[error("the file is encrypted and needs a password")]
    Encrypted,
    /// A format propscan does not read; `advice` says how to convert it.
    #[error("unsupported format {format}: {advice}")]
    Unsupported { format: String, advice: String },
    /// Larger than the limit.
    #[error("the file is too large: {detail}")]
    TooLarge { detail: String },
    /// Ran over the per-file time budget.
    #[error("reading the file took longer than {seconds} s")]
    Timeout { seconds: u64 },
}

/// Something wrong with part of a document that was otherwise read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DocIssue {
    /// Pages with no (or almost no) text layer, usually scans.
    Scanned { pages: Vec<u32> },
    /// Pages whose text layer decodes to implausible characters (broken ToUnicode, unknown
    /// encoding): their text is kept out of the document and must not be trusted.
    Garbled { pages: Vec<u32>, sample: String },
    /// The reader stopped early at a limit; the text is incomplete.
    Truncated { detail: String },
    /// Read, but in a format the call does not take (an HTML page saved as .doc, a web archive):
    /// what to convert it to.
    NotAccepted { format: String, advice: String },
    /// Pages read by OCR, with the mean recognition confidence (0–100); `under_text`: those of
    /// them that are a scan with text typed over it (a PDF editor's text tool), whose typed
    /// text was read as it is and only the picture under it by OCR.
    Ocr {
        pages: Vec<u32>,
        confidence: f32,
        under_text: Vec<u32>,
    },
    /// Page images that could not be read by OCR, and why (too large, an unsupported image
    /// codec, OCR not installed or over its time budget).
    ImageUnread { pages: Vec<u32>, reason: String },
    /// Embedded objects (OLE: a worksheet pasted as an Excel 97-2003 object, a package) whose
    /// content could not be read: only the picture showing each is in the document. Their
    /// ProgIDs (Excel.Sheet.8, Package …).
    ObjectUnread { kinds: Vec<String> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Pdf,
    Docx,
    /// An image file (JPEG, PNG, TIFF, BMP, GIF), read by OCR.
    Image,
    /// An HTML page or web archive (MHT), as web systems export "Word" files.
    Html,
    /// A Word 97-2003 binary document.
    Doc,
    /// Rich Text Format.
    Rtf,
    /// A spreadsheet (.xlsx, .xls).
    Sheet,
    /// OpenDocument text.
    Odt,
    /// OFD, China's fixed-layout e-document format (GB/T 33190).
    Ofd,
    /// A Word XML document in one file (Word 2003 XML, Word's flat XML), as web systems
    /// export "Word" files.
    WordXml,
    /// A UOF text document (GB/T 20916: .uot, .uof).
    Uof,
    /// A plain text file (.txt).
    Text,
}

impl Format {
    pub fn as_str(&self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Image => "image",
            Format::Html => "html",
            Format::Doc => "doc",
            Format::Rtf => "rtf",
            Format::Sheet => "sheet",
            Format::Odt => "odt",
            Format::Ofd => "ofd",
            Format::WordXml => "wordxml",
            Format::Uof => "uof",
            Format::Text => "text",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BlockKind {
    Heading {
        level: u8,
    },
    Paragraph,
    /// A table cell; `table` counts tables in the document from 0.
    Cell {
        table: u32,
        row: u32,
        col: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    #[serde(flatten)]
    pub kind: BlockKind,
    pub text: String,
    /// 1-based page number, where the format has pages (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// 1-based paragraph number in the document (DOCX body order; PDF line order).
    pub paragraph: u32,
    /// Byte range of this block in [`Document::text`].
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page {
    pub number: u32,
    pub width_pt: f32,
    pub height_pt: f32,
    /// Non-space characters of text found on the page.
    pub chars: usize,
    /// Share of the page area covered by images (0–1).
    pub image_coverage: f32,
    /// The page's text came from OCR.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ocr: bool,
    /// Mean OCR confidence of the page (0–100), when read by OCR.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ocr_confidence: Option<f32>,
    /// Seals seen on the page's images (scans, photos, embedded seal images).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub seals: Vec<seal::Seal>,
    /// Places to sign read by OCR, and whether ink stands beside them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sign_spots: Vec<ocr::SignSpot>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub path: String,
    pub format: Format,
    pub pages: Vec<Page>,
    pub blocks: Vec<Block>,
    /// Every block's text joined by newlines; blocks carry byte offsets into it.
    pub text: String,
    pub issues: Vec<DocIssue>,
    /// Files attached inside the document (a PDF's embedded files), taken out by the package
    /// loader and read as documents of their own.
    #[serde(skip)]
    pub attachments: Vec<Attachment>,
}

/// A file carried inside a document: its name (no folders) and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Document {
    pub fn new(path: &str, format: Format) -> Self {
        Document {
            path: path.to_string(),
            format,
            pages: Vec::new(),
            blocks: Vec::new(),
            text: String::new(),
            issues: Vec::new(),
            attachments: Vec::new(),
        }
    }

    /// The number the next table added to the document gets (its tables count from 0).
    pub fn next_table(&self) -> u32 {
        self.blocks
            .iter()
            .filter_map(|b| match b.kind {
                BlockKind::Cell { table, .. } => Some(table + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0)
    }

    /// Append a block, keeping `text` and the offsets in step.
    pub fn push_block(&mut self, kind: BlockKind, text: &str, page: Option<u32>) {
        // What pasting put in that no one sees (radicals for ideographs, zero-width spaces)
        // is read as it looks; traditional-only characters are read as the simplified ones (a
        // package converted with Word's 简繁转换): labels, titles and values are then the
        // call's words.
        let text = crate::text::plain_text(text);
        let text = crate::text::fold_traditional(&text);
        let text = text.trim_end_matches(['\n', '\r']);
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        let start = self.text.len();
        self.text.push_str(text);
        let paragraph = self.blocks.len() as u32 + 1;
        self.blocks.push(Block {
            kind,
            text: text.to_string(),
            page,
            paragraph,
            start,
            end: self.text.len(),
        });
    }

    /// Whether `page` (a block's page) was read by OCR.
    pub fn page_is_ocr(&self, page: Option<u32>) -> bool {
        page.is_some_and(|n| self.pages.iter().any(|p| p.number == n && p.ocr))
    }

    /// Characters of text, not counting whitespace.
    pub fn char_count(&self) -> usize {
        self.text.chars().filter(|c| !c.is_whitespace()).count()
    }

    /// The text as `propscan extract` prints it: page marks between PDF pages.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let mut page = None;
        let mut prev_row: Option<(u32, u32)> = None;
        for b in &self.blocks {
            if b.page.is_some() && b.page != page {
                page = b.page;
                out.push_str(&format!(
                    "--- 第 {} 页 / page {} ---\n",
                    b.page.unwrap_or(0),
                    b.page.unwrap_or(0)
                ));
                prev_row = None;
            }
            // Cells of one table row stay on one line, separated by tabs.
            let row = match b.kind {
                BlockKind::Cell { table, row, .. } => Some((table, row)),
                _ => None,
            };
            if row.is_some() && row == prev_row && out.ends_with('\n') {
                out.pop();
                out.push('\t');
            }
            prev_row = row;
            out.push_str(&b.text.replace('\n', " "));
            out.push('\n');
        }
        out
    }
}

/// A zip of the given (name, text) entries: test documents of zip-based formats.
#[cfg(test)]
pub(crate) fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    zip_of_bytes(&parts)
}

#[cfg(test)]
pub(crate) fn zip_of_bytes(parts: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opt = zip::write::SimpleFileOptions::default();
        for (name, bytes) in parts {
            z.start_file(*name, opt).unwrap();
            z.write_all(bytes).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

/// The next event of an XML part read within the time budget: every 4,096 events the deadline
/// is looked at (a timeout), and a malformed part is corrupt, `what` naming it.
pub(crate) fn next_xml_event<'b>(
    reader: &mut quick_xml::Reader<&[u8]>,
    buf: &'b mut Vec<u8>,
    steps: &mut usize,
    limits: &Limits,
    deadline: Deadline,
    what: &str,
) -> Result<quick_xml::events::Event<'b>, ExtractError> {
    *steps += 1;
    if steps.is_multiple_of(4096) && deadline.expired() {
        return Err(ExtractError::Timeout {
            seconds: limits.time_budget.as_secs(),
        });
    }
    reader
        .read_event_into(buf)
        .map_err(|e| ExtractError::Corrupt {
            detail: format!("{what}: {e}"),
        })
}

/// A document read from a format the call does not take, with the issue that says so (F004).
fn not_accepted(
    read: Result<Document, ExtractError>,
    kind: &FileKind,
) -> Result<Document, ExtractError> {
    read.map(|mut d| {
        if let Some((format, advice)) = kind.conversion() {
            d.issues.push(DocIssue::NotAccepted {
                format: format.into(),
                advice: advice.into(),
            });
        }
        d
    })
}

/// Read one file's bytes into a document. `path` is only used for the report.
pub fn extract(path: &str, bytes: &[u8], limits: &Limits) -> Result<Document, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(ExtractError::TooLarge {
            detail: format!(
                "{} bytes, limit {} bytes",
                bytes.len(),
                limits.max_file_bytes
            ),
        });
    }
    let deadline = Deadline::after(limits.time_budget);
    let kind = sniff(bytes);
    match kind {
        FileKind::Pdf => pdf::extract_pdf(path, bytes, limits, deadline),
        FileKind::Docx => docx::extract_docx(path, bytes, limits, deadline),
        // Formats the call does not take, read all the same so that their content counts; the
        // document carries F004's issue.
        FileKind::Html => not_accepted(html::extract_html(path, bytes, limits, deadline), &kind),
        FileKind::Ole("doc") => not_accepted(doc::extract_doc(path, bytes, limits, deadline), &kind),
        FileKind::Rtf => not_accepted(rtf::extract_rtf(path, bytes, limits, deadline), &kind),
        FileKind::Xlsx => not_accepted(sheet::extract_sheet(path, bytes, limits, deadline), &kind),
        FileKind::Ods => not_accepted(sheet::extract_ods(path, bytes, limits, deadline), &kind),
        FileKind::Ole("xls") => {
            not_accepted(sheet::extract_xls(path, bytes, limits, deadline), &kind)
        }
        FileKind::OpenDocument => {
            not_accepted(odt::extract_odt(path, bytes, limits, deadline), &kind)
        }
        FileKind::Ofd => not_accepted(ofd::extract_ofd(path, bytes, limits, deadline), &kind),
        FileKind::UofText => not_accepted(uof::extract_uof(path, bytes, limits, deadline), &kind),
        FileKind::FlatOdt => not_accepted(odt::extract_fodt(path, bytes, limits, deadline), &kind),
        FileKind::FlatOds => {
            not_accepted(sheet::extract_fods(path, bytes, limits, deadline), &kind)
        }
        FileKind::WordXml => {
            not_accepted(docx::extract_word_xml(path, bytes, limits, deadline), &kind)
        }
        FileKind::SheetXml => {
            not_accepted(sheet::extract_sheet_xml(path, bytes, limits, deadline), &kind)
        }
        FileKind::Unknown if sheet::is_delimited_text(path, bytes) => not_accepted(
            sheet::extract_csv(path, bytes, limits, deadline),
            &FileKind::Csv,
        ),
        FileKind::Unknown if plaintext::is_plain_text(path, bytes) => not_accepted(
            plaintext::extract_text(path, bytes, limits, deadline),
            &FileKind::Text,
        ),
        FileKind::Ole("encrypted") => Err(ExtractError::Encrypted),
        FileKind::Image(_) if limits.ocr => scan::extract_image(path, bytes, limits),
        FileKind::Zip | FileKind::SevenZip | FileKind::Email => Err(ExtractError::Unsupported {
            format: "zip / 7z archive / e-mail".into(),
            advice: "压缩包是一个申报包，请用 propscan check 检查 (a zip is a package: run `propscan check` on it)".into(),
        }),
        kind => Err(kind.unsupported_error().unwrap_or_else(|| {
            // Bytes of no known kind: under a .pdf/.docx name the file is broken (F001);
            // under another name it is simply a format not accepted (F004).
            let ext = std::path::Path::new(path)
                .extension()
                .map(|e| e.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            if ext == "pdf" || ext == "docx" || ext.is_empty() {
                ExtractError::Corrupt {
                    detail: "not a PDF or DOCX file".into(),
                }
            } else {
                ExtractError::Unsupported {
                    format: format!(".{ext}"),
                    advice: "请将内容放入申报书或导出为 PDF 后上传 (put it in a PDF or DOCX)".into(),
                }
            }
        })),
    }
}

/// [`extract`], with a parser panic turned into a typed error: the last line of defence, so one
/// hostile file never takes a batch down.
pub fn extract_guarded(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Document, ExtractError> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extract(path, bytes, limits)
    })) {
        Ok(r) => r,
        Err(_) => Err(ExtractError::Corrupt {
            detail: "the parser failed on this file's structure".into(),
        }),
    }
}
