//! Unicode from the embedded font program, for fonts whose ToUnicode map is missing.
//!
//! poppler reads such text from the font itself; so does propscan:
//! - TrueType / OpenType (`FontFile2`, `FontFile3/OpenType`): the font's Unicode `cmap`
//!   subtables inverted (glyph → code point), else its `post` glyph names; codes reach glyphs
//!   through `CIDToGIDMap` (CID fonts), the CFF charset (CID-keyed CFF inside OpenType), or the
//!   (3,0)/(1,0) `cmap` of a symbolic simple font;
//! - CID-keyed CFF (`FontFile3/CIDFontType0C`) and fonts that are not embedded at all: the CID
//!   goes through the character collection of the font's `CIDSystemInfo` (Adobe-GB1, -CNS1,
//!   -Japan1, -Korea1), tables reversed from Adobe's Unicode CMaps (`dictionaries/cid2uni/`);
//! - Type 1 (`FontFile`) and bare CFF (`FontFile3/Type1C`): the program's built-in encoding and
//!   glyph names through the Adobe Glyph List (`dictionaries/agl.tsv`).
//!
//! Nothing here is trusted blindly: the garble check judges the decoded page as it judges any.

use std::collections::HashMap;
use std::sync::OnceLock;

const AGL: &str = include_str!("../../dictionaries/agl.tsv");
const GB1: &str = include_str!("../../dictionaries/cid2uni/Adobe-GB1.tsv");
const CNS1: &str = include_str!("../../dictionaries/cid2uni/Adobe-CNS1.tsv");
const JAPAN1: &str = include_str!("../../dictionaries/cid2uni/Adobe-Japan1.tsv");
const KOREA1: &str = include_str!("../../dictionaries/cid2uni/Adobe-Korea1.tsv");

fn agl_table() -> &'static HashMap<&'static str, String> {
    static T: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::with_capacity(4_400);
        for line in AGL.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, cps)) = line.split_once('\t') else {
                continue;
            };
            let s: String = cps
                .split(' ')
                .filter_map(|h| u32::from_str_radix(h, 16).ok())
                .filter_map(char::from_u32)
                .collect();
            if !s.is_empty() {
                m.insert(name, s);
            }
        }
        m
    })
}

/// A glyph name as text: the Adobe Glyph List, then `uniXXXX[XXXX…]` and `uXXXX[XX]`, with
/// suffixes (`.alt`, `.sc`) and ligature parts (`f_i`) handled as the AGL specification says.
pub fn glyph_name_text(name: &str) -> Option<String> {
    let base = name.split('.').next().unwrap_or(name);
    if base.is_empty() {
        return None;
    }
    if base.contains('_') {
        let parts: Option<String> = base.split('_').map(component).collect();
        return parts.filter(|s| !s.is_empty());
    }
    component(base)
}

fn component(name: &str) -> Option<String> {
    if let Some(s) = agl_table().get(name) {
        return Some(s.clone());
    }
    if let Some(hex) = name.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        let s: Option<String> = (0..hex.len() / 4)
            .map(|i| {
                u32::from_str_radix(&hex[i * 4..i * 4 + 4], 16)
                    .ok()
                    .filter(|v| !(0xD800..=0xDFFF).contains(v))
                    .and_then(char::from_u32)
            })
            .collect();
        return s;
    }
    if let Some(hex) = name.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .map(String::from);
    }
    None
}

/// CID → Unicode for a character collection (`Adobe-GB1` …), `None` for Identity and others.
pub fn collection(registry_ordering: &str) -> Option<&'static HashMap<u32, char>> {
    static T: [OnceLock<HashMap<u32, char>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let (i, data) = match registry_ordering {
        "Adobe-GB1" => (0, GB1),
        "Adobe-CNS1" => (1, CNS1),
        "Adobe-Japan1" => (2, JAPAN1),
        "Adobe-Korea1" | "Adobe-KR" => (3, KOREA1),
        _ => return None,
    };
    Some(T[i].get_or_init(|| parse_runs(data)))
}

/// Unicode → CID of a character collection: the lowest CID that shows each character (the one
/// Adobe's Unicode CMaps (UniGB-UCS2-H …) pick for ASCII: the proportional glyphs).
pub fn collection_inverse(registry_ordering: &str) -> Option<&'static HashMap<char, u32>> {
    static T: [OnceLock<HashMap<char, u32>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let i = match registry_ordering {
        "Adobe-GB1" => 0,
        "Adobe-CNS1" => 1,
        "Adobe-Japan1" => 2,
        "Adobe-Korea1" | "Adobe-KR" => 3,
        _ => return None,
    };
    let forward = collection(registry_ordering)?;
    Some(T[i].get_or_init(|| {
        let mut m: HashMap<char, u32> = HashMap::with_capacity(forward.len());
        for (&cid, &ch) in forward {
            m.entry(ch)
                .and_modify(|c| *c = (*c).min(cid))
                .or_insert(cid);
        }
        m
    }))
}

fn parse_runs(data: &str) -> HashMap<u32, char> {
    let mut m = HashMap::with_capacity(30_000);
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split('\t');
        let (Some(c), Some(u), Some(n)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let (Ok(c), Ok(u), Ok(n)) = (
            c.parse::<u32>(),
            u32::from_str_radix(u, 16),
            n.parse::<u32>(),
        ) else {
            continue;
        };
        for k in 0..n {
            if let Some(ch) = char::from_u32(u + k) {
                m.insert(c + k, ch);
            }
        }
    }
    m
}

