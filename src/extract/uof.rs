//! UOF text documents (.uot, .uof: 标文通, GB/T 20916, the Chinese office format that Yozo
//! Office, WPS and LibreOffice write), read so that their content counts; F004 still says the
//! call takes PDF and DOCX.
//!
//! One XML file, its element names in Chinese. Paragraph styles (uof:段落式样, 字:标识符)
//! with an outline level (字:大纲级别) make their paragraphs headings, as does a level set on
//! the paragraph itself. The body (字:主体): paragraphs (字:段落) of sentences (字:句) whose
//! text strings (字:文本串) are the text, spaces (字:空格), tabs (字:制表符) and line breaks
//! (字:换行符); tables (字:文字表, 字:行, 字:单元格), a nested table folded into its cell.
//! Not read: section properties (字:节属性: page setup, running headers and footers), notes
//! (字:脚注, 字:尾注), annotations (字:批注), the metadata and the style sheets' own text.

use super::docx::{attr, end_local, local, ref_char};
use super::flow::Flow;
use super::odt::{doc_truncated, flush};
use super::{Deadline, Document, ExtractError, Format, Limits};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::HashMap;

/// Whether the bytes are a UOF text document: an XML file whose root is uof:UOF of the
/// word-processing kind (vnd.uof.text), looked for in its first 4 KiB.
pub fn is_uof_text(head: &[u8]) -> bool {
    use memchr::memmem;
    memmem::find(head, "<uof:UOF".as_bytes()).is_some()
        && memmem::find(head, b"vnd.uof.text").is_some()
}

pub fn extract_uof(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let levels = outline_levels(bytes, limits, deadline)?;
    let mut doc = Document::new(path, Format::Uof);
    read_body(&mut doc, bytes, &levels, limits, deadline)?;
    Ok(doc)
}

/// Elements whose text is not the document's running text.
const SKIP: &[&str] = &["节属性", "脚注", "尾注", "批注", "批注集", "元数据"];

