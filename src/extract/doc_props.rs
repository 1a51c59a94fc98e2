//! Document properties of an Office Open XML package and the DOCPROPERTY fields that show
//! them. A system that fills a Word template through properties writes docProps/custom.xml
//! and leaves the fields' cached results as the template had them, asking Word to update
//! fields on opening (w:updateFields in settings.xml): what Word then shows is the property.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::docx::{attr, end_local, local};

/// Properties by lower-cased name (Word's names are case-insensitive): the custom ones, and
/// the built-in ones of core.xml and app.xml under Word's names (Title, Subject, Author,
/// Keywords, Comments, Category, Company, Manager).
pub(super) fn properties(
    custom: Option<&str>,
    core: Option<&str>,
    app: Option<&str>,
) -> HashMap<String, String> {
    let mut out = HashMap::new();
    if let Some(xml) = core {
        for (element, name) in [
            ("title", "title"),
            ("subject", "subject"),
            ("creator", "author"),
            ("keywords", "keywords"),
            ("description", "comments"),
            ("category", "category"),
        ] {
            if let Some(v) = element_text(xml, element) {
                out.insert(name.to_string(), v);
            }
        }
    }
    if let Some(xml) = app {
        for (element, name) in [("Company", "company"), ("Manager", "manager")] {
            if let Some(v) = element_text(xml, element) {
                out.insert(name.to_string(), v);
            }
        }
    }
    if let Some(xml) = custom {
        out.extend(custom_properties(xml));
    }
    out
}

/// The text of the first element of local name `name`.
fn element_text(xml: &str, name: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut inside = false;
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if local(&e) == name => inside = true,
            Ok(Event::Text(t)) if inside => text.push_str(&t.xml10_content()),
            Ok(Event::End(e)) if inside && end_local(&e) == name => {
                return Some(text.trim().to_string()).filter(|t| !t.is_empty());
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
    }
}

/// docProps/custom.xml's properties: each `property` element's name and its one typed value,
/// shown as Word shows it (numbers without a trailing .0, booleans Y/N, dates as their date).
fn custom_properties(xml: &str) -> HashMap<String, String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut out = HashMap::new();
    let mut name: Option<String> = None;
    let mut kind: Option<String> = None;
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let n = local(&e);
                if n == "property" {
                    name = attr(&e, "name");
                } else if name.is_some() && kind.is_none() {
                    kind = Some(n.to_string());
                    text.clear();
                }
            }
            Ok(Event::Text(t)) if kind.is_some() => text.push_str(&t.xml10_content()),
            Ok(Event::End(e)) => {
                let n = end_local(&e);
                if kind.as_deref() == Some(n.as_str()) {
                    if let (Some(p), Some(k)) = (name.as_ref(), kind.as_deref()) {
                        out.insert(p.to_lowercase(), shown(k, text.trim()));
                    }
                    kind = None;
                } else if n == "property" {
                    name = None;
                    kind = None;
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        if out.len() > 10_000 {
            break;
        }
    }
    out
}

/// A typed value (vt:lpwstr, vt:r8, vt:i4, vt:bool, vt:filetime …) as Word shows it.
fn shown(kind: &str, v: &str) -> String {
    match kind {
        "r4" | "r8" | "decimal" | "cy" => match v.parse::<f64>() {
            Ok(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
            Ok(x) => format!("{x}"),
            Err(_) => v.to_string(),
        },
        "bool" => if matches!(v, "true" | "1") { "Y" } else { "N" }.to_string(),
        "filetime" | "date" => v.split('T').next().unwrap_or(v).to_string(),
        _ => v.to_string(),
    }
}

/// Whether settings.xml asks Word to update the document's fields on opening.
pub(super) fn updates_fields(settings: &str) -> bool {
    let mut reader = Reader::from_str(settings);
    loop {
        match reader.read_event() {
            Ok(Event::Empty(e)) | Ok(Event::Start(e)) if local(&e) == "updateFields" => {
                return attr(&e, "val").is_none_or(|v| matches!(v.as_str(), "true" | "1" | "on"));
            }
            Ok(Event::Eof) | Err(_) => return false,
            _ => {}
        }
    }
}

/// The value a field code shows when it is a DOCPROPERTY field of a known property:
/// ` DOCPROPERTY  "name"  \* MERGEFORMAT `, the name quoted or not.
pub(super) fn field_value(code: &str, props: &HashMap<String, String>) -> Option<String> {
    let code = code.trim();
    let (word, rest) = code.split_once(char::is_whitespace)?;
    if !word.eq_ignore_ascii_case("DOCPROPERTY") {
        return None;
    }
    let rest = rest.trim_start();
    let name = match rest.strip_prefix('"') {
        Some(q) => q.split('"').next()?,
        None => rest.split_whitespace().next()?,
    };
    props.get(&name.to_lowercase()).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_and_their_fields() {
        let custom = r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
            <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="sbdw"><vt:lpwstr>苏州汇华新材料科技有限公司</vt:lpwstr></property>
            <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="XMZTR"><vt:r8>250</vt:r8></property>
            <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="sqsbjf"><vt:r8>37.5</vt:r8></property>
            <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="gq"><vt:bool>true</vt:bool></property>
            <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="ksrq"><vt:filetime>2022-07-01T00:00:00Z</vt:filetime></property>
        </Properties>"#;
        let core = r#"<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>项目信息表</dc:title><dc:creator>张三</dc:creator></cp:coreProperties>"#;
        let app = r#"<Properties><Company>苏州某某公司</Company></Properties>"#;
        let p = properties(Some(custom), Some(core), Some(app));
        assert_eq!(p["sbdw"], "苏州汇华新材料科技有限公司");
        assert_eq!(p["xmztr"], "250");
        assert_eq!(p["sqsbjf"], "37.5");
        assert_eq!(p["gq"], "Y");
        assert_eq!(p["ksrq"], "2022-07-01");
        assert_eq!(p["title"], "项目信息表");
        assert_eq!(p["author"], "张三");
        assert_eq!(p["company"], "苏州某某公司");
        assert_eq!(
            field_value(r#" DOCPROPERTY  "SBDW"  \* MERGEFORMAT "#, &p).as_deref(),
            Some("苏州汇华新材料科技有限公司")
        );
        assert_eq!(
            field_value(" DOCPROPERTY xmztr ", &p).as_deref(),
            Some("250")
        );
        assert_eq!(
            field_value(" DOCPROPERTY Company", &p).as_deref(),
            Some("苏州某某公司")
        );
        assert_eq!(field_value(" DOCPROPERTY missing ", &p), None);
        assert_eq!(field_value(" PAGE ", &p), None);
        assert!(updates_fields(
            r#"<w:settings xmlns:w="w"><w:zoom w:percent="100"/><w:updateFields w:val="true"/></w:settings>"#
        ));
        assert!(updates_fields(
            r#"<w:settings xmlns:w="w"><w:updateFields/></w:settings>"#
        ));
        assert!(!updates_fields(
            r#"<w:settings xmlns:w="w"><w:updateFields w:val="false"/></w:settings>"#
        ));
        assert!(!updates_fields(r#"<w:settings xmlns:w="w"/>"#));
    }
}
