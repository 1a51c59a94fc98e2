//! File-type sniffing from content, never from the file name.

use super::ExtractError;
use memchr::memmem;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Docx,
    /// A zip that is not an office document: a package of files.
    Zip,
    /// A 7-Zip archive: a package of files.
    SevenZip,
    /// An e-mail message saved as a file (.eml): a package of its attachments.
    Email,
    Xlsx,
    /// An HTML page or MIME web archive.
    Html,
    Pptx,
    /// OpenDocument text (.odt).
    OpenDocument,
    /// An OpenDocument spreadsheet (.ods).
    Ods,
    /// Other OpenDocument files (.odp, .odg …).
    OpenDocumentOther,
    /// OFD (GB/T 33190), a zip with OFD.xml at its root.
    Ofd,
    /// A Word XML document in one file: Word 2003 XML (w:wordDocument) or Word's flat XML
    /// package (pkg:package), as web systems' "export to Word" writes them.
    WordXml,
    /// An Excel 2003 XML Spreadsheet (ss:Workbook), as web systems' "export to Excel" writes it
    /// from XML templates, saved as .xls or .xml.
    SheetXml,
    /// A flat OpenDocument text (.fodt): one XML file whose root is office:document.
    FlatOdt,
    /// A flat OpenDocument spreadsheet (.fods).
    FlatOds,
    /// A UOF text document (GB/T 20916, 标文通: .uot, .uof), one XML file, as Yozo Office, WPS
    /// and LibreOffice save it.
    UofText,
    /// Comma- or tab-separated text named .csv/.tsv: no signature of its own, so never sniffed;
    /// `extract` takes a file as such by its name and content.
    Csv,
    /// Plain text named .txt: no signature either; taken as such by its name and content.
    Text,
    /// OLE2 compound file: .doc, .wps, .xls, .et …
    Ole(&'static str),
    Rtf,
    Image(&'static str),
    Empty,
    Unknown,
}

/// Entry names in the local file headers of a zip, read without its central directory.
fn local_names(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    memmem::find_iter(bytes, b"PK\x03\x04").filter_map(move |i| {
        let h = bytes.get(i..i + 30)?;
        let n = u16::from_le_bytes([h[26], h[27]]) as usize;
        bytes.get(i + 30..i + 30 + n)
    })
}

/// Whether a package's content types name a WordprocessingML main part (a document, a
/// template, a macro-enabled one) under another name than word/document.xml — Word for the
/// web saves word/document2.xml. Only [Content_Types].xml's first 256 KiB are read.
fn main_part_is_word(archive: Option<zip::ZipArchive<std::io::Cursor<&[u8]>>>) -> bool {
    use std::io::Read;
    let Some(mut z) = archive else { return false };
    let Ok(entry) = z.by_name("[Content_Types].xml") else {
        return false;
    };
    let mut types = Vec::new();
    if entry.take(256 * 1024).read_to_end(&mut types).is_err() {
        return false;
    }
    [
        &b"wordprocessingml.document.main+xml"[..],
        b"wordprocessingml.template.main+xml",
        b"ms-word.document.macroEnabled.main+xml",
        b"ms-word.template.macroEnabledTemplate.main+xml",
    ]
    .iter()
    .any(|t| memmem::find(&types, t).is_some())
}

pub fn sniff(bytes: &[u8]) -> FileKind {
    if bytes.is_empty() {
        return FileKind::Empty;
    }
    let head = &bytes[..bytes.len().min(1024)];
    // A PDF may have junk before its header (a web system's prefix), so "%PDF-" is looked for
    // in the first kilobyte — but only after a zip's signature at the start has had its say:
    // a zip that stores its first PDF uncompressed has "%PDF-" a few bytes in.
    let zip = bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06");
    let pdf_header =
        memmem::find_iter(head, b"%PDF-").any(|i| head.get(i + 5).is_some_and(u8::is_ascii_digit));
    if !zip && pdf_header {
        return FileKind::Pdf;
    }
    if zip {
        // The archive's own entry names decide: a package zip that holds .docx files is not a
        // .docx. When the central directory cannot be read (a truncated file), the names in
        // the local headers still can: they appear in plain bytes.
        // The central directory is read once for all the names asked about.
        let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok();
        let has = |name: &str| match &archive {
            Some(z) => z.index_for_name(name).is_some(),
            None => local_names(bytes).any(|n| n == name.as_bytes()),
        };
        if has("word/document.xml") || main_part_is_word(archive.clone()) {
            return FileKind::Docx;
        }
        if has("xl/workbook.xml") {
            return FileKind::Xlsx;
        }
        if has("ppt/presentation.xml") {
            return FileKind::Pptx;
        }
        if memmem::find(head, b"mimetypeapplication/vnd.oasis.opendocument.text").is_some() {
            return FileKind::OpenDocument;
        }
        if memmem::find(
            head,
            b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
        )
        .is_some()
        {
            return FileKind::Ods;
        }
        if memmem::find(head, b"mimetypeapplication/vnd.oasis.opendocument").is_some() {
            return FileKind::OpenDocumentOther;
        }
        if has("OFD.xml") {
            return FileKind::Ofd;
        }
        return FileKind::Zip;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        let utf16 = |s: &str| {
            s.encode_utf16()
                .flat_map(|u| u.to_le_bytes())
                .collect::<Vec<u8>>()
        };
        // Office's "encrypt with password" wraps the real .docx in an OLE file.
        let kind = if memmem::find(bytes, &utf16("EncryptedPackage")).is_some() {
            "encrypted"
        } else if memmem::find(bytes, &utf16("WordDocument")).is_some() {
            "doc"
        } else if memmem::find(bytes, &utf16("Workbook")).is_some()
            || memmem::find(bytes, &utf16("Book")).is_some()
        {
            "xls"
        } else {
            "ole"
        };
        return FileKind::Ole(kind);
    }
    if bytes.starts_with(b"7z\xBC\xAF\x27\x1C") {
        return FileKind::SevenZip;
    }
    if bytes.starts_with(b"{\\rtf") {
        return FileKind::Rtf;
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return FileKind::Image("jpeg");
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return FileKind::Image("png");
    }
    if bytes.starts_with(b"GIF8") {
        return FileKind::Image("gif");
    }
    if bytes.starts_with(b"BM") && bytes.len() > 14 {
        return FileKind::Image("bmp");
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return FileKind::Image("tiff");
    }
    // WebP: a RIFF container of kind WEBP (pictures saved by browsers and chat apps).
    if bytes.len() > 16 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return FileKind::Image("webp");
    }
    // HEIF (HEIC, as iPhones store photos; AVIF): an ISO base media file of a HEIF brand.
    if super::heif::is_heif(bytes) {
        return FileKind::Image(if super::heif::is_avif(bytes) {
            "avif"
        } else {
            "heic"
        });
    }
    // Word XML in one file (FreeMarker-style "export to Word", saved as .doc or .xml).
    if is_word_xml(bytes) {
        return FileKind::WordXml;
    }
    if is_sheet_xml(bytes) {
        return FileKind::SheetXml;
    }
    if super::uof::is_uof_text(xml_head(bytes).2) {
        return FileKind::UofText;
    }
    if let Some(kind) = flat_odf(bytes) {
        return kind;
    }
    // An e-mail with attachments (looked for before MHT, whose parts are MIME too).
    if super::email::is_email(bytes) {
        return FileKind::Email;
    }
    // A web page or web archive (an HTML "Word" export, MHT).
    if super::html::is_html(bytes) || super::html::is_mht(bytes) {
        return FileKind::Html;
    }
    FileKind::Unknown
}