/// Paragraph styles' outline levels: style id → level (1–9).
fn outline_levels(
    xml: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<HashMap<String, u8>, ExtractError> {
    let mut r = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut steps = 0usize;
    let mut levels = HashMap::new();
    let (mut style, mut in_level) = (None::<String>, false);
    loop {
        let ev = super::next_xml_event(&mut r, &mut buf, &mut steps, limits, deadline, "UOF")?;
        match ev {
            Event::Eof => break,
            Event::Start(e) => match local(&e).as_str() {
                "段落式样" => style = attr(&e, "标识符"),
                "大纲级别" => in_level = style.is_some(),
                // The styles come before the body: nothing more to find.
                "主体" => break,
                _ => {}
            },
            Event::Text(t) if in_level => {
                if let (Some(id), Ok(level)) = (&style, t.xml10_content().trim().parse::<u8>())
                    && (1..=9).contains(&level)
                {
                    levels.insert(id.clone(), level);
                }
            }
            Event::End(e) => match end_local(&e).as_str() {
                "段落式样" => style = None,
                "大纲级别" => in_level = false,
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    Ok(levels)
}

fn read_body(
    doc: &mut Document,
    xml: &[u8],
    levels: &HashMap<String, u8>,
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
    let (mut in_body, mut in_string, mut in_level) = (false, false, false);
    let mut chars = 0usize;
    let mut steps = 0usize;
    // A paragraph's style's outline level.
    let style_level = |e: &quick_xml::events::BytesStart| {
        attr(e, "式样引用").and_then(|id| levels.get(&id).copied())
    };
    loop {
        let ev = super::next_xml_event(&mut r, &mut buf, &mut steps, limits, deadline, "UOF")?;
        match ev {
            Event::Eof => break,
            Event::Start(e) => {
                let name = local(&e);
                if skip > 0 || SKIP.contains(&name.as_str()) {
                    skip += 1;
                } else {
                    match name.as_str() {
                        "主体" => in_body = true,
                        "段落属性" if in_body => heading = style_level(&e).or(heading),
                        "大纲级别" if in_body => in_level = true,
                        "文本串" if in_body => in_string = true,
                        "文字表" if in_body => {
                            if tables == 0 {
                                flush(&mut flow, &mut text, &mut heading, 0);
                                flow.end_table();
                            }
                            tables += 1;
                        }
                        _ => {}
                    }
                }
            }
            Event::Empty(e) if skip == 0 && in_body => match local(&e).as_str() {
                "段落属性" => heading = style_level(&e).or(heading),
                "空格" => {
                    let n = attr(&e, "个数")
                        .and_then(|c| c.parse::<usize>().ok())
                        .unwrap_or(1);
                    text.extend(std::iter::repeat_n(' ', n.min(64)));
                }
                "制表符" => text.push('\t'),
                "换行符" => text.push('\n'),
                "单元格" if tables == 1 => flow.end_cell(),
                _ => {}
            },
            Event::Text(t) if skip == 0 && in_level => {
                if let Ok(level) = t.xml10_content().trim().parse::<u8>()
                    && (1..=9).contains(&level)
                {
                    heading = Some(level);
                }
            }
            Event::Text(t) if skip == 0 && in_string => {
                let s = t.xml10_content();
                chars += s.len();
                text.push_str(&s);
            }
            Event::GeneralRef(g) if skip == 0 && in_string => {
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
                    "文本串" => in_string = false,
                    "大纲级别" => in_level = false,
                    "段落" => flush(&mut flow, &mut text, &mut heading, tables),
                    "单元格" if tables == 1 => flow.end_cell(),
                    "单元格" => text.push(' '),
                    "行" if tables == 1 => flow.end_row(),
                    "行" => flush(&mut flow, &mut text, &mut heading, tables),
                    "文字表" => {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::BlockKind;

    /// A UOF text document as LibreOffice writes it (its element names in Chinese): the heading
    /// by its style's outline level, paragraphs of several sentences with a line break, a
    /// two-column table; the section's running header, a footnote and the metadata not read.
    #[test]
    fn uof_text_reads_headings_paragraphs_and_tables() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<uof:UOF xmlns:uof="http://schemas.uof.org/cn/2003/uof" xmlns:字="http://schemas.uof.org/cn/2003/uof-wordproc" uof:language="cn" uof:version="1.0" uof:mimetype="vnd.uof.text"><uof:元数据><uof:标题>旧标题</uof:标题></uof:元数据><uof:式样集><uof:段落式样 字:标识符="Heading_20_2" 字:名称="Heading 2"><字:大纲级别>2</字:大纲级别></uof:段落式样><uof:段落式样 字:标识符="P1" 字:名称="Text body"/></uof:式样集><uof:文字处理><字:主体><字:分节 字:名称="Standard"><字:节属性><字:页眉><字:段落><字:句><字:文本串>苏州市科技计划</字:文本串></字:句></字:段落></字:页眉></字:节属性></字:分节><字:段落><字:段落属性 字:式样引用="Heading_20_2"/><字:句><字:文本串>一、立项依据</字:文本串></字:句></字:段落><字:段落><字:段落属性 字:式样引用="P1"/><字:句><字:文本串>本项目研究</字:文本串></字:句><字:句><字:文本串>关键技术&amp;工艺。</字:文本串><字:脚注><字:段落><字:句><字:文本串>注释</字:文本串></字:句></字:段落></字:脚注></字:句><字:句><字:换行符/></字:句><字:句><字:文本串>第二行</字:文本串></字:句></字:段落><字:文字表 字:类型="table"><字:行><字:单元格><字:段落><字:句><字:文本串>项目名称</字:文本串></字:句></字:段落></字:单元格><字:单元格><字:段落><字:句><字:文本串>测试研发</字:文本串></字:句></字:段落></字:单元格></字:行></字:文字表></字:主体></uof:文字处理></uof:UOF>"#;
        assert!(is_uof_text(xml.as_bytes()));
        let limits = Limits::default();
        let d = extract_uof(
            "t.uot",
            xml.as_bytes(),
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap();
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "一、立项依据",
                "本项目研究关键技术&工艺。\n第二行",
                "项目名称",
                "测试研发"
            ]
        );
        assert!(matches!(d.blocks[0].kind, BlockKind::Heading { level: 2 }));
        assert!(matches!(d.blocks[1].kind, BlockKind::Paragraph));
        assert!(matches!(
            d.blocks[3].kind,
            BlockKind::Cell { row: 0, col: 1, .. }
        ));
        assert!(!is_uof_text(b"<?xml version=\"1.0\"?><w:wordDocument/>"));
    }
}
