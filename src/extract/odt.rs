//! OpenDocument text (.odt, and the flat .fodt), read so that its content counts; F004 still says the call takes
//! PDF and DOCX. LibreOffice and WPS save it, and a clerk opens it.
//!
//! content.xml through quick-xml: headings (text:h with their outline level), paragraphs and
//! list items, spaces (text:s), tabs and line breaks, tables (a covered cell — under a merge —
//! read not at all, a nested table folded into its cell), text boxes' paragraphs in place.
//! Not read: notes (their citation after the text it follows, and their body), annotations,
//! deleted text of tracked changes, the text of fields' code (their shown value is read).

use super::docx::{attr, end_local, local, open_archive, read_entry, ref_char};
use super::flow::Flow;
use super::{Deadline, DocIssue, Document, ExtractError, Format, Limits};
use quick_xml::Reader;
use quick_xml::events::Event;

pub fn extract_odt(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut zip = open_archive(bytes, "OpenDocument zip")?;
    let xml = read_entry(&mut zip, "content.xml", limits.max_stream_bytes)?.ok_or_else(|| {
        ExtractError::Corrupt {
            detail: "OpenDocument without content.xml".into(),
        }
    })?;
    let mut doc = Document::new(path, Format::Odt);
    read_content(&mut doc, &xml, limits, deadline)?;
    Ok(doc)
}

/// A flat OpenDocument text (.fodt, as LibreOffice saves "Flat XML"): the whole file is one XML
/// document — settings, styles, then the body — read as an .odt's content.xml.
pub fn extract_fodt(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let mut doc = Document::new(path, Format::Odt);
    read_content(&mut doc, bytes, limits, deadline)?;
    Ok(doc)
}

/// Elements whose text is not the document's running text.
const SKIP: &[&str] = &[
    // A footnote or endnote stands inline where its reference is: its citation (the number
    // after the value, 160¹) and its body are no part of the text around it.
    "note",
    "note-body",
    "annotation",
    "tracked-changes",
    "sequence-decls",
    "variable-decls",
    "user-field-decls",
    "forms",
    "table-of-content-source",
    "index-title-template",
    // A picture's bytes, inline in a flat file (base64).
    "binary-data",
];

