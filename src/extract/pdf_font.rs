//! PDF fonts: how a shown string's bytes become codes, codes become Unicode, and how wide each
//! glyph is. Order of trust: the font's ToUnicode map; then a predefined CJK CMap decoded through
//! encoding_rs (GBK-EUC-H, UniGB-UCS2-H, UniGB-UTF16-H, ETen-B5-H …, which need no CMap data
//! because their codes *are* GBK/Big5/UTF-16 bytes); then a simple font's encoding. Simple
//! TrueType fonts named like 宋体 / 仿宋_GB2312 with no ToUnicode carry raw GBK bytes (printer
//! drivers on Chinese Windows write them so); those are re-decoded as GBK.

use super::garble::{is_common_han, is_han};
use encoding_rs::{
    BIG5, EUC_JP, EUC_KR, Encoding, GB18030, GBK, MACINTOSH, SHIFT_JIS, UTF_8, WINDOWS_1252,
};
use lopdf::{Dictionary, Document, Object};
use std::collections::HashMap;

/// Resolve references.
pub fn deref<'a>(doc: &'a Document, obj: &'a Object) -> &'a Object {
    let mut o = obj;
    for _ in 0..16 {
        match o {
            Object::Reference(id) => match doc.get_object(*id) {
                Ok(next) => o = next,
                Err(_) => return &Object::Null,
            },
            _ => return o,
        }
    }
    &Object::Null
}

pub fn dict_get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    dict.get(key)
        .ok()
        .map(|o| deref(doc, o))
        .filter(|o| !matches!(o, Object::Null))
}

