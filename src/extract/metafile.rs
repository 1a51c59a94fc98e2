//! Windows metafiles (EMF, WMF): the pictures Office makes when a table is copied "as a
//! picture" (Excel's 复制为图片, Paste Special → 图片（增强型图元文件）) or a drawing is pasted from
//! another program. Unlike a bitmap they carry their text: EMF's EMR_EXTTEXTOUTW /
//! EMR_EXTTEXTOUTA / EMR_SMALLTEXTOUT records, WMF's META_TEXTOUT / META_EXTTEXTOUT, each a run
//! of characters at a reference point with the font selected then, and the lines the grid was
//! drawn with (MOVETO / LINETO, polylines, rectangles). Both are read into placed glyphs and
//! lines on one page (points, y up), so a table in a metafile is read into cells as a PDF
//! page's is (pdf.rs). The logical-to-page mapping is followed (map mode, window and viewport
//! origins and extents; EMF's world transform); 8-bit text is decoded by its font's character
//! set (GB2312 → GBK, Big5, Shift-JIS …). Not read: EMF+ records (GDI+ drawing kept in
//! comments: an EMF+ only file has no GDI text), text on a path, bitmaps inside the metafile.

use super::pdf::{PlacedGlyph, PlacedLine};

/// At most this many records are walked; the glyphs stop at the caller's character limit.
const MAX_RECORDS: usize = 1_000_000;

const PT_PER_MM: f32 = 72.0 / 25.4;

/// Whether the bytes are an Enhanced Metafile (an EMR_HEADER with the " EMF" signature).
pub(super) fn is_emf(b: &[u8]) -> bool {
    u32_at(b, 0) == Some(1) && u32_at(b, 40) == Some(0x464D_4520)
}

/// Whether the bytes are a Windows Metafile (a placeable header, or a standard header in memory
/// or on disk of nine words).
pub(super) fn is_wmf(b: &[u8]) -> bool {
    u32_at(b, 0) == Some(0x9AC6_CDD7)
        || (matches!(u16_at(b, 0), Some(1 | 2))
            && u16_at(b, 2) == Some(9)
            && matches!(u16_at(b, 4), Some(0x0100 | 0x0300)))
}

/// A metafile's text and lines on one page: glyphs, lines, the page's width and height (points).
pub(super) struct MetaPage {
    pub glyphs: Vec<PlacedGlyph>,
    pub lines: Vec<PlacedLine>,
    pub width: f32,
    pub height: f32,
}

/// Read an EMF or WMF; None when the bytes are neither.
pub(super) fn read(b: &[u8], max_chars: usize) -> Option<MetaPage> {
    let mut canvas = if is_emf(b) {
        read_emf(b, max_chars)
    } else if is_wmf(b) {
        read_wmf(b, max_chars)
    } else {
        return None;
    };
    Some(canvas.finish())
}

/// The text a metafile draws, in the order it was drawn (for fuzzing and diagnostics); None
/// when the bytes are no metafile.
pub fn drawn_text(b: &[u8], max_chars: usize) -> Option<String> {
    read(b, max_chars).map(|p| p.glyphs.into_iter().map(|g| g.text).collect())
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}
fn i16_at(b: &[u8], at: usize) -> Option<i16> {
    u16_at(b, at).map(|v| v as i16)
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}
fn i32_at(b: &[u8], at: usize) -> Option<i32> {
    u32_at(b, at).map(|v| v as i32)
}
fn f32_at(b: &[u8], at: usize) -> Option<f32> {
    u32_at(b, at).map(f32::from_bits).filter(|v| v.is_finite())
}

/// An affine transform (x' = a x + c y + e, y' = b x + d y + f).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Xform([f32; 6]);

