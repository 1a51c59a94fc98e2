//! Word's data binding: content controls (w:sdt) whose w:dataBinding names a custom XML part
//! (by its store item ID, from customXml/itemPropsN.xml) and an XPath into it. Word shows the
//! bound node's text, not the text cached in document.xml — systems that fill a template by
//! writing only the custom XML part leave the template's sample entries cached there. The
//! parts are read into small element trees (namespaces resolved); the XPaths Word writes —
//! absolute paths of `prefix:name[n]` steps, prefixes from w:prefixMappings — are evaluated
//! over them. Anything else (predicates other than a position, axes, functions) is not
//! evaluated and the control keeps its cached text.

use quick_xml::NsReader;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use std::collections::HashMap;

/// Elements a part may hold before the rest is left unread.
const MAX_NODES: usize = 100_000;

#[derive(Debug, Default)]
struct Node {
    ns: String,
    name: String,
    text: String,
    children: Vec<usize>,
}

/// One custom XML part: node 0 is the document, its children the root element.
#[derive(Debug)]
pub(super) struct Part {
    nodes: Vec<Node>,
}

impl Part {
    pub(super) fn parse(xml: &[u8]) -> Option<Part> {
        let mut r = NsReader::from_reader(xml);
        let mut buf = Vec::new();
        let mut nodes = vec![Node::default()];
        let mut open: Vec<usize> = vec![0];
        loop {
            let (ns, ev) = r.read_resolved_event_into(&mut buf).ok()?;
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) => {
                    if nodes.len() >= MAX_NODES {
                        break;
                    }
                    let ns = match ns {
                        ResolveResult::Bound(n) => n.into_inner().to_string(),
                        _ => String::new(),
                    };
                    let name = e.local_name().into_inner().to_string();
                    let id = nodes.len();
                    nodes.push(Node {
                        ns,
                        name,
                        ..Node::default()
                    });
                    let parent = *open.last()?;
                    nodes[parent].children.push(id);
                    if matches!(ev, Event::Start(_)) {
                        open.push(id);
                    }
                }
                Event::End(_) if open.len() > 1 => {
                    open.pop();
                }
                Event::Text(t) => {
                    let id = *open.last()?;
                    nodes[id].text.push_str(&t.xml10_content());
                }
                Event::CData(t) => {
                    let id = *open.last()?;
                    nodes[id].text.push_str(&t.xml10_content());
                }
                Event::GeneralRef(g) => {
                    let id = *open.last()?;
                    if let Some(c) = super::docx::ref_char(g) {
                        nodes[id].text.push(c);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        Some(Part { nodes })
    }

    /// The text of node `id` and everything under it.
    fn text(&self, id: usize, out: &mut String, depth: usize) {
        out.push_str(&self.nodes[id].text);
        if depth < 64 {
            for &c in &self.nodes[id].children {
                self.text(c, out, depth + 1);
            }
        }
    }

    /// The text the XPath `xpath` selects, prefixes bound by `mappings` (w:prefixMappings:
    /// `xmlns:ns0='urn:…' xmlns:ns1='…'`); None when the path is not one this reads or selects
    /// nothing.
    pub(super) fn select(&self, xpath: &str, mappings: &str) -> Option<String> {
        let prefixes = prefix_map(mappings);
        let path = xpath.trim().strip_prefix('/')?;
        let mut at = 0usize;
        for step in path.split('/') {
            let (name, pos) = match step.split_once('[') {
                Some((n, rest)) => (n, rest.strip_suffix(']')?.trim().parse::<usize>().ok()?),
                None => (step, 1),
            };
            let (ns, local) = match name.split_once(':') {
                Some((p, l)) => (Some(prefixes.get(p)?.as_str()), l),
                None => (None, name),
            };
            if local.is_empty() || local.contains(['@', '(', ':']) || pos == 0 {
                return None;
            }
            at = *self.nodes[at]
                .children
                .iter()
                .filter(|&&c| {
                    let n = &self.nodes[c];
                    (local == "*" || n.name == local) && ns.is_none_or(|ns| n.ns == ns)
                })
                .nth(pos - 1)?;
        }
        let mut out = String::new();
        self.text(at, &mut out, 0);
        Some(out)
    }
}

fn prefix_map(mappings: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for decl in mappings.split_whitespace() {
        let Some((key, value)) = decl.split_once('=') else {
            continue;
        };
        let Some(prefix) = key.strip_prefix("xmlns:") else {
            continue;
        };
        let value = value.trim_matches(|c| c == '\'' || c == '"');
        out.insert(prefix.to_string(), value.to_string());
    }
    out
}

/// The custom XML parts of a package, by store item ID (upper case, with braces).
#[derive(Debug, Default)]
pub(super) struct Store {
    parts: HashMap<String, Part>,
}

impl Store {
    pub(super) fn insert(&mut self, item_id: &str, part: Part) {
        if self.parts.len() < 64 {
            self.parts.insert(item_id.trim().to_ascii_uppercase(), part);
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// What a control bound to (store item, XPath, prefix mappings) shows. A binding without a
    /// store item ID is looked up in every part (Word tries them in turn).
    pub(super) fn value(
        &self,
        item_id: Option<&str>,
        xpath: &str,
        mappings: &str,
    ) -> Option<String> {
        match item_id {
            Some(id) => self
                .parts
                .get(&id.trim().to_ascii_uppercase())?
                .select(xpath, mappings),
            None => self.parts.values().find_map(|p| p.select(xpath, mappings)),
        }
    }
}

/// A custom XML properties part's store item ID (ds:datastoreItem/@ds:itemID).
pub(super) fn item_id(props: &[u8]) -> Option<String> {
    let mut r = quick_xml::Reader::from_reader(props);
    let mut buf = Vec::new();
    loop {
        match r.read_event_into(&mut buf).ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().into_inner() == "datastoreItem" => {
                return super::docx::attr(&e, "itemID");
            }
            Event::Eof => return None,
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_s_xpaths_select_the_bound_node() {
        let xml = r#"<?xml version="1.0"?><ns0:project xmlns:ns0="urn:szkj:project"><ns0:applicant>苏州恒鼎微电子科技有限公司</ns0:applicant><ns0:partner>甲</ns0:partner><ns0:partner>乙 &amp; 丙</ns0:partner><other xmlns="urn:x"><name>x</name></other></ns0:project>"#;
        let part = Part::parse(xml.as_bytes()).unwrap();
        let m = "xmlns:ns0='urn:szkj:project' xmlns:o='urn:x'";
        assert_eq!(
            part.select("/ns0:project[1]/ns0:applicant[1]", m)
                .as_deref(),
            Some("苏州恒鼎微电子科技有限公司")
        );
        assert_eq!(
            part.select("/ns0:project/ns0:partner[2]", m).as_deref(),
            Some("乙 & 丙")
        );
        assert_eq!(
            part.select("/ns0:project[1]/o:other[1]/o:name[1]", m)
                .as_deref(),
            Some("x")
        );
        // Not bound, not there, not read.
        assert_eq!(part.select("/ns0:project[1]/ns0:partner[3]", m), None);
        assert_eq!(part.select("/nsX:project[1]", m), None);
        assert_eq!(part.select("/ns0:project[1]/@id", m), None);
        assert_eq!(part.select("ns0:project", m), None);
        assert_eq!(part.select("/ns0:project[0]", m), None);
        let mut store = Store::default();
        store.insert("{abc-1}", part);
        assert_eq!(
            store
                .value(Some("{ABC-1}"), "/ns0:project[1]/ns0:partner[1]", m)
                .as_deref(),
            Some("甲")
        );
        assert_eq!(
            item_id(br#"<ds:datastoreItem ds:itemID="{ABC-1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>"#).as_deref(),
            Some("{ABC-1}")
        );
        // Malformed XML is no part.
        assert!(Part::parse(b"<a><b></a>").is_none());
    }
}