/// Glyph id → text from a TrueType/OpenType font's Unicode cmap subtables, then its glyph
/// names (post table, or CFF names).
pub fn sfnt_glyph_text(face: &ttf_parser::Face) -> HashMap<u16, String> {
    let mut by_gid: HashMap<u16, String> = HashMap::new();
    if let Some(cmap) = face.tables().cmap {
        for sub in cmap.subtables {
            // Unicode subtables only; (3,0) symbol maps are codes, not characters.
            if !sub.is_unicode() {
                continue;
            }
            let mut cps = Vec::new();
            sub.codepoints(|cp| {
                if cps.len() < 200_000 {
                    cps.push(cp)
                }
            });
            cps.sort_unstable();
            for cp in cps {
                // Private-use code points say nothing; the first (lowest) code point wins, so
                // a CJK ideograph is preferred over its compatibility twin.
                if (0xE000..=0xF8FF).contains(&cp) {
                    continue;
                }
                if let (Some(g), Some(ch)) = (sub.glyph_index(cp), char::from_u32(cp)) {
                    by_gid.entry(g.0).or_insert_with(|| ch.to_string());
                }
            }
        }
    }
    let n = face.number_of_glyphs();
    for g in 0..n {
        if by_gid.contains_key(&g) {
            continue;
        }
        if let Some(t) = face
            .glyph_name(ttf_parser::GlyphId(g))
            .and_then(glyph_name_text)
        {
            by_gid.insert(g, t);
        }
    }
    by_gid
}

/// A simple TrueType font's code → glyph through its (3,0) symbol or (1,0) Mac cmap, as a
/// viewer draws it when the font is symbolic.
pub fn truetype_code_gid(face: &ttf_parser::Face, code: u8) -> Option<u16> {
    let cmap = face.tables().cmap?;
    for sub in cmap.subtables {
        let id = match (sub.platform_id, sub.encoding_id) {
            (ttf_parser::PlatformId::Windows, 0) => sub
                .glyph_index(0xF000 + code as u32)
                .or_else(|| sub.glyph_index(code as u32)),
            (ttf_parser::PlatformId::Macintosh, 0) => sub.glyph_index(code as u32),
            _ => None,
        };
        if let Some(g) = id.filter(|g| g.0 != 0) {
            return Some(g.0);
        }
    }
    None
}

/// A Type 1 font program's built-in encoding: `code → glyph name`, read from its clear-text
/// part (`/Encoding StandardEncoding def` gives none: the PDF's standard table applies).
pub fn type1_builtin_encoding(program: &[u8]) -> Vec<(u8, String)> {
    let clear_end = memchr::memmem::find(program, b"eexec").unwrap_or(program.len());
    let clear = &program[..clear_end.min(program.len())];
    let Some(start) = memchr::memmem::find(clear, b"/Encoding") else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(&clear[start..]);
    let mut out = Vec::new();
    let mut words = text.split_ascii_whitespace().peekable();
    // `dup <code> /<name> put`
    let mut window: [&str; 4] = [""; 4];
    for w in words.by_ref() {
        window.rotate_left(1);
        window[3] = w;
        if w == "readonly" || w == "def" && window[2] != "/Encoding" {
            if !out.is_empty() {
                break;
            }
            if window[2] == "StandardEncoding" {
                break;
            }
        }
        if window[0] == "dup"
            && window[3] == "put"
            && let (Ok(code), Some(name)) = (window[1].parse::<u16>(), window[2].strip_prefix('/'))
            && code < 256
        {
            out.push((code as u8, name.to_string()));
        }
        if out.len() > 256 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names_through_the_glyph_list() {
        assert_eq!(glyph_name_text("A").as_deref(), Some("A"));
        assert_eq!(glyph_name_text("quotedblleft").as_deref(), Some("\u{201C}"));
        assert_eq!(glyph_name_text("uni4E2D").as_deref(), Some("中"));
        assert_eq!(glyph_name_text("uni4E2D6587").as_deref(), Some("中文"));
        assert_eq!(glyph_name_text("u2555B").as_deref(), Some("𥕛"));
        assert_eq!(glyph_name_text("f_i").as_deref(), Some("fi"));
        assert_eq!(glyph_name_text("a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_name_text("gid415"), None);
        assert_eq!(glyph_name_text(".notdef"), None);
    }

    #[test]
    fn character_collections_map_cids() {
        let gb1 = collection("Adobe-GB1").unwrap();
        // Adobe-GB1 CID 1 is the space; GB 2312's first Han row (B0A1 啊 …) starts at CID 940
        // (GBK-EUC-H: <b0a1> <b0fe> 940).
        assert_eq!(gb1.get(&1), Some(&' '));
        assert_eq!(gb1.get(&940), Some(&'啊'));
        assert!(gb1.len() > 20_000);
        for c in ["Adobe-CNS1", "Adobe-Japan1", "Adobe-Korea1"] {
            assert!(collection(c).unwrap().len() > 10_000, "{c}");
        }
        assert!(collection("Adobe-Identity").is_none());
    }

    #[test]
    fn type1_encoding_from_the_clear_text() {
        let p = b"%!PS-AdobeFont-1.0: CMR10\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 65 /A put\ndup 11 /ff put\ndup 123 /endash put\nreadonly def\ncurrentfile eexec\x80\x81";
        let enc = type1_builtin_encoding(p);
        assert_eq!(
            enc,
            vec![
                (65, "A".to_string()),
                (11, "ff".to_string()),
                (123, "endash".to_string())
            ]
        );
        let std = b"/Encoding StandardEncoding def\ncurrentfile eexec";
        assert!(type1_builtin_encoding(std).is_empty());
    }
}