impl Xform {
    const IDENTITY: Xform = Xform([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }
    /// `self` then `then`.
    fn then(&self, then: &Xform) -> Xform {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Xform([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }
}

/// A font as the text records need it.
#[derive(Debug, Clone, Copy)]
struct Font {
    /// lfHeight: negative is the character height, positive the cell height (logical units).
    height: i32,
    charset: u8,
}

impl Font {
    /// The em in logical units.
    fn em(&self) -> f32 {
        match self.height {
            0 => 12.0,
            h if h < 0 => (h as f32).abs(), // i32::MIN has no i32 negation
            h => h as f32 * 0.85,
        }
    }
}

/// Device context state and what was drawn, in millimetres (y down, as the device's).
struct Canvas {
    map_mode: u32,
    win_org: (f32, f32),
    win_ext: (f32, f32),
    view_org: (f32, f32),
    view_ext: (f32, f32),
    world: Xform,
    /// Millimetres per device unit (x, y).
    mm_per_dev: (f32, f32),
    /// Logical units per inch of a WMF's placeable header (its coordinates' unit).
    wmf_inch: Option<f32>,
    align: u32,
    font: Font,
    pos: (f32, f32),
    glyphs: Vec<(String, f32, f32, f32, f32)>,
    lines: Vec<(f32, f32, f32, f32)>,
    max_chars: usize,
}

impl Canvas {
    fn new(mm_per_dev: (f32, f32), max_chars: usize) -> Canvas {
        Canvas {
            map_mode: 1,
            win_org: (0.0, 0.0),
            win_ext: (1.0, 1.0),
            view_org: (0.0, 0.0),
            view_ext: (1.0, 1.0),
            world: Xform::IDENTITY,
            mm_per_dev,
            wmf_inch: None,
            align: 0,
            font: Font {
                height: 0,
                charset: 1,
            },
            pos: (0.0, 0.0),
            glyphs: Vec::new(),
            lines: Vec::new(),
            max_chars,
        }
    }

    /// Logical coordinates to millimetres on the page (y down).
    fn to_mm(&self, x: f32, y: f32) -> (f32, f32) {
        let (x, y) = self.world.apply(x, y);
        if let Some(inch) = self.wmf_inch {
            // A placeable WMF's logical units are 1/inch of an inch, its window the picture.
            return (
                (x - self.win_org.0) * 25.4 / inch,
                (y - self.win_org.1) * 25.4 / inch,
            );
        }
        // Fixed map modes: logical units of a known size, y up.
        let fixed = match self.map_mode {
            2 => Some(0.1),
            3 => Some(0.01),
            4 => Some(0.254),
            5 => Some(0.0254),
            6 => Some(25.4 / 1440.0),
            _ => None,
        };
        if let Some(unit) = fixed {
            return (
                (x - self.win_org.0) * unit + self.view_org.0 * self.mm_per_dev.0,
                -(y - self.win_org.1) * unit + self.view_org.1 * self.mm_per_dev.1,
            );
        }
        let (sx, sy) = if matches!(self.map_mode, 7 | 8) {
            let s = |v: f32, w: f32| if w.abs() > f32::EPSILON { v / w } else { 1.0 };
            (
                s(self.view_ext.0, self.win_ext.0),
                s(self.view_ext.1, self.win_ext.1),
            )
        } else {
            (1.0, 1.0)
        };
        let dx = (x - self.win_org.0) * sx + self.view_org.0;
        let dy = (y - self.win_org.1) * sy + self.view_org.1;
        (dx * self.mm_per_dev.0, dy * self.mm_per_dev.1)
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let (a, b) = (self.to_mm(self.pos.0, self.pos.1), self.to_mm(x, y));
        if self.lines.len() < 20_000 {
            self.lines.push((a.0, a.1, b.0, b.1));
        }
        self.pos = (x, y);
    }

    fn polyline(&mut self, pts: &[(f32, f32)], closed: bool) {
        let Some(&first) = pts.first() else {
            return;
        };
        self.pos = first;
        for &(x, y) in &pts[1..] {
            self.line_to(x, y);
        }
        if closed {
            self.line_to(first.0, first.1);
        }
    }

    fn rectangle(&mut self, l: f32, t: f32, r: f32, b: f32) {
        self.polyline(&[(l, t), (r, t), (r, b), (l, b)], true);
    }

    /// A run of characters at reference point (x, y) with the given advances (logical units).
    /// Text in a symbol font (SYMBOL_CHARSET: Symbol, Wingdings — a formula's brackets and
    /// signs, bullets) is drawing, not text.
    fn text(&mut self, x: f32, y: f32, chars: &[char], dx: &[f32]) {
        if self.font.charset == 2 {
            return;
        }
        let em = self.font.em();
        let adv: Vec<f32> = chars
            .iter()
            .enumerate()
            .map(|(i, c)| {
                dx.get(i)
                    .copied()
                    .unwrap_or(if c.is_ascii() { em * 0.5 } else { em })
            })
            .collect();
        let total: f32 = adv.iter().sum();
        let (mut x, mut y) = (x, y);
        if self.align & 1 != 0 {
            (x, y) = self.pos; // TA_UPDATECP
        }
        // Horizontal: TA_RIGHT (2), TA_CENTER (6); vertical: TA_BOTTOM (8), TA_BASELINE (24).
        x -= match self.align & 6 {
            6 => total / 2.0,
            2 => total,
            _ => 0.0,
        };
        // The baseline, as a distance down the em from the reference point.
        let down = match self.align & 24 {
            24 => 0.0,
            8 => -0.12,
            _ => 0.88,
        };
        // Down the em in logical units: y grows down on the device unless the mapping turns it.
        let (p0, p1) = (self.to_mm(x, y), self.to_mm(x, y + em));
        let flip = if p1.1 < p0.1 { -1.0 } else { 1.0 };
        let base_y = y + flip * down * em;
        let size_mm = ((p1.0 - p0.0).powi(2) + (p1.1 - p0.1).powi(2)).sqrt();
        let mut cx = x;
        for (c, a) in chars.iter().zip(&adv) {
            if self.glyphs.len() >= self.max_chars {
                break;
            }
            let (gx, gy) = self.to_mm(cx, base_y);
            let (ex, _) = self.to_mm(cx + a, base_y);
            if !c.is_control() {
                self.glyphs
                    .push((c.to_string(), gx, gy, (ex - gx).abs(), size_mm));
            }
            cx += a;
        }
        if self.align & 1 != 0 {
            self.pos = (cx, y);
        }
    }

    /// Everything drawn as one page, in points with y up, the page the drawing's extent.
    fn finish(&mut self) -> MetaPage {
        let mut min = (f32::MAX, f32::MAX);
        let mut max = (f32::MIN, f32::MIN);
        let mut grow = |x: f32, y: f32| {
            min = (min.0.min(x), min.1.min(y));
            max = (max.0.max(x), max.1.max(y));
        };
        for g in &self.glyphs {
            grow(g.1, g.2 - g.4);
            grow(g.1 + g.3, g.2 + g.4 * 0.2);
        }
        for l in &self.lines {
            grow(l.0, l.1);
            grow(l.2, l.3);
        }
        if min.0 > max.0 {
            return MetaPage {
                glyphs: Vec::new(),
                lines: Vec::new(),
                width: 0.0,
                height: 0.0,
            };
        }
        let margin = 2.0;
        let h = max.1 - min.1 + 2.0 * margin;
        let page = |x: f32, y: f32| {
            (
                (x - min.0 + margin) * PT_PER_MM,
                (h - (y - min.1 + margin)) * PT_PER_MM,
            )
        };
        let glyphs = self
            .glyphs
            .drain(..)
            .map(|(text, x, y, adv, size)| {
                let (x, y) = page(x, y);
                PlacedGlyph {
                    text,
                    x,
                    y,
                    advance: adv * PT_PER_MM,
                    size: size * PT_PER_MM,
                }
            })
            .collect();
        let lines = self
            .lines
            .drain(..)
            .map(|(x0, y0, x1, y1)| {
                let (x0, y0) = page(x0, y0);
                let (x1, y1) = page(x1, y1);
                PlacedLine { x0, y0, x1, y1 }
            })
            .collect();
        MetaPage {
            glyphs,
            lines,
            width: (max.0 - min.0 + 2.0 * margin) * PT_PER_MM,
            height: h * PT_PER_MM,
        }
    }
}

/// 8-bit text in a font's character set.
fn decode_ansi(bytes: &[u8], charset: u8) -> Vec<char> {
    let enc = match charset {
        134 => encoding_rs::GBK,
        136 => encoding_rs::BIG5,
        128 => encoding_rs::SHIFT_JIS,
        129 => encoding_rs::EUC_KR,
        204 => encoding_rs::WINDOWS_1251,
        238 => encoding_rs::WINDOWS_1250,
        _ => encoding_rs::WINDOWS_1252,
    };
    enc.decode_without_bom_handling(bytes).0.chars().collect()
}

fn utf16_chars(b: &[u8]) -> Vec<char> {
    let units: Vec<u16> = b
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    char::decode_utf16(units)
        .map(|c| c.unwrap_or('\u{FFFD}'))
        .collect()
}

fn read_emf(b: &[u8], max_chars: usize) -> Canvas {
    // Millimetres per device unit from the reference device's size in pixels and millimetres.
    let per = |px: Option<i32>, mm: Option<i32>| match (px, mm) {
        (Some(px), Some(mm)) if px > 0 && mm > 0 => mm as f32 / px as f32,
        _ => 25.4 / 96.0,
    };
    let mut cv = Canvas::new(
        (
            per(i32_at(b, 72), i32_at(b, 80)),
            per(i32_at(b, 76), i32_at(b, 84)),
        ),
        max_chars,
    );
    let mut fonts: std::collections::HashMap<u32, Font> = std::collections::HashMap::new();
    let mut at = 0usize;
    for _ in 0..MAX_RECORDS {
        let (Some(kind), Some(size)) = (u32_at(b, at), u32_at(b, at + 4)) else {
            break;
        };
        let size = size as usize;
        if size < 8 || !size.is_multiple_of(4) || at + size > b.len() {
            break;
        }
        let r = &b[at..at + size];
        let pt = |o: usize| -> Option<(f32, f32)> {
            Some((i32_at(r, o)? as f32, i32_at(r, o + 4)? as f32))
        };
        match kind {
            14 => break, // EMR_EOF
            17 => cv.map_mode = u32_at(r, 8).unwrap_or(1),
            9 => cv.win_ext = pt(8).unwrap_or(cv.win_ext),
            10 => cv.win_org = pt(8).unwrap_or(cv.win_org),
            11 => cv.view_ext = pt(8).unwrap_or(cv.view_ext),
            12 => cv.view_org = pt(8).unwrap_or(cv.view_org),
            22 => cv.align = u32_at(r, 8).unwrap_or(0),
            35 | 36 => {
                let m: Option<Vec<f32>> = (0..6).map(|k| f32_at(r, 8 + 4 * k)).collect();
                if let Some(m) = m {
                    let x = Xform([m[0], m[1], m[2], m[3], m[4], m[5]]);
                    cv.world = match (kind, u32_at(r, 32)) {
                        (35, _) | (36, Some(4)) => x,
                        (36, Some(1)) => Xform::IDENTITY,
                        (36, Some(2)) => x.then(&cv.world),
                        (36, Some(3)) => cv.world.then(&x),
                        _ => cv.world,
                    };
                }
            }
            82 => {
                // EMR_EXTCREATEFONTINDIRECTW: ihFont, then LOGFONTW.
                if let (Some(ih), Some(height), Some(&charset)) =
                    (u32_at(r, 8), i32_at(r, 12), r.get(12 + 23))
                    && fonts.len() < 4096
                {
                    fonts.insert(ih, Font { height, charset });
                }
            }
            37 => {
                if let Some(f) = u32_at(r, 8).and_then(|ih| fonts.get(&ih)) {
                    cv.font = *f;
                }
            }
            27 => cv.pos = pt(8).unwrap_or(cv.pos),
            54 => {
                if let Some((x, y)) = pt(8) {
                    cv.line_to(x, y);
                }
            }
            43 => {
                if let (Some((l, t)), Some((rt, bt))) = (pt(8), pt(16)) {
                    cv.rectangle(l, t, rt, bt);
                }
            }
            // EMR_POLYLINE / POLYGON (32-bit points), EMR_POLYLINE16 / POLYGON16.
            4 | 3 | 87 | 86 => {
                let n = u32_at(r, 24).unwrap_or(0) as usize;
                let wide = matches!(kind, 4 | 3);
                let pts: Vec<(f32, f32)> = (0..n.min(100_000))
                    .map_while(|k| {
                        if wide {
                            pt(28 + 8 * k)
                        } else {
                            Some((i16_at(r, 28 + 4 * k)? as f32, i16_at(r, 30 + 4 * k)? as f32))
                        }
                    })
                    .collect();
                cv.polyline(&pts, matches!(kind, 3 | 86));
            }
            // EMR_POLYPOLYLINE16: counts, then all points.
            90 => {
                let polys = u32_at(r, 24).unwrap_or(0) as usize;
                let counts: Vec<usize> = (0..polys.min(10_000))
                    .map_while(|k| u32_at(r, 32 + 4 * k).map(|c| c as usize))
                    .collect();
                let mut p = 32 + 4 * counts.len();
                for c in counts {
                    let pts: Vec<(f32, f32)> = (0..c.min(100_000))
                        .map_while(|k| {
                            Some((
                                i16_at(r, p + 4 * k)? as f32,
                                i16_at(r, p + 2 + 4 * k)? as f32,
                            ))
                        })
                        .collect();
                    p += 4 * c;
                    cv.polyline(&pts, false);
                }
            }
            83 | 84 => {
                // EMR_EXTTEXTOUTA / W: bounds, graphics mode, scales, then the EmrText.
                let (Some((x, y)), Some(n), Some(off), Some(opts)) =
                    (pt(36), u32_at(r, 44), u32_at(r, 48), u32_at(r, 52))
                else {
                    at += size;
                    continue;
                };
                let n = n as usize;
                let off = off as usize;
                let dx_at = if opts & 0x100 != 0 { 56 } else { 72 };
                let unit = if kind == 84 { 2 } else { 1 };
                let Some(raw) = r.get(off..off.saturating_add(n.saturating_mul(unit))) else {
                    at += size;
                    continue;
                };
                let chars = if kind == 84 {
                    utf16_chars(raw)
                } else {
                    decode_ansi(raw, cv.font.charset)
                };
                let off_dx = u32_at(r, dx_at).unwrap_or(0) as usize;
                let step = if opts & 0x2000 != 0 { 8 } else { 4 };
                // One advance a code unit; a character of two units (a GBK pair, a surrogate
                // pair) takes both.
                let units: Vec<f32> = if off_dx >= 8 {
                    (0..n)
                        .map_while(|k| i32_at(r, off_dx + step * k).map(|v| v as f32))
                        .collect()
                } else {
                    Vec::new()
                };
                let dx = per_char(&chars, &units, kind == 84, cv.font.charset);
                cv.text(x, y, &chars, &dx);
            }
            108 => {
                // EMR_SMALLTEXTOUT: x, y, count, options, mode, scales, [clip], text.
                let (Some((x, y)), Some(n), Some(opts)) = (pt(8), u32_at(r, 16), u32_at(r, 20))
                else {
                    at += size;
                    continue;
                };
                let text_at = if opts & 0x100 != 0 { 36 } else { 52 };
                let n = n as usize;
                let chars = if opts & 0x200 != 0 {
                    r.get(text_at..text_at + n)
                        .map(|t| decode_ansi(t, cv.font.charset))
                } else {
                    r.get(text_at..text_at + 2 * n).map(utf16_chars)
                };
                if let Some(chars) = chars {
                    cv.text(x, y, &chars, &[]);
                }
            }
            _ => {}
        }
        at += size;
    }
    cv
}

/// Advances by character from advances by code unit: a character encoded in two units (a
/// double-byte character of an 8-bit text, a UTF-16 surrogate pair) takes the sum of both.
fn per_char(chars: &[char], units: &[f32], wide: bool, charset: u8) -> Vec<f32> {
    if units.is_empty() {
        return Vec::new();
    }
    let double_byte = matches!(charset, 128 | 129 | 134 | 136);
    let mut out = Vec::with_capacity(chars.len());
    let mut k = 0;
    for c in chars {
        let n = if wide {
            c.len_utf16()
        } else if double_byte && !c.is_ascii() {
            2
        } else {
            1
        };
        out.push(
            units
                .get(k..(k + n).min(units.len()))
                .map_or(0.0, |u| u.iter().sum()),
        );
        k += n;
    }
    out
}

fn read_wmf(b: &[u8], max_chars: usize) -> Canvas {
    let mut cv = Canvas::new((25.4 / 96.0, 25.4 / 96.0), max_chars);
    let mut at = 0usize;
    if u32_at(b, 0) == Some(0x9AC6_CDD7) {
        let inch = u16_at(b, 14).unwrap_or(1440);
        cv.wmf_inch = Some(if inch == 0 { 1440.0 } else { inch as f32 });
        cv.win_org = (
            i16_at(b, 6).unwrap_or(0) as f32,
            i16_at(b, 8).unwrap_or(0) as f32,
        );
        at = 22;
    } else {
        cv.wmf_inch = Some(1440.0);
    }
    let header_words = u16_at(b, at + 2).unwrap_or(9) as usize;
    at += 2 * header_words.max(9);
    // The object table: each object created takes the lowest free slot.
    let mut table: Vec<Option<Option<Font>>> = Vec::new();
    let create = |table: &mut Vec<Option<Option<Font>>>, obj: Option<Font>| {
        if let Some(slot) = table.iter_mut().find(|s| s.is_none()) {
            *slot = Some(obj);
        } else if table.len() < 65_536 {
            table.push(Some(obj));
        }
    };
    for _ in 0..MAX_RECORDS {
        let (Some(words), Some(func)) = (u32_at(b, at), u16_at(b, at + 4)) else {
            break;
        };
        let size = (words as usize).saturating_mul(2);
        if size < 6 || at + size > b.len() {
            break;
        }
        let r = &b[at..at + size];
        let p = |k: usize| i16_at(r, 6 + 2 * k).map(|v| v as f32);
        match func {
            0x0000 => break, // META_EOF
            0x0103 => cv.map_mode = u16_at(r, 6).unwrap_or(1) as u32,
            0x020B => {
                if let (Some(y), Some(x)) = (p(0), p(1)) {
                    cv.win_org = (x, y);
                }
            }
            0x020C => {
                if let (Some(y), Some(x)) = (p(0), p(1)) {
                    cv.win_ext = (x, y);
                }
            }
            0x012E => cv.align = u16_at(r, 6).unwrap_or(0) as u32,
            0x02FB => create(
                &mut table,
                Some(Font {
                    height: i16_at(r, 6).unwrap_or(0) as i32,
                    charset: r.get(6 + 13).copied().unwrap_or(1),
                }),
            ),
            // Other objects: pens, brushes, palettes, regions take a slot too.
            0x02FA | 0x02FC | 0x00F7 | 0x01F9 | 0x0142 | 0x06FF => create(&mut table, None),
            0x01F0 => {
                if let Some(slot) = u16_at(r, 6).and_then(|i| table.get_mut(i as usize)) {
                    *slot = None;
                }
            }
            0x012D => {
                if let Some(Some(Some(f))) = u16_at(r, 6).and_then(|i| table.get(i as usize)) {
                    cv.font = *f;
                }
            }
            0x0214 => {
                if let (Some(y), Some(x)) = (p(0), p(1)) {
                    cv.pos = (x, y);
                }
            }
            0x0213 => {
                if let (Some(y), Some(x)) = (p(0), p(1)) {
                    cv.line_to(x, y);
                }
            }
            0x041B => {
                if let (Some(bt), Some(rt), Some(t), Some(l)) = (p(0), p(1), p(2), p(3)) {
                    cv.rectangle(l, t, rt, bt);
                }
            }
            0x0325 | 0x0324 => {
                let n = u16_at(r, 6).unwrap_or(0) as usize;
                let pts: Vec<(f32, f32)> = (0..n)
                    .map_while(|k| Some((p(1 + 2 * k)?, p(2 + 2 * k)?)))
                    .collect();
                cv.polyline(&pts, func == 0x0324);
            }
            0x0521 => {
                // META_TEXTOUT: length, string (padded to a word), y, x.
                let n = u16_at(r, 6).unwrap_or(0) as usize;
                let padded = n + n % 2;
                if let (Some(raw), Some(y), Some(x)) = (
                    r.get(8..8 + n),
                    i16_at(r, 8 + padded),
                    i16_at(r, 10 + padded),
                ) {
                    let chars = decode_ansi(raw, cv.font.charset);
                    cv.text(x as f32, y as f32, &chars, &[]);
                }
            }
            0x0A32 => {
                // META_EXTTEXTOUT: y, x, length, options, [rectangle], string, [advances].
                let (Some(y), Some(x), Some(n), Some(opts)) =
                    (p(0), p(1), u16_at(r, 10), u16_at(r, 12))
                else {
                    at += size;
                    continue;
                };
                let n = n as usize;
                let s = if opts & 0x6 != 0 { 22 } else { 14 };
                let padded = n + n % 2;
                if let Some(raw) = r.get(s..s + n) {
                    let chars = decode_ansi(raw, cv.font.charset);
                    let units: Vec<f32> = (0..n)
                        .map_while(|k| i16_at(r, s + padded + 2 * k).map(|v| v as f32))
                        .collect();
                    let units = if units.len() == n { units } else { Vec::new() };
                    let dx = per_char(&chars, &units, false, cv.font.charset);
                    cv.text(x, y, &chars, &dx);
                }
            }
            _ => {}
        }
        at += size;
    }
    cv
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(kind: u32, body: &[u8]) -> Vec<u8> {
        let mut body = body.to_vec();
        while !body.len().is_multiple_of(4) {
            body.push(0);
        }
        let mut out = kind.to_le_bytes().to_vec();
        out.extend((8 + body.len() as u32).to_le_bytes());
        out.extend(body);
        out
    }

    fn ints(v: &[i32]) -> Vec<u8> {
        v.iter().flat_map(|x| x.to_le_bytes()).collect()
    }

    fn font(ih: u32, height: i32, charset: u8) -> Vec<u8> {
        let mut b = ih.to_le_bytes().to_vec();
        b.extend(ints(&[height, 0, 0, 0, 400]));
        b.extend([0, 0, 0, charset, 0, 0, 0, 0]);
        b.extend("宋体".encode_utf16().flat_map(|u| u.to_le_bytes()));
        b.resize(4 + 92, 0);
        rec(82, &b)
    }

    fn text_w(x: i32, y: i32, s: &str, adv: i32) -> Vec<u8> {
        let units: Vec<u16> = s.encode_utf16().collect();
        let n = units.len();
        let off = 76u32;
        let mut str_bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
        while !str_bytes.len().is_multiple_of(4) {
            str_bytes.push(0);
        }
        let mut b = ints(&[x, y - 15, x + 200, y + 4]);
        b.extend(1u32.to_le_bytes());
        b.extend(0f32.to_le_bytes());
        b.extend(0f32.to_le_bytes());
        b.extend(ints(&[x, y]));
        b.extend((n as u32).to_le_bytes());
        b.extend(off.to_le_bytes());
        b.extend(0u32.to_le_bytes());
        b.extend(ints(&[0, 0, -1, -1]));
        b.extend((off + str_bytes.len() as u32).to_le_bytes());
        b.extend(&str_bytes);
        for _ in 0..n {
            b.extend(adv.to_le_bytes());
        }
        rec(84, &b)
    }

    fn emf(records: &[Vec<u8>]) -> Vec<u8> {
        let mut header = ints(&[0, 0, 600, 300, 0, 0, 15875, 7937]);
        header.extend(0x464D_4520u32.to_le_bytes());
        header.extend(0x10000u32.to_le_bytes());
        header.extend(0u32.to_le_bytes()); // bytes (not checked)
        header.extend((records.len() as u32 + 1).to_le_bytes());
        header.extend([4, 0, 0, 0]);
        header.extend(ints(&[0, 0, 0, 1920, 1080, 508, 286]));
        header.extend(ints(&[0, 0, 0, 508000, 285750]));
        let mut out = rec(1, &header);
        for r in records {
            out.extend(r);
        }
        out.extend(rec(14, &ints(&[0, 16, 20])));
        out
    }

    fn line(x0: i32, y0: i32, x1: i32, y1: i32) -> Vec<u8> {
        let mut v = rec(27, &ints(&[x0, y0]));
        v.extend(rec(54, &ints(&[x1, y1])));
        v
    }

    #[test]
    fn an_excel_range_pasted_as_emf_reads_as_cells_on_their_rows() {
        let mut recs = vec![
            rec(22, &24u32.to_le_bytes()), // TA_BASELINE
            font(2, -15, 134),
            rec(37, &2u32.to_le_bytes()),
            text_w(6, 17, "项目名称", 15),
            text_w(196, 17, "智能检测装置研发", 15),
            text_w(6, 41, "统一社会信用代码", 15),
            text_w(196, 41, "91320505E7YW5FL64Q", 8),
        ];
        for y in [0, 24, 48] {
            recs.push(line(0, y, 660, y));
        }
        for x in [0, 190, 660] {
            recs.push(line(x, 0, x, 48));
        }
        let bytes = emf(&recs);
        assert!(is_emf(&bytes) && !is_wmf(&bytes));
        let page = read(&bytes, 10_000).unwrap();
        assert_eq!(page.lines.len(), 6);
        let text: String = page.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(
            text,
            "项目名称智能检测装置研发统一社会信用代码91320505E7YW5FL64Q"
        );
        // The first row above the second (y up), a label left of its value.
        let y_of = |s: &str| page.glyphs.iter().find(|g| g.text == s).unwrap().y;
        let x_of = |s: &str| page.glyphs.iter().find(|g| g.text == s).unwrap().x;
        assert!(y_of("项") > y_of("统"));
        assert!(x_of("智") > x_of("称") + 100.0);
        // 15 device units of a 96-dpi device: 11.25 pt.
        let g = &page.glyphs[0];
        assert!((g.size - 11.25).abs() < 0.3, "{}", g.size);
        assert!((page.glyphs[1].x - g.x - 11.25).abs() < 0.3);

        // Read into a document, the lines as rules: label and value are cells of one row.
        let mut doc = crate::extract::Document::new("t.docx", crate::extract::Format::Docx);
        crate::extract::pdf::push_glyph_pages(
            &mut doc,
            vec![crate::extract::pdf::GlyphPage {
                number: 1,
                glyphs: page.glyphs,
                lines: page.lines,
            }],
            page.width,
            page.height,
        );
        let cells: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(cells.contains(&"智能检测装置研发"), "{cells:?}");
        assert!(cells.contains(&"91320505E7YW5FL64Q"), "{cells:?}");
    }

    /// A range pasted into Word as an EMF picture: its cells are read where the picture
    /// stands, a table of their own after the document's text.
    #[test]
    fn a_metafile_pasted_into_word_is_read_where_it_stands() {
        let mut recs = vec![
            rec(22, &24u32.to_le_bytes()),
            font(2, -15, 134),
            rec(37, &2u32.to_le_bytes()),
            text_w(6, 17, "申报单位", 15),
            text_w(196, 17, "苏州恒鼎微电子科技有限公司", 15),
        ];
        for y in [0, 24] {
            recs.push(line(0, y, 660, y));
        }
        for x in [0, 190, 660] {
            recs.push(line(x, 0, x, 24));
        }
        let emf = emf(&recs);
        let doc = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body><w:p><w:r><w:t>附件1</w:t></w:r></w:p><w:p><w:r><w:drawing><a:blip r:embed="rId1"/></w:drawing></w:r></w:p><w:p><w:r><w:t>（盖章）</w:t></w:r></w:p><w:sectPr/></w:body></w:document>"#;
        let rels =
            r#"<Relationships><Relationship Id="rId1" Target="media/image1.emf"/></Relationships>"#;
        let bytes = crate::extract::zip_of_bytes(&[
            ("word/document.xml", doc.as_bytes()),
            ("word/_rels/document.xml.rels", rels.as_bytes()),
            ("word/media/image1.emf", &emf),
        ]);
        let limits = crate::extract::Limits::default();
        let d = crate::extract::docx::extract_docx(
            "t.docx",
            &bytes,
            &limits,
            crate::extract::Deadline::after(limits.time_budget),
        )
        .unwrap();
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "附件1",
                "申报单位",
                "苏州恒鼎微电子科技有限公司",
                "（盖章）"
            ]
        );
        assert!(matches!(
            d.blocks[2].kind,
            crate::extract::BlockKind::Cell { row: 0, col: 1, .. }
        ));
    }

    /// Text in a symbol-charset font (a formula's brackets, bullets) is drawing, not text.
    #[test]
    fn symbol_font_text_is_not_read() {
        let bytes = emf(&[
            font(1, -15, 134),
            font(2, -15, 2),
            rec(37, &2u32.to_le_bytes()),
            text_w(0, 20, "ìíî", 8),
            rec(37, &1u32.to_le_bytes()),
            text_w(0, 40, "经费", 15),
        ]);
        assert_eq!(drawn_text(&bytes, 100).as_deref(), Some("经费"));
    }

    #[test]
    fn centred_and_top_aligned_text_and_a_world_transform_are_placed() {
        let scale = |s: f32| -> Vec<u8> {
            [s, 0.0, 0.0, s, 0.0, 0.0]
                .iter()
                .flat_map(|v| v.to_le_bytes())
                .collect()
        };
        let bytes = emf(&[
            rec(35, &scale(2.0)),
            rec(22, &6u32.to_le_bytes()), // TA_CENTER | TA_TOP
            font(1, -10, 134),
            rec(37, &1u32.to_le_bytes()),
            text_w(100, 10, "标题", 10),
        ]);
        let page = read(&bytes, 100).unwrap();
        assert_eq!(page.glyphs.len(), 2);
        // Twice the size: 20 device units = 15 pt; centred on x = 200 units (150 pt).
        assert!((page.glyphs[0].size - 15.0).abs() < 0.3);
        let mid = (page.glyphs[0].x + page.glyphs[1].x + page.glyphs[1].advance) / 2.0;
        let left = page.glyphs[0].x;
        assert!((page.glyphs[1].x - left - 15.0).abs() < 0.3);
        assert!(mid > left);
    }

    #[test]
    fn a_wmf_with_gbk_text_and_a_placeable_header_is_read() {
        let mut b = Vec::new();
        b.extend(0x9AC6_CDD7u32.to_le_bytes());
        b.extend([0, 0]);
        for v in [0i16, 0, 2880, 1440] {
            b.extend(v.to_le_bytes());
        }
        b.extend(1440u16.to_le_bytes());
        b.extend([0; 6]);
        // Standard header: type 1, 9 words, version 0x0300.
        for v in [1u16, 9, 0x0300, 0, 0, 1, 0, 0, 0] {
            b.extend(v.to_le_bytes());
        }
        let wrec = |func: u16, params: &[u8]| -> Vec<u8> {
            let mut p = params.to_vec();
            if p.len() % 2 == 1 {
                p.push(0);
            }
            let mut out = ((6 + p.len()) as u32 / 2).to_le_bytes().to_vec();
            out.extend(func.to_le_bytes());
            out.extend(p);
            out
        };
        // A pen first (slot 0), then the font (slot 1), selected.
        b.extend(wrec(0x02FA, &[0; 10]));
        let mut lf: Vec<u8> = (-200i16).to_le_bytes().to_vec();
        lf.extend([0; 8]);
        lf.extend([0, 0, 0, 134, 0, 0, 0, 0]);
        lf.extend(b"SimSun\0\0");
        b.extend(wrec(0x02FB, &lf));
        b.extend(wrec(0x012D, &1u16.to_le_bytes()));
        b.extend(wrec(0x012E, &24u16.to_le_bytes()));
        let (s, _, _) = encoding_rs::GBK.encode("申报单位");
        let mut p: Vec<u8> = Vec::new();
        for v in [300i16, 100, s.len() as i16, 0] {
            p.extend(v.to_le_bytes());
        }
        p.extend(s.iter());
        for _ in 0..s.len() {
            p.extend(100i16.to_le_bytes());
        }
        b.extend(wrec(0x0A32, &p));
        let mut mv = 1440i16.to_le_bytes().to_vec();
        mv.extend(0i16.to_le_bytes());
        b.extend(wrec(0x0214, &mv));
        let mut lt = 1440i16.to_le_bytes().to_vec();
        lt.extend(2880i16.to_le_bytes());
        b.extend(wrec(0x0213, &lt));
        b.extend(wrec(0x0000, &[]));
        assert!(is_wmf(&b) && !is_emf(&b));
        let page = read(&b, 100).unwrap();
        let text: String = page.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(text, "申报单位");
        // 200 twips = 10 pt; each character advances 2 × 100 twips.
        assert!(
            (page.glyphs[0].size - 10.0).abs() < 0.2,
            "{}",
            page.glyphs[0].size
        );
        assert!((page.glyphs[1].x - page.glyphs[0].x - 10.0).abs() < 0.2);
        assert_eq!(page.lines.len(), 1);
    }

    /// The input the fuzz target found (a font of height i32::MIN, whose negation overflowed),
    /// fed as the target feeds it.
    #[test]
    fn the_fuzzed_font_height_is_read_without_overflow() {
        let data = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/bad/fuzz_metafile_font_height.bin"
        ));
        let _ = drawn_text(data, 10_000);
        let mut emf = data.to_vec();
        emf[..4].copy_from_slice(&1u32.to_le_bytes());
        emf[40..44].copy_from_slice(&0x464D_4520u32.to_le_bytes());
        let _ = drawn_text(&emf, 10_000);
        let mut wmf = data.to_vec();
        wmf[..4].copy_from_slice(&0x9AC6_CDD7u32.to_le_bytes());
        let _ = drawn_text(&wmf, 10_000);
    }

    #[test]
    fn broken_metafiles_end_quietly() {
        let good = emf(&[font(2, -15, 134), text_w(6, 17, "名称", 15)]);
        for cut in [0, 8, 50, 107, 108, 120, good.len() - 30] {
            let _ = read(&good[..cut.min(good.len())], 100);
        }
        // A record claiming more than the file: the walk stops.
        let mut bad = emf(&[]);
        bad.extend(rec(84, &[0xFF; 40]));
        let n = bad.len();
        bad[n - 44..n - 40].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(read(&bad, 100).unwrap().glyphs.is_empty());
        assert!(read(b"not a metafile", 100).is_none());
    }
}
