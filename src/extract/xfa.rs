//! Dynamic XFA forms (XFA 3.x, as Adobe LiveCycle Designer makes them), read from their XML.
//!
//! A dynamic form's PDF pages hold only the message a viewer without XFA shows (请稍候… / Please
//! wait…); the form is the XDP in the AcroForm's /XFA: a `template` (subforms, fields with their
//! captions, drawn text) and `datasets` (the values under the fields' names). This reader walks
//! the template in order: drawn text becomes paragraphs, each field a row of two cells — its
//! label (the caption; the tooltip when there is none) and its value (the datasets' node bound to
//! it by name: the path of named subforms and the field's name, else the one data node of that
//! name, else the template's default). Radio groups (exclGroup) read as one field. Bounded by
//! the document's character limit and the deadline; nesting past 256 levels stops the reading.

use super::docx::{attr, end_local, local, ref_char};
use super::flow::Flow;
use super::{Deadline, Document, Limits};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::HashMap;

/// The XDP's XML events, one at a time, until its end, a syntax error or the deadline (looked at
/// every 4,096 events); the one buffer is reused.
struct Events<'a> {
    r: Reader<&'a [u8]>,
    buf: Vec<u8>,
    steps: usize,
    deadline: Deadline,
}

impl<'a> Events<'a> {
    fn new(xdp: &'a [u8], deadline: Deadline) -> Self {
        let mut r = Reader::from_reader(xdp);
        r.config_mut().check_end_names = false;
        Events {
            r,
            buf: Vec::new(),
            steps: 0,
            deadline,
        }
    }

    fn next(&mut self) -> Option<Event<'_>> {
        self.steps += 1;
        if self.steps.is_multiple_of(4096) && self.deadline.expired() {
            return None;
        }
        self.buf.clear();
        match self.r.read_event_into(&mut self.buf) {
            Ok(Event::Eof) | Err(_) => None,
            Ok(ev) => Some(ev),
        }
    }
}

/// The datasets' leaf values: by the path of element names under `xfa:data` (joined by '.'),
/// and by the leaf's name alone (every value of that name).
#[derive(Default)]
struct Data {
    by_path: HashMap<String, String>,
    by_name: HashMap<String, Vec<String>>,
}

fn read_data(xdp: &[u8], limits: &Limits, deadline: Deadline) -> Data {
    let mut data = Data::default();
    let mut events = Events::new(xdp, deadline);
    // Element names from the document's root; `under` is the depth of xfa:data when inside.
    let mut stack: Vec<super::docx::LocalName> = Vec::new();
    let mut under: Option<usize> = None;
    let mut text = String::new();
    let mut chars = 0usize;
    while let Some(ev) = events.next() {
        match ev {
            Event::Start(e) => {
                if stack.len() >= 256 {
                    break;
                }
                let name = local(&e);
                if under.is_none() && name == "data" && stack.iter().any(|s| s == "datasets") {
                    under = Some(stack.len() + 1);
                }
                stack.push(name);
                text.clear();
            }
            Event::Text(t) if under.is_some() => {
                let s = t.xml10_content();
                chars += s.len();
                text.push_str(&s);
            }
            Event::GeneralRef(g) if under.is_some() => {
                if let Some(c) = ref_char(g) {
                    text.push(c);
                }
            }
            Event::End(_) => {
                if let Some(d) = under {
                    if stack.len() == d {
                        under = None;
                    } else if stack.len() > d && !text.trim().is_empty() {
                        let path = stack[d..].join(".");
                        let leaf = stack.last().map(|s| s.to_string()).unwrap_or_default();
                        let value = text.trim().to_string();
                        data.by_name.entry(leaf).or_default().push(value.clone());
                        data.by_path.insert(path, value);
                    }
                }
                text.clear();
                stack.pop();
            }
            _ => {}
        }
        if chars > limits.max_chars {
            break;
        }
    }
    data
}

/// One field or drawn text being read from the template.
#[derive(Default)]
struct Item {
    draw: bool,
    name: Option<String>,
    caption: String,
    tooltip: String,
    default: String,
}

