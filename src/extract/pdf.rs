//! PDF text on top of lopdf's object and content-stream parsing.
//!
//! lopdf's own `extract_text` is not enough for applications (it skips Form XObjects, so
//! stamped or merged pages come out empty, knows no predefined CJK CMaps, and adds a space after
//! every TJ array: `91310115MA 1K4XXXXX`). This module interprets the content stream itself:
//! it tracks the graphics and text matrices, decodes each glyph through `pdf_font`, and places it
//! on the page; lines come from baselines and spaces from real gaps, never from operators.

use super::garble;
use super::pdf_font::{as_dict, deref, dict_get, num, Font, Glyph};
use super::{Block, BlockKind, Deadline, DocIssue, Document, ExtractError, Format, Limits, Page};
use lopdf::content::Content;
use lopdf::{Dictionary, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    [
        m1[0] * m2[0] + m1[1] * m2[2],
        m1[0] * m2[1] + m1[1] * m2[3],
        m1[2] * m2[0] + m1[3] * m2[2],
        m1[2] * m2[1] + m1[3] * m2[3],
        m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
        m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
    ]
}

fn matrix_of(ops: &[Object]) -> Option<Matrix> {
    if ops.len() < 6 {
        return None;
    }
    let mut m = [0.0; 6];
    for (k, o) in ops.iter().take(6).enumerate() {
        m[k] = num(o)?;
    }
    Some(m)
}

/// A glyph placed on the page, in a frame where its line runs along `u` and `v` points up.
#[derive(Debug, Clone)]
struct Placed {
    text: String,
    u: f32,
    v: f32,
    w: f32,
    size: f32,
    /// Writing direction in quarter turns (0 = left to right, upright).
    dir: u8,
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    tc: f32,
    tw: f32,
    th: f32,
    tl: f32,
    rise: f32,
    fs: f32,
    font: Option<Rc<Font>>,
}

struct Walker<'a> {
    doc: &'a lopdf::Document,
    limits: &'a Limits,
    deadline: Deadline,
    fonts: HashMap<ObjectId, Rc<Font>>,
    ops: usize,
    glyphs: Vec<Placed>,
    image_area: f32,
    path_ops: usize,
    truncated: Option<String>,
    scratch: Vec<Glyph>,
}

enum Stop {
    Timeout,
}