/// An XML file whose root is a Word document: Word 2003 XML's w:wordDocument (with or without
/// the mso-application processing instruction) or a flat package (pkg:package) holding
/// word/document.xml. Looked for in the first 4 KiB after a byte-order mark and white space.
fn is_word_xml(bytes: &[u8]) -> bool {
    let (b, start, head) = xml_head(bytes);
    if !head.starts_with(b"<?xml")
        && !head.starts_with(b"<w:wordDocument")
        && !head.starts_with(b"<pkg:package")
    {
        return false;
    }
    memmem::find(head, b"progid=\"Word.Document\"").is_some()
        || memmem::find(head, b"<w:wordDocument").is_some()
        || (memmem::find(head, b"<pkg:package").is_some()
            && memmem::find(&b[start..b.len().min(start + 65536)], b"/word/document.xml").is_some())
}

/// The bytes after a byte-order mark, where the first non-space byte is, and the 4 KiB from it.
fn xml_head(bytes: &[u8]) -> (&[u8], usize, &[u8]) {
    let b = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    (b, start, &b[start..b.len().min(start + 4096)])
}

/// A flat OpenDocument file (LibreOffice's "Flat XML" .fodt, .fods, .fodp, .fodg): an XML file
/// whose root office:document names its kind in office:mimetype. The root's start tag, long
/// with namespace declarations, is looked for in the first 16 KiB.
fn flat_odf(bytes: &[u8]) -> Option<FileKind> {
    let (b, start, head) = xml_head(bytes);
    if !head.starts_with(b"<?xml") && !head.starts_with(b"<office:document") {
        return None;
    }
    let head = &b[start..b.len().min(start + 16384)];
    let root = memmem::find_iter(head, b"<office:document")
        .find(|&i| head.get(i + 16).is_some_and(|c| c.is_ascii_whitespace()))?;
    let tag = &head[root..];
    let tag = &tag[..memchr::memchr(b'>', tag)?];
    let at = memmem::find(tag, b"office:mimetype=\"")? + 17;
    let mime = &tag[at..at + memchr::memchr(b'"', &tag[at..])?];
    Some(match mime {
        b"application/vnd.oasis.opendocument.text" => FileKind::FlatOdt,
        b"application/vnd.oasis.opendocument.spreadsheet" => FileKind::FlatOds,
        _ => FileKind::OpenDocumentOther,
    })
}