/// Read a dynamic form's XDP (its packets in order) into `doc`; returns the number of fields
/// read (0: nothing of a form was found, `doc` holds at most drawn text).
pub fn read(xdp: &[u8], doc: &mut Document, limits: &Limits, deadline: Deadline) -> usize {
    let data = read_data(xdp, limits, deadline);
    let mut events = Events::new(xdp, deadline);
    let mut flow = Flow::new(doc);
    let mut stack: Vec<super::docx::LocalName> = Vec::new();
    // Names of the subforms around (None: unnamed, transparent to binding) by depth.
    let mut subforms: Vec<(usize, Option<String>)> = Vec::new();
    let mut in_template: Option<usize> = None;
    let mut item: Option<(usize, Item)> = None;
    let mut fields = 0usize;
    let mut chars = 0usize;
    while let Some(ev) = events.next() {
        match ev {
            Event::Start(e) => {
                if stack.len() >= 256 {
                    break;
                }
                let name = local(&e);
                let depth = stack.len();
                if in_template.is_none() && name == "template" {
                    in_template = Some(depth);
                } else if in_template.is_some() && item.is_none() {
                    match name.as_str() {
                        "subform" | "subformSet" | "area" => {
                            subforms.push((depth, attr(&e, "name")));
                        }
                        "field" | "exclGroup" | "draw" => {
                            let it = Item {
                                draw: name == "draw",
                                name: attr(&e, "name"),
                                ..Item::default()
                            };
                            item = Some((depth, it));
                        }
                        _ => {}
                    }
                }
                stack.push(name);
            }
            Event::Text(t) => {
                if let Some((d, it)) = item.as_mut() {
                    let s = t.xml10_content();
                    chars += s.len();
                    let inner = &stack[*d + 1..];
                    let within = |n: &str| inner.iter().any(|x| x == n);
                    if within("caption") && !within("font") {
                        it.caption.push_str(&s);
                    } else if within("toolTip") || within("speak") {
                        it.tooltip.push_str(&s);
                    } else if within("value") && !within("items") && !within("bind") {
                        it.default.push_str(&s);
                    }
                }
            }
            Event::GeneralRef(g) => {
                if let (Some((_, it)), Some(c)) = (item.as_mut(), ref_char(g)) {
                    it.default.push(c);
                }
            }
            Event::End(e) => {
                let name = end_local(&e);
                let depth = stack.len().saturating_sub(1);
                if let Some((d, _)) = &item
                    && *d == depth
                    && let Some((_, it)) = item.take()
                {
                    if it.draw {
                        flow.paragraph(&it.default, None);
                    } else {
                        let label = if it.caption.trim().is_empty() {
                            it.tooltip.trim()
                        } else {
                            it.caption.trim()
                        };
                        let value = bound(&data, &subforms, it.name.as_deref())
                            .unwrap_or_else(|| it.default.trim().to_string());
                        if !label.is_empty() || !value.is_empty() {
                            flow.cell_text(label, ' ');
                            flow.end_cell();
                            flow.cell_text(&value, '\n');
                            flow.end_cell();
                            flow.end_row();
                            fields += 1;
                        }
                    }
                }
                if subforms.last().is_some_and(|(d, _)| *d == depth) {
                    subforms.pop();
                }
                if in_template == Some(depth) && name == "template" {
                    in_template = None;
                }
                stack.pop();
            }
            _ => {}
        }
        if chars > limits.max_chars {
            break;
        }
    }
    flow.finish();
    fields
}

/// The data bound to a field by name: the path of named subforms and its own name (the outer
/// subforms may be left off, as binding does for the form's root), else the one data node of
/// that name.
fn bound(data: &Data, subforms: &[(usize, Option<String>)], name: Option<&str>) -> Option<String> {
    let name = name?;
    let path: Vec<&str> = subforms
        .iter()
        .filter_map(|(_, n)| n.as_deref())
        .chain(std::iter::once(name))
        .collect();
    for skip in 0..path.len() {
        if let Some(v) = data.by_path.get(&path[skip..].join(".")) {
            return Some(v.clone());
        }
    }
    match data.by_name.get(name).map(Vec::as_slice) {
        Some([one]) => Some(one.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{BlockKind, Format};

    const XDP: &str = r#"<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">
<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">
<subform name="form1" layout="tb"><pageSet><pageArea name="Page1"/></pageSet>
<draw name="Title"><value><text>项目信息表</text></value></draw>
<subform name="T" layout="table">
 <subform layout="row"><field name="TextField1"><caption><font typeface="宋体"/><value><text>项目名称</text></value></caption></field></subform>
 <subform layout="row"><field name="TextField2"><assist><toolTip>指南代码</toolTip></assist></field></subform>
 <subform layout="row"><field name="Unbound"><caption><value><text>备注</text></value></caption><value><text>无</text></value></field></subform>
 <subform layout="row"><field name="Far"><caption><value><text>负责人</text></value></caption></field></subform>
</subform></subform></template>
<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1><T>
<TextField1>高精度伺服驱动器&amp;控制器研发</TextField1><TextField2>210601</TextField2>
</T><Other><Far>王晓明</Far></Other></form1></xfa:data></xfa:datasets></xdp:xdp>"#;

    #[test]
    fn captions_and_bound_values_become_label_value_rows() {
        let mut doc = Document::new("f.pdf", Format::Pdf);
        let n = read(
            XDP.as_bytes(),
            &mut doc,
            &Limits::default(),
            Deadline::after(std::time::Duration::from_secs(10)),
        );
        assert_eq!(n, 4);
        let rows: Vec<(String, u32, u32)> = doc
            .blocks
            .iter()
            .filter_map(|b| match b.kind {
                BlockKind::Cell { row, col, .. } => Some((b.text.clone(), row, col)),
                _ => None,
            })
            .collect();
        assert_eq!(doc.blocks[0].text, "项目信息表");
        assert_eq!(
            rows,
            [
                ("项目名称".into(), 0, 0),
                ("高精度伺服驱动器&控制器研发".into(), 0, 1),
                ("指南代码".into(), 1, 0),
                ("210601".into(), 1, 1),
                ("备注".into(), 2, 0),
                ("无".into(), 2, 1),
                ("负责人".into(), 3, 0),
                ("王晓明".into(), 3, 1),
            ]
        );
    }

    #[test]
    fn hostile_or_empty_xml_reads_nothing() {
        for x in [&b""[..], b"<template>", b"<<<>>>", &[0xFFu8; 64]] {
            let mut doc = Document::new("f.pdf", Format::Pdf);
            let d = Deadline::after(std::time::Duration::from_secs(10));
            assert_eq!(read(x, &mut doc, &Limits::default(), d), 0);
        }
        let deep = "<template>".to_string() + &"<subform>".repeat(10_000);
        let mut doc = Document::new("f.pdf", Format::Pdf);
        let d = Deadline::after(std::time::Duration::from_secs(10));
        assert_eq!(read(deep.as_bytes(), &mut doc, &Limits::default(), d), 0);
    }
}