impl<'a> Walker<'a> {
    fn font(&mut self, resources: Option<&Dictionary>, key: &[u8]) -> Option<Rc<Font>> {
        let fonts = resources.and_then(|r| dict_get(self.doc, r, b"Font")).and_then(as_dict)?;
        let raw = fonts.get(key).ok()?;
        let id = match raw {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        if let Some(id) = id {
            if let Some(f) = self.fonts.get(&id) {
                return Some(f.clone());
            }
        }
        let dict = as_dict(deref(self.doc, raw))?;
        let f = Rc::new(Font::load(self.doc, dict));
        if let Some(id) = id {
            self.fonts.insert(id, f.clone());
        }
        Some(f)
    }

    fn show(&mut self, gs: &GState, tm: &mut Matrix, bytes: &[u8]) {
        let Some(font) = gs.font.clone() else { return };
        let mut glyphs = std::mem::take(&mut self.scratch);
        glyphs.clear();
        font.decode(bytes, &mut glyphs);
        for g in &glyphs {
            let trm = mul(&mul(&[gs.fs * gs.th, 0.0, 0.0, gs.fs, 0.0, gs.rise], tm), &gs.ctm);
            let m = mul(tm, &gs.ctm);
            let tx = (g.width / 1000.0 * gs.fs + gs.tc + if g.is_space_code { gs.tw } else { 0.0 }) * gs.th;
            let hscale = (m[0] * m[0] + m[1] * m[1]).sqrt();
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            if !g.text.is_empty() && self.glyphs.len() < self.limits.max_chars {
                let (x, y) = (trm[4], trm[5]);
                let dir = if trm[0].abs() >= trm[1].abs() {
                    if trm[0] >= 0.0 { 0 } else { 2 }
                } else if trm[1] > 0.0 {
                    1
                } else {
                    3
                };
                let (u, v) = match dir {
                    0 => (x, y),
                    1 => (y, -x),
                    2 => (-x, -y),
                    _ => (-y, x),
                };
                self.glyphs.push(Placed { text: g.text.clone(), u, v, w: (tx * hscale).abs(), size: size.max(0.1), dir });
            }
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
        self.scratch = glyphs;
    }

    fn run(&mut self, content: &[u8], resources: Option<&'a Dictionary>, gs0: GState, depth: usize) -> Result<(), Stop> {
        let ops = match Content::decode(content) {
            Ok(c) => c.operations,
            Err(_) => {
                self.truncated.get_or_insert_with(|| "a content stream could not be parsed".into());
                return Ok(());
            }
        };
        let mut stack: Vec<GState> = Vec::new();
        let mut gs = gs0;
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        for op in &ops {
            self.ops += 1;
            if self.ops % 4096 == 0 && self.deadline.expired() {
                return Err(Stop::Timeout);
            }
            if self.ops > self.limits.max_operations {
                self.truncated.get_or_insert_with(|| format!("more than {} drawing operations", self.limits.max_operations));
                return Ok(());
            }
            let o = &op.operands;
            let n = |k: usize| o.get(k).and_then(num).unwrap_or(0.0);
            match op.operator.as_str() {
                "q" => {
                    if stack.len() < 256 {
                        stack.push(gs.clone());
                    }
                }
                "Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                "cm" => {
                    if let Some(m) = matrix_of(o) {
                        gs.ctm = mul(&m, &gs.ctm);
                    }
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tc" => gs.tc = n(0),
                "Tw" => gs.tw = n(0),
                "Tz" => gs.th = n(0) / 100.0,
                "TL" => gs.tl = n(0),
                "Ts" => gs.rise = n(0),
                "Tf" => {
                    gs.fs = n(1);
                    gs.font = match o.first() {
                        Some(Object::Name(k)) => self.font(resources, k),
                        _ => None,
                    };
                }
                "Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "TD" => {
                    gs.tl = -n(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                "Tm" => {
                    if let Some(m) = matrix_of(o) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" => {
                    if op.operator != "Tj" {
                        if op.operator == "\"" {
                            gs.tw = n(0);
                            gs.tc = n(1);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                        tm = tlm;
                    }
                    if let Some(Object::String(s, _)) = o.last() {
                        self.show(&gs, &mut tm, s);
                    }
                }
                "TJ" => {
                    if let Some(Object::Array(items)) = o.first() {
                        for it in items {
                            match it {
                                Object::String(s, _) => self.show(&gs, &mut tm, s),
                                other => {
                                    if let Some(adj) = num(other) {
                                        let tx = -adj / 1000.0 * gs.fs * gs.th;
                                        tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                    }
                                }
                            }
                        }
                    }
                }
                "Do" => {
                    let Some(Object::Name(key)) = o.first() else { continue };
                    let Some(xobj) = resources
                        .and_then(|r| dict_get(self.doc, r, b"XObject"))
                        .and_then(as_dict)
                        .and_then(|x| dict_get(self.doc, x, key))
                    else {
                        continue;
                    };
                    let Object::Stream(stream) = xobj else { continue };
                    match dict_get(self.doc, &stream.dict, b"Subtype") {
                        Some(Object::Name(s)) if s == b"Image" => {
                            self.image_area += (gs.ctm[0] * gs.ctm[3] - gs.ctm[1] * gs.ctm[2]).abs();
                        }
                        Some(Object::Name(s)) if s == b"Form" => {
                            if depth >= self.limits.max_xobject_depth {
                                self.truncated.get_or_insert_with(|| "Form XObjects nested too deeply".into());
                                continue;
                            }
                            let Ok(data) = stream.get_plain_content_with_limit(self.limits.max_stream_bytes) else {
                                continue;
                            };
                            let mut inner = gs.clone();
                            if let Some(Object::Array(m)) = dict_get(self.doc, &stream.dict, b"Matrix") {
                                let vals: Vec<Object> = m.iter().map(|x| deref(self.doc, x).clone()).collect();
                                if let Some(mm) = matrix_of(&vals) {
                                    inner.ctm = mul(&mm, &inner.ctm);
                                }
                            }
                            let res = dict_get(self.doc, &stream.dict, b"Resources").and_then(as_dict).or(resources);
                            self.run(&data, res, inner, depth + 1)?;
                        }
                        _ => {}
                    }
                }
                "BI" | "EI" => {
                    self.image_area += (gs.ctm[0] * gs.ctm[3] - gs.ctm[1] * gs.ctm[2]).abs();
                }
                "re" | "l" | "c" | "v" | "y" => self.path_ops += 1,
                _ => {}
            }
        }
        Ok(())
    }
}

impl<'a> Walker<'a> {
    /// Text drawn by annotations: filled form fields (widgets), stamps, free-text notes. Online
    /// application systems often export the entered values only as widget appearances.
    fn annotations(&mut self, page: &'a Dictionary, page_res: Option<&'a Dictionary>) -> Result<(), Stop> {
        let Some(Object::Array(annots)) = dict_get(self.doc, page, b"Annots") else { return Ok(()) };
        for a in annots.iter().take(2_000) {
            let Some(ad) = as_dict(deref(self.doc, a)) else { continue };
            let subtype = dict_get(self.doc, ad, b"Subtype").and_then(super::pdf_font::name).unwrap_or(b"");
            if subtype == b"Popup" || subtype == b"Link" {
                continue;
            }
            let flags = dict_get(self.doc, ad, b"F").and_then(num).unwrap_or(0.0) as i64;
            if flags & (2 | 32) != 0 {
                continue;
            }
            let Some(normal) = dict_get(self.doc, ad, b"AP").and_then(as_dict).and_then(|ap| dict_get(self.doc, ap, b"N")) else {
                continue;
            };
            let stream = match normal {
                Object::Stream(s) => s,
                Object::Dictionary(states) => {
                    let Some(state) = dict_get(self.doc, ad, b"AS").and_then(super::pdf_font::name) else { continue };
                    match dict_get(self.doc, states, state) {
                        Some(Object::Stream(s)) => s,
                        _ => continue,
                    }
                }
                _ => continue,
            };
            let rect = match dict_get(self.doc, ad, b"Rect") {
                Some(Object::Array(r)) => r.iter().filter_map(|o| num(deref(self.doc, o))).collect::<Vec<f32>>(),
                _ => continue,
            };
            if rect.len() != 4 {
                continue;
            }
            let form_m = match dict_get(self.doc, &stream.dict, b"Matrix") {
                Some(Object::Array(m)) => matrix_of(&m.iter().map(|x| deref(self.doc, x).clone()).collect::<Vec<_>>()).unwrap_or(IDENTITY),
                _ => IDENTITY,
            };
            let bbox = match dict_get(self.doc, &stream.dict, b"BBox") {
                Some(Object::Array(b)) => b.iter().filter_map(|o| num(deref(self.doc, o))).collect::<Vec<f32>>(),
                _ => continue,
            };
            if bbox.len() != 4 {
                continue;
            }
            // PDF 32000 12.5.5: map the transformed BBox onto Rect.
            let pts = [(bbox[0], bbox[1]), (bbox[2], bbox[1]), (bbox[0], bbox[3]), (bbox[2], bbox[3])];
            let tx: Vec<(f32, f32)> = pts.iter().map(|(x, y)| (form_m[0] * x + form_m[2] * y + form_m[4], form_m[1] * x + form_m[3] * y + form_m[5])).collect();
            let (minx, maxx) = tx.iter().fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
            let (miny, maxy) = tx.iter().fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
            let (rx0, ry0) = (rect[0].min(rect[2]), rect[1].min(rect[3]));
            let (rw, rh) = ((rect[2] - rect[0]).abs(), (rect[3] - rect[1]).abs());
            let sx = if maxx > minx { rw / (maxx - minx) } else { 1.0 };
            let sy = if maxy > miny { rh / (maxy - miny) } else { 1.0 };
            let a_m = [sx, 0.0, 0.0, sy, rx0 - minx * sx, ry0 - miny * sy];
            let ctm = mul(&form_m, &a_m);
            let Ok(data) = stream.get_plain_content_with_limit(self.limits.max_stream_bytes) else { continue };
            let res = dict_get(self.doc, &stream.dict, b"Resources").and_then(as_dict).or(page_res);
            let gs = GState { ctm, tc: 0.0, tw: 0.0, th: 1.0, tl: 0.0, rise: 0.0, fs: 0.0, font: None };
            self.run(&data, res, gs, 1)?;
        }
        Ok(())
    }
}

fn is_cjk(c: char) -> bool {
    garble::is_han(c)
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x3040..=0x30FF | 0xAC00..=0xD7AF | 0x2E80..=0x2FDF)
}

/// One line of a page, its glyphs in reading order.
struct Line {
    text: String,
    size: f32,
    v: f32,
    u0: f32,
    u1: f32,
    has_tab: bool,
}

fn build_lines(mut glyphs: Vec<Placed>) -> Vec<Line> {
    // Top to bottom, then left to right; a glyph joins the current line when its baseline is
    // within half the smaller font size.
    glyphs.sort_by(|a, b| a.dir.cmp(&b.dir).then(b.v.total_cmp(&a.v)).then(a.u.total_cmp(&b.u)));
    let mut groups: Vec<Vec<Placed>> = Vec::new();
    for g in glyphs {
        if let Some(cur) = groups.last_mut() {
            let first = &cur[0];
            if first.dir == g.dir && (first.v - g.v).abs() <= 0.5 * first.size.min(g.size) {
                cur.push(g);
                continue;
            }
        }
        groups.push(vec![g]);
    }
    let mut lines = Vec::with_capacity(groups.len());
    for mut g in groups {
        g.sort_by(|a, b| a.u.total_cmp(&b.u));
        let mut text = String::new();
        let mut prev: Option<&Placed> = None;
        let mut has_tab = false;
        let mut sizes: Vec<f32> = Vec::new();
        // Space glyphs are not copied: producers draw them between every CJK character (GBK
        // printer drivers) or not at all; spaces come from the gaps, with a drawn space only
        // lowering the bar between Latin words.
        let mut space_glyph = false;
        for p in &g {
            if p.text.chars().all(char::is_whitespace) {
                space_glyph = true;
                continue;
            }
            if let Some(q) = prev {
                // Fake bold: the same glyph drawn again on top of itself.
                if q.text == p.text && (p.u - q.u).abs() < 0.3 * q.w && (p.v - q.v).abs() < 0.1 * p.size {
                    continue;
                }
                let gap = p.u - (q.u + q.w);
                let em = p.size.max(q.size);
                let last = text.chars().last().unwrap_or(' ');
                let next = p.text.chars().next().unwrap_or(' ');
                let cjk = is_cjk(last) && is_cjk(next);
                if gap > 2.0 * em {
                    text.push('\t');
                    has_tab = true;
                } else if (cjk && gap > 0.9 * em) || (!cjk && (gap > 0.2 * em || (space_glyph && gap > 0.08 * em))) {
                    text.push(' ');
                }
            }
            space_glyph = false;
            text.push_str(&p.text);
            sizes.push(p.size);
            prev = Some(p);
        }
        sizes.sort_by(f32::total_cmp);
        let size = sizes.get(sizes.len() / 2).copied().unwrap_or(10.0);
        let u0 = g.first().map(|p| p.u).unwrap_or(0.0);
        let u1 = g.last().map(|p| p.u + p.w).unwrap_or(0.0);
        let text = text.trim().to_string();
        if !text.is_empty() {
            lines.push(Line { text, size, v: g[0].v, u0, u1, has_tab });
        }
    }
    lines
}

struct PageText {
    number: u32,
    lines: Vec<Line>,
}

/// Join wrapped lines into paragraphs and mark headings by size.
fn lines_to_blocks(doc: &mut Document, pages: Vec<PageText>) {
    // Body size: the size carrying most characters.
    let mut hist: HashMap<i32, usize> = HashMap::new();
    for p in &pages {
        for l in &p.lines {
            *hist.entry((l.size * 2.0).round() as i32).or_default() += l.text.chars().count();
        }
    }
    let body = hist.iter().max_by_key(|(s, c)| (**c, -**s)).map(|(s, _)| *s as f32 / 2.0).unwrap_or(10.0);
    let mut heading_sizes: Vec<i32> = hist.keys().copied().filter(|s| *s as f32 / 2.0 >= body * 1.25).collect();
    heading_sizes.sort_unstable_by(|a, b| b.cmp(a));
    for p in pages {
        let right = p.lines.iter().map(|l| l.u1).fold(f32::MIN, f32::max);
        let left = p.lines.iter().map(|l| l.u0).fold(f32::MAX, f32::min);
        let mut pending: Option<(String, f32, f32, bool, f32)> = None; // text, size, v, wrapped-looking, u1
        let flush = |doc: &mut Document, pending: &mut Option<(String, f32, f32, bool, f32)>| {
            if let Some((t, size, _, _, _)) = pending.take() {
                let key = (size * 2.0).round() as i32;
                let kind = match heading_sizes.iter().position(|s| *s == key) {
                    Some(i) if t.chars().count() <= 60 => BlockKind::Heading { level: (i + 1).min(6) as u8 },
                    _ => BlockKind::Paragraph,
                };
                doc.push_block(kind, &t, Some(p.number));
            }
        };
        for l in p.lines {
            let full_width = right - left > 0.0 && (l.u1 - left) >= 0.85 * (right - left);
            if let Some((text, size, v, prev_full, _)) = pending.as_mut() {
                let close = (*v - l.v) > 0.0 && (*v - l.v) <= 1.8 * size.max(l.size);
                let same_size = (l.size - *size).abs() <= 0.15 * size.max(l.size);
                if *prev_full && close && same_size && !l.has_tab && !text.contains('\t') {
                    let last = text.chars().last().unwrap_or(' ');
                    let next = l.text.chars().next().unwrap_or(' ');
                    if !(is_cjk(last) || is_cjk(next)) {
                        text.push(' ');
                    }
                    text.push_str(&l.text);
                    *v = l.v;
                    *prev_full = full_width;
                    continue;
                }
            }
            flush(doc, &mut pending);
            pending = Some((l.text, l.size, l.v, full_width, l.u1));
        }
        flush(doc, &mut pending);
    }
}

fn page_box(doc: &lopdf::Document, page: &Dictionary) -> (f32, f32, i64) {
    let mut dict = page;
    let mut mediabox = None;
    let mut rotate = None;
    for _ in 0..32 {
        if mediabox.is_none() {
            if let Some(Object::Array(a)) = dict_get(doc, dict, b"MediaBox") {
                let v: Vec<f32> = a.iter().filter_map(|o| num(deref(doc, o))).collect();
                if v.len() == 4 {
                    mediabox = Some(((v[2] - v[0]).abs(), (v[3] - v[1]).abs()));
                }
            }
        }
        if rotate.is_none() {
            if let Some(Object::Integer(r)) = dict_get(doc, dict, b"Rotate") {
                rotate = Some(*r);
            }
        }
        match dict_get(doc, dict, b"Parent").and_then(as_dict) {
            Some(p) => dict = p,
            None => break,
        }
    }
    let (w, h) = mediabox.unwrap_or((612.0, 792.0));
    (w, h, rotate.unwrap_or(0).rem_euclid(360))
}

fn page_resources<'a>(doc: &'a lopdf::Document, page: &'a Dictionary) -> Option<&'a Dictionary> {
    let mut dict = page;
    for _ in 0..32 {
        if let Some(r) = dict_get(doc, dict, b"Resources").and_then(as_dict) {
            return Some(r);
        }
        dict = dict_get(doc, dict, b"Parent").and_then(as_dict)?;
    }
    None
}

fn load_error(e: lopdf::Error) -> ExtractError {
    match e {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => ExtractError::Encrypted,
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            ExtractError::TooLarge { detail: "a compressed stream inflates beyond the limit".into() }
        }
        other => ExtractError::Corrupt { detail: format!("PDF structure unreadable ({other})") },
    }
}

pub fn extract_pdf(path: &str, bytes: &[u8], limits: &Limits, deadline: Deadline) -> Result<Document, ExtractError> {
    let opts = lopdf::LoadOptions { max_decompressed_size: Some(limits.max_stream_bytes), ..Default::default() };
    let pdf = lopdf::Document::load_mem_with_options(bytes, opts).map_err(load_error)?;
    if pdf.is_encrypted() {
        // lopdf opens files whose user password is empty and leaves the rest encrypted.
        return Err(ExtractError::Encrypted);
    }
    let page_ids = pdf.get_pages();
    if page_ids.is_empty() {
        return Err(ExtractError::Corrupt { detail: "the PDF has no readable pages".into() });
    }
    let mut doc = Document::new(path, Format::Pdf);
    let mut walker = Walker {
        doc: &pdf,
        limits,
        deadline,
        fonts: HashMap::new(),
        ops: 0,
        glyphs: Vec::new(),
        image_area: 0.0,
        path_ops: 0,
        truncated: None,
        scratch: Vec::new(),
    };
    let mut page_texts = Vec::new();
    let mut scanned = Vec::new();
    let mut garbled = Vec::new();
    let mut garbled_sample = String::new();
    let mut total_chars = 0usize;
    for (&number, &id) in page_ids.iter() {
        if page_texts.len() >= limits.max_pages {
            walker.truncated.get_or_insert_with(|| format!("only the first {} pages were read", limits.max_pages));
            break;
        }
        let Ok(page) = pdf.get_dictionary(id) else { continue };
        let (w, h, rot) = page_box(&pdf, page);
        let (w, h) = if rot == 90 || rot == 270 { (h, w) } else { (w, h) };
        let content = pdf.get_page_content_with_limit(id, limits.max_stream_bytes).unwrap_or_default();
        walker.glyphs.clear();
        walker.image_area = 0.0;
        walker.path_ops = 0;
        let gs = GState { ctm: IDENTITY, tc: 0.0, tw: 0.0, th: 1.0, tl: 0.0, rise: 0.0, fs: 0.0, font: None };
        if walker.run(&content, page_resources(&pdf, page), gs, 0).is_err() {
            return Err(ExtractError::Timeout { seconds: limits.time_budget.as_secs() });
        }
        if walker.annotations(page, page_resources(&pdf, page)).is_err() {
            return Err(ExtractError::Timeout { seconds: limits.time_budget.as_secs() });
        }
        let glyphs = std::mem::take(&mut walker.glyphs);
        let lines = build_lines(glyphs);
        let page_text: String = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
        let chars = page_text.chars().filter(|c| !c.is_whitespace()).count();
        let coverage = if w * h > 0.0 { (walker.image_area / (w * h)).min(1.0) } else { 0.0 };
        doc.pages.push(Page { number, width_pt: w, height_pt: h, chars, image_coverage: coverage });
        if chars < 10 && (coverage >= 0.25 || walker.path_ops > 500) {
            scanned.push(number);
        }
        if garble::is_garbled(&page_text) {
            garbled.push(number);
            if garbled_sample.chars().count() < 40 {
                garbled_sample.extend(page_text.chars().filter(|c| !c.is_whitespace()).take(40));
            }
            continue;
        }
        total_chars += chars;
        page_texts.push(PageText { number, lines });
    }
    if total_chars == 0 && garbled.is_empty() {
        // No text anywhere: whatever the pages hold (images, curves), nothing can be checked.
        scanned = doc.pages.iter().map(|p| p.number).collect();
    }
    lines_to_blocks(&mut doc, page_texts);
    if !scanned.is_empty() {
        doc.issues.push(DocIssue::Scanned { pages: scanned });
    }
    if !garbled.is_empty() {
        doc.issues.push(DocIssue::Garbled { pages: garbled, sample: garbled_sample.chars().take(40).collect() });
    }
    if let Some(detail) = walker.truncated {
        doc.issues.push(DocIssue::Truncated { detail });
    }
    Ok(doc)
}

/// Block helper used by tests: all blocks on one page.
pub fn page_blocks(doc: &Document, page: u32) -> Vec<&Block> {
    doc.blocks.iter().filter(|b| b.page == Some(page)).collect()
}