/// An XML file whose root is an Excel 2003 XML Spreadsheet: the mso-application processing
/// instruction naming Excel.Sheet, or a Workbook element in the spreadsheet namespace.
fn is_sheet_xml(bytes: &[u8]) -> bool {
    let (_, _, head) = xml_head(bytes);
    if !head.starts_with(b"<?xml")
        && !head.starts_with(b"<Workbook")
        && !head.starts_with(b"<ss:Workbook")
    {
        return false;
    }
    memmem::find(head, b"progid=\"Excel.Sheet\"").is_some()
        || (memmem::find(head, b"Workbook").is_some()
            && memmem::find(head, b"urn:schemas-microsoft-com:office:spreadsheet").is_some())
}

impl FileKind {
    /// A package of files: a zip that is no office document, a 7-Zip archive, an e-mail's
    /// attachments.
    pub fn is_archive(&self) -> bool {
        matches!(self, FileKind::Zip | FileKind::SevenZip | FileKind::Email)
    }

    pub fn is_image(&self) -> bool {
        matches!(self, FileKind::Image(_))
    }

    /// A kind the call does not take: its name and how to convert it — for the error of a kind
    /// propscan does not read, and for the F004 issue of one it reads all the same.
    pub fn conversion(&self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            FileKind::Ole("doc") | FileKind::Ole("ole") => (
                "Word 97-2003 / WPS (.doc/.wps)",
                "在 Word 或 WPS 中另存为 .docx 或导出为 PDF 后重新上传 (save as .docx or export to PDF)",
            ),
            FileKind::Csv => (
                "CSV (.csv)",
                "这是 CSV 表格（网上系统“导出”常见），请将内容填入信息表模板后导出 PDF 上传 (CSV: fill the template and export to PDF)",
            ),
            FileKind::Text => (
                "纯文本 (.txt)",
                "这是纯文本文件，请将内容填入信息表或申报书模板后导出 PDF 上传 (plain text: fill the template and export to PDF)",
            ),
            FileKind::Ole(_) | FileKind::Xlsx | FileKind::SheetXml => (
                "Excel (.xls/.xlsx)",
                "申报材料须为 PDF 或 DOCX：请将表格内容填入模板后导出 PDF (fill the template and export to PDF)",
            ),
            FileKind::Pptx => ("PowerPoint (.pptx)", "请导出为 PDF 后上传 (export to PDF)"),
            FileKind::Ods => (
                "OpenDocument 表格 (.ods)",
                "申报材料须为 PDF 或 DOCX：请将表格内容填入模板后导出 PDF (fill the template and export to PDF)",
            ),
            FileKind::FlatOdt => (
                "OpenDocument 平面 XML 文本 (.fodt)",
                "在 LibreOffice/WPS 中另存为 .docx 或导出 PDF (save as .docx or export to PDF)",
            ),
            FileKind::FlatOds => (
                "OpenDocument 平面 XML 表格 (.fods)",
                "申报材料须为 PDF 或 DOCX：请将表格内容填入模板后导出 PDF (fill the template and export to PDF)",
            ),
            FileKind::OpenDocument | FileKind::OpenDocumentOther => (
                "OpenDocument (.odt)",
                "在 LibreOffice/WPS 中另存为 .docx 或导出 PDF (save as .docx or export to PDF)",
            ),
            FileKind::Rtf => (
                "RTF (.rtf/.doc)",
                "这是 RTF 格式（网上系统“导出Word”常见），请在 Word/WPS 中另存为 .docx 或导出 PDF 后重新上传 (RTF: save as .docx or export to PDF)",
            ),
            FileKind::Html => (
                "HTML / 网页 (.doc/.htm/.mht)",
                "这是网页格式（网上系统“导出Word”常见），请在 Word/WPS 中另存为 .docx 或导出 PDF 后重新上传 (an HTML page: save as .docx or export to PDF)",
            ),
            FileKind::WordXml => (
                "Word XML (.doc/.xml)",
                "这是 Word XML 格式（网上系统“导出Word”常见），请在 Word/WPS 中另存为 .docx 或导出 PDF 后重新上传 (Word XML: save as .docx or export to PDF)",
            ),
            FileKind::UofText => (
                "UOF 文字处理 (.uot/.uof)",
                "这是 UOF 格式（永中、WPS 可存），请另存为 .docx 或导出 PDF 后重新上传 (UOF: save as .docx or export to PDF)",
            ),
            FileKind::Ofd => (
                "OFD (.ofd)",
                "这是 OFD 版式文件（电子证照常见），请用 OFD 阅读器打印为 PDF 后上传 (OFD: print it to PDF with an OFD reader)",
            ),
            FileKind::Image(_) => (
                "image",
                "图片无法检查文字内容：请上传由原文档导出的 PDF (upload a PDF exported from the original document)",
            ),
            _ => return None,
        })
    }

    /// The error for a kind propscan does not read as a document, with conversion advice.
    pub fn unsupported_error(&self) -> Option<ExtractError> {
        let (format, advice) = self.conversion()?;
        Some(ExtractError::Unsupported {
            format: format.to_string(),
            advice: advice.to_string(),
        })
    }
}
