//! SmartArt diagrams (DrawingML diagrams) in Office documents: a list, process or hierarchy
//! whose text is not in the document body but in the diagram's data model
//! (`word/diagrams/data1.xml`, ISO/IEC 29500-1 21.4): points (`dgm:pt`) holding the text,
//! connections (`dgm:cxn`) saying which point is whose child and in what order. Presentation
//! points and the transition points between nodes hold no text of the author's. Word also
//! caches the laid-out shapes (`drawing1.xml`, found through the data model's
//! `dsp:dataModelExt`); that drawing is the reading when a data model has no text.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::docx::{attr, end_local, local};

/// At most this many points are looked at in one data model: a list of a few dozen is a big
/// diagram; a hostile file could list millions.
const MAX_POINTS: usize = 4096;

#[derive(Default)]
struct Point {
    id: String,
    kind: String,
    text: String,
}

struct Link {
    source: String,
    dest: String,
    order: u32,
}

/// What a diagram's data model says: its node texts in reading order (depth first from the
/// document point, children by their order), and the relationship id of the drawing Word
/// cached for it, if any.
pub(super) struct Model {
    pub texts: Vec<String>,
    pub drawing: Option<String>,
}

/// The data model `xml`'s texts, at most `max_chars` characters in all.
pub(super) fn data_model(xml: &str, max_chars: usize) -> Model {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut points: Vec<Point> = Vec::new();
    let mut links: Vec<Link> = Vec::new();
    let mut drawing = None;
    let mut current: Option<Point> = None;
    let mut in_text = false;
    let mut paragraph_open = false;
    loop {
        let ev = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(ev) => ev,
        };
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                match local(e).as_str() {
                    "pt" if points.len() < MAX_POINTS => {
                        let p = Point {
                            id: attr(e, "modelId").unwrap_or_default(),
                            kind: attr(e, "type").unwrap_or_else(|| "node".into()),
                            text: String::new(),
                        };
                        if empty {
                            points.push(p);
                        } else {
                            current = Some(p);
                        }
                    }
                    "cxn" if links.len() < MAX_POINTS => {
                        // parOf (the default) says parent → child; presOf, presParOf link
                        // presentation points.
                        let kind = attr(e, "type").unwrap_or_else(|| "parOf".into());
                        if kind == "parOf" {
                            links.push(Link {
                                source: attr(e, "srcId").unwrap_or_default(),
                                dest: attr(e, "destId").unwrap_or_default(),
                                order: attr(e, "srcOrd").and_then(|o| o.parse().ok()).unwrap_or(0),
                            });
                        }
                    }
                    "dataModelExt" => drawing = attr(e, "relId"),
                    "p" if current.is_some() && !empty => {
                        if let Some(p) = current.as_mut()
                            && !p.text.is_empty()
                        {
                            p.text.push('\n');
                        }
                        paragraph_open = true;
                    }
                    "t" if current.is_some() && paragraph_open && !empty => in_text = true,
                    "br" if current.is_some() => {
                        if let Some(p) = current.as_mut() {
                            p.text.push('\n');
                        }
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => match end_local(e).as_str() {
                "t" => in_text = false,
                "p" => paragraph_open = false,
                "pt" => {
                    if let Some(p) = current.take() {
                        points.push(p);
                    }
                }
                _ => {}
            },
            Event::Text(ref t) if in_text => {
                if let Some(p) = current.as_mut() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(ref r) if in_text => {
                if let (Some(p), Some(c)) = (current.as_mut(), super::docx::ref_char(r.clone())) {
                    p.text.push(c);
                }
            }
            _ => {}
        }
    }
    let is_node = |p: &Point| p.kind == "node" || p.kind == "asst";
    // Depth first from the document point (or every root), children in their order; nodes no
    // connection reaches come after, in the file's order.
    let mut order: Vec<usize> = Vec::new();
    let mut seen = vec![false; points.len()];
    let roots: Vec<usize> = points
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == "doc")
        .map(|(i, _)| i)
        .collect();
    let mut stack: Vec<usize> = roots.into_iter().rev().collect();
    while let Some(i) = stack.pop() {
        if seen[i] {
            continue;
        }
        seen[i] = true;
        order.push(i);
        let mut children: Vec<(u32, usize)> = links
            .iter()
            .filter(|l| l.source == points[i].id)
            .filter_map(|l| {
                points
                    .iter()
                    .position(|p| p.id == l.dest)
                    .map(|k| (l.order, k))
            })
            .filter(|&(_, k)| !seen[k])
            .collect();
        children.sort();
        stack.extend(children.into_iter().rev().map(|(_, k)| k));
    }
    order.extend((0..points.len()).filter(|&i| !seen[i]));
    let mut texts = Vec::new();
    let mut chars = 0usize;
    for i in order {
        let p = &points[i];
        let text = p.text.trim();
        if !is_node(p) || text.is_empty() {
            continue;
        }
        chars += text.chars().count();
        if chars > max_chars {
            break;
        }
        texts.push(text.to_string());
    }
    Model { texts, drawing }
}