pub fn as_dict(obj: &Object) -> Option<&Dictionary> {
    match obj {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

pub fn num(obj: &Object) -> Option<f32> {
    match obj {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

pub fn name(obj: &Object) -> Option<&[u8]> {
    match obj {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

/// Byte encodings a predefined CJK CMap implies.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Charset {
    Gbk,
    Gb18030,
    Big5,
    ShiftJis,
    EucJp,
    EucKr,
    Utf16,
    Utf8,
}

impl Charset {
    fn from_cmap_name(n: &str) -> Option<Charset> {
        let n = n.to_ascii_uppercase();
        Some(if n.contains("UCS2") || n.contains("UTF16") {
            Charset::Utf16
        } else if n.contains("UTF8") {
            Charset::Utf8
        } else if n.starts_with("GBK2K") {
            Charset::Gb18030
        } else if n.starts_with("GB") {
            Charset::Gbk
        } else if n.starts_with("B5")
            || n.starts_with("ETEN")
            || n.starts_with("HKSCS")
            || n.starts_with("CNS")
            || n.starts_with("ETHK")
            || n.starts_with("HK")
        {
            Charset::Big5
        } else if n.contains("RKSJ") {
            Charset::ShiftJis
        } else if n.starts_with("EUC") || n.starts_with("83PV") || n.starts_with("90") {
            Charset::EucJp
        } else if n.starts_with("KSC") {
            Charset::EucKr
        } else {
            return None;
        })
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            Charset::Gbk => GBK,
            Charset::Gb18030 => GB18030,
            Charset::Big5 => BIG5,
            Charset::ShiftJis => SHIFT_JIS,
            Charset::EucJp => EUC_JP,
            Charset::EucKr => EUC_KR,
            Charset::Utf8 => UTF_8,
            Charset::Utf16 => UTF_8, // handled separately
        }
    }

    /// Length of the code starting at `b[0]`.
    fn code_len(self, b: &[u8]) -> usize {
        let b0 = b[0];
        let n = match self {
            Charset::Utf16 => {
                if b.len() >= 4 && (0xD8..=0xDB).contains(&b0) {
                    4
                } else {
                    2
                }
            }
            Charset::Utf8 => match b0 {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            },
            Charset::Gbk | Charset::Big5 | Charset::EucKr => {
                if b0 >= 0x81 {
                    2
                } else {
                    1
                }
            }
            Charset::Gb18030 => {
                if b0 >= 0x81 {
                    if b.len() >= 4 && (0x30..=0x39).contains(&b[1]) {
                        4
                    } else {
                        2
                    }
                } else {
                    1
                }
            }
            Charset::ShiftJis => {
                if (0x81..=0x9F).contains(&b0) || (0xE0..=0xFC).contains(&b0) {
                    2
                } else {
                    1
                }
            }
            Charset::EucJp => {
                if b0 == 0x8F {
                    3
                } else if b0 >= 0x8E {
                    2
                } else {
                    1
                }
            }
        };
        n.min(b.len())
    }

    fn decode(self, code: &[u8]) -> String {
        match self {
            Charset::Utf16 => {
                let units: Vec<u16> = code
                    .chunks(2)
                    .filter(|c| c.len() == 2)
                    .map(|c| u16::from_be_bytes([c[0], c[1]]))
                    .collect();
                String::from_utf16_lossy(&units)
            }
            cs => {
                let (s, _) = cs.encoding().decode_without_bom_handling(code);
                s.into_owned()
            }
        }
    }
}

/// A parsed CMap (ToUnicode or an embedded encoding CMap).
#[derive(Debug, Default, Clone)]
pub struct CMap {
    /// Code-space ranges: (low bytes, high bytes).
    spaces: Vec<(Vec<u8>, Vec<u8>)>,
    /// (code length, code) → Unicode text.
    chars: HashMap<(u8, u32), String>,
    /// (code length, low, high, first destination as UTF-16 units).
    ranges: Vec<(u8, u32, u32, Vec<u16>)>,
}

fn be(bytes: &[u8]) -> u32 {
    bytes.iter().take(4).fold(0u32, |a, b| (a << 8) | *b as u32)
}

#[derive(Debug)]
enum Tok {
    Hex(Vec<u8>),
    Kw(String),
    ArrOpen,
    ArrClose,
    Other,
}

fn tokenize(data: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        match c {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => {
                out.push(Tok::Other);
                i += 2;
            }
            b'>' if data.get(i + 1) == Some(&b'>') => {
                out.push(Tok::Other);
                i += 2;
            }
            b'<' => {
                let mut hex = Vec::new();
                i += 1;
                let mut hi: Option<u8> = None;
                while i < data.len() && data[i] != b'>' {
                    if let Some(v) = (data[i] as char).to_digit(16) {
                        match hi.take() {
                            Some(h) => hex.push(h << 4 | v as u8),
                            None => hi = Some(v as u8),
                        }
                    }
                    i += 1;
                }
                if let Some(h) = hi {
                    hex.push(h << 4);
                }
                i += 1;
                out.push(Tok::Hex(hex));
            }
            b'[' => {
                out.push(Tok::ArrOpen);
                i += 1;
            }
            b']' => {
                out.push(Tok::ArrClose);
                i += 1;
            }
            b'(' => {
                // Literal strings do not occur in the sections we read; skip them.
                let mut depth = 0;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
                out.push(Tok::Other);
            }
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < data.len()
                    && !data[i].is_ascii_whitespace()
                    && !b"<>[]()/%".contains(&data[i])
                {
                    i += 1;
                }
                if i == start {
                    i += 1; // a lone '/' or delimiter
                    out.push(Tok::Other);
                } else {
                    out.push(Tok::Kw(
                        String::from_utf8_lossy(&data[start..i]).into_owned(),
                    ));
                }
            }
        }
    }
    out
}

fn utf16_units(b: &[u8]) -> Vec<u16> {
    b.chunks(2)
        .map(|c| {
            if c.len() == 2 {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                c[0] as u16
            }
        })
        .collect()
}

impl CMap {
    pub fn parse(data: &[u8]) -> CMap {
        let toks = tokenize(data);
        let mut cmap = CMap::default();
        let mut i = 0;
        let mut section = "";
        while i < toks.len() {
            match &toks[i] {
                Tok::Kw(k) if k == "begincodespacerange" => section = "space",
                Tok::Kw(k) if k == "beginbfchar" => section = "bfchar",
                Tok::Kw(k) if k == "beginbfrange" => section = "bfrange",
                Tok::Kw(k) if k.starts_with("end") => section = "",
                Tok::Hex(lo) => match section {
                    "space" => {
                        if let Some(Tok::Hex(hi)) = toks.get(i + 1) {
                            cmap.spaces.push((lo.clone(), hi.clone()));
                            i += 1;
                        }
                    }
                    "bfchar" => {
                        if let Some(Tok::Hex(dst)) = toks.get(i + 1) {
                            let s = String::from_utf16_lossy(&utf16_units(dst));
                            cmap.chars.insert((lo.len() as u8, be(lo)), s);
                            i += 1;
                        }
                    }
                    "bfrange" => {
                        if let Some(Tok::Hex(hi)) = toks.get(i + 1) {
                            let (l, h) = (be(lo), be(hi));
                            match toks.get(i + 2) {
                                Some(Tok::Hex(dst)) if h >= l && h - l <= 0xFFFF => {
                                    cmap.ranges.push((lo.len() as u8, l, h, utf16_units(dst)));
                                    i += 2;
                                }
                                Some(Tok::ArrOpen) => {
                                    let mut j = i + 3;
                                    let mut code = l;
                                    while let Some(Tok::Hex(dst)) = toks.get(j) {
                                        if code <= h {
                                            cmap.chars.insert(
                                                (lo.len() as u8, code),
                                                String::from_utf16_lossy(&utf16_units(dst)),
                                            );
                                        }
                                        code = code.wrapping_add(1);
                                        j += 1;
                                    }
                                    i = j;
                                }
                                _ => i += 1,
                            }
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
            i += 1;
        }
        cmap
    }

    pub fn lookup(&self, code: &[u8]) -> Option<String> {
        let key = (code.len() as u8, be(code));
        if let Some(s) = self.chars.get(&key) {
            return Some(s.clone());
        }
        for (len, lo, hi, dst) in &self.ranges {
            if *len == key.0 && key.1 >= *lo && key.1 <= *hi {
                let mut units = dst.clone();
                if let Some(last) = units.last_mut() {
                    *last = last.wrapping_add((key.1 - lo) as u16);
                }
                return Some(String::from_utf16_lossy(&units));
            }
        }
        None
    }

    fn is_empty(&self) -> bool {
        self.chars.is_empty() && self.ranges.is_empty()
    }

    /// Length of the code at the start of `b` according to the code-space ranges.
    fn code_len(&self, b: &[u8]) -> Option<usize> {
        for (lo, hi) in &self.spaces {
            let n = lo.len();
            if n == 0 || n > b.len() || hi.len() != n {
                continue;
            }
            if (0..n).all(|k| b[k] >= lo[k] && b[k] <= hi[k]) {
                return Some(n);
            }
        }
        None
    }
}

#[derive(Debug, Clone)]
enum Widths {
    Simple {
        first: u32,
        widths: Vec<f32>,
        missing: f32,
    },
    Cid {
        default: f32,
        map: HashMap<u32, f32>,
    },
}

#[derive(Debug, Clone)]
enum CodeSplit {
    OneByte,
    TwoByte,
    Charset(Charset),
    Ranges(CMap),
}

/// One decoded glyph of a shown string.
#[derive(Debug, Clone)]
pub struct Glyph {
    pub text: String,
    /// Advance in thousandths of text space (before font size).
    pub width: f32,
    /// A single-byte code 32: word spacing (Tw) applies.
    pub is_space_code: bool,
}

#[derive(Debug, Clone)]
pub struct Font {
    split: CodeSplit,
    to_unicode: Option<CMap>,
    /// Fallback decoder for a Type0 font with a predefined CMap.
    charset: Option<Charset>,
    /// A Traditional Chinese (CNS/Big5/HKSCS) CMap: private-use code points are HKSCS
    /// characters in Big5's user-defined area.
    cns: bool,
    /// Simple-font code table.
    table: Option<Box<[Option<char>; 256]>>,
    /// Simple font that probably carries raw GBK bytes (name hints at a Chinese font).
    gbk_named: bool,
    /// Simple font without ToUnicode or Differences: raw GBK may be detected from content.
    gbk_possible: bool,
    widths: Widths,
    /// Type 3 fonts scale widths by their FontMatrix.
    width_scale: f32,
    /// Text of a code (simple fonts) or CID (Type0) read from the embedded font program or
    /// the character collection, for fonts without a ToUnicode map (`font_program`).
    program: Option<HashMap<u32, String>>,
    /// CID → Unicode of the font's character collection (Adobe-GB1 …), after `program`.
    collection: Option<&'static HashMap<u32, char>>,
    /// Unicode → CID of the collection, for widths under a Unicode CMap (UniGB-UCS2-H): the
    /// codes are characters, the W array speaks of CIDs.
    uni_cid: Option<&'static HashMap<char, u32>>,
}

const CJK_FONT_HINTS: &[&str] = &[
    "GB2312",
    "SIMSUN",
    "SIMHEI",
    "SIMFANG",
    "SIMKAI",
    "FANGSONG",
    "KAITI",
    "STSONG",
    "STFANGSONG",
    "STKAITI",
    "STHEITI",
    "NSIMSUN",
    "MICROSOFTYAHEI",
    "YAHEI",
    "SONGTI",
    "HEITI",
    "XIAOBIAOSONG",
    "FZ",
    "GBK",
];

/// A glyph name that only numbers a glyph (cid16855, g812, index0x1F, glyph7) with a number
/// that is not the code it is given: the glyph of another font's numbering, not a character.
/// Names whose number is the code (G065 or g41 for code 65 or 0x41) keep the code's character.
fn names_another_glyph(n: &[u8], code: usize) -> bool {
    let Ok(s) = std::str::from_utf8(n) else {
        return false;
    };
    let digits = ["cid", "gid", "glyph", "index", "g", "G"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .filter(|d| !d.is_empty());
    let Some(d) = digits else {
        return false;
    };
    let number = if let Some(h) = d.strip_prefix("0x") {
        u32::from_str_radix(h, 16).ok()
    } else if d.bytes().all(|b| b.is_ascii_digit()) {
        d.parse::<u32>().ok()
    } else {
        None
    };
    let Some(number) = number else {
        return false;
    };
    let hex = u32::from_str_radix(d, 16).ok();
    number != code as u32 && hex != Some(code as u32)
}

fn glyph_name_char(n: &[u8]) -> Option<char> {
    let s = std::str::from_utf8(n).ok()?;
    if let Some(hex) = s.strip_prefix("uni").filter(|h| h.len() >= 4) {
        return u32::from_str_radix(&hex[..4], 16)
            .ok()
            .and_then(char::from_u32);
    }
    if let Some(hex) = s.strip_prefix('u').filter(|h| (4..=6).contains(&h.len()))
        && let Ok(v) = u32::from_str_radix(hex, 16)
    {
        return char::from_u32(v);
    }
    if s.len() == 1 {
        return s.chars().next();
    }
    Some(match s {
        "space" | "nbspace" => ' ',
        "exclam" => '!',
        "quotedbl" => '"',
        "numbersign" => '#',
        "dollar" => '$',
        "percent" => '%',
        "ampersand" => '&',
        "quotesingle" | "quoteright" => '\'',
        "parenleft" => '(',
        "parenright" => ')',
        "asterisk" => '*',
        "plus" => '+',
        "comma" => ',',
        "hyphen" | "minus" => '-',
        "period" => '.',
        "slash" => '/',
        "zero" => '0',
        "one" => '1',
        "two" => '2',
        "three" => '3',
        "four" => '4',
        "five" => '5',
        "six" => '6',
        "seven" => '7',
        "eight" => '8',
        "nine" => '9',
        "colon" => ':',
        "semicolon" => ';',
        "less" => '<',
        "equal" => '=',
        "greater" => '>',
        "question" => '?',
        "at" => '@',
        "bracketleft" => '[',
        "backslash" => '\\',
        "bracketright" => ']',
        "asciicircum" => '^',
        "underscore" => '_',
        "grave" | "quoteleft" => '`',
        "braceleft" => '{',
        "bar" => '|',
        "braceright" => '}',
        "asciitilde" => '~',
        "bullet" => '•',
        "endash" => '–',
        "emdash" => '—',
        "quotedblleft" => '“',
        "quotedblright" => '”',
        "ellipsis" => '…',
        "degree" => '°',
        "multiply" => '×',
        "divide" => '÷',
        "plusminus" => '±',
        "copyright" => '©',
        "registered" => '®',
        "trademark" => '™',
        "section" => '§',
        "periodcentered" => '·',
        "fi" => 'ﬁ',
        "fl" => 'ﬂ',
        _ => return None,
    })
}

fn base_table(enc: &'static Encoding) -> Box<[Option<char>; 256]> {
    let mut t: Box<[Option<char>; 256]> = Box::new([None; 256]);
    for (b, slot) in t.iter_mut().enumerate() {
        let one = [b as u8];
        let (s, bad) = enc.decode_without_bom_handling(&one);
        if !bad {
            *slot = s.chars().next();
        }
    }
    t
}

impl Font {
    pub fn load(doc: &Document, font: &Dictionary) -> Font {
        let subtype = dict_get(doc, font, b"Subtype")
            .and_then(name)
            .unwrap_or(b"");
        let to_unicode = dict_get(doc, font, b"ToUnicode")
            .and_then(|o| match o {
                Object::Stream(s) => s.get_plain_content().ok(),
                _ => None,
            })
            .map(|d| CMap::parse(&d))
            .filter(|c| !c.is_empty());
        if subtype == b"Type0" {
            return Self::load_type0(doc, font, to_unicode);
        }
        // Simple fonts: Type1, TrueType, MMType1, Type3.
        let base = dict_get(doc, font, b"BaseFont")
            .and_then(name)
            .unwrap_or(b"");
        let mut table = base_table(WINDOWS_1252);
        let mut has_differences = false;
        let mut diff_codes: Vec<u32> = Vec::new();
        let mut explicit_encoding = false;
        match dict_get(doc, font, b"Encoding") {
            Some(Object::Name(n)) => {
                explicit_encoding = true;
                if n == b"MacRomanEncoding" {
                    table = base_table(MACINTOSH);
                }
            }
            Some(Object::Dictionary(enc)) => {
                explicit_encoding = true;
                if let Some(Object::Name(n)) = dict_get(doc, enc, b"BaseEncoding")
                    && n == b"MacRomanEncoding"
                {
                    table = base_table(MACINTOSH);
                }
                if let Some(Object::Array(diffs)) = dict_get(doc, enc, b"Differences") {
                    let mut code = 0usize;
                    for d in diffs {
                        match deref(doc, d) {
                            Object::Integer(i) => code = (*i).clamp(0, 255) as usize,
                            Object::Name(n) => {
                                if code < 256 {
                                    // An unknown glyph name (G065, g3) keeps the base encoding's
                                    // character, as poppler does — unless the name numbers a
                                    // glyph of another font (cid16855 for code 1, as Ghostscript
                                    // names the glyphs of a CID font it re-encodes): then the
                                    // code says nothing of the character.
                                    if let Some(c) = glyph_name_char(n) {
                                        table[code] = Some(c);
                                    } else if names_another_glyph(n, code) {
                                        table[code] = Some('\u{FFFD}');
                                    }
                                    diff_codes.push(code as u32);
                                    has_differences = true;
                                }
                                code += 1;
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
        let upper = String::from_utf8_lossy(base)
            .to_ascii_uppercase()
            .replace([' ', '-', '_', ','], "");
        // A BaseFont name written in GBK bytes (#CB#CE#CC#E5 = 宋体) is itself the hint.
        let (decoded_name, _, bad) = GBK.decode(base);
        let han_name = !bad && decoded_name.chars().any(is_han);
        let gbk_named = han_name || CJK_FONT_HINTS.iter().any(|h| upper.contains(h));
        let first = dict_get(doc, font, b"FirstChar")
            .and_then(num)
            .unwrap_or(0.0) as u32;
        let mut widths: Vec<f32> = match dict_get(doc, font, b"Widths") {
            Some(Object::Array(a)) => a
                .iter()
                .map(|w| num(deref(doc, w)).unwrap_or(0.0))
                .collect(),
            _ => Vec::new(),
        };
        let missing = dict_get(doc, font, b"FontDescriptor")
            .and_then(as_dict)
            .and_then(|fd| dict_get(doc, fd, b"MissingWidth"))
            .and_then(num)
            .unwrap_or(0.0);
        let mut width_scale = 1.0;
        if subtype == b"Type3"
            && let Some(Object::Array(m)) = dict_get(doc, font, b"FontMatrix")
        {
            width_scale = m.first().and_then(|o| num(deref(doc, o))).unwrap_or(0.001) * 1000.0;
        }
        if widths.is_empty() {
            widths = Vec::new();
        }
        let program = if to_unicode.is_none() && subtype != b"Type3" {
            // Differences name their glyphs themselves and win over the built-in encoding.
            simple_program_map(doc, font, explicit_encoding, has_differences).and_then(|mut m| {
                for c in &diff_codes {
                    m.remove(c);
                }
                (!m.is_empty()).then_some(m)
            })
        } else {
            None
        };
        let from_program = program.is_some();
        Font {
            split: CodeSplit::OneByte,
            gbk_possible: to_unicode.is_none()
                && !has_differences
                && subtype != b"Type3"
                && !from_program,
            gbk_named: gbk_named && to_unicode.is_none() && !has_differences && !from_program,
            to_unicode,
            charset: None,
            cns: false,
            table: Some(table),
            widths: Widths::Simple {
                first,
                widths,
                missing: if missing > 0.0 { missing } else { 500.0 },
            },
            width_scale,
            program,
            collection: None,
            uni_cid: None,
        }
    }

    fn load_type0(doc: &Document, font: &Dictionary, to_unicode: Option<CMap>) -> Font {
        let cns = match dict_get(doc, font, b"Encoding") {
            Some(Object::Name(n)) => {
                let n = String::from_utf8_lossy(n).to_ascii_uppercase();
                ["CNS", "B5", "HK", "ETEN"].iter().any(|k| n.contains(k))
            }
            _ => false,
        };
        let (split, charset) = match dict_get(doc, font, b"Encoding") {
            Some(Object::Name(n)) => {
                let n = String::from_utf8_lossy(n).into_owned();
                if n.starts_with("Identity") {
                    (CodeSplit::TwoByte, None)
                } else if let Some(cs) = Charset::from_cmap_name(&n) {
                    (CodeSplit::Charset(cs), Some(cs))
                } else {
                    (CodeSplit::TwoByte, None)
                }
            }
            Some(Object::Stream(s)) => {
                let cm = CMap::parse(&s.get_plain_content().unwrap_or_default());
                let cs = dict_get(doc, &s.dict, b"CMapName")
                    .and_then(name)
                    .and_then(|n| Charset::from_cmap_name(&String::from_utf8_lossy(n)));
                if cm.spaces.is_empty() {
                    (CodeSplit::TwoByte, cs)
                } else {
                    (CodeSplit::Ranges(cm), cs)
                }
            }
            _ => (CodeSplit::TwoByte, None),
        };
        let descendant = dict_get(doc, font, b"DescendantFonts").and_then(|o| match o {
            Object::Array(a) => a.first().map(|d| deref(doc, d)).and_then(as_dict),
            _ => None,
        });
        let mut default = 1000.0;
        let mut map = HashMap::new();
        if let Some(d) = descendant {
            default = dict_get(doc, d, b"DW").and_then(num).unwrap_or(1000.0);
            if let Some(Object::Array(w)) = dict_get(doc, d, b"W") {
                let items: Vec<&Object> = w.iter().map(|o| deref(doc, o)).collect();
                let mut i = 0;
                while i < items.len() && map.len() < 200_000 {
                    let Some(c0) = num(items[i]) else { break };
                    match items.get(i + 1) {
                        Some(Object::Array(ws)) => {
                            for (k, w) in ws.iter().enumerate() {
                                if let Some(w) = num(deref(doc, w)) {
                                    map.insert(c0 as u32 + k as u32, w);
                                }
                            }
                            i += 2;
                        }
                        Some(o) => {
                            let c1 = num(o).unwrap_or(c0);
                            let w = items.get(i + 2).and_then(|o| num(o)).unwrap_or(default);
                            let (a, b) = (c0 as u32, (c1 as u32).min(c0 as u32 + 65_535));
                            for c in a..=b {
                                map.insert(c, w);
                            }
                            i += 3;
                        }
                        None => break,
                    }
                }
            }
        }
        // Codes are CIDs only under Identity-H/V; a predefined CMap already decodes (charset).
        let identity = matches!(split, CodeSplit::TwoByte) && charset.is_none();
        let (program, collection) = match descendant {
            Some(d) if to_unicode.is_none() && identity => cid_program_map(doc, d),
            _ => (None, None),
        };
        let uni_cid = match (descendant, charset) {
            (Some(d), Some(Charset::Utf16)) if !map.is_empty() => {
                super::font_program::collection_inverse(&registry_ordering(doc, d))
            }
            _ => None,
        };
        Font {
            split,
            to_unicode,
            charset,
            cns,
            table: None,
            gbk_named: false,
            gbk_possible: false,
            widths: Widths::Cid { default, map },
            width_scale: 1.0,
            program,
            collection,
            uni_cid,
        }
    }

    fn width_of(&self, code: u32, len: usize) -> f32 {
        let w = match &self.widths {
            Widths::Simple {
                first,
                widths,
                missing,
            } => {
                if widths.is_empty() {
                    if code == 32 { 250.0 } else { 500.0 }
                } else {
                    code.checked_sub(*first)
                        .and_then(|i| widths.get(i as usize))
                        .copied()
                        .unwrap_or(*missing)
                }
            }
            Widths::Cid { default, map } => {
                if let (Some(inv), CodeSplit::Charset(Charset::Utf16), 2) =
                    (self.uni_cid, &self.split, len)
                {
                    // A Unicode CMap: the code is the character; its CID in the collection
                    // gives the width the writer placed it with.
                    char::from_u32(code)
                        .and_then(|c| inv.get(&c))
                        .and_then(|cid| map.get(cid))
                        .copied()
                        .unwrap_or(if code < 0x80 { 500.0 } else { *default })
                } else if matches!(self.split, CodeSplit::Charset(_)) {
                    // CIDs of a predefined CMap are unknown without CMap data: one em for a
                    // double-byte code, half an em for ASCII.
                    if len >= 2 { 1000.0 } else { 500.0 }
                } else {
                    map.get(&code).copied().unwrap_or(*default)
                }
            }
        };
        w * self.width_scale
    }

    /// Whether the string's high bytes all pair up into common GBK Han characters.
    fn looks_like_gbk(bytes: &[u8]) -> bool {
        let mut i = 0;
        let (mut pairs, mut common) = (0, 0);
        while i < bytes.len() {
            if bytes[i] >= 0x81 {
                if i + 1 >= bytes.len() {
                    return false;
                }
                let (s, bad) = GBK.decode_without_bom_handling(&bytes[i..i + 2]);
                if bad {
                    return false;
                }
                pairs += 1;
                if s.chars().all(|c| is_common_han(c) || !is_han(c)) {
                    common += 1;
                }
                i += 2;
            } else {
                i += 1;
            }
        }
        pairs >= 2 && common * 10 >= pairs * 8
    }

    pub fn decode(&self, bytes: &[u8], out: &mut Vec<Glyph>) {
        let from = out.len();
        self.decode_raw(bytes, out);
        for g in &mut out[from..] {
            if let std::borrow::Cow::Owned(t) = crate::text::unify_ideographs(&g.text) {
                g.text = t;
            }
            // A symbol font's tick box kept as its private-use code (U+F052 for Wingdings 2's ☑).
            if super::symbols::has_symbol_code(&g.text) {
                g.text = super::symbols::unify_marks(&g.text);
            }
        }
    }

    fn decode_raw(&self, bytes: &[u8], out: &mut Vec<Glyph>) {
        if let Some(table) = &self.table {
            let gbk = self.gbk_possible && (self.gbk_named || Self::looks_like_gbk(bytes));
            let mut i = 0;
            while i < bytes.len() {
                let b = bytes[i];
                if gbk && b >= 0x81 && i + 1 < bytes.len() {
                    let (s, bad) = GBK.decode_without_bom_handling(&bytes[i..i + 2]);
                    if !bad {
                        let w = self.width_of(b as u32, 1) + self.width_of(bytes[i + 1] as u32, 1);
                        out.push(Glyph {
                            text: s.into_owned(),
                            width: w,
                            is_space_code: false,
                        });
                        i += 2;
                        continue;
                    }
                }
                let text = match (&self.to_unicode, &self.program) {
                    (Some(cm), _) => cm
                        .lookup(&[b])
                        .unwrap_or_else(|| table[b as usize].map(String::from).unwrap_or_default()),
                    (None, Some(p)) => p
                        .get(&(b as u32))
                        .cloned()
                        .unwrap_or_else(|| table[b as usize].map(String::from).unwrap_or_default()),
                    (None, None) => table[b as usize].map(String::from).unwrap_or_default(),
                };
                out.push(Glyph {
                    text,
                    width: self.width_of(b as u32, 1),
                    is_space_code: b == 32,
                });
                i += 1;
            }
            return;
        }
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let n = match &self.split {
                CodeSplit::OneByte => 1,
                CodeSplit::TwoByte => 2.min(rest.len()),
                CodeSplit::Charset(cs) => cs.code_len(rest),
                CodeSplit::Ranges(cm) => cm.code_len(rest).unwrap_or(1),
            }
            .max(1);
            let code = &rest[..n];
            let text = self
                .to_unicode
                .as_ref()
                .and_then(|cm| cm.lookup(code))
                .or_else(|| self.charset.map(|cs| cs.decode(code)))
                .or_else(|| self.program.as_ref()?.get(&be(code)).cloned())
                .or_else(|| self.collection?.get(&be(code)).map(|c| c.to_string()))
                .map(|t| if self.cns { hkscs_from_pua(&t) } else { t })
                .unwrap_or_else(|| "\u{FFFD}".to_string());
            out.push(Glyph {
                text,
                width: self.width_of(be(code), n),
                is_space_code: n == 1 && code[0] == 32,
            });
            i += n;
        }
    }
}

fn stream_bytes(doc: &Document, obj: Option<&Object>) -> Option<(Vec<u8>, Dictionary)> {
    match obj? {
        Object::Stream(s) => {
            let data = s.get_plain_content().ok()?;
            (!data.is_empty() && data.len() <= 64 * 1024 * 1024).then(|| (data, s.dict.clone()))
        }
        Object::Reference(_) => stream_bytes(doc, Some(deref(doc, obj?))),
        _ => None,
    }
}

/// The embedded program of a font descriptor: (kind, bytes). Kinds: `FontFile` (Type 1),
/// `FontFile2` (TrueType), `OpenType`, `Type1C`, `CIDFontType0C`.
fn font_program_bytes(doc: &Document, font: &Dictionary) -> Option<(&'static str, Vec<u8>)> {
    let fd = dict_get(doc, font, b"FontDescriptor").and_then(as_dict)?;
    if let Some((d, _)) = stream_bytes(doc, dict_get(doc, fd, b"FontFile2")) {
        return Some(("FontFile2", d));
    }
    if let Some((d, _)) = stream_bytes(doc, dict_get(doc, fd, b"FontFile")) {
        return Some(("FontFile", d));
    }
    let (d, sd) = stream_bytes(doc, dict_get(doc, fd, b"FontFile3"))?;
    let kind = match sd.get(b"Subtype").ok().and_then(name) {
        Some(b"OpenType") => "OpenType",
        Some(b"CIDFontType0C") => "CIDFontType0C",
        _ => "Type1C",
    };
    Some((kind, d))
}

fn font_flags(doc: &Document, font: &Dictionary) -> u32 {
    dict_get(doc, font, b"FontDescriptor")
        .and_then(as_dict)
        .and_then(|fd| dict_get(doc, fd, b"Flags"))
        .and_then(num)
        .unwrap_or(0.0) as u32
}

/// A simple font without ToUnicode: code → text from its program's built-in encoding and glyph
/// names (Type 1, CFF) or, for a symbolic TrueType font, its symbol cmap and Unicode cmap.
fn simple_program_map(
    doc: &Document,
    font: &Dictionary,
    explicit_encoding: bool,
    has_differences: bool,
) -> Option<HashMap<u32, String>> {
    let (kind, data) = font_program_bytes(doc, font)?;
    let symbolic = font_flags(doc, font) & 4 != 0;
    let mut map = HashMap::new();
    match kind {
        "FontFile" if !explicit_encoding || symbolic => {
            for (code, glyph) in super::font_program::type1_builtin_encoding(&data) {
                if let Some(t) = super::font_program::glyph_name_text(&glyph) {
                    map.insert(code as u32, t);
                }
            }
        }
        "Type1C" if !explicit_encoding || symbolic => {
            let cff = ttf_parser::cff::Table::parse(&data)?;
            for code in 0..=255u8 {
                if let Some(t) = cff
                    .glyph_index(code)
                    .filter(|g| g.0 != 0)
                    .and_then(|g| cff.glyph_name(g))
                    .and_then(super::font_program::glyph_name_text)
                {
                    map.insert(code as u32, t);
                }
            }
        }
        "FontFile2" | "OpenType" if symbolic && !has_differences => {
            let face = ttf_parser::Face::parse(&data, 0).ok()?;
            let by_gid = super::font_program::sfnt_glyph_text(&face);
            for code in 0..=255u8 {
                if let Some(t) =
                    super::font_program::truetype_code_gid(&face, code).and_then(|g| by_gid.get(&g))
                {
                    map.insert(code as u32, t.clone());
                }
            }
        }
        _ => {}
    }
    (!map.is_empty()).then_some(map)
}

/// A CID font shown through Identity-H/V without ToUnicode: CID → text from the embedded
/// TrueType/OpenType tables (CIDToGIDMap, CFF charset, cmap, glyph names) or from the
/// character collection named by CIDSystemInfo.
type CidMaps = (
    Option<HashMap<u32, String>>,
    Option<&'static HashMap<u32, char>>,
);

/// "Adobe-GB1" from a CID font's CIDSystemInfo ("" when absent).
fn registry_ordering(doc: &Document, cid_font: &Dictionary) -> String {
    dict_get(doc, cid_font, b"CIDSystemInfo")
        .and_then(as_dict)
        .map(|si| {
            let s = |k: &[u8]| match dict_get(doc, si, k) {
                Some(Object::String(b, _)) => String::from_utf8_lossy(b).into_owned(),
                _ => String::new(),
            };
            format!("{}-{}", s(b"Registry"), s(b"Ordering"))
        })
        .unwrap_or_default()
}

fn cid_program_map(doc: &Document, cid_font: &Dictionary) -> CidMaps {
    let ordering = registry_ordering(doc, cid_font);
    let collection = super::font_program::collection(&ordering);
    let mut map: HashMap<u32, String> = HashMap::new();
    match font_program_bytes(doc, cid_font) {
        Some(("FontFile2", data)) | Some(("OpenType", data)) => {
            let Ok(face) = ttf_parser::Face::parse(&data, 0) else {
                return (None, collection);
            };
            let by_gid = super::font_program::sfnt_glyph_text(&face);
            let n = face.number_of_glyphs() as u32;
            if let Some(cff) = face.tables().cff {
                // CID-keyed CFF inside OpenType: the charset gives each glyph its CID.
                for g in 0..n as u16 {
                    let cid = cff
                        .glyph_cid(ttf_parser::GlyphId(g))
                        .map_or(g as u32, u32::from);
                    let text = by_gid
                        .get(&g)
                        .cloned()
                        .or_else(|| collection?.get(&cid).map(|c| c.to_string()));
                    if let Some(t) = text {
                        map.insert(cid, t);
                    }
                }
            } else {
                match stream_bytes(doc, dict_get(doc, cid_font, b"CIDToGIDMap")) {
                    Some((c2g, _)) => {
                        for (cid, pair) in c2g.chunks_exact(2).enumerate().take(65_536) {
                            let gid = u16::from_be_bytes([pair[0], pair[1]]);
                            if let Some(t) = by_gid.get(&gid) {
                                map.insert(cid as u32, t.clone());
                            }
                        }
                    }
                    None => map.extend(by_gid.into_iter().map(|(g, t)| (g as u32, t))),
                }
            }
        }
        Some(("CIDFontType0C", data)) | Some(("Type1C", data)) => {
            let Some(cff) = ttf_parser::cff::Table::parse(&data) else {
                return (None, collection);
            };
            for g in 0..cff.number_of_glyphs() {
                let gid = ttf_parser::GlyphId(g);
                match cff.glyph_cid(gid) {
                    // CID-keyed: the collection (below) names it.
                    Some(_) => {}
                    // A name-keyed CFF under a CID font: the CID is the glyph index.
                    None => {
                        if let Some(t) = cff
                            .glyph_name(gid)
                            .and_then(super::font_program::glyph_name_text)
                        {
                            map.insert(g as u32, t);
                        }
                    }
                }
            }
        }
        // Not embedded (or a Type 1 program, which a CID font cannot have): the collection.
        _ => {}
    }
    ((!map.is_empty()).then_some(map), collection)
}

/// HKSCS characters that Traditional Chinese fonts place in the Unicode private-use area
/// (Microsoft's mapping of Big5's user-defined rows: FA–FE → U+E000, 8E–A0 → U+E311,
/// 81–8D → U+EEB8, C6A1–C8FE → U+F6B1), decoded through Big5-HKSCS (encoding_rs's Big5).
/// pdf.js issue19182: UniCNS-UTF16-H code E687 is 𥕛 (U+2555B).
pub fn hkscs_from_pua(text: &str) -> String {
    if !text.chars().any(|c| ('\u{E000}'..='\u{F848}').contains(&c)) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            let u = c as u32;
            let (base, lead0, skip) = match u {
                0xE000..=0xE310 => (0xE000, 0xFA, 0),
                0xE311..=0xEEB7 => (0xE311, 0x8E, 0),
                0xEEB8..=0xF6B0 => (0xEEB8, 0x81, 0),
                0xF6B1..=0xF848 => (0xF6B1, 0xC6, 63),
                _ => return c.to_string(),
            };
            let off = u - base + skip;
            let lead = lead0 + off / 157;
            let t = off % 157;
            let trail = if t < 63 { 0x40 + t } else { 0xA1 + t - 63 };
            let bytes = [lead as u8, trail as u8];
            let (s, _, bad) = BIG5.decode(&bytes);
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(d), None) if !bad && !('\u{E000}'..='\u{F8FF}').contains(&d) => {
                    s.into_owned()
                }
                _ => c.to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ghostscript re-encodes a CID font's glyphs into simple fonts named by the glyph ids
    /// (code 1 → /cid16855): those codes are unknown characters, so the page reads as garbled
    /// (and goes to OCR) instead of as "!\"#$"; names whose number is the code keep its letter.
    #[test]
    fn glyph_names_of_another_fonts_numbering_are_unknown() {
        use lopdf::{Object, dictionary};
        let doc = Document::with_version("1.5");
        let enc = dictionary! {
            "Type" => "Encoding",
            "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![
                Object::Integer(33),
                Object::Name(b"cid16855".to_vec()),
                Object::Name(b"cid16946".to_vec()),
                Object::Name(b"g812".to_vec()),
                Object::Integer(65),
                Object::Name(b"G065".to_vec()),
                Object::Name(b"g42".to_vec()),
                Object::Name(b"index0x43".to_vec()),
                Object::Name(b"uni4E2D".to_vec()),
                Object::Name(b"periodcentered.alt".to_vec()),
            ],
        };
        let font = dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => "ABCDEF+NotoSerifCJKjp-Regular-VKana",
            "Encoding" => Object::Dictionary(enc),
        };
        let f = Font::load(&doc, &font);
        let mut out = Vec::new();
        f.decode(b"!\"#ABCDE", &mut out);
        let text: Vec<String> = out.into_iter().map(|g| g.text).collect();
        assert_eq!(
            text,
            ["\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "A", "B", "C", "中", "E"]
        );
        let page: String = text.concat();
        assert!(super::super::garble::is_garbled(&page));
        assert!(!names_another_glyph(b"g41", 0x41));
        assert!(!names_another_glyph(b"a12", 7));
        assert!(names_another_glyph(b"gid7", 8));
    }

    #[test]
    fn tounicode_bfchar_and_bfrange() {
        let cm = CMap::parse(
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0010> <4E2D> endbfchar\n\
              2 beginbfrange <0020> <0022> <6587> <0030> <0031> [<0041> <00420043>] endbfrange",
        );
        assert_eq!(cm.lookup(&[0, 0x10]).as_deref(), Some("中"));
        assert_eq!(
            cm.lookup(&[0, 0x21]).as_deref(),
            Some("文"[..].replace('文', "\u{6588}").as_str())
        );
        assert_eq!(cm.lookup(&[0, 0x31]).as_deref(), Some("BC"));
        assert_eq!(cm.code_len(&[0x12, 0x34]), Some(2));
    }

    #[test]
    fn hkscs_private_use_characters() {
        assert_eq!(hkscs_from_pua("胡駿\u{E687}"), "胡駿𥕛");
        assert_eq!(hkscs_from_pua("普通文字"), "普通文字");
    }

    #[test]
    fn predefined_cmaps_decode_through_charsets() {
        let gbk = Charset::from_cmap_name("GBK-EUC-H").unwrap();
        assert_eq!(gbk.code_len(&[0xD6, 0xD0, 0x41]), 2);
        assert_eq!(gbk.decode(&[0xD6, 0xD0]), "中");
        let u = Charset::from_cmap_name("UniGB-UCS2-H").unwrap();
        assert_eq!(u.decode(&[0x4E, 0x2D]), "中");
        assert_eq!(Charset::from_cmap_name("ETen-B5-H"), Some(Charset::Big5));
    }
}