fn read_content(
    doc: &mut Document,
    xml: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<(), ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut flow = Flow::new(doc);
    let mut buf = Vec::new();
    let mut text = String::new();
    let mut heading: Option<u8> = None;
    let mut skip = 0usize; // depth inside skipped elements
    let mut tables = 0usize; // table nesting
    let mut in_body = false;
    let mut chars = 0usize;
    let mut steps = 0usize;
    loop {
        let ev = super::next_xml_event(
            &mut r,
            &mut buf,
            &mut steps,
            limits,
            deadline,
            "OpenDocument content.xml",
        )?;
        match ev {
            Event::Eof => break,
            Event::Start(e) => {
                let name = local(&e);
                if skip > 0 || SKIP.contains(&name.as_str()) {
                    skip += 1;
                } else {
                    match name.as_str() {
                        // The body: what comes before it (styles, and in a flat file the
                        // master pages' headers and footers, number styles' text) is not read.
                        "body" => in_body = true,
                        "h" => {
                            let level = attr(&e, "outline-level")
                                .and_then(|l| l.parse::<u8>().ok())
                                .unwrap_or(1);
                            heading = Some(level.clamp(1, 9));
                        }
                        "table" => {
                            if tables == 0 {
                                flush(&mut flow, &mut text, &mut heading, 0);
                                flow.end_table();
                            }
                            tables += 1;
                        }
                        "covered-table-cell" if tables == 1 => skip += 1,
                        _ => {}
                    }
                }
            }
            Event::Empty(e) if skip == 0 => match local(&e).as_str() {
                "s" => {
                    let n = attr(&e, "c")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1);
                    text.extend(std::iter::repeat_n(' ', n.min(64)));
                }
                "tab" => text.push('\t'),
                "line-break" => text.push('\n'),
                "table-cell" if tables == 1 => {
                    // Empty cells, several at once where the writer says so.
                    let n = attr(&e, "number-columns-repeated")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1);
                    for _ in 0..n.clamp(1, 64) {
                        flow.end_cell();
                    }
                }
                _ => {}
            },
            Event::Text(t) if skip == 0 && in_body => {
                let s = t.xml10_content();
                chars += s.len();
                text.push_str(&s);
            }
            Event::GeneralRef(g) if skip == 0 && in_body => {
                if let Some(c) = ref_char(g) {
                    text.push(c);
                }
            }
            Event::End(e) => {
                let name = end_local(&e);
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match name.as_str() {
                    "p" | "h" => flush(&mut flow, &mut text, &mut heading, tables),
                    "table-cell" if tables == 1 => flow.end_cell(),
                    "table-cell" => text.push(' '),
                    "table-row" if tables == 1 => flow.end_row(),
                    "table-row" => {
                        flush(&mut flow, &mut text, &mut heading, tables);
                    }
                    "table" => {
                        tables = tables.saturating_sub(1);
                        if tables == 0 {
                            flow.end_table();
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        buf.clear();
        if chars > limits.max_chars * 4 {
            flow.finish();
            doc_truncated(doc);
            return Ok(());
        }
    }
    flush(&mut flow, &mut text, &mut heading, 0);
    flow.finish();
    Ok(())
}

pub(super) fn doc_truncated(doc: &mut Document) {
    doc.issues.push(DocIssue::Truncated {
        detail: "text longer than the limit".into(),
    });
}

/// The paragraph just read: in a table, a line of the current cell; else a paragraph or a
/// heading.
pub(super) fn flush(flow: &mut Flow, text: &mut String, heading: &mut Option<u8>, tables: usize) {
    let t = std::mem::take(text);
    let level = heading.take();
    if tables > 0 {
        flow.cell_text(&t, if tables > 1 { ' ' } else { '\n' });
    } else {
        flow.paragraph(&t, level);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A footnote stands inline in ODF where its reference is (text:note: the citation, then
    /// the body): neither is part of the value it follows.
    #[test]
    fn notes_inline_are_not_part_of_the_text() {
        let xml = r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>申请市拨经费：50<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>其中2023年拨付30万元。</text:p></text:note-body></text:note></text:p></office:text></office:body></office:document-content>"#;
        let limits = Limits::default();
        let mut d = Document::new("t.odt", Format::Odt);
        read_content(
            &mut d,
            xml.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["申请市拨经费：50"]);
    }

    /// A flat OpenDocument text as LibreOffice saves it: number styles' text, the master
    /// page's running header and a picture's bytes come in the one file with the body; only
    /// the body's heading, paragraph and table are read.
    #[test]
    fn a_flat_odt_reads_its_body_only() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles><number:date-style style:name="N37"><number:year/><number:text>年</number:text><number:month/><number:text>月</number:text></number:date-style></office:automatic-styles><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>苏州市科技计划项目</text:p></style:header></style:master-page></office:master-styles><office:body><office:text><text:h text:outline-level="1">一、基本信息</text:h><text:p>见下表<draw:frame><draw:image><office:binary-data>iVBORw0KGgoAAAANSUhEUg</office:binary-data></draw:image></draw:frame></text:p><table:table><table:table-row><table:table-cell><text:p>项目名称</text:p></table:table-cell><table:table-cell><text:p>测试研发</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document>"#;
        assert_eq!(
            crate::extract::sniff(xml.as_bytes()),
            crate::extract::FileKind::FlatOdt
        );
        let limits = Limits::default();
        let d = extract_fodt(
            "t.fodt",
            xml.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["一、基本信息", "见下表", "项目名称", "测试研发"]);
        // A flat file of another kind (a presentation) is no text document.
        let slides = xml.replace("opendocument.text", "opendocument.presentation");
        assert_eq!(
            crate::extract::sniff(slides.as_bytes()),
            crate::extract::FileKind::OpenDocumentOther
        );
    }
}