/// The texts of the shapes of a diagram drawing Word cached (`dsp:drawing`), one per shape
/// with text, in the drawing's order.
pub(super) fn drawing(xml: &str, max_chars: usize) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut texts = Vec::new();
    let mut shape: Option<String> = None;
    let mut in_text = false;
    let mut chars = 0usize;
    loop {
        let ev = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(ev) => ev,
        };
        match ev {
            Event::Start(ref e) => match local(e).as_str() {
                "sp" => shape = Some(String::new()),
                "p" => {
                    if let Some(s) = shape.as_mut()
                        && !s.is_empty()
                    {
                        s.push('\n');
                    }
                }
                "t" => in_text = shape.is_some(),
                _ => {}
            },
            Event::End(ref e) => match end_local(e).as_str() {
                "t" => in_text = false,
                "sp" => {
                    if let Some(s) = shape.take() {
                        let s = s.trim().to_string();
                        chars += s.chars().count();
                        if chars > max_chars || texts.len() >= MAX_POINTS {
                            break;
                        }
                        if !s.is_empty() {
                            texts.push(s);
                        }
                    }
                }
                _ => {}
            },
            Event::Text(ref t) if in_text => {
                if let Some(s) = shape.as_mut() {
                    s.push_str(&t.xml10_content());
                }
            }
            _ => {}
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";

    fn pt(id: &str, kind: Option<&str>, text: &str) -> String {
        let t = if text.is_empty() {
            "<a:p><a:endParaRPr lang=\"zh-CN\"/></a:p>".to_string()
        } else {
            text.split('|')
                .map(|p| format!("<a:p><a:r><a:t>{p}</a:t></a:r></a:p>"))
                .collect()
        };
        let kind = kind.map(|k| format!(" type=\"{k}\"")).unwrap_or_default();
        format!(
            "<dgm:pt modelId=\"{id}\"{kind}><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>{t}</dgm:t></dgm:pt>"
        )
    }

    fn cxn(src: &str, dest: &str, ord: u32, kind: Option<&str>) -> String {
        let kind = kind.map(|k| format!(" type=\"{k}\"")).unwrap_or_default();
        format!(
            "<dgm:cxn modelId=\"c{src}{dest}\"{kind} srcId=\"{src}\" destId=\"{dest}\" srcOrd=\"{ord}\" destOrd=\"0\"/>"
        )
    }

    #[test]
    fn nodes_are_read_in_their_connections_order_without_transitions_or_presentation() {
        // The points stand in the file in another order than the list shows them; a child
        // of the second item; transition and presentation points; a drawing reference.
        let xml = format!(
            "<dgm:dataModel xmlns:dgm=\"d\" xmlns:a=\"{A}\"><dgm:ptLst>{}{}{}{}{}{}{}</dgm:ptLst><dgm:cxnLst>{}{}{}{}{}</dgm:cxnLst>\
             <dgm:extLst><a:ext uri=\"x\"><dsp:dataModelExt xmlns:dsp=\"s\" relId=\"rId9\" minVer=\"v\"/></a:ext></dgm:extLst></dgm:dataModel>",
            pt("0", Some("doc"), ""),
            pt("3", None, "发表论文2篇"),
            pt("1", None, "申请发明专利3项|其中授权1项"),
            pt("2", None, "研制样机2台套"),
            pt("4", Some("asst"), "通过第三方检测"),
            pt("5", Some("parTrans"), ""),
            pt("6", Some("pres"), "不是内容"),
            cxn("0", "3", 2, None),
            cxn("0", "1", 0, None),
            cxn("0", "2", 1, Some("parOf")),
            cxn("2", "4", 0, None),
            cxn("0", "6", 0, Some("presOf")),
        );
        let m = data_model(&xml, 10_000);
        assert_eq!(
            m.texts,
            vec![
                "申请发明专利3项\n其中授权1项",
                "研制样机2台套",
                "通过第三方检测",
                "发表论文2篇"
            ]
        );
        assert_eq!(m.drawing.as_deref(), Some("rId9"));
        // Nothing connected: the nodes in the file's order.
        let loose = format!(
            "<dgm:dataModel xmlns:dgm=\"d\" xmlns:a=\"{A}\"><dgm:ptLst>{}{}</dgm:ptLst></dgm:dataModel>",
            pt("1", None, "甲"),
            pt("2", None, "乙")
        );
        assert_eq!(data_model(&loose, 100).texts, vec!["甲", "乙"]);
        // A cycle of connections ends; a budget of characters is kept.
        let cyclic = format!(
            "<dgm:dataModel xmlns:dgm=\"d\" xmlns:a=\"{A}\"><dgm:ptLst>{}{}{}</dgm:ptLst><dgm:cxnLst>{}{}{}</dgm:cxnLst></dgm:dataModel>",
            pt("0", Some("doc"), ""),
            pt("1", None, "甲甲"),
            pt("2", None, "乙乙"),
            cxn("0", "1", 0, None),
            cxn("1", "2", 0, None),
            cxn("2", "1", 0, None)
        );
        assert_eq!(data_model(&cyclic, 100).texts, vec!["甲甲", "乙乙"]);
        assert_eq!(data_model(&cyclic, 3).texts, vec!["甲甲"]);
        assert!(data_model("<not xml", 100).texts.is_empty());
    }

    #[test]
    fn a_cached_drawing_is_read_shape_by_shape() {
        let xml = format!(
            "<dsp:drawing xmlns:dsp=\"s\" xmlns:a=\"{A}\"><dsp:spTree>\
             <dsp:sp><dsp:txBody><a:p><a:r><a:t>申请发明</a:t></a:r><a:r><a:t>专利3项</a:t></a:r></a:p></dsp:txBody></dsp:sp>\
             <dsp:sp><dsp:spPr/></dsp:sp>\
             <dsp:sp><dsp:txBody><a:p><a:r><a:t>研制样机</a:t></a:r></a:p><a:p><a:r><a:t>2台套</a:t></a:r></a:p></dsp:txBody></dsp:sp>\
             </dsp:spTree></dsp:drawing>"
        );
        assert_eq!(
            drawing(&xml, 100),
            vec!["申请发明专利3项", "研制样机\n2台套"]
        );
    }
}
