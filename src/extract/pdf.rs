//! PDF text on top of lopdf's object and content-stream parsing.
//!
//! lopdf's own `extract_text` is not enough for applications (it skips Form XObjects, so
//! stamped or merged pages come out empty, knows no predefined CJK CMaps, and adds a space after
//! every TJ array: `91310115MA 1K4XXXXX`). This module interprets the content stream itself:
//! it tracks the graphics and text matrices, decodes each glyph through `pdf_font`, and places it
//! on the page; lines come from baselines and spaces from real gaps, never from operators.

use super::garble;
use super::pdf_font::{Font, Glyph, as_dict, deref, dict_get, name, num};
use super::{BlockKind, Deadline, DocIssue, Document, ExtractError, Format, Limits, Page};
use lopdf::content::Content;
use lopdf::{Dictionary, Object, ObjectId};
use std::collections::{HashMap, HashSet};
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

fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// An axis-aligned ruling line: `pos` is x for a vertical rule (spanning y in a..b) and y for a
/// horizontal one (spanning x in a..b).
#[derive(Debug, Clone, Copy)]
struct Rule {
    vertical: bool,
    pos: f32,
    a: f32,
    b: f32,
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
    /// Writing direction in quarter turns (0 = left to right, upright); 4 and above: text at a
    /// slant, 4 + its angle / 5°.
    dir: u8,
    /// The text-showing operation that drew it (1, 2 …; 0 when not known): one string, which a
    /// word processor never lets cross a cell's rule.
    run: u32,
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
    /// Text render mode (Tr): 3 draws nothing, 7 only clips — the invisible text a scanner's
    /// OCR lays over the page image.
    render: u8,
    /// The non-stroking colour space's kind (for `sc`/`scn`) and whether the fill colour is
    /// white: text filled white on the white page is not seen (a template's examples hidden in
    /// white type).
    fill_space: FillSpace,
    white: bool,
    /// The clipping path's bounding box in device space (x0, y0, x1, y1), when a path was made
    /// the clip (W, W*): glyphs outside it are not seen — a spreadsheet cell's text cut at the
    /// cell's edge where the next cell is not empty.
    clip: Option<[f32; 4]>,
    /// Whether what is filled now covers what lies under it: fill opacity (ExtGState /ca) of
    /// 0.9 or more, blend mode Normal (a highlighter's Multiply shows the text through).
    opaque: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum FillSpace {
    Gray,
    Rgb,
    Cmyk,
    /// Separation, Indexed, Pattern …: a colour whose lightness propscan does not judge.
    Other,
}

/// Whether `c` (operands of g, rg, k or sc in a space of their count) is white.
fn is_white(space: FillSpace, c: &[f32]) -> bool {
    match (space, c.len()) {
        (FillSpace::Gray, 1) => c[0] >= 0.98,
        (FillSpace::Rgb, 3) => c.iter().all(|v| *v >= 0.98),
        (FillSpace::Cmyk, 4) => c.iter().all(|v| *v <= 0.02),
        _ => false,
    }
}

impl GState {
    /// The initial graphics state of a content stream drawn with `ctm`.
    fn new(ctm: Matrix) -> GState {
        GState {
            ctm,
            tc: 0.0,
            tw: 0.0,
            th: 1.0,
            tl: 0.0,
            rise: 0.0,
            fs: 0.0,
            font: None,
            render: 0,
            fill_space: FillSpace::Gray,
            white: false,
            clip: None,
            opaque: true,
        }
    }
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
    /// Ruling lines of the page (table borders), in device space.
    rules: Vec<Rule>,
    path: Vec<(f32, f32, f32, f32, bool)>,
    cur: (f32, f32),
    start: (f32, f32),
    truncated: Option<String>,
    scratch: Vec<Glyph>,
    /// Image XObjects drawn on the page, with the CTM and the clip they were drawn with (for
    /// OCR: what a clip cuts off is not on the page).
    images: Vec<super::scan::PlacedImage>,
    /// Characters of the page drawn invisibly (render mode 3 or 7).
    invisible: usize,
    /// Areas of the page filled with a colour other than white, and images, in device space
    /// (x0, y0, x1, y1): white text there is seen.
    dark: Vec<[f32; 4]>,
    /// Optional content groups the document's default configuration turns off.
    hidden_ocgs: HashSet<ObjectId>,
    /// Open marked-content sequences, each: whether it is optional content switched off.
    marked: Vec<bool>,
    /// Marked-content sequences opened past the depth `marked` keeps.
    marked_overflow: usize,
    /// How many open sequences are switched off: while above zero nothing is drawn.
    hidden_depth: usize,
    /// Text-showing operations so far (each glyph keeps the number of the one that drew it).
    runs: u32,
    /// W or W* seen: the path, when it ends, becomes (part of) the clip.
    clip_next: bool,
    /// The current path has curves (not kept in `path`): its clip is not judged.
    path_curved: bool,
    /// Opaque filled rectangles, in device space, each with the number of glyphs drawn before
    /// it: those glyphs are hidden where it covers them (a PDF editor's white box over a value
    /// it corrects, the new value typed on it).
    covers: Vec<([f32; 4], usize)>,
    /// Drawing a markup annotation's appearance (a reviewer's box round a value, an underline,
    /// a stamp's frame): its lines are no table's rules.
    markup: bool,
    /// Drawing a text markup annotation's appearance (a highlight, an underline): it marks the
    /// text under it, and hides none of it however its colour is filled.
    marks_text: bool,
    /// The page's shown part: what is drawn outside it is not read.
    shown: PageBox,
    /// The open marked-content span that says what its glyphs read (/ActualText), if any.
    actual: Option<ActualSpan>,
    /// Where the last glyph seen ended, when upright: a wrapped line of the same cell cut off
    /// below reads on from there.
    cell_tail: Option<CellTail>,
}

/// The end of the last upright glyph seen.
#[derive(Clone, Copy)]
struct CellTail {
    /// Where the line it ends began (its run's first glyph on its baseline).
    start: f32,
    end: f32,
    v: f32,
    size: f32,
    /// The text-showing operation that drew it: the cut line continues that run.
    run: u32,
    /// The clip it was seen through.
    clip: Option<[f32; 4]>,
    /// The baseline of the last cut line read on after it (its own, before any).
    cut_v: f32,
}

/// A marked-content span with /ActualText (14.9.4): the text its content stands for, replacing
/// what the glyphs' fonts would decode to — Word and Skia write it for runs whose glyphs do not
/// map one to one, and some writers give no ToUnicode map but ActualText. The glyphs it draws
/// are only measured: when it closes, its text is set over the place they took.
struct ActualSpan {
    text: String,
    /// The depth of the marked-content stack it was opened at.
    depth: usize,
    /// The first glyph drawn in it (where the text starts, its size, direction and run), and
    /// where the last glyph on the first one's line ends.
    first: Option<Placed>,
    end: f32,
    /// Whether the glyphs were drawn invisibly (render mode 3 or 7).
    invisible: bool,
}

/// Where a glyph drawn with text rendering matrix `trm` stands: (u, v) in a frame whose u runs
/// along its line, and its direction. Text set at a slant (a diagonal watermark, 仅供评审使用
/// across the page) is no part of the page's lines: it gets a direction of its own per 5° of
/// slant and a frame along its baseline, so it forms lines of its own after the upright text
/// instead of one stray character in every table row it crosses.
fn frame_of(trm: &Matrix) -> (f32, f32, u8) {
    let (x, y) = (trm[4], trm[5]);
    let angle = trm[1].atan2(trm[0]).to_degrees();
    let off_axis = (angle - 90.0 * (angle / 90.0).round()).abs();
    if off_axis > 8.0 && trm[0].is_finite() && trm[1].is_finite() {
        let (sn, cs) = angle.to_radians().sin_cos();
        let bucket = ((angle.round() as i32).rem_euclid(360) / 5) as u8;
        (x * cs + y * sn, -x * sn + y * cs, 4 + bucket)
    } else if trm[0].abs() >= trm[1].abs() {
        if trm[0] >= 0.0 {
            (x, y, 0)
        } else {
            (-x, -y, 2)
        }
    } else if trm[1] > 0.0 {
        (y, -x, 1)
    } else {
        (-y, x, 3)
    }
}

/// A clip (x0, y0, x1, y1) narrowed to a box: their intersection (empty when they do not meet).
fn intersect(clip: Option<[f32; 4]>, b: [f32; 4]) -> [f32; 4] {
    match clip {
        Some(c) => [
            c[0].max(b[0]),
            c[1].max(b[1]),
            c[2].min(b[2]),
            c[3].min(b[3]),
        ],
        None => b,
    }
}

/// The optional content groups (layers) the document's default configuration shows off:
/// /OCProperties /D's /OFF list, or with /BaseState /OFF every group not in its /ON list.
fn hidden_ocgs(doc: &lopdf::Document) -> HashSet<ObjectId> {
    let ids = |o: Option<&Object>| -> Vec<ObjectId> {
        match o {
            Some(Object::Array(a)) => a
                .iter()
                .take(10_000)
                .filter_map(|x| match x {
                    Object::Reference(id) => Some(*id),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    };
    let Some(props) = doc
        .trailer
        .get(b"Root")
        .ok()
        .and_then(|r| as_dict(deref(doc, r)))
        .and_then(|root| dict_get(doc, root, b"OCProperties"))
        .and_then(as_dict)
    else {
        return HashSet::new();
    };
    let Some(d) = dict_get(doc, props, b"D").and_then(as_dict) else {
        return HashSet::new();
    };
    let base_off = matches!(dict_get(doc, d, b"BaseState"), Some(Object::Name(n)) if n == b"OFF");
    if base_off {
        let on: HashSet<ObjectId> = ids(dict_get(doc, d, b"ON")).into_iter().collect();
        ids(dict_get(doc, props, b"OCGs"))
            .into_iter()
            .filter(|id| !on.contains(id))
            .collect()
    } else {
        ids(dict_get(doc, d, b"OFF")).into_iter().collect()
    }
}

enum Stop {
    Timeout,
}

impl<'a> Walker<'a> {
    /// The graphics state a page's content (or an annotation's appearance placed with `ctm`)
    /// starts in: drawn in the frame of the page's shown part, clipped to it.
    fn page_state(&self, ctm: Matrix) -> GState {
        let mut gs = GState::new(mul(&ctm, &self.shown.matrix()));
        gs.clip = self.shown.clip();
        gs
    }

    /// Whether optional content `oc` (an OCG, or a membership dictionary naming OCGs with a
    /// visibility policy) is switched off in the default configuration. Visibility expressions
    /// (/VE) are not evaluated: such content counts as shown.
    fn oc_hidden(&self, oc: &Object) -> bool {
        if self.hidden_ocgs.is_empty() {
            return false;
        }
        if let Object::Reference(id) = oc
            && self.hidden_ocgs.contains(id)
        {
            return true;
        }
        let Some(d) = as_dict(deref(self.doc, oc)) else {
            return false;
        };
        if !matches!(dict_get(self.doc, d, b"Type"), Some(Object::Name(t)) if t == b"OCMD") {
            return false;
        }
        let groups: Vec<bool> = match d.get(b"OCGs").ok() {
            Some(Object::Reference(id)) => vec![self.hidden_ocgs.contains(id)],
            Some(Object::Array(a)) => a
                .iter()
                .take(1_000)
                .map(|x| matches!(x, Object::Reference(id) if self.hidden_ocgs.contains(id)))
                .collect(),
            _ => return false,
        };
        if groups.is_empty() {
            return false;
        }
        let policy = match dict_get(self.doc, d, b"P") {
            Some(Object::Name(p)) => p.as_slice(),
            _ => b"AnyOn",
        };
        let visible = match policy {
            b"AllOn" => groups.iter().all(|off| !off),
            b"AnyOff" => groups.iter().any(|off| *off),
            b"AllOff" => groups.iter().all(|off| *off),
            _ => groups.iter().any(|off| !off),
        };
        !visible
    }

    /// The /ActualText of a marked-content sequence opened with operands `o` (a tag, then an
    /// inline property list or the name of one in the resources' /Properties), when it says
    /// some text (a space too: LibreOffice wraps the spaces it spreads a label with in one).
    /// An empty ActualText is not taken: the glyphs are read as they are.
    fn actual_text(&self, resources: Option<&Dictionary>, o: &[Object]) -> Option<String> {
        let props = match o.get(1)? {
            Object::Name(key) => resources
                .and_then(|r| dict_get(self.doc, r, b"Properties"))
                .and_then(as_dict)
                .and_then(|p| p.get(key).ok())
                .and_then(|d| as_dict(deref(self.doc, d)))?,
            other => as_dict(deref(self.doc, other))?,
        };
        match dict_get(self.doc, props, b"ActualText")? {
            Object::String(b, _) => {
                let text = text_string(b);
                (!text.is_empty()).then_some(text)
            }
            _ => None,
        }
    }

    /// The ActualText span ends: its text is set, character by character, over the place its
    /// glyphs took (nothing when it drew nothing that is seen).
    fn close_actual(&mut self) {
        let Some(span) = self.actual.take() else {
            return;
        };
        let Some(first) = span.first else { return };
        let chars: Vec<char> = span.text.chars().filter(|c| !c.is_control()).collect();
        if chars.is_empty() {
            return;
        }
        let step = (span.end - first.u).max(first.w) / chars.len() as f32;
        for (i, c) in chars.iter().enumerate() {
            if self.glyphs.len() >= self.limits.max_chars {
                break;
            }
            if span.invisible && !c.is_whitespace() {
                self.invisible += 1;
            }
            self.glyphs.push(Placed {
                text: c.to_string(),
                u: first.u + step * i as f32,
                w: step,
                ..first.clone()
            });
        }
    }

    /// Whether a dictionary (an XObject, an annotation) belongs to optional content that is off.
    fn dict_hidden(&self, d: &Dictionary) -> bool {
        d.get(b"OC").is_ok_and(|oc| self.oc_hidden(oc))
    }

    /// Remember an area (its corners in device space) where white text would be seen.
    fn mark_dark(&mut self, corners: [(f32, f32); 4]) {
        if self.dark.len() >= 512
            || corners
                .iter()
                .any(|(x, y)| !x.is_finite() || !y.is_finite())
        {
            return;
        }
        let b = corners
            .iter()
            .fold([f32::MAX, f32::MAX, f32::MIN, f32::MIN], |b, &(x, y)| {
                [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
            });
        // A rule drawn as a thin filled rectangle holds no text (and would use up the list).
        if b[2] - b[0] < 3.0 || b[3] - b[1] < 3.0 {
            return;
        }
        self.dark.push(b);
    }

    /// The kind of the colour space `name` (a device space, or one of the page's ColorSpace
    /// resources: ICCBased by its number of components).
    fn fill_space(&self, resources: Option<&Dictionary>, name: &[u8]) -> FillSpace {
        match name {
            b"DeviceGray" | b"G" | b"CalGray" => return FillSpace::Gray,
            b"DeviceRGB" | b"RGB" | b"CalRGB" => return FillSpace::Rgb,
            b"DeviceCMYK" | b"CMYK" => return FillSpace::Cmyk,
            _ => {}
        }
        let space = resources
            .and_then(|r| dict_get(self.doc, r, b"ColorSpace"))
            .and_then(as_dict)
            .and_then(|d| d.get(name).ok())
            .map(|o| deref(self.doc, o));
        let Some(Object::Array(a)) = space else {
            return FillSpace::Other;
        };
        match a.first() {
            Some(Object::Name(k)) if k == b"ICCBased" => {
                let n = a
                    .get(1)
                    .map(|o| deref(self.doc, o))
                    .and_then(|o| match o {
                        Object::Stream(st) => dict_get(self.doc, &st.dict, b"N").and_then(num),
                        _ => None,
                    })
                    .unwrap_or(0.0);
                match n as u32 {
                    1 => FillSpace::Gray,
                    3 => FillSpace::Rgb,
                    4 => FillSpace::Cmyk,
                    _ => FillSpace::Other,
                }
            }
            Some(Object::Name(k)) if k == b"CalRGB" => FillSpace::Rgb,
            Some(Object::Name(k)) if k == b"CalGray" => FillSpace::Gray,
            _ => FillSpace::Other,
        }
    }

    fn font(&mut self, resources: Option<&Dictionary>, key: &[u8]) -> Option<Rc<Font>> {
        let fonts = resources
            .and_then(|r| dict_get(self.doc, r, b"Font"))
            .and_then(as_dict)?;
        let raw = fonts.get(key).ok()?;
        let id = match raw {
            Object::Reference(id) => Some(*id),
            _ => None,
        };
        if let Some(id) = id
            && let Some(f) = self.fonts.get(&id)
        {
            return Some(f.clone());
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
            let trm = mul(
                &mul(&[gs.fs * gs.th, 0.0, 0.0, gs.fs, 0.0, gs.rise], tm),
                &gs.ctm,
            );
            let m = mul(tm, &gs.ctm);
            let tx = (g.width / 1000.0 * gs.fs + gs.tc + if g.is_space_code { gs.tw } else { 0.0 })
                * gs.th;
            let hscale = (m[0] * m[0] + m[1] * m[1]).sqrt();
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
            // Filled white where nothing coloured lies under it: not seen.
            let unseen_white = |dark: &[[f32; 4]]| {
                gs.white
                    && matches!(gs.render, 0 | 4)
                    && !dark.iter().any(|d| {
                        let (x, y) = (trm[4], trm[5]);
                        d[0] - 1.0 <= x && x <= d[2] + 1.0 && d[1] - 1.0 <= y && y <= d[3] + 1.0
                    })
            };
            // Outside the clip: cut off, not seen.
            // The glyph's middle, which the clip is judged by.
            let (cx, cy) = apply(&trm, 0.5 * g.width / 1000.0, 0.35);
            let clipped = gs.clip.is_some_and(|c| {
                (cx < c[0] - 0.5 || cx > c[2] + 0.5 || cy < c[1] - 0.5 || cy > c[3] + 0.5)
                    && !self.runs_past_the_margin(c, &trm, cx, size)
            });
            let seen =
                self.glyphs.len() < self.limits.max_chars && !unseen_white(&self.dark) && !clipped;
            if seen && let Some(span) = self.actual.as_mut() {
                let (u, v, dir) = frame_of(&trm);
                let w = (tx * hscale).abs();
                match &span.first {
                    None => {
                        span.first = Some(Placed {
                            text: String::new(),
                            u,
                            v,
                            w,
                            size: size.max(0.1),
                            dir,
                            run: self.runs,
                        });
                        span.end = u + w;
                        span.invisible = matches!(gs.render, 3 | 7);
                    }
                    Some(f) if f.dir == dir && (v - f.v).abs() < f.size * 0.5 => {
                        span.end = span.end.max(u + w);
                    }
                    Some(_) => {}
                }
            } else if seen && !g.text.is_empty() {
                if matches!(gs.render, 3 | 7) {
                    self.invisible += g.text.chars().filter(|c| !c.is_whitespace()).count();
                }
                let (u, v, dir) = frame_of(&trm);
                let w = (tx * hscale).abs();
                // Where this line of the run began: the first glyph of the run on this baseline.
                let start = match self.cell_tail {
                    Some(t) if t.run == self.runs && (t.v - v).abs() < 0.2 * size => t.start,
                    _ => u,
                };
                self.cell_tail = (dir == 0).then_some(CellTail {
                    start,
                    end: u + w,
                    v,
                    size: size.max(0.1),
                    run: self.runs,
                    clip: gs.clip,
                    cut_v: v,
                });
                self.glyphs.push(Placed {
                    text: g.text.clone(),
                    u,
                    v,
                    w,
                    size: size.max(0.1),
                    dir,
                    run: self.runs,
                });
            } else if clipped
                && !g.text.is_empty()
                && self.actual.is_none()
                && self.glyphs.len() < self.limits.max_chars
                && let Some(c) = gs.clip
                && let Some(tail) = self.cell_tail.as_mut()
            {
                // A wrapped line of a cell cut off by its row's bottom (a spreadsheet printed
                // without growing the row to its text). Gnumeric draws it through a thin clip,
                // only the tops of its glyphs showing; LibreOffice Calc draws it through the
                // cell's own clip, wholly below it. Either way the line above is the cell's,
                // and the value is the cell's whole text: the cut line reads on after it —
                // where it was drawn it would land in the cell below.
                let (u, v, dir) = frame_of(&trm);
                let top = apply(&trm, 0.5 * g.width / 1000.0, 0.8).1;
                // Within the clip across: Gnumeric's thin clip spans the cut line's ink, not
                // its glyphs' boxes (a bracket's ink is on one side of its box).
                let w = (tx * hscale).abs();
                // And under the line above, not beside it (a writer that draws a row's first
                // lines before their cut lines leaves another cell's line as the last seen).
                let across = dir == 0
                    && u + w > c[0]
                    && u < c[2]
                    && u < tail.end
                    && u + w > tail.start - 0.5 * size;
                let same_size = (tail.size - size).abs() < 0.2 * size;
                let tops_show = c[1] > cy && c[1] < top && c[3] >= top - 0.5;
                // The line just below the last one read, or more of the cut line being read.
                let just_below = (tail.cut_v - v > 0.8 * size && tail.cut_v - v < 2.2 * size)
                    || (tail.cut_v < tail.v && (tail.cut_v - v).abs() < 0.2 * size);
                let same_clip = tail
                    .clip
                    .is_some_and(|t| t.iter().zip(c).all(|(a, b)| (a - b).abs() < 0.5));
                // A cell's clip: a page's shown part (a CropBox splitting a sheet over pages)
                // or a frame round a block of text cuts off more than a cell's lines.
                let cell_sized = c[3] - c[1] <= 4.0 * size;
                let cut_below = across
                    && same_size
                    && cell_sized
                    && ((tops_show && just_below) || (top < c[1] && same_clip && just_below));
                if cut_below {
                    // Set close after the line's end, each glyph narrow: the line above may
                    // fill its cell, and the cut line must not spill into the next one.
                    let narrow = 0.02 * tail.size;
                    self.glyphs.push(Placed {
                        text: g.text.clone(),
                        u: tail.end,
                        v: tail.v,
                        w: narrow,
                        size: tail.size,
                        dir: 0,
                        run: tail.run,
                    });
                    tail.end += narrow;
                    tail.cut_v = v;
                }
            }
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
        self.scratch = glyphs;
    }

    /// Walk one content stream (a page's, a form's, an annotation's appearance). A span with
    /// /ActualText that the stream opens and never closes (its EMC missing) ends with the
    /// stream: its text is set there, not lost with the glyphs it measured.
    fn run(
        &mut self,
        content: &[u8],
        resources: Option<&'a Dictionary>,
        gs0: GState,
        depth: usize,
    ) -> Result<(), Stop> {
        let open = self.actual.is_some();
        let walked = self.walk(content, resources, gs0, depth);
        if !open && self.actual.is_some() {
            self.close_actual();
        }
        walked
    }

    fn walk(
        &mut self,
        content: &[u8],
        resources: Option<&'a Dictionary>,
        gs0: GState,
        depth: usize,
    ) -> Result<(), Stop> {
        let ops = match Content::decode(content) {
            Ok(c) => c.operations,
            Err(_) => {
                self.truncated
                    .get_or_insert_with(|| "a content stream could not be parsed".into());
                return Ok(());
            }
        };
        let mut stack: Vec<GState> = Vec::new();
        let mut gs = gs0;
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        for op in &ops {
            self.ops += 1;
            if self.ops.is_multiple_of(4096) && self.deadline.expired() {
                return Err(Stop::Timeout);
            }
            if self.ops > self.limits.max_operations {
                self.truncated.get_or_insert_with(|| {
                    format!(
                        "more than {} drawing operations",
                        self.limits.max_operations
                    )
                });
                return Ok(());
            }
            let o = &op.operands;
            let n = |k: usize| o.get(k).and_then(num).unwrap_or(0.0);
            // Optional content switched off (a form's example or instruction layer): its
            // marked-content sequences are followed, and while inside one nothing is drawn —
            // no text, images, forms or rules — though the graphics state still changes.
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    let hides = op.operator == "BDC"
                        && matches!(o.first(), Some(Object::Name(t)) if t == b"OC")
                        && match o.get(1) {
                            Some(Object::Name(key)) => resources
                                .and_then(|r| dict_get(self.doc, r, b"Properties"))
                                .and_then(as_dict)
                                .and_then(|p| p.get(key).ok())
                                .is_some_and(|oc| self.oc_hidden(oc)),
                            Some(oc) => self.oc_hidden(oc),
                            None => false,
                        };
                    if self.marked.len() < 1024 {
                        if self.actual.is_none()
                            && let Some(text) = self.actual_text(resources, o)
                        {
                            self.actual = Some(ActualSpan {
                                text,
                                depth: self.marked.len(),
                                first: None,
                                end: 0.0,
                                invisible: false,
                            });
                        }
                        self.marked.push(hides);
                        self.hidden_depth += usize::from(hides);
                    } else {
                        self.marked_overflow += 1;
                    }
                    continue;
                }
                "EMC" => {
                    if self.marked_overflow > 0 {
                        self.marked_overflow -= 1;
                    } else {
                        if self.marked.pop() == Some(true) {
                            self.hidden_depth -= 1;
                        }
                        if self
                            .actual
                            .as_ref()
                            .is_some_and(|a| a.depth == self.marked.len())
                        {
                            self.close_actual();
                        }
                    }
                    continue;
                }
                "Tj" | "TJ" | "Do" | "BI" | "EI" | "sh" if self.hidden_depth > 0 => continue,
                "'" | "\"" if self.hidden_depth > 0 => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.tl], &tlm);
                    tm = tlm;
                    continue;
                }
                "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" if self.hidden_depth > 0 => {
                    self.end_path(&mut gs);
                    self.path.clear();
                    continue;
                }
                _ => {}
            }
            match op.operator.as_str() {
                "q" if stack.len() < 256 => {
                    stack.push(gs.clone());
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
                "Tr" => gs.render = n(0).clamp(0.0, 7.0) as u8,
                "gs" => {
                    if let Some(Object::Name(key)) = o.first()
                        && let Some(ext) = resources
                            .and_then(|r| dict_get(self.doc, r, b"ExtGState"))
                            .and_then(as_dict)
                            .and_then(|x| dict_get(self.doc, x, key))
                            .and_then(as_dict)
                    {
                        if let Some(ca) = dict_get(self.doc, ext, b"ca").and_then(num) {
                            gs.opaque = ca >= 0.9;
                        }
                        match dict_get(self.doc, ext, b"BM") {
                            Some(Object::Name(m)) => {
                                gs.opaque &= m == b"Normal" || m == b"Compatible";
                            }
                            Some(Object::Array(a)) => {
                                gs.opaque &= a.first().is_some_and(|m| {
                                    matches!(deref(self.doc, m), Object::Name(n) if n == b"Normal" || n == b"Compatible")
                                });
                            }
                            _ => {}
                        }
                    }
                }
                "g" => {
                    gs.fill_space = FillSpace::Gray;
                    gs.white = is_white(FillSpace::Gray, &[n(0)]);
                }
                "rg" => {
                    gs.fill_space = FillSpace::Rgb;
                    gs.white = is_white(FillSpace::Rgb, &[n(0), n(1), n(2)]);
                }
                "k" => {
                    gs.fill_space = FillSpace::Cmyk;
                    gs.white = is_white(FillSpace::Cmyk, &[n(0), n(1), n(2), n(3)]);
                }
                "cs" => {
                    gs.fill_space = match o.first() {
                        Some(Object::Name(name)) => self.fill_space(resources, name),
                        _ => FillSpace::Other,
                    };
                    // A colour space's initial colour is black (or full tint).
                    gs.white = false;
                }
                "sc" | "scn" => {
                    let vals: Vec<f32> = o.iter().filter_map(num).collect();
                    gs.white = vals.len() == o.len() && is_white(gs.fill_space, &vals);
                }
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
                    self.runs = self.runs.wrapping_add(1);
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
                    self.runs = self.runs.wrapping_add(1);
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
                    let Some(Object::Name(key)) = o.first() else {
                        continue;
                    };
                    let xdict = resources
                        .and_then(|r| dict_get(self.doc, r, b"XObject"))
                        .and_then(as_dict);
                    let Some(xobj) = xdict.and_then(|x| dict_get(self.doc, x, key)) else {
                        continue;
                    };
                    let xref = match xdict.and_then(|x| x.get(key).ok()) {
                        Some(Object::Reference(id)) => Some(*id),
                        _ => None,
                    };
                    let Object::Stream(stream) = xobj else {
                        continue;
                    };
                    if self.dict_hidden(&stream.dict) {
                        continue; // an XObject of optional content that is off
                    }
                    match dict_get(self.doc, &stream.dict, b"Subtype") {
                        Some(Object::Name(s)) if s == b"Image" => {
                            self.image_area +=
                                (gs.ctm[0] * gs.ctm[3] - gs.ctm[1] * gs.ctm[2]).abs();
                            self.mark_dark(
                                [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
                                    .map(|(x, y)| apply(&gs.ctm, x, y)),
                            );
                            if let Some(id) = xref
                                && self.images.len() < 256
                            {
                                self.images.push((id, gs.ctm, gs.clip));
                            }
                        }
                        Some(Object::Name(s)) if s == b"Form" => {
                            if depth >= self.limits.max_xobject_depth {
                                self.truncated.get_or_insert_with(|| {
                                    "Form XObjects nested too deeply".into()
                                });
                                continue;
                            }
                            let Ok(data) =
                                stream.get_plain_content_with_limit(self.limits.max_stream_bytes)
                            else {
                                continue;
                            };
                            let mut inner = gs.clone();
                            if let Some(Object::Array(m)) =
                                dict_get(self.doc, &stream.dict, b"Matrix")
                            {
                                let vals: Vec<Object> =
                                    m.iter().map(|x| deref(self.doc, x).clone()).collect();
                                if let Some(mm) = matrix_of(&vals) {
                                    inner.ctm = mul(&mm, &inner.ctm);
                                }
                            }
                            // The form's bounding box clips what it draws (8.10.1).
                            if let Some(b) = self.four_numbers(&stream.dict, b"BBox") {
                                let c = [(b[0], b[1]), (b[2], b[1]), (b[0], b[3]), (b[2], b[3])]
                                    .map(|(x, y)| apply(&inner.ctm, x, y));
                                let bb = c.iter().fold(
                                    [f32::MAX, f32::MAX, f32::MIN, f32::MIN],
                                    |b, &(x, y)| {
                                        [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
                                    },
                                );
                                if bb.iter().all(|v| v.is_finite()) {
                                    inner.clip = Some(intersect(inner.clip, bb));
                                }
                            }
                            let res = dict_get(self.doc, &stream.dict, b"Resources")
                                .and_then(as_dict)
                                .or(resources);
                            self.run(&data, res, inner, depth + 1)?;
                        }
                        _ => {}
                    }
                }
                "BI" | "EI" => {
                    self.image_area += (gs.ctm[0] * gs.ctm[3] - gs.ctm[1] * gs.ctm[2]).abs();
                    self.mark_dark(
                        [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
                            .map(|(x, y)| apply(&gs.ctm, x, y)),
                    );
                }
                "m" => {
                    self.cur = apply(&gs.ctm, n(0), n(1));
                    self.start = self.cur;
                }
                "l" => {
                    self.path_ops += 1;
                    let p = apply(&gs.ctm, n(0), n(1));
                    if self.path.len() < 4096 {
                        self.path.push((self.cur.0, self.cur.1, p.0, p.1, false));
                    }
                    self.cur = p;
                }
                "h" => {
                    if self.path.len() < 4096 {
                        self.path
                            .push((self.cur.0, self.cur.1, self.start.0, self.start.1, false));
                    }
                    self.cur = self.start;
                }
                "re" => {
                    self.path_ops += 1;
                    let (x, y, w, h) = (n(0), n(1), n(2), n(3));
                    let c = [
                        apply(&gs.ctm, x, y),
                        apply(&gs.ctm, x + w, y),
                        apply(&gs.ctm, x + w, y + h),
                        apply(&gs.ctm, x, y + h),
                    ];
                    let (dw, dh) = (
                        (c[1].0 - c[0].0).abs().max((c[1].1 - c[0].1).abs()),
                        (c[3].1 - c[0].1).abs().max((c[3].0 - c[0].0).abs()),
                    );
                    if self.path.len() < 4096 {
                        if dw < 2.5 {
                            let mx = (c[0].0 + c[1].0) / 2.0;
                            self.path.push((mx, c[0].1, mx, c[3].1, false));
                        } else if dh < 2.5 {
                            let my = (c[0].1 + c[3].1) / 2.0;
                            self.path.push((c[0].0, my, c[1].0, my, false));
                        } else {
                            for k in 0..4 {
                                let (a, b) = (c[k], c[(k + 1) % 4]);
                                self.path.push((a.0, a.1, b.0, b.1, true));
                            }
                        }
                    }
                }
                "c" | "v" | "y" => {
                    self.path_ops += 1;
                    self.path_curved = true;
                }
                "W" | "W*" => self.clip_next = true,
                "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" => {
                    self.end_path(&mut gs);
                    let filled_only = matches!(op.operator.as_str(), "f" | "F" | "f*");
                    // One rectangle filled opaquely over glyphs drawn before it covers them.
                    if !matches!(op.operator.as_str(), "S" | "s")
                        && gs.opaque
                        && !self.marks_text
                        && gs.fill_space != FillSpace::Other
                        && self.hidden_depth == 0
                        && self.covers.len() < 512
                        && !self.glyphs.is_empty()
                        && self.path.len() == 4
                        && self.path.iter().all(|e| e.4)
                    {
                        let b = intersect(gs.clip, self.path_box());
                        if b.iter().all(|v| v.is_finite()) && b[2] > b[0] && b[3] > b[1] {
                            self.covers.push((b, self.glyphs.len()));
                        }
                    }
                    // A filled area in a colour: white text over it is seen.
                    if !gs.white && !matches!(op.operator.as_str(), "S" | "s") {
                        let mut corners = self
                            .path
                            .iter()
                            .flat_map(|&(x0, y0, x1, y1, _)| [(x0, y0), (x1, y1)]);
                        if let Some(first) = corners.next() {
                            let b = corners
                                .fold([first.0, first.1, first.0, first.1], |b, (x, y)| {
                                    [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
                                });
                            self.mark_dark([
                                (b[0], b[1]),
                                (b[2], b[3]),
                                (b[0], b[3]),
                                (b[2], b[1]),
                            ]);
                        }
                    }
                    for (x0, y0, x1, y1, area_edge) in self.path.drain(..) {
                        if self.rules.len() >= 20_000 || self.markup {
                            break;
                        }
                        // The edges of a filled area (a page background, cell shading) are not
                        // rules; a stroked rectangle's edges are.
                        if area_edge && filled_only {
                            continue;
                        }
                        if (x0 - x1).abs() < 1.0 && (y0 - y1).abs() > 3.0 {
                            self.rules.push(Rule {
                                vertical: true,
                                pos: (x0 + x1) / 2.0,
                                a: y0.min(y1),
                                b: y0.max(y1),
                            });
                        } else if (y0 - y1).abs() < 1.0 && (x0 - x1).abs() > 3.0 {
                            self.rules.push(Rule {
                                vertical: false,
                                pos: (y0 + y1) / 2.0,
                                a: x0.min(x1),
                                b: x0.max(x1),
                            });
                        }
                    }
                }
                "n" => {
                    self.end_path(&mut gs);
                    self.path.clear();
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Whether a glyph cut off by the clip `c` is a line running on past the page's margin: a
    /// clip the size of a page's text area (half the shown page or more each way, not a cell's
    /// or a frame's) and the glyph beyond its right edge, on the baseline of the run it
    /// continues, whose last glyph was seen. A writer that does not wrap a long value (an
    /// HTML renderer with a table grown wider than the page, Flying Saucer) clips the page's
    /// content to its margins: the value is the writer's text all the same, as a line set
    /// past the paper's edge is (`PageBox::clip`). Beyond a CropBox, and where a run starts
    /// outside the clip, nothing is read.
    fn runs_past_the_margin(&self, c: [f32; 4], trm: &Matrix, cx: f32, size: f32) -> bool {
        let page = [self.shown.w, self.shown.h];
        let (u, v, dir) = frame_of(trm);
        dir == 0
            && c[2] - c[0] >= 0.5 * page[0]
            && c[3] - c[1] >= 0.5 * page[1]
            && cx > c[2]
            && (!self.shown.cropped || cx <= page[0])
            && self.cell_tail.is_some_and(|t| {
                t.run == self.runs
                    && (t.v - v).abs() < 0.2 * size
                    && u >= t.end - 0.5 * size
                    && u <= t.end + 2.0 * size
            })
    }

    /// The current path ends (painted or not): when W or W* came before, the clip becomes
    /// its intersection with the path's bounding box. A path with curves, or none, leaves the
    /// clip as it was (nothing is cut that might be seen).
    /// The current path's bounding box in device space (x0, y0, x1, y1; infinite when empty).
    fn path_box(&self) -> [f32; 4] {
        self.path.iter().fold(
            [f32::MAX, f32::MAX, f32::MIN, f32::MIN],
            |b, &(x0, y0, x1, y1, _)| {
                [
                    b[0].min(x0).min(x1),
                    b[1].min(y0).min(y1),
                    b[2].max(x0).max(x1),
                    b[3].max(y0).max(y1),
                ]
            },
        )
    }

    fn end_path(&mut self, gs: &mut GState) {
        if std::mem::take(&mut self.clip_next) && !self.path_curved && !self.path.is_empty() {
            let b = self.path_box();
            if b.iter().all(|v| v.is_finite()) {
                gs.clip = Some(intersect(gs.clip, b));
            }
        }
        self.path_curved = false;
    }
}

impl<'a> Walker<'a> {
    /// Text drawn by annotations: filled form fields (widgets), stamps, free-text notes. Online
    /// application systems often export the entered values only as widget appearances.
    /// A rectangle-like array of exactly four numbers (Rect, BBox).
    fn four_numbers(&self, dict: &Dictionary, key: &[u8]) -> Option<Vec<f32>> {
        let v: Vec<f32> = match dict_get(self.doc, dict, key) {
            Some(Object::Array(a)) => a.iter().filter_map(|o| num(deref(self.doc, o))).collect(),
            _ => return None,
        };
        (v.len() == 4).then_some(v)
    }

    /// The value of a text or choice form field (/V, with /FT, inherited through /Parent).
    fn field_value(&self, widget: &Dictionary) -> Option<String> {
        let (mut d, mut ft, mut v) = (widget, None, None);
        for _ in 0..12 {
            ft = ft.or_else(|| dict_get(self.doc, d, b"FT").and_then(super::pdf_font::name));
            v = v.or_else(|| dict_get(self.doc, d, b"V"));
            match dict_get(self.doc, d, b"Parent").and_then(as_dict) {
                Some(p) => d = p,
                None => break,
            }
        }
        if !matches!(ft, Some(b"Tx") | Some(b"Ch")) {
            return None;
        }
        let text = match v? {
            Object::String(bytes, _) => text_string(bytes),
            Object::Array(items) => items
                .iter()
                .filter_map(|o| match deref(self.doc, o) {
                    Object::String(b, _) => Some(text_string(b)),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("、"),
            _ => return None,
        };
        (!text.trim().is_empty()).then_some(text)
    }

    /// A field's value as glyphs in its rectangle, as a viewer lays it out: the size of the
    /// field's /DA (or one that fits the box), lines broken where the value breaks and where
    /// the box is full, one line centred in a box of one line's height.
    fn place_field_value(&mut self, value: &str, rect: &[f32], widget: &Dictionary) {
        self.runs = self.runs.wrapping_add(1);
        let (x0, x1) = (rect[0].min(rect[2]), rect[0].max(rect[2]));
        let (y0, y1) = (rect[1].min(rect[3]), rect[1].max(rect[3]));
        let da_size = dict_get(self.doc, widget, b"DA")
            .and_then(|o| match o {
                Object::String(b, _) => Some(String::from_utf8_lossy(b).into_owned()),
                _ => None,
            })
            .and_then(|da| {
                let parts: Vec<&str> = da.split_whitespace().collect();
                let i = parts.iter().position(|p| *p == "Tf")?;
                parts.get(i.checked_sub(1)?)?.parse::<f32>().ok()
            })
            .filter(|s| *s > 0.5);
        let size = da_size.unwrap_or(((y1 - y0) * 0.7).clamp(4.0, 12.0));
        let width = |c: char| if c.is_ascii() { 0.5 * size } else { size };
        let mut lines: Vec<Vec<char>> = Vec::new();
        for para in value.split(['\r', '\n']) {
            let mut cur = Vec::new();
            let mut used = 0.0;
            for c in para.chars() {
                if used + width(c) > (x1 - x0 - 2.0).max(size) && !cur.is_empty() {
                    lines.push(std::mem::take(&mut cur));
                    used = 0.0;
                }
                used += width(c);
                cur.push(c);
            }
            lines.push(cur);
        }
        let lead = 1.15 * size;
        let first = if lines.len() == 1 || (y1 - y0) < 2.0 * lead {
            y0 + ((y1 - y0) - size) / 2.0 + 0.2 * size
        } else {
            y1 - 2.0 - size
        };
        for (k, line) in lines.iter().enumerate() {
            let v = first - k as f32 * lead;
            let mut u = x0 + 2.0;
            for c in line {
                if self.glyphs.len() >= self.limits.max_chars {
                    return;
                }
                self.glyphs.push(Placed {
                    text: c.to_string(),
                    u,
                    v,
                    w: width(*c),
                    size,
                    dir: 0,
                    run: self.runs,
                });
                u += width(*c);
            }
        }
    }

    fn annotations(
        &mut self,
        page: &'a Dictionary,
        page_res: Option<&'a Dictionary>,
    ) -> Result<(), Stop> {
        let Some(Object::Array(annots)) = dict_get(self.doc, page, b"Annots") else {
            return Ok(());
        };
        // /NeedAppearances: the viewer draws each field from its value; appearances, if any,
        // may be stale.
        let need_appearances = self
            .doc
            .trailer
            .get(b"Root")
            .ok()
            .and_then(|r| as_dict(deref(self.doc, r)))
            .and_then(|root| dict_get(self.doc, root, b"AcroForm"))
            .and_then(as_dict)
            .and_then(|form| dict_get(self.doc, form, b"NeedAppearances"))
            .is_some_and(|v| matches!(v, Object::Boolean(true)));
        for a in annots.iter().take(2_000) {
            let Some(ad) = as_dict(deref(self.doc, a)) else {
                continue;
            };
            let subtype = dict_get(self.doc, ad, b"Subtype")
                .and_then(super::pdf_font::name)
                .unwrap_or(b"");
            if subtype == b"Popup" || subtype == b"Link" {
                continue;
            }
            // A callout (a box of text with a line to what it remarks on) is a reviewer's
            // comment on the page, not text of it: a remark set on a value's row (请再核对) would
            // read as part of the value.
            if subtype == b"FreeText"
                && (dict_get(self.doc, ad, b"IT")
                    .and_then(super::pdf_font::name)
                    .is_some_and(|it| it == b"FreeTextCallout")
                    || dict_get(self.doc, ad, b"CL").is_some())
            {
                continue;
            }
            let flags = dict_get(self.doc, ad, b"F").and_then(num).unwrap_or(0.0) as i64;
            if flags & (2 | 32) != 0 || self.dict_hidden(ad) {
                continue;
            }
            let normal = dict_get(self.doc, ad, b"AP")
                .and_then(as_dict)
                .and_then(|ap| dict_get(self.doc, ap, b"N"));
            // A filled form field the viewer is to draw (no appearance, or /NeedAppearances):
            // its value is the text, placed in the field's rectangle.
            if subtype == b"Widget"
                && (normal.is_none() || need_appearances)
                && let Some(value) = self.field_value(ad)
                && let Some(rect) = self.four_numbers(ad, b"Rect")
            {
                let (dx, dy) = (self.shown.x0, self.shown.y0);
                let rect = [rect[0] - dx, rect[1] - dy, rect[2] - dx, rect[3] - dy];
                self.place_field_value(&value, &rect, ad);
                continue;
            }
            let Some(normal) = normal else {
                continue;
            };
            let stream = match normal {
                Object::Stream(s) => s,
                Object::Dictionary(states) => {
                    let Some(state) = dict_get(self.doc, ad, b"AS").and_then(super::pdf_font::name)
                    else {
                        continue;
                    };
                    match dict_get(self.doc, states, state) {
                        Some(Object::Stream(s)) => s,
                        _ => continue,
                    }
                }
                _ => continue,
            };
            let Some(rect) = self.four_numbers(ad, b"Rect") else {
                continue;
            };
            let form_m = match dict_get(self.doc, &stream.dict, b"Matrix") {
                Some(Object::Array(m)) => matrix_of(
                    &m.iter()
                        .map(|x| deref(self.doc, x).clone())
                        .collect::<Vec<_>>(),
                )
                .unwrap_or(IDENTITY),
                _ => IDENTITY,
            };
            let Some(bbox) = self.four_numbers(&stream.dict, b"BBox") else {
                continue;
            };
            // PDF 32000 12.5.5: map the transformed BBox onto Rect.
            let pts = [
                (bbox[0], bbox[1]),
                (bbox[2], bbox[1]),
                (bbox[0], bbox[3]),
                (bbox[2], bbox[3]),
            ];
            let tx: Vec<(f32, f32)> = pts
                .iter()
                .map(|(x, y)| {
                    (
                        form_m[0] * x + form_m[2] * y + form_m[4],
                        form_m[1] * x + form_m[3] * y + form_m[5],
                    )
                })
                .collect();
            let (minx, maxx) = tx
                .iter()
                .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
            let (miny, maxy) = tx
                .iter()
                .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
            let (rx0, ry0) = (rect[0].min(rect[2]), rect[1].min(rect[3]));
            let (rw, rh) = ((rect[2] - rect[0]).abs(), (rect[3] - rect[1]).abs());
            let sx = if maxx > minx { rw / (maxx - minx) } else { 1.0 };
            let sy = if maxy > miny { rh / (maxy - miny) } else { 1.0 };
            let a_m = [sx, 0.0, 0.0, sy, rx0 - minx * sx, ry0 - miny * sy];
            let ctm = mul(&form_m, &a_m);
            let Ok(data) = stream.get_plain_content_with_limit(self.limits.max_stream_bytes) else {
                continue;
            };
            let res = dict_get(self.doc, &stream.dict, b"Resources")
                .and_then(as_dict)
                .or(page_res);
            let gs = self.page_state(ctm);
            self.markup = matches!(
                subtype,
                b"Square"
                    | b"Circle"
                    | b"Line"
                    | b"Polygon"
                    | b"PolyLine"
                    | b"Ink"
                    | b"Highlight"
                    | b"Underline"
                    | b"StrikeOut"
                    | b"Squiggly"
                    | b"Caret"
                    | b"Stamp"
                    | b"Text"
            );
            self.marks_text = matches!(
                subtype,
                b"Highlight" | b"Underline" | b"StrikeOut" | b"Squiggly"
            );
            let drawn = self.run(&data, res, gs, 1);
            self.markup = false;
            self.marks_text = false;
            drawn?;
        }
        Ok(())
    }
}

/// Files attached inside a PDF (7.11.4): the catalog's /Names /EmbeddedFiles name tree and the
/// pages' FileAttachment annotations, each file once (by its stream), in that order. Bounded as
/// a zip is: at most `max_zip_entries` files, each within `max_stream_bytes` decompressed, all
/// within `max_zip_total_bytes`; the name tree is walked at most 16 levels deep. A name is the
/// file specification's /UF or /F (or the tree's key) without folders.
fn attachments(
    pdf: &lopdf::Document,
    pages: &std::collections::BTreeMap<u32, lopdf::ObjectId>,
    limits: &Limits,
) -> Vec<super::Attachment> {
    /// `visits` counts the nodes walked: a tree whose Kids name one node many times (or
    /// itself) is a graph, and is walked no further than 4,096 nodes.
    fn tree<'a>(
        pdf: &'a lopdf::Document,
        node: &'a lopdf::Dictionary,
        depth: usize,
        visits: &mut usize,
        out: &mut Vec<(String, &'a lopdf::Object)>,
    ) {
        *visits += 1;
        if depth > 16 || *visits > 4096 || out.len() > 4096 {
            return;
        }
        if let Some(Object::Array(a)) = dict_get(pdf, node, b"Names") {
            for pair in a.chunks_exact(2) {
                let key = match deref(pdf, &pair[0]) {
                    Object::String(s, _) => text_string(s),
                    _ => String::new(),
                };
                out.push((key, &pair[1]));
            }
        }
        if let Some(Object::Array(kids)) = dict_get(pdf, node, b"Kids") {
            for k in kids {
                if let Some(d) = as_dict(deref(pdf, k)) {
                    tree(pdf, d, depth + 1, visits, out);
                }
            }
        }
    }
    let mut specs: Vec<(String, &Object)> = Vec::new();
    if let Ok(catalog) = pdf.catalog()
        && let Some(names) = dict_get(pdf, catalog, b"Names").and_then(as_dict)
        && let Some(root) = dict_get(pdf, names, b"EmbeddedFiles").and_then(as_dict)
    {
        tree(pdf, root, 0, &mut 0, &mut specs);
    }
    for &id in pages.values().take(limits.max_pages) {
        let Ok(page) = pdf.get_dictionary(id) else {
            continue;
        };
        let Some(Object::Array(annots)) = dict_get(pdf, page, b"Annots") else {
            continue;
        };
        for a in annots.iter().take(1024) {
            if let Some(a) = as_dict(deref(pdf, a))
                && dict_get(pdf, a, b"Subtype").and_then(name) == Some(b"FileAttachment".as_slice())
                && let Ok(fs) = a.get(b"FS")
            {
                specs.push((String::new(), fs));
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    let mut total = 0u64;
    for (key, spec) in specs {
        if out.len() >= limits.max_zip_entries {
            break;
        }
        let Some(spec) = as_dict(deref(pdf, spec)) else {
            continue;
        };
        let Some(ef) = dict_get(pdf, spec, b"EF").and_then(as_dict) else {
            continue;
        };
        let Some(Object::Reference(sid)) = ef.get(b"UF").or_else(|_| ef.get(b"F")).ok() else {
            continue;
        };
        if !seen.insert(*sid) {
            continue;
        }
        let Ok(Object::Stream(stream)) = pdf.get_object(*sid) else {
            continue;
        };
        let Ok(bytes) = stream.get_plain_content_with_limit(limits.max_stream_bytes) else {
            continue;
        };
        total += bytes.len() as u64;
        if total > limits.max_zip_total_bytes {
            break;
        }
        let named = [b"UF".as_slice(), b"F"]
            .iter()
            .find_map(|k| match dict_get(pdf, spec, k) {
                Some(Object::String(s, _)) => Some(text_string(s)),
                _ => None,
            })
            .unwrap_or(key);
        let base = named
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| !c.is_control())
            .collect::<String>();
        let mut name = match base.trim() {
            "" | "." | ".." => format!("attachment-{}", out.len() + 1),
            b => b.to_string(),
        };
        // Two files of one name stay two documents: the later one is numbered.
        if out.iter().any(|a: &super::Attachment| a.name == name) {
            name = match name.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem} ({}).{ext}", out.len() + 1),
                None => format!("{name} ({})", out.len() + 1),
            };
        }
        out.push(super::Attachment { name, bytes });
    }
    out
}

/// The XDP of a dynamic XFA form (the catalog says /NeedsRendering true): the AcroForm's /XFA
/// stream, or its packets' streams in order, decompressed within `max_stream_bytes` together.
fn dynamic_xfa(pdf: &lopdf::Document, limits: &Limits) -> Option<Vec<u8>> {
    let catalog = pdf.catalog().ok()?;
    if !matches!(
        dict_get(pdf, catalog, b"NeedsRendering"),
        Some(Object::Boolean(true))
    ) {
        return None;
    }
    let form = dict_get(pdf, catalog, b"AcroForm").and_then(as_dict)?;
    let streams: Vec<&Object> = match form.get(b"XFA").ok()? {
        Object::Array(a) => a.iter().skip(1).step_by(2).collect(),
        o => vec![o],
    };
    let mut xdp = Vec::new();
    for o in streams {
        let Object::Reference(id) = o else { continue };
        let Ok(Object::Stream(s)) = pdf.get_object(*id) else {
            continue;
        };
        let left = limits.max_stream_bytes.saturating_sub(xdp.len());
        let data = s.get_plain_content_with_limit(left).ok()?;
        xdp.extend_from_slice(&data);
    }
    (!xdp.is_empty()).then_some(xdp)
}

/// A PDF text string: UTF-16BE or UTF-8 after their byte-order marks, else PDFDocEncoding
/// (Latin-1 for the characters a form value holds).
fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

pub(super) fn is_cjk(c: char) -> bool {
    garble::is_han(c)
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF | 0x3040..=0x30FF | 0xAC00..=0xD7AF | 0x2E80..=0x2FDF)
}

/// A run of a line between two column boundaries (a big gap or a table rule).
#[derive(Debug, Clone)]
struct Seg {
    text: String,
    u0: f32,
    u1: f32,
    /// Table column: how many vertical rules lie left of the run.
    col: Option<u32>,
}

/// One line of a page, its glyphs in reading order.
pub(super) struct Line {
    segs: Vec<Seg>,
    size: f32,
    v: f32,
    u0: f32,
    u1: f32,
    /// x positions of the vertical rules crossing this line (a ruled table).
    table_xs: Vec<f32>,
}

impl Line {
    fn text(&self) -> String {
        self.segs
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join("\t")
    }
    fn in_table(&self) -> bool {
        self.table_xs.len() >= 3 && self.segs.iter().all(|s| s.col.is_some())
    }
}

fn join_text(a: &mut String, b: &str) {
    let last = a.chars().last().unwrap_or(' ');
    let next = b.chars().next().unwrap_or(' ');
    if !(a.is_empty() || is_cjk(last) || is_cjk(next)) && last != '-' && last != '/' {
        a.push(' ');
    }
    a.push_str(b);
}

fn build_lines(mut glyphs: Vec<Placed>, rules: &[Rule]) -> Vec<Line> {
    // Top to bottom, then left to right; a glyph joins the current line when its baseline is
    // within half the smaller font size.
    glyphs.sort_by(|a, b| {
        a.dir
            .cmp(&b.dir)
            .then(b.v.total_cmp(&a.v))
            .then(a.u.total_cmp(&b.u))
    });
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
    let mut lines: Vec<(usize, Line)> = Vec::with_capacity(groups.len());
    for (k, g) in groups.iter_mut().enumerate() {
        g.sort_by(|a, b| a.u.total_cmp(&b.u));
        if let Some(line) = line_of(g, rules, &[]) {
            lines.push((k, line));
        }
    }
    // Columns set side by side with little room between them (a layout table's two cells,
    // the left one's text wrapping up to its padding): where the page's lines have a piece
    // starting at one place after a wide gap, again and again, that place is a column's edge,
    // and a line whose text crosses it with a gap of most of an em right before a glyph
    // standing at it is split there too.
    let starts = column_starts(lines.iter().map(|(_, l)| l));
    if !starts.is_empty() {
        for (k, line) in &mut lines {
            let crosses = |x: f32| {
                line.table_xs.len() < 2
                    && line
                        .segs
                        .iter()
                        .any(|s| s.u0 < x - line.size && s.u1 > x + line.size)
            };
            if starts.iter().any(|x| crosses(*x))
                && let Some(split) = line_of(&groups[*k], rules, &starts)
            {
                *line = split;
            }
        }
    }
    lines.into_iter().map(|(_, l)| l).collect()
}

/// The left edges of columns on a page: places (to a point and a half) where, on three lines
/// or more, a piece of the line other than its first starts after a wide gap.
fn column_starts<'a>(lines: impl Iterator<Item = &'a Line>) -> Vec<f32> {
    let mut us: Vec<f32> = lines
        .filter(|l| l.table_xs.len() < 2)
        .flat_map(|l| l.segs.iter().skip(1).map(|s| s.u0))
        .collect();
    us.sort_by(f32::total_cmp);
    let mut starts = Vec::new();
    let mut i = 0;
    while i < us.len() {
        let j = i + us[i..].iter().take_while(|u| **u - us[i] <= 1.5).count();
        if j - i >= 3 {
            starts.push(us[i..j].iter().sum::<f32>() / (j - i) as f32);
        }
        i = j;
    }
    starts
}

/// A line's piece from `u0` to the end of its last glyph `last`, unless it holds only spaces.
fn push_seg(segs: &mut Vec<Seg>, text: &str, u0: f32, last: &Placed, col: Option<u32>) {
    let text = text.trim();
    if !text.is_empty() {
        segs.push(Seg {
            col,
            text: text.to_string(),
            u0,
            u1: last.u + last.w,
        });
    }
}

/// One line of glyphs (sorted left to right) cut into its pieces: at table rules, at wide gaps,
/// and at the column edges `splits` where a gap of most of an em comes right before a glyph
/// standing at the edge.
fn line_of(g: &[Placed], rules: &[Rule], splits: &[f32]) -> Option<Line> {
    let v = g[0].v;
    let size0 = g[0].size;
    // Vertical rules crossing this baseline (only for upright text, where u = x, v = y).
    let mut xs: Vec<f32> = if g[0].dir == 0 {
        rules
            .iter()
            .filter(|r| r.vertical && r.a <= v + 0.1 * size0 && r.b >= v + 0.6 * size0)
            .map(|r| r.pos)
            .collect()
    } else {
        Vec::new()
    };
    xs.sort_by(f32::total_cmp);
    xs.dedup_by(|a, b| (*a - *b).abs() < 2.0);
    let col_of = |u: f32| -> Option<u32> {
        if xs.len() < 2 {
            return None;
        }
        let k = xs.iter().filter(|x| **x <= u + 0.5).count();
        if k == 0 || k == xs.len() {
            None
        } else {
            Some(k as u32 - 1)
        }
    };
    let mut segs: Vec<Seg> = Vec::new();
    let mut text = String::new();
    let mut seg_u0 = 0.0;
    let mut prev: Option<&Placed> = None;
    let mut sizes: Vec<f32> = Vec::new();
    // Space glyphs are not copied: producers draw them between every CJK character (GBK
    // printer drivers) or not at all; spaces come from the gaps, with a drawn space only
    // lowering the bar between Latin words.
    let mut space_glyph = false;
    for p in g {
        if p.text.chars().all(char::is_whitespace) {
            space_glyph = true;
            continue;
        }
        if let Some(q) = prev {
            // Fake bold: the same glyph drawn again on top of itself.
            if q.text == p.text && (p.u - q.u).abs() < 0.3 * q.w && (p.v - q.v).abs() < 0.1 * p.size
            {
                continue;
            }
            let gap = p.u - (q.u + q.w);
            let em = p.size.max(q.size);
            // A string drawn straight on over a rule, with no cell padding at it, is text
            // running on over empty cells (a spreadsheet prints a value that does not fit
            // so, each script its own string set where the last ended): one piece, in
            // the cell it starts in. Cells' texts have their padding between them.
            let runs_on = (p.run != 0 && p.run == q.run && gap < 0.3 * em) || gap.abs() < 0.1 * em;
            let ruled = !runs_on
                && xs
                    .iter()
                    .any(|x| *x > q.u + 0.5 * q.w && *x < p.u + 0.5 * p.w);
            // Inside one cell of a table ruled between its columns a wide gap is the
            // cell's own spacing (a label spread over the cell by distributed alignment,
            // 分散对齐: 手 … 机), not a new column. A frame alone (two rules) says nothing
            // about the columns inside it.
            let one_cell = xs.len() >= 3
                && col_of(q.u + 0.5 * q.w).is_some()
                && col_of(q.u + 0.5 * q.w) == col_of(p.u + 0.5 * p.w);
            let at_edge = gap > 0.75 * em
                && splits
                    .iter()
                    .any(|x| (p.u - x).abs() < 0.3 * em && q.u + q.w <= *x);
            if ruled || ((gap > 2.0 * em || at_edge) && !one_cell) {
                push_seg(
                    &mut segs,
                    &std::mem::take(&mut text),
                    seg_u0,
                    q,
                    col_of(seg_u0),
                );
                seg_u0 = p.u;
            } else {
                let last = text.chars().last().unwrap_or(' ');
                let next = p.text.chars().next().unwrap_or(' ');
                // CJK next to CJK: only a real gap is a space. CJK next to Latin: office
                // software adds ~1/4 em of "autospace" there, which is not a space either
                // — unless the writer drew a space glyph in it (1 项目背景: a heading's
                // number and its words, which autospace never separates with a glyph).
                let limit = match (is_cjk(last), is_cjk(next)) {
                    (true, true) => 0.9 * em,
                    (true, false) | (false, true) if !space_glyph => 0.5 * em,
                    _ if space_glyph => 0.08 * em,
                    _ => 0.2 * em,
                };
                if gap > limit {
                    text.push(' ');
                }
            }
        } else {
            seg_u0 = p.u;
        }
        space_glyph = false;
        text.push_str(&p.text);
        sizes.push(p.size);
        prev = Some(p);
    }
    if let Some(q) = prev {
        push_seg(&mut segs, &text, seg_u0, q, col_of(seg_u0));
    }
    if segs.is_empty() {
        return None;
    }
    sizes.sort_by(f32::total_cmp);
    let size = sizes.get(sizes.len() / 2).copied().unwrap_or(10.0);
    let u0 = segs[0].u0;
    let u1 = segs.last().map(|s| s.u1).unwrap_or(u0);
    Some(Line {
        segs,
        size,
        v,
        u0,
        u1,
        table_xs: xs,
    })
}

/// A glyph another fixed-layout reader (OFD, a metafile) placed on a page: points, y up from
/// the bottom.
pub(super) struct PlacedGlyph {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub advance: f32,
    pub size: f32,
}

/// A straight line another reader drew (a table's rule): points, y up from the bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct PlacedLine {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// A page another fixed-layout reader placed: its number, glyphs and lines.
pub(super) struct GlyphPage {
    pub number: u32,
    pub glyphs: Vec<PlacedGlyph>,
    pub lines: Vec<PlacedLine>,
}

/// Horizontal and vertical lines as a page's rules (as a PDF's stroked paths become); slanted
/// lines and dots are not rules.
fn rules_of(lines: &[PlacedLine]) -> Vec<Rule> {
    lines
        .iter()
        .take(20_000)
        .filter_map(|l| {
            let (dx, dy) = ((l.x0 - l.x1).abs(), (l.y0 - l.y1).abs());
            if dx < 1.0 && dy > 3.0 {
                Some(Rule {
                    vertical: true,
                    pos: (l.x0 + l.x1) / 2.0,
                    a: l.y0.min(l.y1),
                    b: l.y0.max(l.y1),
                })
            } else if dy < 1.0 && dx > 3.0 {
                Some(Rule {
                    vertical: false,
                    pos: (l.y0 + l.y1) / 2.0,
                    a: l.x0.min(l.x1),
                    b: l.x0.max(l.x1),
                })
            } else {
                None
            }
        })
        .collect()
}

/// Pages of placed glyphs from another fixed-layout format, read into lines and cells as a PDF
/// page's glyphs are, its lines as the page's rules (without any, cells come from the gaps). A
/// page with no text is reported as having none to read (F003), as a PDF scan is.
pub(super) fn push_glyph_pages(doc: &mut Document, pages: Vec<GlyphPage>, w: f32, h: f32) {
    let mut texts = Vec::new();
    let mut empty = Vec::new();
    for GlyphPage {
        number,
        glyphs,
        lines,
    } in pages
    {
        let placed = glyphs
            .into_iter()
            .map(|g| Placed {
                text: g.text,
                u: g.x,
                v: g.y,
                w: g.advance,
                size: g.size,
                dir: 0,
                run: 0,
            })
            .collect();
        let lines = page_lines(placed, &rules_of(&lines));
        let chars: usize = lines
            .iter()
            .map(|l| l.text().chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        if chars == 0 {
            empty.push(number);
        }
        doc.pages.push(Page {
            number,
            width_pt: w,
            height_pt: h,
            chars,
            image_coverage: 0.0,
            ocr: false,
            ocr_confidence: None,
            seals: Vec::new(),
            sign_spots: Vec::new(),
        });
        texts.push(PageText {
            number,
            lines,
            width: w,
        });
    }
    if !empty.is_empty() {
        doc.issues.push(super::DocIssue::Scanned { pages: empty });
    }
    lines_to_blocks(doc, texts);
}

/// The longest run of turned text read as a label where it stands.
const MAX_TURNED_LABEL: usize = 12;

/// Short runs of text turned a quarter (a group label in a form's merged first column set with
/// its text direction turned: 项目 / 申报单位 running up the cell) on an upright page are read
/// where they stand: each run becomes upright text of the same characters, centred across the
/// run and set at the top of the ruled cell around it (the first row a merged cell spans, as a
/// word processor's merged cell holds its text in its first row), so the cell holds it as any
/// label. Longer turned runs (a margin's running text) keep their direction and form lines of
/// their own.
fn turned_labels_upright(glyphs: &mut [Placed], rules: &[Rule]) {
    let mut idx: Vec<usize> = (0..glyphs.len())
        .filter(|&i| matches!(glyphs[i].dir, 1 | 3) && !glyphs[i].text.trim().is_empty())
        .collect();
    if idx.is_empty() {
        return;
    }
    idx.sort_by(|&a, &b| {
        let (a, b) = (&glyphs[a], &glyphs[b]);
        a.dir
            .cmp(&b.dir)
            .then(b.v.total_cmp(&a.v))
            .then(a.u.total_cmp(&b.u))
    });
    // Upright glyphs' positions (x, baseline).
    let upright: Vec<(f32, f32)> = glyphs
        .iter()
        .filter(|g| g.dir == 0 && !g.text.trim().is_empty())
        .map(|g| (g.u, g.v))
        .collect();
    // Runs: one direction, one baseline, each glyph within a character's width of the last.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for i in idx {
        let g = &glyphs[i];
        if let Some(run) = runs.last_mut() {
            let last = &glyphs[*run.last().unwrap_or(&i)];
            if last.dir == g.dir
                && (last.v - g.v).abs() <= 0.5 * last.size.min(g.size)
                && g.u - (last.u + last.w) <= 1.5 * last.size.max(g.size)
            {
                run.push(i);
                continue;
            }
        }
        runs.push(vec![i]);
    }
    for run in runs.into_iter().filter(|r| r.len() <= MAX_TURNED_LABEL) {
        let (first, last) = (&glyphs[run[0]], &glyphs[run[run.len() - 1]]);
        let size = first.size;
        // The run's middle in page coordinates: dir 1 has (u, v) = (y, −x), dir 3 (−y, x).
        let (mu, mv) = ((first.u + last.u + last.w) / 2.0, first.v + size / 2.0);
        let (cx, cy) = if first.dir == 1 { (-mv, mu) } else { (mv, -mu) };
        // The ruled cell's top: the nearest horizontal rule above the run's middle that crosses
        // its column.
        let top = rules
            .iter()
            .filter(|r| !r.vertical && r.a - 1.0 <= cx && cx <= r.b + 1.0 && r.pos > cy)
            .map(|r| r.pos)
            .min_by(f32::total_cmp);
        let bottom = rules
            .iter()
            .filter(|r| !r.vertical && r.a - 1.0 <= cx && cx <= r.b + 1.0 && r.pos < cy)
            .map(|r| r.pos)
            .max_by(f32::total_cmp);
        // On the baseline of the first line beside it in that cell's span, so it joins that
        // row; else just under the cell's top.
        let beside = |top: f32, bottom: f32| {
            upright
                .iter()
                .filter(|&&(x, v)| x > cx && v < top && v > bottom)
                .map(|&(_, v)| v)
                .max_by(f32::total_cmp)
        };
        let cy = match top {
            Some(t) => beside(t, bottom.unwrap_or(f32::MIN)).unwrap_or(t - 1.2 * size),
            None => cy,
        };
        let n = run.len() as f32;
        for (k, &i) in run.iter().enumerate() {
            let g = &mut glyphs[i];
            g.dir = 0;
            g.u = cx - n * size / 2.0 + k as f32 * size;
            g.v = if top.is_some() { cy } else { cy - size / 3.0 };
            g.w = size;
        }
    }
}

/// A page whose text mostly runs in one turned direction — a landscape page printed onto
/// portrait paper by a driver that turns the content, not the page (no /Rotate) — is read in
/// that direction: its glyphs and rules are put into the turned page's upright frame, so that
/// tables are read by their rules as on any page. Returns the quarter turns applied (0: none).
/// `w`, `h`: the page's unrotated size, the frame the glyphs are in.
fn turn_upright(glyphs: &mut [Placed], rules: &mut [Rule], w: f32, h: f32) -> u8 {
    let mut count = [0usize; 4];
    for g in glyphs
        .iter()
        .filter(|g| g.dir < 4 && !g.text.trim().is_empty())
    {
        count[g.dir as usize] += 1;
    }
    let total: usize = count.iter().sum();
    let Some(d) = (1..4).find(|&d| count[d] >= 20 && count[d] * 10 >= total * 6) else {
        return 0;
    };
    // Glyphs of direction d are already in their own frame (u along the baseline); shift it to
    // positive coordinates. Upright glyphs (few) take d's place: lines of their own.
    let (du, dv) = match d {
        1 => (0.0, w),
        2 => (w, h),
        _ => (h, 0.0),
    };
    for g in glyphs.iter_mut() {
        if g.dir as usize == d {
            g.dir = 0;
            g.u += du;
            g.v += dv;
        } else if g.dir == 0 {
            g.dir = d as u8;
        }
    }
    // A point (x, y) goes to (u, v): d = 1 → (y, w − x); 2 → (w − x, h − y); 3 → (h − y, x).
    for r in rules.iter_mut() {
        let (vertical, pos, a, b) = match (d, r.vertical) {
            (1, true) => (false, w - r.pos, r.a, r.b),
            (1, false) => (true, r.pos, w - r.b, w - r.a),
            (2, true) => (true, w - r.pos, h - r.b, h - r.a),
            (2, false) => (false, h - r.pos, w - r.b, w - r.a),
            (_, true) => (false, r.pos, h - r.b, h - r.a),
            (_, false) => (true, h - r.pos, r.a, r.b),
        };
        *r = Rule {
            vertical,
            pos,
            a,
            b,
        };
    }
    d as u8
}

/// A page's lines in reading order. Where text stands in two columns — over several rows a
/// gutter no glyph crosses, with both sides filled from the margin to the gutter and from the
/// gutter to the other margin (running text, not a form's labels and values) — the left
/// column's lines come before the right's; everything else is read row by row as before.
/// A string drawn across a cell's vertical rule (a value typed into a form with a PDF editor's
/// typewriter tool and set down a little left of its cell) belongs to the cell that holds most
/// of it: the run is moved, as one piece, just inside that cell. One text-showing operation is
/// one string; word processors never let one cross a rule, so their pages are unchanged.
fn runs_into_their_cells(glyphs: &mut [Placed], rules: &[Rule]) {
    let verticals: Vec<&Rule> = rules.iter().filter(|r| r.vertical).collect();
    if verticals.is_empty() {
        return;
    }
    // In drawing order, so the outcome never depends on a hash's order.
    let mut runs: std::collections::BTreeMap<u32, Vec<usize>> = std::collections::BTreeMap::new();
    for (i, g) in glyphs.iter().enumerate() {
        if g.run != 0 && g.dir == 0 && !g.text.trim().is_empty() {
            runs.entry(g.run).or_default().push(i);
        }
    }
    for idx in runs.values().filter(|v| v.len() >= 2) {
        let first = &glyphs[idx[0]];
        let (v, size) = (first.v, first.size);
        // One line of text only.
        if idx.iter().any(|&i| (glyphs[i].v - v).abs() > 0.5 * size) {
            continue;
        }
        let u0 = idx.iter().map(|&i| glyphs[i].u).fold(f32::MAX, f32::min);
        let u1 = idx
            .iter()
            .map(|&i| glyphs[i].u + glyphs[i].w)
            .fold(f32::MIN, f32::max);
        let mut xs: Vec<f32> = verticals
            .iter()
            .filter(|r| r.a <= v + 0.1 * size && r.b >= v + 0.6 * size)
            .map(|r| r.pos)
            .collect();
        // A rule the run's glyphs run straight across — no gap at it, and only a little of
        // the run on one side. (A printer driver that sets a whole table row in one string
        // leaves the cells' padding as a gap at every rule: those runs are cells already.)
        let straddled = xs.iter().any(|&x| {
            let left: Vec<&Placed> = idx
                .iter()
                .map(|&i| &glyphs[i])
                .filter(|g| g.u + 0.5 * g.w < x)
                .collect();
            let right: Vec<&Placed> = idx
                .iter()
                .map(|&i| &glyphs[i])
                .filter(|g| g.u + 0.5 * g.w >= x)
                .collect();
            let (Some(l), Some(r)) = (
                left.iter().max_by(|a, b| a.u.total_cmp(&b.u)),
                right.iter().min_by(|a, b| a.u.total_cmp(&b.u)),
            ) else {
                return false;
            };
            let gap = r.u - (l.u + l.w);
            let lw: f32 = left.iter().map(|g| g.w).sum();
            let rw: f32 = right.iter().map(|g| g.w).sum();
            gap < 0.3 * size && lw.min(rw) <= 2.5 * size
        });
        if !straddled {
            continue;
        }
        xs.sort_by(f32::total_cmp);
        // The cell holding most of the run's width.
        let cell_of = |u: f32| xs.iter().filter(|&&x| x <= u).count();
        let mut width: HashMap<usize, f32> = HashMap::new();
        for &i in idx {
            let g = &glyphs[i];
            *width.entry(cell_of(g.u + 0.5 * g.w)).or_default() += g.w;
        }
        let mut ranked: Vec<(usize, f32)> = width.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let Some(&(mut k, best)) = ranked.first() else {
            continue;
        };
        // About as much on both sides (a two-digit value across the rule): the cell with no
        // other text on this line is the one it was typed into.
        let run = first.run;
        let occupied = |cell: usize| {
            glyphs.iter().any(|g| {
                g.run != run
                    && g.dir == 0
                    && (g.v - v).abs() <= 0.5 * size
                    && !g.text.trim().is_empty()
                    && cell_of(g.u + 0.5 * g.w) == cell
            })
        };
        if let Some(&(second, w2)) = ranked.get(1)
            && w2 >= 0.7 * best
            && occupied(k)
            && !occupied(second)
        {
            k = second;
        }
        let left = if k == 0 { f32::MIN } else { xs[k - 1] };
        let right = xs.get(k).copied().unwrap_or(f32::MAX);
        // Wider than the cell: not a value set down a little off its cell but one running on
        // over the cells beside it, read where it starts (`build_lines`).
        if u1 - u0 > right - left {
            continue;
        }
        let delta = if u0 < left {
            left + 0.5 - u0
        } else if u1 > right {
            right - 0.5 - u1
        } else {
            0.0
        };
        for &i in idx {
            glyphs[i].u += delta;
        }
    }
}

/// Glyphs a later opaque rectangle covers (`covers`: each rectangle with the number of glyphs
/// drawn before it) are not seen: a PDF editor's correction draws a white box over the old
/// value and types the new one on it, and the old one stays in the file. A glyph is covered
/// when its box lies within the rectangle; rectangles over a third of the page (a background
/// drawn late) are not judged. Upright glyphs only.
fn painted_over(glyphs: &mut Vec<Placed>, covers: &[([f32; 4], usize)], page_area: f32) {
    let covers: Vec<&([f32; 4], usize)> = covers
        .iter()
        .filter(|(b, _)| (b[2] - b[0]) * (b[3] - b[1]) <= page_area / 3.0)
        .collect();
    if covers.is_empty() {
        return;
    }
    let mut k = 0;
    glyphs.retain(|g| {
        k += 1;
        let i = k - 1;
        if g.dir != 0 {
            return true;
        }
        let slack = 0.15 * g.size;
        let (x0, x1) = (g.u, g.u + g.w);
        let (y0, y1) = (g.v - 0.1 * g.size, g.v + 0.7 * g.size);
        !covers.iter().any(|(b, n)| {
            i < *n
                && x0 >= b[0] - slack
                && x1 <= b[2] + slack
                && y0 >= b[1] - slack
                && y1 <= b[3] + slack
        })
    });
}

/// Glyphs struck through are not read, and the lines through them are no table's rules: a
/// value corrected by striking the old one out and typing the new one after it (Word's or
/// Writer's strikethrough printed to PDF: a line drawn across the glyphs a quarter to a half of
/// their size above the baseline). A horizontal line strikes the upright glyphs of one baseline
/// whose middles it passes through when it starts at the first of them and ends at the last
/// (within half a glyph): a table's rule runs along a cell's edge, never through its text, and
/// an underline lies below the baseline.
fn struck_through(glyphs: &mut Vec<Placed>, rules: &mut Vec<Rule>) {
    if glyphs.is_empty() || rules.is_empty() {
        return;
    }
    // Upright glyphs by baseline, to find those a line could cross.
    let mut by_v: Vec<usize> = (0..glyphs.len())
        .filter(|&i| glyphs[i].dir == 0 && glyphs[i].size > 0.0)
        .collect();
    by_v.sort_by(|&a, &b| glyphs[a].v.total_cmp(&glyphs[b].v));
    let biggest = by_v
        .iter()
        .map(|&i| glyphs[i].size)
        .fold(0.0f32, f32::max)
        .min(200.0);
    let mut struck = vec![false; glyphs.len()];
    let mut any = false;
    rules.retain(|r| {
        if r.vertical {
            return true;
        }
        // Glyphs whose baseline is up to `biggest` below the line.
        let from = by_v.partition_point(|&i| glyphs[i].v < r.pos - biggest);
        let crossed: Vec<usize> = by_v[from..]
            .iter()
            .copied()
            .take_while(|&i| glyphs[i].v <= r.pos)
            .filter(|&i| {
                let g = &glyphs[i];
                let mid = g.u + g.w / 2.0;
                let rise = (r.pos - g.v) / g.size;
                mid >= r.a && mid <= r.b && (0.15..=0.6).contains(&rise)
            })
            .collect();
        let Some(&first) = crossed
            .iter()
            .min_by(|&&a, &&b| glyphs[a].u.total_cmp(&glyphs[b].u))
        else {
            return true;
        };
        let last = *crossed
            .iter()
            .max_by(|&&a, &&b| (glyphs[a].u + glyphs[a].w).total_cmp(&(glyphs[b].u + glyphs[b].w)))
            .unwrap_or(&first);
        let (f, l) = (&glyphs[first], &glyphs[last]);
        let one_line = crossed
            .iter()
            .all(|&i| (glyphs[i].v - f.v).abs() <= 0.2 * f.size);
        let tight = (r.a - f.u).abs() <= 0.6 * f.size && (r.b - (l.u + l.w)).abs() <= 0.6 * l.size;
        if !(one_line && tight) {
            return true;
        }
        for i in crossed {
            struck[i] = true;
        }
        any = true;
        false
    });
    if any {
        let mut k = 0;
        glyphs.retain(|_| {
            k += 1;
            !struck[k - 1]
        });
    }
}

/// Whether a glyph is a letter of pinyin as a phonetic guide sets it: a lower-case Latin
/// letter, ü, or a vowel with its tone mark.
fn is_pinyin_letter(t: &str) -> bool {
    let mut cs = t.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_ascii_lowercase()
        || "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ".contains(c))
}

/// Pinyin set over characters as a phonetic guide (Word's 拼音指南, HTML's ruby printed by a
/// browser): runs of small lower-case Latin letters standing just above Chinese characters of
/// at least 1.4 times their size, each letter over one of them. A reading aid, not the text:
/// left out, as a DOCX reader leaves w:rt out — else 王明's guide joins the name (wángmíng王明).
/// A run with any other glyph on its baseline (an English line, a capital) stays.
fn drop_ruby(glyphs: &mut Vec<Placed>) {
    let cjk: Vec<usize> = (0..glyphs.len())
        .filter(|&i| {
            glyphs[i].dir == 0
                && glyphs[i].text.chars().next().is_some_and(is_cjk)
                && glyphs[i].text.chars().count() == 1
        })
        .collect();
    // Only letters well under the largest Chinese characters' size can be a guide over them
    // (an English line at body size is never looked at).
    let Some(largest) = cjk.iter().map(|&k| glyphs[k].size).reduce(f32::max) else {
        return;
    };
    let small: Vec<usize> = (0..glyphs.len())
        .filter(|&i| {
            glyphs[i].dir == 0
                && glyphs[i].size * 1.4 <= largest
                && is_pinyin_letter(&glyphs[i].text)
        })
        .collect();
    // Each letter is compared with the page's glyphs: a page of thousands of tiny letters over
    // thousands of characters (no phonetic guide sets that many) is left as it is.
    if small.is_empty() || small.len() as u64 * glyphs.len() as u64 > 20_000_000 {
        return;
    }
    let over_cjk = |g: &Placed| {
        cjk.iter().any(|&k| {
            let c = &glyphs[k];
            let rise = g.v - c.v;
            c.size >= 1.4 * g.size
                && rise > 0.5 * c.size
                && rise < 1.6 * c.size
                && g.u + g.w > c.u - 0.6 * c.w
                && g.u < c.u + 1.6 * c.w
        })
    };
    let mut drop = vec![false; glyphs.len()];
    for &i in &small {
        if !over_cjk(&glyphs[i]) {
            continue;
        }
        // Everything on its baseline within reach must be pinyin too.
        let g = &glyphs[i];
        let mixed = glyphs.iter().any(|o| {
            (o.v - g.v).abs() < 0.3 * g.size
                && (o.u - g.u).abs() < 6.0 * g.size
                && !o.text.trim().is_empty()
                && !is_pinyin_letter(&o.text)
        });
        if !mixed {
            drop[i] = true;
        }
    }
    if drop.iter().any(|d| *d) {
        let mut k = 0;
        glyphs.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
    }
}

/// Note references set as superscripts after a value — a word processor's footnote number
/// (LibreOffice: 58 % of the size, raised a third) or a mark typed in superscript (*, ①, 注1) —
/// are taken out: read into the line they would stand before the value or run into it (160¹
/// read 4160), and a DOCX reader skips them too. A superscript is smaller than the glyph it
/// follows, starts where that glyph ends and sits above its baseline; what it says must be a
/// note mark ([`crate::text::is_note_reference`]). Any other superscript (an exponent: m²,
/// 10⁶) is read on the line of the glyph it follows, not as a line of its own above it.
fn settle_superscripts(glyphs: &mut Vec<Placed>) {
    let largest = glyphs
        .iter()
        .filter(|g| g.dir == 0)
        .map(|g| g.size)
        .fold(0.0f32, f32::max);
    let small: Vec<usize> = (0..glyphs.len())
        .filter(|&i| glyphs[i].dir == 0 && glyphs[i].size <= 0.8 * largest)
        .collect();
    if small.is_empty() {
        return;
    }
    // Upright glyphs by where they end, to find the one a superscript follows.
    let mut by_end: Vec<(f32, usize)> = (0..glyphs.len())
        .filter(|&i| glyphs[i].dir == 0)
        .map(|i| (glyphs[i].u + glyphs[i].w, i))
        .collect();
    by_end.sort_by(|a, b| a.0.total_cmp(&b.0));
    let reach = 0.35 * largest;
    let mut gone: HashSet<usize> = HashSet::new();
    for &i in &small {
        if gone.contains(&i) {
            continue;
        }
        let g = &glyphs[i];
        // The glyph it follows: full size, ending where it starts, its baseline lower.
        let from = by_end.partition_point(|(end, _)| *end < g.u - reach);
        let Some(h) = by_end[from..]
            .iter()
            .take_while(|(end, _)| *end <= g.u + reach)
            .map(|&(_, k)| k)
            .find(|&k| {
                let h = &glyphs[k];
                g.size <= 0.8 * h.size
                    && !h.text.trim().is_empty()
                    && (h.u + h.w - g.u).abs() <= 0.35 * h.size
                    && g.v - h.v >= 0.15 * h.size
                    && g.v - h.v <= 0.6 * h.size
            })
        else {
            continue;
        };
        // The mark: this glyph and the small ones right after it on its baseline.
        let mut run = vec![i];
        loop {
            let last = &glyphs[*run.last().unwrap_or(&i)];
            let next = small.iter().copied().find(|&k| {
                !run.contains(&k)
                    && (glyphs[k].v - last.v).abs() <= 0.2 * last.size
                    && glyphs[k].u >= last.u
                    && glyphs[k].u - (last.u + last.w) <= 0.3 * last.size
            });
            match next {
                Some(k) if run.len() < 4 => run.push(k),
                _ => break,
            }
        }
        let mark: String = run.iter().map(|&k| glyphs[k].text.as_str()).collect();
        // The text before it on the base line: the glyphs of its baseline that end by it.
        let base = &glyphs[h];
        let mut before: Vec<&Placed> = glyphs
            .iter()
            .filter(|b| {
                b.dir == 0
                    && (b.v - base.v).abs() <= 0.2 * base.size
                    && b.u <= base.u + 0.01
                    && b.u >= base.u - 3.0 * base.size
            })
            .collect();
        before.sort_by(|a, b| a.u.total_cmp(&b.u));
        let before: String = before.iter().map(|b| b.text.as_str()).collect();
        if crate::text::is_note_reference(&before, &mark) {
            gone.extend(run);
        } else {
            let v = base.v;
            for k in run {
                glyphs[k].v = v;
            }
        }
    }
    if !gone.is_empty() {
        let mut k = 0;
        glyphs.retain(|_| {
            k += 1;
            !gone.contains(&(k - 1))
        });
    }
}

fn page_lines(mut glyphs: Vec<Placed>, rules: &[Rule]) -> Vec<Line> {
    drop_ruby(&mut glyphs);
    settle_superscripts(&mut glyphs);
    runs_into_their_cells(&mut glyphs, rules);
    let lines_of = |g: Vec<Placed>| merge_table_rows(build_lines(g, rules), rules);
    let Some((x, bands)) = two_column_bands(&glyphs, rules) else {
        return lines_of(glyphs);
    };
    // Chunks in reading order: rows above a band, its left column, its right column, …
    let mut chunks: Vec<Vec<Placed>> = vec![Vec::new(); 3 * bands.len() + 2];
    let chunk_of = |g: &Placed| -> usize {
        if g.dir != 0 {
            return 3 * bands.len() + 1;
        }
        for (k, (top, bottom)) in bands.iter().enumerate() {
            if g.v > *top {
                return 3 * k;
            }
            if g.v >= *bottom {
                return 3 * k + if g.u + 0.5 * g.w < x { 1 } else { 2 };
            }
        }
        3 * bands.len()
    };
    for g in glyphs {
        let k = chunk_of(&g);
        chunks[k].push(g);
    }
    chunks
        .into_iter()
        .filter(|c| !c.is_empty())
        .flat_map(lines_of)
        .collect()
}

/// The gutter's x and the bands (top and bottom baselines) of a page set in two columns, if it
/// is: rows on both sides of a gutter that no glyph crosses and no table rule marks as a table
/// row, the two sides about as wide, each with lines filled across its column.
fn two_column_bands(glyphs: &[Placed], rules: &[Rule]) -> Option<(f32, Vec<(f32, f32)>)> {
    let mut up: Vec<&Placed> = glyphs
        .iter()
        .filter(|g| g.dir == 0 && !g.text.trim().is_empty())
        .collect();
    if up.len() < 40 {
        return None;
    }
    up.sort_by(|a, b| b.v.total_cmp(&a.v).then(a.u.total_cmp(&b.u)));
    // Rows by baseline, each as its occupied intervals.
    struct Row<'a> {
        v: f32,
        size: f32,
        spans: Vec<(f32, f32)>,
        /// The x of each vertical rule across the row (a table's, or a rule between columns).
        rule_xs: Vec<f32>,
        /// The row's glyphs: (x of the middle, text), in x order.
        glyphs: Vec<(f32, &'a str)>,
    }
    let mut rows: Vec<Row> = Vec::new();
    for g in up {
        match rows.last_mut() {
            Some(r) if (r.v - g.v).abs() <= 0.5 * r.size.min(g.size) => {
                r.spans.push((g.u, g.u + g.w));
                r.glyphs.push((g.u + 0.5 * g.w, &g.text));
            }
            _ => rows.push(Row {
                v: g.v,
                size: g.size,
                spans: vec![(g.u, g.u + g.w)],
                rule_xs: Vec::new(),
                glyphs: vec![(g.u + 0.5 * g.w, &g.text)],
            }),
        }
    }
    for r in &mut rows {
        r.glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
        r.spans.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut merged: Vec<(f32, f32)> = Vec::new();
        for (a, b) in r.spans.drain(..) {
            match merged.last_mut() {
                Some(m) if a - m.1 < 0.5 * r.size => m.1 = m.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        r.spans = merged;
        r.rule_xs = rules
            .iter()
            .filter(|ru| ru.vertical && ru.a <= r.v + 0.1 * r.size && ru.b >= r.v + 0.6 * r.size)
            .map(|ru| ru.pos)
            .collect();
    }
    let left = rows
        .iter()
        .filter_map(|r| r.spans.first())
        .map(|s| s.0)
        .fold(f32::MAX, f32::min);
    let right = rows
        .iter()
        .filter_map(|r| r.spans.last())
        .map(|s| s.1)
        .fold(f32::MIN, f32::max);
    if right - left < 100.0 {
        return None;
    }
    // The gutter: the x in the middle of the text that the fewest rows cross.
    let crosses = |r: &Row, x: f32| r.spans.iter().any(|(a, b)| *a < x && x < *b);
    let mid = 0.5 * (left + right);
    let x = (0..=80)
        .map(|k| left + (right - left) * (0.3 + 0.4 * k as f32 / 80.0))
        .min_by(|a, b| {
            let n = |x: f32| rows.iter().filter(|r| crosses(r, x)).count();
            n(*a)
                .cmp(&n(*b))
                .then((a - mid).abs().total_cmp(&(b - mid).abs()))
        })?;
    // A row that text crosses at the gutter, or that a rule crosses with text between it and
    // the gutter (a table's; a rule in the gutter may be the columns' own), is no part of a band.
    let blocked = |r: &Row| {
        crosses(r, x)
            || r.rule_xs.iter().any(|&p| {
                let (lo, hi) = (x.min(p), x.max(p));
                r.spans.iter().any(|(a, b)| *a < hi && *b > lo)
            })
    };
    let mut bands = Vec::new();
    let mut k = 0;
    while k < rows.len() {
        if blocked(&rows[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < rows.len() && !blocked(&rows[k]) {
            k += 1;
        }
        let band = &rows[start..k];
        let lefts: Vec<(f32, f32, f32)> = band
            .iter()
            .filter_map(|r| {
                let l: Vec<&(f32, f32)> = r.spans.iter().filter(|s| s.1 <= x).collect();
                Some((l.first()?.0, l.last()?.1, r.size))
            })
            .collect();
        let rights: Vec<(f32, f32, f32)> = band
            .iter()
            .filter_map(|r| {
                let rr: Vec<&(f32, f32)> = r.spans.iter().filter(|s| s.0 >= x).collect();
                Some((rr.first()?.0, rr.last()?.1, r.size))
            })
            .collect();
        if lefts.len() < 3 || rights.len() < 3 || lefts.len() + rights.len() < 10 {
            continue;
        }
        let gl = lefts.iter().map(|l| l.1).fold(f32::MIN, f32::max);
        let gr = rights.iter().map(|r| r.0).fold(f32::MAX, f32::min);
        // Running text fills its column: the left one from the margin (an indent aside) to the
        // gutter, the right one from the gutter; a form's labels stop short of the gutter or
        // start away from the margin, and its values start at the gutter but end anywhere.
        let left_filled = lefts
            .iter()
            .filter(|(a, b, em)| *a <= left + 2.5 * em && *b >= gl - 3.0 * em)
            .count();
        let right_filled = rights
            .iter()
            .filter(|(a, b, em)| *a <= gr + 2.5 * em && *b >= right - 1.5 * em)
            .count();
        // Two columns of text are about as wide as each other; a form's label column is narrow.
        let em = band[0].size;
        let ratio = (gl - left) / (right - gr).max(1.0);
        // Fields flowed in two columns ("label：value" lines, a print view's or a section's
        // columns): both sides mostly lines that open with a label and its colon, and the two
        // sides' lines not sharing rows (a value that wraps on one side pushes the lines below
        // it down), as a form's pairs, two a row, always do.
        // Each row's text left and right of the gutter.
        let sides: Vec<(String, String)> = band
            .iter()
            .map(|r| {
                let side = |left_side: bool| -> String {
                    r.glyphs
                        .iter()
                        .filter(|(m, _)| (*m < x) == left_side)
                        .map(|(_, t)| *t)
                        .collect::<String>()
                        .trim()
                        .to_string()
                };
                (side(true), side(false))
            })
            .collect();
        // A label and its colon within the line's first twelve characters.
        let labelled = |t: &str| {
            t.chars().take(13).any(|c| matches!(c, '：' | ':'))
                && crate::labels::leading_label(t).is_some()
        };
        let (lt, rt): (Vec<&str>, Vec<&str>) = (
            sides
                .iter()
                .map(|s| s.0.as_str())
                .filter(|t| !t.is_empty())
                .collect(),
            sides
                .iter()
                .map(|s| s.1.as_str())
                .filter(|t| !t.is_empty())
                .collect(),
        );
        let (l_labelled, r_labelled) = (
            lt.iter().filter(|t| labelled(t)).count(),
            rt.iter().filter(|t| labelled(t)).count(),
        );
        let one_sided = sides
            .iter()
            .filter(|(l, r)| l.is_empty() != r.is_empty())
            .count();
        let fields_flowed = gr - gl >= 0.8 * em
            && l_labelled >= 3
            && r_labelled >= 3
            && l_labelled * 2 >= lt.len()
            && r_labelled * 2 >= rt.len()
            && one_sided * 3 >= band.len();
        if fields_flowed {
            bands.push((band[0].v + 0.01, band[band.len() - 1].v - 0.01));
            continue;
        }
        if gr - gl >= 0.8 * em
            && band.iter().all(|r| r.rule_xs.is_empty())
            && (0.6..=1.67).contains(&ratio)
            && left_filled >= 3
            && left_filled * 10 >= lefts.len() * 3
            && right_filled >= 3
            && right_filled * 4 >= rights.len()
            && rights
                .iter()
                .filter(|(a, _, em)| *a <= gr + 2.5 * em)
                .count()
                * 10
                >= rights.len() * 9
        {
            bands.push((band[0].v + 0.01, band[band.len() - 1].v - 0.01));
        }
    }
    (!bands.is_empty()).then_some((x, bands))
}

/// Fold lines that continue a table row (wrapped cell text: no horizontal rule between them,
/// same column rules) into that row.
fn merge_table_rows(lines: Vec<Line>, rules: &[Rule]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for l in lines {
        if let Some(prev) = out.last_mut() {
            let same_table = prev.in_table()
                && l.in_table()
                && prev.table_xs.len() == l.table_xs.len()
                && prev
                    .table_xs
                    .iter()
                    .zip(&l.table_xs)
                    .all(|(a, b)| (a - b).abs() < 2.0);
            let close = prev.v > l.v && prev.v - l.v <= 2.5 * prev.size.max(l.size);
            let (lo, hi) = (prev.u0.min(l.u0), prev.u1.max(l.u1));
            let ruled_between = rules
                .iter()
                .any(|r| !r.vertical && r.pos > l.v && r.pos < prev.v && r.b > lo && r.a < hi);
            if same_table && close && !ruled_between {
                let xs = prev.table_xs.clone();
                for seg in l.segs {
                    match prev.segs.iter_mut().find(|s| s.col == seg.col) {
                        Some(s) => {
                            // A cell line that ran up to the cell's right rule broke mid-token
                            // (a credit code, a model number): join it without a space.
                            let right = seg
                                .col
                                .and_then(|c| xs.get(c as usize + 1))
                                .copied()
                                .unwrap_or(f32::MAX);
                            let last = s.text.chars().last().unwrap_or(' ');
                            let next = seg.text.chars().next().unwrap_or(' ');
                            if s.u1 >= right - 1.5 * l.size
                                && last.is_ascii_alphanumeric()
                                && next.is_ascii_alphanumeric()
                            {
                                s.text.push_str(&seg.text);
                            } else {
                                join_text(&mut s.text, &seg.text);
                            }
                            s.u1 = s.u1.max(seg.u1);
                        }
                        None => {
                            let at = prev
                                .segs
                                .iter()
                                .position(|s| s.col > seg.col)
                                .unwrap_or(prev.segs.len());
                            prev.segs.insert(at, seg);
                        }
                    }
                }
                prev.v = l.v;
                prev.u1 = prev.u1.max(l.u1);
                continue;
            }
        }
        out.push(l);
    }
    out
}

struct PageText {
    number: u32,
    lines: Vec<Line>,
    /// The page's width in points (0 when unknown).
    width: f32,
}

/// The pitch a page sets its lines at, when one stands out: the most common distance between
/// two lines one under the other of the same size, outside tables, met at least three times
/// and at most three times the type size (a form or cover set at double spacing); its size
/// and distance.
fn line_pitch(lines: &[Line]) -> Option<(f32, f32)> {
    let mut counts: HashMap<(i32, i32), usize> = HashMap::new();
    for w in lines.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let gap = a.v - b.v;
        if a.in_table()
            || b.in_table()
            || gap.is_nan()
            || gap <= 0.0
            || (a.size - b.size).abs() > 0.15 * a.size.max(b.size)
            || gap > 3.0 * a.size
        {
            continue;
        }
        *counts
            .entry(((a.size * 2.0).round() as i32, (gap * 2.0).round() as i32))
            .or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 3)
        .max_by_key(|((s, g), n)| (*n, -*g, *s))
        .map(|((s, g), _)| (s as f32 / 2.0, g as f32 / 2.0))
}

/// Turn a page's lines into blocks: ruled table rows become cells; other lines are joined into
/// paragraphs when they wrap; lines set larger than the body text become headings.
fn lines_to_blocks(doc: &mut Document, pages: Vec<PageText>) {
    // Body size: the size carrying most characters.
    let mut hist: HashMap<i32, usize> = HashMap::new();
    for p in &pages {
        for l in &p.lines {
            *hist.entry((l.size * 2.0).round() as i32).or_default() +=
                l.segs.iter().map(|s| s.text.chars().count()).sum::<usize>();
        }
    }
    let body = hist
        .iter()
        .max_by_key(|(s, c)| (**c, -**s))
        .map(|(s, _)| *s as f32 / 2.0)
        .unwrap_or(10.0);
    let mut heading_sizes: Vec<i32> = hist
        .keys()
        .copied()
        .filter(|s| *s as f32 / 2.0 >= body * 1.25)
        .collect();
    heading_sizes.sort_unstable_by(|a, b| b.cmp(a));
    let mut table = 0u32;
    let mut row = 0u32;
    let mut in_table = false;
    for p in pages {
        let right = p.lines.iter().map(|l| l.u1).fold(f32::MIN, f32::max);
        let left = p.lines.iter().map(|l| l.u0).fold(f32::MAX, f32::min);
        let pitch = line_pitch(&p.lines);
        let mut pending: Option<(String, f32, f32, bool)> = None; // text, size, v, reaches the right margin
        let flush = |doc: &mut Document, pending: &mut Option<(String, f32, f32, bool)>| {
            if let Some((t, size, _, _)) = pending.take() {
                let key = (size * 2.0).round() as i32;
                let kind = match heading_sizes.iter().position(|s| *s == key) {
                    Some(i) if t.chars().count() <= 60 && !t.contains('\t') => BlockKind::Heading {
                        level: (i + 1).min(6) as u8,
                    },
                    _ => BlockKind::Paragraph,
                };
                doc.push_block(kind, &t, Some(p.number));
            }
        };
        for l in p.lines {
            if l.in_table() {
                flush(doc, &mut pending);
                if in_table {
                    row += 1;
                } else {
                    in_table = true;
                    row = 0;
                }
                for s in &l.segs {
                    doc.push_block(
                        BlockKind::Cell {
                            table,
                            row,
                            col: s.col.unwrap_or(0),
                        },
                        &s.text,
                        Some(p.number),
                    );
                }
                continue;
            }
            if in_table {
                in_table = false;
                table += 1;
            }
            let text = l.text();
            // A line wraps when it reaches the text's right edge; on a page whose lines are all
            // short (a certificate, a cover: nothing wraps) the longest line is no edge.
            let wide_page = p.width <= 0.0 || right - left >= 0.55 * p.width;
            let full_width =
                wide_page && right - left > 0.0 && (l.u1 - left) >= 0.85 * (right - left);
            if let Some((t, size, v, prev_full)) = pending.as_mut() {
                // Close: within a line and a half of leading, or at the page's own pitch for
                // lines of this size (a cover set double-spaced wraps its lines as far apart).
                let gap = *v - l.v;
                let close = gap > 0.0
                    && (gap <= 1.8 * size.max(l.size)
                        || pitch.is_some_and(|(ps, pv)| {
                            (ps - l.size).abs() <= 0.15 * ps && gap <= pv * 1.1
                        }));
                let same_size = (l.size - *size).abs() <= 0.15 * size.max(l.size);
                // Lines that end a sentence or carry leader dots (a table of contents) stand alone.
                // A line with leader dots of its own (项目名称......值, a contents line) starts
                // afresh; one wrapped out of such a line has none and continues it.
                let leads = ["....", "····", "⋯"].iter().any(|d| text.contains(d));
                let ends = t.ends_with(['。', '！', '？', '；', '）', ')', '：', ':'])
                    || t.contains('…')
                    || text.contains('…')
                    || leads;
                // A line that opens with a short label and a colon (项目名称：…) starts a new
                // paragraph: forms set one labelled line under another.
                let labelled = text.split_once(['：', ':']).is_some_and(|(head, _)| {
                    let n = head.chars().filter(|c| !c.is_whitespace()).count();
                    (2..=10).contains(&n) && !head.contains(['，', '。', '、', ',', '.', '；'])
                });
                // A line that is a label by itself (项目名称 centred in its cell between the
                // lines of a wrapped value) is no continuation of the line above.
                let bare_label = text.chars().count() <= 16 && crate::labels::is_label(text.trim());
                if *prev_full
                    && !labelled
                    && !bare_label
                    && close
                    && same_size
                    && !ends
                    && l.segs.len() == 1
                    && !t.contains('\t')
                {
                    join_text(t, &text);
                    *v = l.v;
                    *prev_full = full_width;
                    continue;
                }
            }
            flush(doc, &mut pending);
            pending = Some((text, l.size, l.v, full_width));
        }
        flush(doc, &mut pending);
        if in_table {
            in_table = false;
            table += 1;
        }
    }
}

/// The part of a page that is shown and printed: its CropBox within its MediaBox (both
/// inheritable, 7.7.3.3 and 14.11.2), in default user space.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PageBox {
    x0: f32,
    y0: f32,
    w: f32,
    h: f32,
    /// /Rotate in degrees, 0, 90, 180 or 270.
    rotate: i64,
    /// Whether a CropBox shows less than the MediaBox.
    cropped: bool,
}

impl PageBox {
    /// Where a point in default user space is on the shown page (its lower left corner at 0, 0).
    fn matrix(&self) -> Matrix {
        [1.0, 0.0, 0.0, 1.0, -self.x0, -self.y0]
    }

    /// The shown page as a clip in that frame, when a CropBox cuts the MediaBox: what lies
    /// outside it was cut away on purpose — a worked example cropped away with a PDF editor,
    /// the other half of a sheet split into two pages. Without one nothing is cut: a line set
    /// past the paper's edge (a long title on a cover) is still the writer's text.
    fn clip(&self) -> Option<[f32; 4]> {
        self.cropped.then_some([0.0, 0.0, self.w, self.h])
    }
}

/// Rules cut to the page's shown part `c` (x0, y0, x1, y1): a table's borders on the half of a
/// sheet this page does not show are no rules of its.
fn rules_within(rules: &mut Vec<Rule>, c: [f32; 4]) {
    rules.retain_mut(|r| {
        let (lo, hi, across) = if r.vertical {
            (c[1], c[3], c[0] - 1.0..=c[2] + 1.0)
        } else {
            (c[0], c[2], c[1] - 1.0..=c[3] + 1.0)
        };
        r.a = r.a.max(lo);
        r.b = r.b.min(hi);
        across.contains(&r.pos) && r.b - r.a > 3.0
    });
}

fn page_box(doc: &lopdf::Document, page: &Dictionary) -> PageBox {
    let rect = |o: &Object| -> Option<[f32; 4]> {
        let Object::Array(a) = o else { return None };
        let v: Vec<f32> = a.iter().filter_map(|o| num(deref(doc, o))).collect();
        (v.len() == 4 && v.iter().all(|x| x.is_finite())).then(|| {
            [
                v[0].min(v[2]),
                v[1].min(v[3]),
                v[0].max(v[2]),
                v[1].max(v[3]),
            ]
        })
    };
    let mut dict = page;
    let (mut media, mut crop, mut rotate) = (None, None, None);
    for _ in 0..32 {
        if media.is_none() {
            media = dict_get(doc, dict, b"MediaBox").and_then(rect);
        }
        if crop.is_none() {
            crop = dict_get(doc, dict, b"CropBox").and_then(rect);
        }
        if rotate.is_none()
            && let Some(Object::Integer(r)) = dict_get(doc, dict, b"Rotate")
        {
            rotate = Some(*r);
        }
        match dict_get(doc, dict, b"Parent").and_then(as_dict) {
            Some(p) => dict = p,
            None => break,
        }
    }
    let rotate = rotate.unwrap_or(0).rem_euclid(360);
    let Some(m) = media.filter(|m| m[2] - m[0] >= 1.0 && m[3] - m[1] >= 1.0) else {
        return PageBox {
            x0: 0.0,
            y0: 0.0,
            w: 612.0,
            h: 792.0,
            rotate,
            cropped: false,
        };
    };
    // A CropBox that does not meet the MediaBox, or leaves less than an inch of it, is a
    // writer's mistake, not a crop: the MediaBox is what is shown then.
    let b = crop
        .map(|c| {
            [
                c[0].max(m[0]),
                c[1].max(m[1]),
                c[2].min(m[2]),
                c[3].min(m[3]),
            ]
        })
        .filter(|b| b[2] - b[0] >= 72.0 && b[3] - b[1] >= 72.0)
        .unwrap_or(m);
    let cropped = b.iter().zip(&m).any(|(c, m)| (c - m).abs() > 1.0);
    PageBox {
        x0: b[0],
        y0: b[1],
        w: b[2] - b[0],
        h: b[3] - b[1],
        rotate,
        cropped,
    }
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
            ExtractError::TooLarge {
                detail: "a compressed stream inflates beyond the limit".into(),
            }
        }
        other => ExtractError::Corrupt {
            detail: format!("PDF structure unreadable ({other})"),
        },
    }
}

pub fn extract_pdf(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
    deadline: Deadline,
) -> Result<Document, ExtractError> {
    let opts = lopdf::LoadOptions {
        max_decompressed_size: Some(limits.max_stream_bytes),
        ..Default::default()
    };
    let pdf = lopdf::Document::load_mem_with_options(bytes, opts).map_err(load_error)?;
    if pdf.is_encrypted() {
        // lopdf opens files whose user password is empty and leaves the rest encrypted.
        return Err(ExtractError::Encrypted);
    }
    let page_ids = pdf.get_pages();
    if page_ids.is_empty() {
        return Err(ExtractError::Corrupt {
            detail: "the PDF has no readable pages".into(),
        });
    }
    let mut doc = Document::new(path, Format::Pdf);
    doc.attachments = attachments(&pdf, &page_ids, limits);
    let mut walker = Walker {
        doc: &pdf,
        limits,
        deadline,
        fonts: HashMap::new(),
        ops: 0,
        glyphs: Vec::new(),
        image_area: 0.0,
        path_ops: 0,
        rules: Vec::new(),
        path: Vec::new(),
        cur: (0.0, 0.0),
        start: (0.0, 0.0),
        truncated: None,
        scratch: Vec::new(),
        images: Vec::new(),
        invisible: 0,
        dark: Vec::new(),
        hidden_ocgs: hidden_ocgs(&pdf),
        marked: Vec::new(),
        marked_overflow: 0,
        hidden_depth: 0,
        runs: 0,
        clip_next: false,
        path_curved: false,
        covers: Vec::new(),
        markup: false,
        marks_text: false,
        shown: PageBox {
            x0: 0.0,
            y0: 0.0,
            w: 612.0,
            h: 792.0,
            rotate: 0,
            cropped: false,
        },
        actual: None,
        cell_tail: None,
    };
    let mut ocr = super::scan::PdfOcr::new(limits);
    let mut page_texts = Vec::new();
    let mut scanned = Vec::new();
    let mut garbled = Vec::new();
    let mut garbled_sample = String::new();
    let mut total_chars = 0usize;
    let mut bad_pages: Vec<u32> = Vec::new();
    for (&number, &id) in page_ids.iter() {
        if page_texts.len() >= limits.max_pages {
            walker.truncated.get_or_insert_with(|| {
                format!("only the first {} pages were read", limits.max_pages)
            });
            break;
        }
        let Ok(page) = pdf.get_dictionary(id) else {
            bad_pages.push(number);
            continue;
        };
        let shown = page_box(&pdf, page);
        let (w, h, rot) = (shown.w, shown.h, shown.rotate);
        let (raw_w, raw_h) = (w, h);
        let (w, h) = if rot == 90 || rot == 270 {
            (h, w)
        } else {
            (w, h)
        };
        let content = match pdf.get_page_content_with_limit(id, limits.max_stream_bytes) {
            Ok(c) => c,
            Err(_) => {
                bad_pages.push(number);
                Vec::new()
            }
        };
        walker.glyphs.clear();
        walker.images.clear();
        walker.marked.clear();
        walker.marked_overflow = 0;
        walker.hidden_depth = 0;
        walker.image_area = 0.0;
        walker.invisible = 0;
        walker.dark.clear();
        walker.path_ops = 0;
        walker.rules.clear();
        walker.covers.clear();
        walker.shown = shown;
        walker.actual = None;
        let gs = walker.page_state(IDENTITY);
        if walker
            .run(&content, page_resources(&pdf, page), gs, 0)
            .is_err()
        {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        if walker
            .annotations(page, page_resources(&pdf, page))
            .is_err()
        {
            return Err(ExtractError::Timeout {
                seconds: limits.time_budget.as_secs(),
            });
        }
        if let Some(c) = shown.clip() {
            rules_within(&mut walker.rules, c);
        }
        let mut glyphs = std::mem::take(&mut walker.glyphs);
        painted_over(&mut glyphs, &walker.covers, raw_w * raw_h);
        struck_through(&mut glyphs, &mut walker.rules);
        let turned = turn_upright(&mut glyphs, &mut walker.rules, raw_w, raw_h);
        if turned == 0 {
            turned_labels_upright(&mut glyphs, &walker.rules);
        }
        // A scanned form filled in with a PDF editor's text tool: one picture covering the
        // page, a few short lines of visible text set over it. The labels are only in the
        // picture: it is read by OCR (the picture alone, not the typed text) and its words are
        // set among the page's own glyphs where they stand, so label and value meet on a line.
        let mut typed_over_scan = None;
        if turned == 0
            && (w, h) == (raw_w, raw_h)
            && w * h > 0.0
            && walker.image_area / (w * h) >= 0.9
            && !walker.images.is_empty()
            && (10..=800).contains(&glyphs.len())
            && walker.invisible * 10 < glyphs.len()
        {
            let typed: String = glyphs.iter().map(|g| g.text.as_str()).collect();
            if !garble::is_garbled(&typed)
                && let Some(read) =
                    ocr.page(&pdf, bytes, number, &walker.images, (raw_w, raw_h), false)
            {
                glyphs.extend(glyphs_of_ocr_lines(&read.lines, &glyphs));
                ocr.read_under_text(number);
                typed_over_scan = Some(read);
            }
        }
        let mut lines = page_lines(glyphs, &walker.rules);
        // An unruled form's wrapped values (a row ruled only below, no columns drawn): the
        // line under a label-and-value line, at the value column, continues that value.
        fold_wrapped_values(&mut lines, 1.8);
        let page_text: String = lines
            .iter()
            .map(|l| l.text())
            .collect::<Vec<_>>()
            .join("\n");
        let chars = page_text.chars().filter(|c| !c.is_whitespace()).count();
        let coverage = if w * h > 0.0 {
            (walker.image_area / (w * h)).min(1.0)
        } else {
            0.0
        };
        let mut page_rec = Page {
            number,
            width_pt: w,
            height_pt: h,
            chars,
            image_coverage: coverage,
            ocr: false,
            ocr_confidence: None,
            seals: Vec::new(),
            sign_spots: Vec::new(),
        };
        let no_text = chars < 10 && (coverage >= 0.25 || walker.path_ops > 500);
        // A scan made searchable: the page is an image with invisible text laid over it by
        // some OCR. That text is no better than OCR's: the page is read by propscan's own OCR
        // like any scan (seals and signing places included), and its findings say so.
        let ocr_layer = chars >= 10 && coverage >= 0.5 && walker.invisible * 10 >= chars * 8;
        let garbled_now = garble::is_garbled(&page_text);
        // Pages with no usable text layer are read by OCR: from the page's own images, or
        // (a garbled font with nothing else on the page) from the page drawn by poppler.
        if (no_text || garbled_now || ocr_layer)
            && typed_over_scan.is_none()
            && let Some(read) = ocr.page(
                &pdf,
                bytes,
                number,
                &walker.images,
                (raw_w, raw_h),
                garbled_now || walker.images.is_empty(),
            )
        {
            page_rec.chars = read.chars;
            page_rec.ocr = true;
            page_rec.ocr_confidence = Some(read.confidence);
            page_rec.seals = read.seals;
            page_rec.sign_spots = read.sign_spots;
            doc.pages.push(page_rec);
            total_chars += read.chars;
            page_texts.push(PageText {
                number,
                lines: read.lines,
                width: w,
            });
            continue;
        }
        if let Some(read) = typed_over_scan {
            page_rec.ocr = true;
            page_rec.ocr_confidence = Some(read.confidence);
            page_rec.seals = read.seals;
            page_rec.sign_spots = read.sign_spots;
        } else if !walker.images.is_empty() {
            page_rec.seals =
                super::scan::text_page_seals(&pdf, &walker.images, (raw_w, raw_h), limits);
        }
        // OCR off or unable: the invisible layer is what there is, still an OCR reading.
        page_rec.ocr |= ocr_layer;
        // The width the lines were read in: a page read turned a quarter is as wide as the
        // page is high.
        let width = if turned % 2 == 1 { raw_h } else { w };
        doc.pages.push(page_rec);
        // A page OCR could not take is reported once, with the reason (ImageUnread).
        // A blank back among read pages is no page that could not be read (a document with
        // no text on any page is reported whole, below).
        if no_text && !ocr.unread(number) && !ocr.blank(number) {
            scanned.push(number);
        }
        if garbled_now {
            garbled.push(number);
            if garbled_sample.chars().count() < 40 {
                garbled_sample.extend(page_text.chars().filter(|c| !c.is_whitespace()).take(40));
            }
            continue;
        }
        total_chars += chars;
        page_texts.push(PageText {
            number,
            lines,
            width,
        });
    }
    if doc.pages.is_empty() || (total_chars == 0 && bad_pages.len() == doc.pages.len()) {
        return Err(ExtractError::Corrupt {
            detail: format!(
                "no page could be read ({} pages damaged)",
                bad_pages.len().max(1)
            ),
        });
    }
    if !bad_pages.is_empty() {
        walker
            .truncated
            .get_or_insert_with(|| format!("damaged content on pages {bad_pages:?}"));
    }
    if total_chars == 0 && garbled.is_empty() {
        // No text anywhere: whatever the pages hold (images, curves), nothing can be checked.
        scanned = doc
            .pages
            .iter()
            .map(|p| p.number)
            .filter(|n| !ocr.unread(*n))
            .collect();
    }
    lines_to_blocks(&mut doc, page_texts);
    // A dynamic XFA form: its pages hold only the message for viewers without XFA (请稍候… /
    // Please wait…); the form is read from its XML instead.
    if let Some(xdp) = dynamic_xfa(&pdf, limits) {
        let mut form = Document::new(path, Format::Pdf);
        if super::xfa::read(&xdp, &mut form, limits, deadline) > 0 {
            doc.blocks = form.blocks;
            doc.text = form.text;
        }
    }
    if !scanned.is_empty() {
        doc.issues.push(DocIssue::Scanned { pages: scanned });
    }
    if !garbled.is_empty() {
        doc.issues.push(DocIssue::Garbled {
            pages: garbled,
            sample: garbled_sample.chars().take(40).collect(),
        });
    }
    if let Some(detail) = walker.truncated {
        doc.issues.push(DocIssue::Truncated { detail });
    }
    ocr.finish(&mut doc);
    Ok(doc)
}

/// OCR lines of a page as text lines placed on a page `page_h_pt` high (y up, in points).
pub(super) fn ocr_lines(p: &super::ocr::OcrPage) -> Vec<Line> {
    let k = 72.0 / p.dpi.max(1.0);
    let top = p.h as f32 * k;
    p.lines
        .iter()
        .map(|l| Line {
            segs: l
                .runs
                .iter()
                .map(|(t, x0, x1)| Seg {
                    text: t.clone(),
                    u0: x0 * k,
                    u1: x1 * k,
                    col: None,
                })
                .collect(),
            // Han glyph boxes are about 0.9 of the font size.
            size: ((l.y1 - l.y0) * k / 0.9).max(1.0),
            v: top - l.y1 * k,
            u0: l.x0 * k,
            u1: l.x1 * k,
            table_xs: Vec::new(),
        })
        .collect()
}

/// OCR lines of a page image. The lines of cells read one by one (rows of a ruled table where
/// a cell wraps) are set as glyphs (each run's characters spread over its width on its line's
/// baseline) and read with the table's rules as a PDF page's are, so a cell's wrapped lines
/// fold into its row and each cell is a cell; the page's other lines stay as read, and all
/// come top to bottom.
pub(super) fn ocr_page_lines(p: &super::ocr::OcrPage) -> Vec<Line> {
    let mut lines = ocr_lines(p);
    if p.rules.is_empty() || p.cell_boxes.is_empty() {
        fold_wrapped_values(&mut lines, 1.5);
        return lines;
    }
    let k = 72.0 / p.dpi.max(1.0);
    let top = p.h as f32 * k;
    // The cells read one by one, in points (y up).
    let cells: Vec<[f32; 4]> = p
        .cell_boxes
        .iter()
        .map(|b| [b[0] * k, top - b[3] * k, b[2] * k, top - b[1] * k])
        .collect();
    let in_cells = |l: &Line| {
        let (u, v) = ((l.u0 + l.u1) / 2.0, l.v + 0.4 * l.size);
        cells
            .iter()
            .any(|c| (c[0]..=c[2]).contains(&u) && (c[1]..=c[3]).contains(&v))
    };
    let (mut table, mut rest): (Vec<Line>, Vec<Line>) = lines.into_iter().partition(in_cells);
    // A speck read with a line makes its box tall: no line is set larger than 1.3 times the
    // usual line (its baseline, the box's foot, stays).
    let mut sizes: Vec<f32> = table.iter().chain(&rest).map(|l| l.size).collect();
    sizes.sort_by(f32::total_cmp);
    if let Some(&usual) = sizes.get(sizes.len() / 2) {
        for l in &mut table {
            l.size = l.size.min(1.3 * usual);
        }
    }
    let rules: Vec<Rule> = p
        .rules
        .iter()
        .map(|r| {
            if r.vertical {
                Rule {
                    vertical: true,
                    pos: r.pos * k,
                    a: top - r.b * k,
                    b: top - r.a * k,
                }
            } else {
                Rule {
                    vertical: false,
                    pos: top - r.pos * k,
                    a: r.a * k,
                    b: r.b * k,
                }
            }
        })
        .collect();
    rest.extend(page_lines(glyphs_of_ocr_lines(&table, &[]), &rules));
    // Top to bottom, as the page reads.
    rest.sort_by(|a, b| b.v.total_cmp(&a.v).then(a.u0.total_cmp(&b.u0)));
    rest
}

/// The wrapped lines of an unruled form's values, read as lines of their own (by OCR, or from
/// a page whose rows are ruled only below), folded into the value they continue. The form's
/// value column is where the values of at least three lines of a label (of the lexicon) and a
/// value begin, within 0.6 of a line's height of their median, the labels starting within a
/// line's height of one another. A line of one run starting at that column, not itself a
/// label, continues the value of the label-and-value line above it when it stands at most
/// `reach` line heights below it (1.5 for OCR's boxes, 1.8 for a text layer's baselines) —
/// and the form's rows stand at least 1.6 times that far apart, so that a row whose label OCR
/// missed is not taken for a continuation. A form set in single spacing (rows as close as
/// wrapped lines) is left as read; so are the rows of ruled tables, which fold their own.
fn fold_wrapped_values(lines: &mut Vec<Line>, reach: f32) {
    let labelled = |l: &Line| {
        !l.in_table() && l.segs.len() == 2 && crate::labels::key_of(&l.segs[0].text).is_some()
    };
    let split: Vec<&Line> = lines.iter().filter(|l| labelled(l)).collect();
    if split.len() < 3 {
        return;
    }
    let median = |mut v: Vec<f32>| {
        v.sort_by(f32::total_cmp);
        v[v.len() / 2]
    };
    let column = median(split.iter().map(|l| l.segs[1].u0).collect());
    let left = median(split.iter().map(|l| l.segs[0].u0).collect());
    let h = median(split.iter().map(|l| l.size).collect()).max(1.0);
    let at_column = |u: f32| (u - column).abs() <= 0.6 * h;
    let rows: Vec<&&Line> = split
        .iter()
        .filter(|l| at_column(l.segs[1].u0) && (l.segs[0].u0 - left).abs() <= h)
        .collect();
    if rows.len() < 3 {
        return;
    }
    // The distance between neighbouring rows that half of them keep at least.
    let pitch = median(rows.windows(2).map(|w| w[0].v - w[1].v).collect());
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    // The baseline of the last line folded into the line last pushed, while it may go on.
    let mut open: Option<f32> = None;
    for l in lines.drain(..) {
        if let (Some(last_v), Some(prev)) = (open, out.last_mut()) {
            let gap = last_v - l.v;
            let text = l.segs.first().map_or("", |s| s.text.as_str());
            if l.segs.len() == 1
                && !l.in_table()
                && at_column(l.u0)
                && gap > 0.0
                && gap <= reach * h
                && pitch >= 1.6 * gap
                && crate::labels::key_of(text.trim()).is_none()
            {
                prev.segs[1].text.push_str(text.trim());
                prev.segs[1].u1 = prev.segs[1].u1.max(l.u1);
                prev.u1 = prev.u1.max(l.u1);
                open = Some(l.v);
                continue;
            }
        }
        open = (labelled(&l) && at_column(l.segs[1].u0)).then_some(l.v);
        out.push(l);
    }
    *lines = out;
}

/// OCR's lines as glyphs to set among a page's own (`own`): each run's characters spread evenly
/// over its width on the line's baseline. A run over which one of the page's own glyphs
/// already stands is left out: the text layer says it better.
fn glyphs_of_ocr_lines(lines: &[Line], own: &[Placed]) -> Vec<Placed> {
    let mut out = Vec::new();
    for l in lines {
        // OCR's box is only near the baseline: a typed line that stands mostly at the same
        // height (the two overlapping by half the lower one) gives the baseline both share.
        let (a0, a1) = (l.v, l.v + l.size * 0.9);
        let baseline = own
            .iter()
            .filter(|g| g.dir == 0)
            .filter(|g| {
                let (b0, b1) = (g.v, g.v + g.size * 0.9);
                a1.min(b1) - a0.max(b0) >= 0.5 * (a1 - a0).min(b1 - b0)
            })
            .map(|g| g.v)
            .min_by(|x, y| (x - l.v).abs().total_cmp(&(y - l.v).abs()));
        let joined = baseline.is_some();
        let baseline = baseline.unwrap_or(l.v);
        for (k, s) in l.segs.iter().enumerate() {
            let covered = own.iter().any(|g| {
                let c = g.u + g.w / 2.0;
                (s.u0..=s.u1).contains(&c) && g.v >= l.v - l.size * 0.5 && g.v <= l.v + l.size
            });
            // A label alone on OCR's line has a typed value beside it now: a label one
            // character off a known one is put right as on any OCR line with more on it.
            let text = match crate::labels::repair_ocr_label(&s.text, true)
                .or_else(|| crate::labels::same_field_phrase(&s.text))
            {
                Some(fixed) if k == 0 && joined && !fixed.contains('\t') => fixed,
                _ => s.text.clone(),
            };
            let n = text.chars().count();
            if covered || n == 0 {
                continue;
            }
            let w = ((s.u1 - s.u0) / n as f32).max(0.1);
            for (i, c) in text.chars().enumerate() {
                out.push(Placed {
                    text: c.to_string(),
                    u: s.u0 + w * i as f32,
                    v: baseline,
                    w,
                    size: l.size,
                    dir: 0,
                    run: 0,
                });
            }
        }
    }
    out
}

/// Pages of lines (from OCR) into the document's blocks, as text pages are.
pub(super) fn push_pages(doc: &mut Document, pages: Vec<(u32, Vec<Line>)>) {
    lines_to_blocks(
        doc,
        pages
            .into_iter()
            .map(|(number, lines)| PageText {
                number,
                lines,
                width: 0.0,
            })
            .collect(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run OCR read: its text, x0 and x1.
    type Run<'a> = (&'a str, f32, f32);

    /// OCR lines at the top of a page 842 pt high, read at 72 dpi: (runs, the line's top and
    /// bottom).
    fn ocr_page(lines: &[(&[Run], f32, f32)]) -> crate::extract::ocr::OcrPage {
        crate::extract::ocr::OcrPage {
            lines: lines
                .iter()
                .map(|(runs, y0, y1)| crate::extract::ocr::OcrLine {
                    text: runs.iter().map(|r| r.0).collect::<Vec<_>>().join("\t"),
                    runs: runs.iter().map(|r| (r.0.to_string(), r.1, r.2)).collect(),
                    x0: runs[0].1,
                    y0: *y0,
                    x1: runs[runs.len() - 1].2,
                    y1: *y1,
                    conf: 90.0,
                    run_conf: vec![90.0; runs.len()],
                })
                .collect(),
            confidence: 90.0,
            quarter_turns: 0,
            skew_deg: 0.0,
            w: 595,
            h: 842,
            dpi: 72.0,
            sign_spots: Vec::new(),
            rules: Vec::new(),
            cell_boxes: Vec::new(),
        }
    }

    /// An unruled form read by OCR (a console's text table printed as outlines): a value's
    /// wrapped line, alone at the value column right under it, continues it; a line at the
    /// column a row's distance below (a row whose label OCR missed), a label at the column and
    /// anything in a form whose rows are as close as wrapped lines stay lines of their own.
    #[test]
    fn an_ocr_read_values_wrapped_line_folds_into_it() {
        let texts = |p: &crate::extract::ocr::OcrPage| -> Vec<String> {
            ocr_page_lines(p).iter().map(|l| l.text()).collect()
        };
        let row = |label: &'static str, value: &'static str| -> [Run<'static>; 2] {
            [(label, 50.0, 100.0), (value, 160.0, 400.0)]
        };
        let (a, b, c, d) = (
            row("项目名称", "昆山甲自动松嫩草原羊草种群遗传分化的关键技术"),
            row("指南代码", "210201"),
            row("申报单位", "昆山甲自动化科技有限公司"),
            row("联系电话", "19000535326"),
        );
        // The first row, a second line, then three rows, each line 12 high, at these tops.
        let form = |second: &[Run], tops: [f32; 5]| {
            let lines: [&[Run]; 5] = [&a, second, &b, &c, &d];
            ocr_page(&std::array::from_fn::<_, 5, _>(|k| {
                (lines[k], tops[k], tops[k] + 12.0)
            }))
        };
        let cont: [Run; 1] = [("研发", 161.0, 185.0)];
        assert_eq!(
            texts(&form(&cont, [100.0, 114.0, 150.0, 180.0, 210.0])),
            [
                "项目名称\t昆山甲自动松嫩草原羊草种群遗传分化的关键技术研发",
                "指南代码\t210201",
                "申报单位\t昆山甲自动化科技有限公司",
                "联系电话\t19000535326"
            ]
        );
        // A row's distance below: a row whose label was not read.
        assert_eq!(
            texts(&form(&cont, [100.0, 130.0, 160.0, 190.0, 220.0])).len(),
            5
        );
        // A label at the value column is no continuation.
        let label: [Run; 1] = [("合作单位", 161.0, 200.0)];
        assert_eq!(
            texts(&form(&label, [100.0, 114.0, 150.0, 180.0, 210.0]))[1],
            "合作单位"
        );
        // Single spacing: rows as close as a wrapped line.
        assert_eq!(
            texts(&form(&cont, [100.0, 114.0, 128.0, 142.0, 156.0])).len(),
            5
        );
    }

    /// A scanned form's labels read by OCR join the values typed over it on their line: the
    /// OCR line takes the typed line's baseline, and a run already in the text layer is left out.
    #[test]
    fn ocr_words_under_typed_text_share_its_baseline() {
        let typed = line("苏州甲科技有限公司", 200.0, 703.0);
        let seg = |t: &str, u0: f32, u1: f32| Seg {
            text: t.into(),
            u0,
            u1,
            col: None,
        };
        let ocr = vec![Line {
            segs: vec![seg("申报单位", 50.0, 90.0), seg("苏州甲科技", 200.0, 250.0)],
            size: 10.0,
            v: 700.0,
            u0: 50.0,
            u1: 250.0,
            table_xs: Vec::new(),
        }];
        let added = glyphs_of_ocr_lines(&ocr, &typed);
        assert_eq!(
            added.iter().map(|g| g.text.as_str()).collect::<String>(),
            "申报单位"
        );
        assert!(added.iter().all(|g| g.v == 703.0));
        let mut all = typed;
        all.extend(added);
        let lines = page_lines(all, &[]);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text(), "申报单位\t苏州甲科技有限公司");
    }

    /// Glyphs of one line of text starting at `u`, 10 pt CJK characters.
    fn line(text: &str, u: f32, v: f32) -> Vec<Placed> {
        glyphs(text, u, v, 10.0, 10.0)
    }

    /// Glyphs of `text` from `u` on baseline `v`, each `w` wide, set at `size`.
    fn glyphs(text: &str, u: f32, v: f32, w: f32, size: f32) -> Vec<Placed> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Placed {
                text: c.to_string(),
                u: u + w * i as f32,
                v,
                w,
                size,
                dir: 0,
                run: 0,
            })
            .collect()
    }

    /// The blocks' texts of `doc` made one page (object `pages_id`'s only kid) drawing
    /// `content` with `resources`; an "OCProperties" the trailer holds goes to the catalog.
    /// A Courier font (WinAnsi, 6 points a glyph at 10 points) added to `doc`.
    fn courier(doc: &mut lopdf::Document) -> ObjectId {
        use lopdf::dictionary;
        doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Courier",
            "Encoding" => "WinAnsiEncoding", "FirstChar" => 32, "LastChar" => 126,
            "Widths" => vec![Object::Integer(600); 95],
        })
    }

    fn one_page_texts(
        doc: lopdf::Document,
        pages_id: ObjectId,
        content: &[u8],
        resources: Dictionary,
    ) -> Vec<String> {
        annotated_page_texts(doc, pages_id, content, resources, Vec::new())
    }

    /// `one_page_texts`, the page carrying `annots` (references to annotation dictionaries).
    fn annotated_page_texts(
        mut doc: lopdf::Document,
        pages_id: ObjectId,
        content: &[u8],
        resources: Dictionary,
        annots: Vec<Object>,
    ) -> Vec<String> {
        use lopdf::{Stream, dictionary};
        let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => contents,
            "Resources" => resources,
        };
        if !annots.is_empty() {
            page.set("Annots", annots);
        }
        read_one_page(doc, pages_id, page)
            .blocks
            .iter()
            .map(|b| b.text.clone())
            .collect()
    }

    /// A one-page PDF of `page` (a page dictionary whose parent is `pages_id`) saved and read.
    fn read_one_page(mut doc: lopdf::Document, pages_id: ObjectId, page: Dictionary) -> Document {
        use lopdf::dictionary;
        let page_id = doc.add_object(page);
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 },
            ),
        );
        let mut catalog = dictionary! { "Type" => "Catalog", "Pages" => pages_id };
        if let Some(props) = doc.trailer.remove(b"OCProperties") {
            catalog.set("OCProperties", props);
        }
        let catalog = doc.add_object(catalog);
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        let limits = Limits::default();
        extract_pdf(
            "page.pdf",
            &bytes,
            &limits,
            Deadline::after(limits.time_budget),
        )
        .unwrap()
    }

    /// `line`'s glyphs, all drawn by text-showing operation `run`.
    fn run(text: &str, u: f32, v: f32, run: u32) -> Vec<Placed> {
        line(text, u, v)
            .into_iter()
            .map(|g| Placed { run, ..g })
            .collect()
    }

    fn texts(glyphs: Vec<Placed>) -> Vec<String> {
        texts_with_rules(glyphs, &[])
    }

    fn texts_with_rules(glyphs: Vec<Placed>, rules: &[Rule]) -> Vec<String> {
        page_lines(glyphs, rules).iter().map(|l| l.text()).collect()
    }

    /// Pinyin set small over a name (a phonetic guide printed to PDF) is left out; small
    /// English under or over Chinese with a capital, and a Latin line of body size, stay.
    #[test]
    fn a_phonetic_guide_over_characters_is_not_read() {
        let small = |text: &str, u: f32, v: f32| glyphs(text, u, v, 3.0, 5.0);
        let mut g = line("负责人", 50.0, 700.0);
        g.extend(line("王明", 150.0, 700.0));
        g.extend(small("wáng", 150.0, 710.0));
        g.extend(small("míng", 161.0, 710.0));
        g.extend(line("项目名称", 50.0, 660.0));
        g.extend(small("Project name", 50.0, 670.0));
        g.extend(line("abc", 50.0, 640.0));
        g.extend(line("单位", 50.0, 630.0));
        let t = texts(g);
        assert!(
            t.iter().any(|l| l.contains("王明") && !l.contains('w')),
            "{t:?}"
        );
        assert!(t.iter().any(|l| l.contains("Project")), "{t:?}");
        assert!(t.iter().any(|l| l.contains("abc")), "{t:?}");
    }

    /// Footnote references printed as superscripts after values (LibreOffice: 58 % of the
    /// size, raised a third) are no part of them; an exponent after a Latin letter or after 10
    /// stays.
    #[test]
    fn superscript_note_references_are_dropped_exponents_kept() {
        let sup = |text: &str, u: f32, v: f32| glyphs(text, u, v + 3.3, 6.0, 5.8);
        let mut g = line("经费160", 90.0, 700.0);
        g.extend(sup("4", 140.0, 700.0));
        g.extend(line("关键技术研发", 90.0, 680.0));
        g.extend(sup("12", 150.0, 680.0));
        g.extend(line("面积m", 90.0, 660.0));
        g.extend(sup("2", 120.0, 660.0));
        g.extend(line("容量10", 90.0, 640.0));
        g.extend(sup("6", 130.0, 640.0));
        g.extend(line("单位", 90.0, 620.0));
        g.extend(sup("*", 110.0, 620.0));
        let t = texts(g);
        assert_eq!(
            t,
            ["经费160", "关键技术研发", "面积m2", "容量106", "单位"],
            "{t:?}"
        );
    }

    /// A group label turned a quarter in a merged first column (经费 running up a cell two
    /// rows tall, x 50–80, y 600–640) is read upright in the first row it spans; a long turned
    /// run (a margin's running text) keeps its direction.
    #[test]
    fn a_turned_group_label_is_read_in_its_cells_first_row() {
        // dir 1: (u, v) = (y, −x); the label's baseline at x = 68, running up from y = 610.
        let mut g: Vec<Placed> = "经费"
            .chars()
            .enumerate()
            .map(|(i, c)| Placed {
                text: c.to_string(),
                u: 610.0 + 10.0 * i as f32,
                v: -68.0,
                w: 10.0,
                size: 10.0,
                dir: 1,
                run: 0,
            })
            .collect();
        g.extend(line("项目总投入", 90.0, 625.0));
        g.extend(line("申请市拨经费", 90.0, 605.0));
        g.extend((0..20).map(|i| Placed {
            text: "页".into(),
            u: 100.0 + 10.0 * i as f32,
            v: -20.0,
            w: 10.0,
            size: 10.0,
            dir: 1,
            run: 0,
        }));
        let rule = |vertical, pos, a, b| Rule {
            vertical,
            pos,
            a,
            b,
        };
        // The group's cell: top 640 and bottom 600 across both columns; the rule between the
        // two rows only across the second column.
        let rules = vec![
            rule(false, 640.0, 50.0, 300.0),
            rule(false, 600.0, 50.0, 300.0),
            rule(false, 620.0, 80.0, 300.0),
            rule(true, 50.0, 600.0, 640.0),
            rule(true, 80.0, 600.0, 640.0),
        ];
        turned_labels_upright(&mut g, &rules);
        // The label's glyphs (the other 经 and 费 are 申请市拨经费's, right of the column).
        let label: Vec<&Placed> = g
            .iter()
            .filter(|p| (p.text == "经" || p.text == "费") && p.u < 85.0)
            .collect();
        assert_eq!(label.len(), 2, "{g:?}");
        assert!(
            label.iter().all(|p| p.dir == 0 && p.v == 625.0),
            "{label:?}"
        );
        assert!(
            label.iter().all(|p| (45.0..80.0).contains(&p.u)),
            "{label:?}"
        );
        assert!(g.iter().filter(|p| p.text == "页").all(|p| p.dir == 1));
    }

    /// Two columns of "label：value" lines a layout table set side by side: where the left
    /// column's text wraps up to its cell's padding, an em from the right column, the line is
    /// still cut at the right column's edge, known from the lines whose pieces stand apart;
    /// prose with no such edge, and a narrow gap anywhere else, stay one piece.
    #[test]
    fn a_column_edge_known_from_other_lines_cuts_a_line_that_runs_up_to_it() {
        let mut g = line("项目名称：苏州甲乙丙丁戊己庚辛", 50.0, 700.0);
        g.extend(line("申报单位：苏州某科技有限公司", 210.0, 700.0));
        for (k, (left, right)) in [
            ("指南代码：210603", "单位性质：企业"),
            ("合作单位：无", "负责人：王五"),
            ("总经费：300", "联系电话：13900000000"),
        ]
        .into_iter()
        .enumerate()
        {
            let v = 680.0 - 20.0 * k as f32;
            g.extend(line(left, 50.0, v));
            g.extend(line(right, 210.0, v));
        }
        // A line of prose lower down, a gap of an em inside it where no column starts.
        g.extend(line("本项目研究内容包括", 50.0, 560.0));
        g.extend(line("三个方面", 150.0, 560.0));
        let lines = build_lines(g, &[]);
        let segs: Vec<Vec<String>> = lines
            .iter()
            .map(|l| l.segs.iter().map(|s| s.text.clone()).collect())
            .collect();
        assert_eq!(
            segs[0],
            [
                "项目名称：苏州甲乙丙丁戊己庚辛",
                "申报单位：苏州某科技有限公司"
            ]
        );
        assert_eq!(segs[4], ["本项目研究内容包括 三个方面"]);
    }

    /// A page whose content was turned a quarter (text running up the page, no /Rotate) is
    /// read in its own frame, its rules with it: the spread label stays in its ruled cell.
    #[test]
    fn a_turned_page_is_read_upright_with_its_rules() {
        let (w, h) = (595.0, 842.0);
        // Glyphs placed in the upright frame (u, v), then expressed as a dir-1 page gives them.
        let turned = |text: &str, u: f32, v: f32| -> Vec<Placed> {
            line(text, u, v)
                .into_iter()
                .map(|mut p| {
                    p.v -= w;
                    p.dir = 1;
                    p
                })
                .collect()
        };
        let mut g = turned("手", 60.0, 700.0);
        g.extend(turned("机", 110.0, 700.0));
        g.extend(turned("18102666360", 160.0, 700.0));
        g.extend(turned("苏州市科技计划项目信息表", 60.0, 760.0));
        // Vertical rules at u = 50, 150, 400 of the upright frame are horizontal on the page.
        let mut rules: Vec<Rule> = [50.0, 150.0, 400.0]
            .iter()
            .map(|&pos| Rule {
                vertical: false,
                pos,
                a: w - 715.0,
                b: w - 690.0,
            })
            .collect();
        assert_eq!(turn_upright(&mut g, &mut rules, w, h), 1);
        let lines = build_lines(g, &rules);
        let segs: Vec<Vec<String>> = lines
            .iter()
            .map(|l| l.segs.iter().map(|s| s.text.clone()).collect())
            .collect();
        assert_eq!(segs[0], ["苏州市科技计划项目信息表"]);
        assert_eq!(segs[1], ["手 机", "18102666360"]);
        // An upright page is left as it is.
        let mut up = line(
            "苏州市科技计划项目信息表苏州市科技计划项目信息表",
            60.0,
            700.0,
        );
        assert_eq!(turn_upright(&mut up, &mut [], w, h), 0);
    }

    /// Between a digit and a Han character a gap narrower than half an em is office autospace,
    /// no space; a space glyph drawn there is one (jsPDF's 1 项目背景, its space 0.3 em wide).
    #[test]
    fn a_space_glyph_between_latin_and_han_is_a_space() {
        let text_of = |g: Vec<Placed>| build_lines(g, &[])[0].segs[0].text.clone();
        // "1", a space glyph 3 wide, then the Han text: the space is kept.
        let mut g = glyphs("1", 60.0, 700.0, 5.0, 10.0);
        g.extend(glyphs(" ", 65.0, 700.0, 3.0, 10.0));
        g.extend(glyphs("项目背景", 68.0, 700.0, 10.0, 10.0));
        assert_eq!(text_of(g), "1 项目背景");
        // The same gap with no glyph in it (autospace): no space.
        let mut g = glyphs("2022", 60.0, 700.0, 5.0, 10.0);
        g.extend(glyphs("年", 83.0, 700.0, 10.0, 10.0));
        assert_eq!(text_of(g), "2022年");
    }

    /// A label spread over its cell (distributed alignment: 手 … 机) stays one cell where rules
    /// stand between the columns; inside a frame alone a wide gap still separates.
    #[test]
    fn a_spread_label_stays_in_its_ruled_cell() {
        let mut g = line("手", 60.0, 700.0);
        g.extend(line("机", 150.0, 700.0));
        g.extend(line("18102666360", 210.0, 700.0));
        let rule = |pos: f32| Rule {
            vertical: true,
            pos,
            a: 690.0,
            b: 715.0,
        };
        let segs = |rules: &[Rule]| -> Vec<String> {
            build_lines(g.clone(), rules)[0]
                .segs
                .iter()
                .map(|s| s.text.clone())
                .collect()
        };
        assert_eq!(
            segs(&[rule(50.0), rule(200.0), rule(400.0)]),
            ["手 机", "18102666360"]
        );
        assert_eq!(
            segs(&[rule(50.0), rule(400.0)]),
            ["手", "机", "18102666360"]
        );
    }

    /// "label：value" lines flowed in two columns (a print view's CSS columns), their rows not
    /// shared — a wrapped value on the left pushes its lines down — are read column by column,
    /// so the wrapped rest follows its pair; a rule in the gutter does not make them a table.
    /// A form's pairs two a row, sharing every row, stay row by row.
    #[test]
    fn fields_flowed_in_two_columns_read_column_by_column() {
        let left = [
            "项目名称：基于机器视觉的缺陷检测装备",
            "研发",
            "指南代码：210101",
            "申报单位：苏州某某智能科技有限公司",
            "项目负责人：王某",
            "主管部门：苏州市科学技术局",
        ];
        let right = [
            "手机号码：13800000000",
            "所在高新区：苏州高新区",
            "合作单位：无",
            "实施期限：2022年7月至2024年6月",
            "项目总投入（万元）：300",
        ];
        let mut g = Vec::new();
        for (k, t) in left.iter().enumerate() {
            g.extend(line(t, 60.0, 700.0 - 18.0 * k as f32));
        }
        for (k, t) in right.iter().enumerate() {
            g.extend(line(t, 330.0, 700.0 - 18.0 * k as f32 - 9.0));
        }
        let gutter = Rule {
            vertical: true,
            pos: 318.0,
            a: 500.0,
            b: 720.0,
        };
        let t = texts_with_rules(g, &[gutter]);
        let name = t.iter().position(|x| x.starts_with("项目名称")).unwrap();
        assert_eq!(t[name + 1], "研发", "{t:?}");
        let phone = t.iter().position(|x| x.starts_with("手机号码")).unwrap();
        assert!(
            phone > t.iter().position(|x| x.starts_with("主管部门")).unwrap(),
            "{t:?}"
        );

        // Two pairs a row, every row shared: read row by row as before.
        let mut g = Vec::new();
        for k in 0..5 {
            let v = 700.0 - 18.0 * k as f32;
            g.extend(line(left[[0, 2, 3, 4, 5][k]], 60.0, v));
            g.extend(line(right[k], 330.0, v));
        }
        let t = texts(g);
        assert_eq!(t.len(), 5, "{t:?}");
        assert!(
            t[0].starts_with("项目名称") && t[0].contains("\t手机号码"),
            "{t:?}"
        );
    }

    /// Running text in two columns is read column by column; a form's labels and values, in
    /// two columns too, stay paired row by row.
    #[test]
    fn two_columns_of_text_read_column_by_column() {
        let full = "一二三四五六七八九十一二三四五六七八";
        let mut g = Vec::new();
        for k in 0..8 {
            let v = 700.0 - 14.0 * k as f32;
            g.extend(line(&format!("左{k}{}", &full[..45]), 90.0, v));
            g.extend(line(&format!("右{k}{}", &full[..45]), 310.0, v - 4.0));
        }
        let t = texts(g);
        let l7 = t.iter().position(|x| x.starts_with("左7")).unwrap();
        let r0 = t.iter().position(|x| x.starts_with("右0")).unwrap();
        assert!(l7 < r0, "{t:?}");
        assert_eq!(t.len(), 16, "{t:?}");

        let mut g = Vec::new();
        let rows = [
            ("项目名称", "基于机器视觉的缺陷检测装备研发"),
            ("指南代码", "210101"),
            ("申报单位", "苏州某某智能科技有限公司"),
            ("统一社会信用代码", "91320500MA1XXXXXX1"),
            ("项目负责人", "王某"),
            ("手机号码", "13800000000"),
            ("主管部门", "苏州市科学技术局"),
            ("所在高新区", "苏州高新区"),
            ("合作单位", "无"),
            ("实施期限", "2022年7月至2024年6月"),
            ("项目总投入（万元）", "300"),
            ("申请市拨经费（万元）", "90"),
        ];
        for (k, (a, b)) in rows.iter().enumerate() {
            let v = 700.0 - 20.0 * k as f32;
            g.extend(line(a, 90.0, v));
            g.extend(line(b, 300.0, v));
        }
        let t = texts(g);
        assert_eq!(t[0], "项目名称\t基于机器视觉的缺陷检测装备研发", "{t:?}");
        assert_eq!(t[11], "申请市拨经费（万元）\t90", "{t:?}");
    }

    /// A value typed into a form with a PDF editor's typewriter tool and set down a little left
    /// of its cell (its first character across the column rule) is read in the cell holding
    /// most of it; text drawn by separate operations on either side of a rule stays apart.
    #[test]
    fn a_run_across_a_cell_rule_goes_to_the_cell_holding_most_of_it() {
        let rule = |vertical, pos, a, b| Rule {
            vertical,
            pos,
            a,
            b,
        };
        let rules = vec![
            rule(true, 50.0, 630.0, 720.0),
            rule(true, 150.0, 630.0, 720.0),
            rule(true, 400.0, 630.0, 720.0),
            rule(false, 700.0, 50.0, 400.0),
            rule(false, 680.0, 50.0, 400.0),
            rule(false, 660.0, 50.0, 400.0),
        ];
        let mut g = run("申报单位", 55.0, 685.0, 1);
        g.extend(run("苏州诚同信息技术有限公司", 145.0, 687.0, 2));
        g.extend(run("联系电话", 55.0, 665.0, 3));
        // Two strings drawn separately, either side of the rule: two cells.
        g.extend(run("甲", 138.0, 665.0, 4));
        g.extend(run("乙", 152.0, 665.0, 5));
        // As much of it on both sides: the empty cell is the one it was typed into.
        g.extend(run("经费", 55.0, 645.0, 6));
        g.extend(run("40", 140.0, 644.0, 7));
        let lines: Vec<String> = page_lines(g, &rules).iter().map(|l| l.text()).collect();
        assert_eq!(
            lines,
            [
                "申报单位\t苏州诚同信息技术有限公司",
                "联系电话 甲\t乙",
                "经费\t40"
            ]
        );
    }

    /// A spreadsheet prints a value too long for its cell on over the empty cells beside it,
    /// across their rules, each script its own string set where the last ended: one value, in
    /// the cell it starts in — not moved into a cell it does not fit, not cut at the rules. Text
    /// of two cells has the cells' padding between it and stays apart.
    #[test]
    fn text_running_on_over_empty_cells_is_one_value_where_it_starts() {
        let mut rules: Vec<Rule> = [50.0, 150.0, 250.0, 350.0]
            .iter()
            .map(|&pos| Rule {
                vertical: true,
                pos,
                a: 650.0,
                b: 715.0,
            })
            .collect();
        rules.extend([715.0, 695.0, 675.0, 655.0].iter().map(|&pos| Rule {
            vertical: false,
            pos,
            a: 50.0,
            b: 350.0,
        }));
        // One string from the second cell over the third and fourth, its last glyph across
        // the last rule.
        let mut g = run("项目名称", 52.0, 700.0, 1);
        g.extend(run(
            "大豆浸泡过程质构变化及其对豆腐质量的影响研",
            152.0,
            700.0,
            2,
        ));
        // Digits and Han characters as separate strings, abutting, across a rule.
        g.extend(run("实施期限", 52.0, 680.0, 3));
        g.extend(run("2022年8月1日至2024年7", 152.0, 680.0, 4));
        g.extend(run("月31日", 152.0 + 10.0 * 16.0, 680.0, 5));
        // Two cells' values with the padding between them.
        g.extend(run("指南代码", 52.0, 660.0, 6));
        g.extend(run("210101", 152.0, 660.0, 7));
        g.extend(run("单位类型", 252.0, 660.0, 8));
        let lines: Vec<String> = page_lines(g, &rules).iter().map(|l| l.text()).collect();
        assert_eq!(
            lines,
            [
                "项目名称\t大豆浸泡过程质构变化及其对豆腐质量的影响研",
                "实施期限\t2022年8月1日至2024年7月31日",
                "指南代码\t210101\t单位类型"
            ]
        );
    }

    /// A form whose rows are ruled only below (no columns drawn: libharu's table, read as
    /// lines): a long value wrapped onto a line of its own at the value column continues it;
    /// the next row, a label and its value, does not.
    #[test]
    fn a_text_forms_wrapped_value_folds_into_its_row() {
        let mut glyphs = Vec::new();
        let rows = [
            (
                "项目名称",
                "高可靠碳化硅功率模块驱动芯片及其在新能源汽车",
                700.0,
            ),
            ("", "中的应用研发", 684.0),
            ("指南代码", "210101", 658.0),
            ("申报单位", "苏州某某科技有限公司", 632.0),
            ("项目负责人", "张三", 606.0),
        ];
        for (label, value, v) in rows {
            glyphs.extend(line(label, 60.0, v));
            glyphs.extend(line(value, 200.0, v));
        }
        let mut lines = page_lines(glyphs, &[]);
        fold_wrapped_values(&mut lines, 1.8);
        let texts: Vec<String> = lines.iter().map(|l| l.text()).collect();
        assert_eq!(
            texts,
            [
                "项目名称\t高可靠碳化硅功率模块驱动芯片及其在新能源汽车中的应用研发",
                "指南代码\t210101",
                "申报单位\t苏州某某科技有限公司",
                "项目负责人\t张三",
            ]
        );
    }

    /// A cover set double-spaced: a labelled line that reaches the right edge wraps onto the
    /// next line as far below as the page's lines stand apart, and that line continues it; the
    /// labelled lines under it stay lines of their own.
    #[test]
    fn a_double_spaced_covers_wrapped_line_continues_its_label() {
        use lopdf::dictionary;
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        let long = format!("Name: {}", "X".repeat(60));
        // A form whose labels are followed by leader dots: no line continues another.
        let led = format!("Name{}{}", ".".repeat(20), "X".repeat(42));
        let led2 = format!("Unit{}{}", ".".repeat(20), "X".repeat(42));
        let mut content = Vec::new();
        // Courier 12: 7.2 points a glyph; lines 24 points apart (twice the size).
        for (i, text) in [
            long.as_str(),
            "YZ",
            "Unit: ACME",
            "Date: 2022",
            "Dept: Lab",
            led.as_str(),
            "Code.......210701",
            led2.as_str(),
            "YZ",
            "Dept.......Lab",
        ]
        .iter()
        .enumerate()
        {
            let v = 700 - 24 * i;
            content.extend(format!("BT /F1 12 Tf 72 {v} Td ({text}) Tj ET ").bytes());
        }
        let resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        let texts = one_page_texts(doc, pages_id, &content, resources);
        assert_eq!(texts.len(), 8, "{texts:?}");
        assert!(
            texts[0].starts_with("Name: XXX") && texts[0].ends_with("YZ"),
            "{texts:?}"
        );
        assert_eq!(texts[1..4], ["Unit: ACME", "Date: 2022", "Dept: Lab"]);
        assert_eq!(texts[4..6], [led.as_str(), "Code.......210701"]);
        // A leader-dot line's own wrapped end continues it.
        assert_eq!(
            texts[6..],
            [format!("{led2} YZ").as_str(), "Dept.......Lab"]
        );
    }

    /// Text outside the clipping path is not seen (a spreadsheet cuts a cell's text at its
    /// edge when the next cell is not empty): cut glyphs are not read; after Q, the clip is
    /// gone. A clip made of curves is not judged.
    #[test]
    fn text_outside_the_clip_is_not_read() {
        use lopdf::dictionary;
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        // Courier: 6 points a glyph at 10 points. The clip ends after five glyphs.
        let content = b"q 100 690 30 30 re W n BT /F1 10 Tf 100 700 Td (ABCDEFGHIJ) Tj ET Q \
            BT /F1 10 Tf 100 680 Td (Unclipped) Tj ET \
            q 2 0 0 2 0 0 cm 50 325 15 10 re W* n BT /F1 10 Tf 0.5 0 0 0.5 50 325 Tm (KLMNOPQRST) Tj ET Q \
            q 100 600 m 110 640 120 640 130 600 c W n BT /F1 10 Tf 100 610 Td (CurvedClip) Tj ET Q \
            q 1 0 0 1 100 560 cm /Fx Do Q";
        // A form whose bounding box ends after four glyphs of its text.
        let form = doc.add_object(lopdf::Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 24.into(), 20.into()],
                "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            },
            b"BT /F1 10 Tf 0 5 Td (UVWXYZ) Tj ET".to_vec(),
        ));
        let resources = dictionary! {
            "Font" => dictionary! { "F1" => font },
            "XObject" => dictionary! { "Fx" => form },
        };
        assert_eq!(
            one_page_texts(doc, pages_id, content, resources),
            ["ABCDE", "Unclipped", "KLMNO", "CurvedClip", "UVWX"]
        );
    }

    /// A long value that runs on past the page's text area, which the writer clips to its
    /// margins (Flying Saucer's table grown wider than the page), is read whole; a run that
    /// starts outside that clip, and a cell-sized clip's cut text, stay unread.
    #[test]
    fn a_line_running_past_the_margin_clip_is_read_whole() {
        use lopdf::dictionary;
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        // Courier: 6 points a glyph at 10 points. The text area ends at x = 538.
        let content = b"q 56 62 482 718 re W n BT /F1 10 Tf 500 700 Td (ABCDEFGHIJ) Tj ET \
            BT /F1 10 Tf 560 650 Td (OUTSIDE) Tj ET \
            q 100 590 30 30 re W n BT /F1 10 Tf 100 600 Td (KLMNOPQRST) Tj ET Q Q";
        let resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        assert_eq!(
            one_page_texts(doc, pages_id, content, resources),
            ["ABCDEFGHIJ", "KLMNO"]
        );
    }

    /// A cell's wrapped line cut off by its row's bottom reads on after the line above it:
    /// Gnumeric prints it through a thin clip, only the tops of its glyphs showing;
    /// LibreOffice Calc through the cell's own clip, wholly below it, and a third line below
    /// the second. A line hidden whole by another clip than the line above's, or with no line
    /// just above, or by a clip larger than a cell's, stays unread; so does a cut line whose
    /// last seen line is another cell's, beside it.
    #[test]
    fn a_wrapped_line_cut_by_its_rows_bottom_reads_on_after_the_line_above() {
        use lopdf::dictionary;
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        // Courier at 10 points: a glyph's top is 8 points above its baseline.
        let content = b"BT /F1 10 Tf 102 688 Td (FIRSTLINE) Tj ET \
            q 102 680 60 4.5 re W n BT /F1 10 Tf 102 675 Td (TAIL) Tj ET Q \
            BT /F1 10 Tf 102 660 Td (NEXT) Tj ET \
            q 102 640 60 4 re W n BT /F1 10 Tf 102 628 Td (GONE) Tj ET Q \
            q 102 600 60 4.5 re W n BT /F1 10 Tf 102 595 Td (ALONE) Tj ET Q \
            q 102 560 60 14 re W n BT /F1 10 Tf 102 563 Td (CALCCELL) Tj ET \
            BT /F1 10 Tf 102 550 Td (WRAPPED) Tj ET Q \
            q 102 520 60 14 re W n BT /F1 10 Tf 102 523 Td (SEEN) Tj ET Q \
            q 102 515 60 4 re W n BT /F1 10 Tf 102 505 Td (OTHER) Tj ET Q \
            q 102 470 60 14 re W n BT /F1 10 Tf 102 473 Td (CELL3) Tj ET \
            BT /F1 10 Tf 102 460 Td (LINE2) Tj ET BT /F1 10 Tf 102 447 Td (LINE3) Tj ET Q \
            q 0 385 595 400 re W n BT /F1 10 Tf 102 390 Td (SHOWN) Tj ET \
            BT /F1 10 Tf 102 376 Td (HIDDEN) Tj ET Q \
            BT /F1 10 Tf 102 300 Td (LEFTCELL) Tj ET BT /F1 10 Tf 200 300 Td (RIGHT) Tj ET \
            q 102 292 60 4.5 re W n BT /F1 10 Tf 102 287 Td (CUTLEFT) Tj ET Q";
        let resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        assert_eq!(
            one_page_texts(doc, pages_id, content, resources),
            [
                "FIRSTLINETAIL",
                "NEXT",
                "CALCCELLWRAPPED",
                "SEEN",
                "CELL3LINE2LINE3",
                "SHOWN",
                "LEFTCELL\tRIGHT"
            ]
        );
    }

    /// What a page shows is its CropBox within its MediaBox: the template's worked example drawn
    /// above a form and cropped away is not read, nor the other half of a sheet split into two
    /// pages by CropBox; a MediaBox that does not start at 0, 0 is read in its own frame; the
    /// page's size is the shown part's. A CropBox smaller than an inch is a writer's mistake.
    #[test]
    fn only_the_shown_part_of_a_page_is_read() {
        use lopdf::{Stream, dictionary};
        let read = |media: [i64; 4], crop: Option<[i64; 4]>, content: &[u8]| {
            let mut doc = lopdf::Document::with_version("1.7");
            let pages_id = doc.new_object_id();
            let font = courier(&mut doc);
            let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
            let mut page = dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => contents,
                "MediaBox" => media.iter().map(|v| Object::Integer(*v)).collect::<Vec<_>>(),
                "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
            };
            if let Some(c) = crop {
                page.set(
                    "CropBox",
                    c.iter().map(|v| Object::Integer(*v)).collect::<Vec<_>>(),
                );
            }
            let d = read_one_page(doc, pages_id, page);
            let texts: Vec<String> = d.blocks.iter().map(|b| b.text.clone()).collect();
            (texts, d.pages[0].width_pt, d.pages[0].height_pt)
        };
        let example =
            b"BT /F1 10 Tf 100 950 Td (Example) Tj ET BT /F1 10 Tf 100 700 Td (Form) Tj ET";
        assert_eq!(
            read([0, 0, 595, 1042], Some([0, 0, 595, 842]), example),
            (vec!["Form".to_string()], 595.0, 842.0)
        );
        let sheet = b"BT /F1 10 Tf 100 300 Td (Left) Tj ET BT /F1 10 Tf 500 300 Td (Right) Tj ET";
        assert_eq!(
            read([0, 0, 842, 595], Some([421, 0, 842, 595]), sheet).0,
            ["Right"]
        );
        assert_eq!(
            read([0, 0, 842, 595], Some([0, 0, 421, 595]), sheet).0,
            ["Left"]
        );
        let (texts, w, h) = read(
            [100, 100, 695, 942],
            None,
            b"BT /F1 10 Tf 150 800 Td (Shifted) Tj ET",
        );
        assert_eq!((texts, w, h), (vec!["Shifted".to_string()], 595.0, 842.0));
        assert_eq!(
            read([0, 0, 842, 595], Some([0, 0, 10, 10]), sheet).0,
            ["Left\tRight"]
        );
        // No CropBox: a line set past the paper's edge is still the writer's text.
        assert_eq!(read([0, 0, 421, 595], None, sheet).0, ["Left\tRight"]);
    }

    /// A marked-content span with /ActualText says what its glyphs read, whatever their font
    /// decodes to: inline or named in the page's /Properties, in UTF-16 or PDFDocEncoding, set
    /// over the place the glyphs took; the outer of nested spans wins, an empty ActualText
    /// leaves the glyphs as they read, and a span whose EMC is missing ends with its stream.
    #[test]
    fn actual_text_stands_for_its_glyphs() {
        use lopdf::dictionary;
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        let content = b"BT /F1 10 Tf 100 700 Td /Span <</ActualText <FEFF987976EE540D79F0>>> BDC             (QQQQQQQQ) Tj EMC ET             BT /F1 10 Tf 100 680 Td /Span /P0 BDC (ZZZ) Tj EMC ( Tail) Tj ET             BT /F1 10 Tf 100 660 Td /Span <</ActualText (Outer)>> BDC /Span <</ActualText (Inner)>> BDC             (xx) Tj EMC (yy) Tj EMC ET             BT /F1 10 Tf 100 640 Td /Span <</ActualText ()>> BDC (Kept) Tj EMC ET \
            BT /F1 10 Tf 100 620 Td (A) Tj /Span <</ActualText ( )>> BDC (\\001) Tj EMC (B) Tj ET \
            BT /F1 10 Tf 100 600 Td /Span <</ActualText (Unclosed)>> BDC (uuuuuuuu) Tj ET";
        let resources = dictionary! {
            "Font" => dictionary! { "F1" => font },
            "Properties" => dictionary! {
                "P0" => dictionary! { "ActualText" => Object::string_literal("Named") },
            },
        };
        assert_eq!(
            one_page_texts(doc, pages_id, content, resources),
            ["项目名称", "Named Tail", "Outer", "Kept", "A B", "Unclosed"]
        );
    }

    /// A reviewer's comments left in a PDF: a callout's remark (FreeText with a leader line) is
    /// not read, a typewriter note (FreeText, no callout) is, and a red box drawn round a value
    /// (a Square annotation) leaves its line as it was; a highlight filled opaquely (no Multiply)
    /// still hides nothing. (That a markup annotation's lines are no table rules is measured by
    /// the reviewed family, tests/families.)
    #[test]
    fn callouts_are_not_read() {
        use lopdf::{Stream, dictionary};
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        let fonts = || dictionary! { "Font" => dictionary! { "F1" => font } };
        let appearance = |doc: &mut lopdf::Document, bbox: [i64; 4], ops: &[u8]| {
            doc.add_object(Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Form",
                    "BBox" => bbox.iter().map(|v| Object::Integer(*v)).collect::<Vec<_>>(),
                    "Resources" => fonts(),
                },
                ops.to_vec(),
            ))
        };
        let callout = appearance(
            &mut doc,
            [200, 695, 260, 712],
            b"BT /F1 10 Tf 204 700 Td (Recheck) Tj ET",
        );
        let typed = appearance(
            &mut doc,
            [100, 675, 160, 692],
            b"BT /F1 10 Tf 100 680 Td (Typed) Tj ET",
        );
        let boxed = appearance(
            &mut doc,
            [96, 655, 150, 672],
            b"1 0 0 RG 118 657 30 12 re S",
        );
        let marked = appearance(&mut doc, [98, 697, 130, 710], b"1 1 0 rg 98 697 30 12 re f");
        let rect = |r: [i64; 4]| r.iter().map(|v| Object::Integer(*v)).collect::<Vec<_>>();
        let annots = vec![
            doc.add_object(dictionary! {
                "Type" => "Annot", "Subtype" => "FreeText", "IT" => "FreeTextCallout",
                "Rect" => rect([200, 695, 260, 712]), "AP" => dictionary! { "N" => callout },
            })
            .into(),
            doc.add_object(dictionary! {
                "Type" => "Annot", "Subtype" => "FreeText", "IT" => "FreeTextTypeWriter",
                "Rect" => rect([100, 675, 160, 692]), "AP" => dictionary! { "N" => typed },
            })
            .into(),
            doc.add_object(dictionary! {
                "Type" => "Annot", "Subtype" => "Square",
                "Rect" => rect([96, 655, 150, 672]), "AP" => dictionary! { "N" => boxed },
            })
            .into(),
            doc.add_object(dictionary! {
                "Type" => "Annot", "Subtype" => "Highlight",
                "Rect" => rect([98, 697, 130, 710]), "AP" => dictionary! { "N" => marked },
            })
            .into(),
        ];
        let content =
            b"BT /F1 10 Tf 100 700 Td (Name) Tj ET BT /F1 10 Tf 100 660 Td (Fund 120) Tj ET";
        assert_eq!(
            annotated_page_texts(doc, pages_id, content, fonts(), annots),
            ["Name", "Typed", "Fund 120"]
        );
    }

    /// A value corrected in a PDF editor: a white box drawn over the old value, the new one
    /// typed on it. What the box covers is not read; text drawn after it is, and so is text
    /// under a box that lets it through (a highlighter: Multiply, or half opacity) or under a
    /// box drawn before it (a cell's shading).
    #[test]
    fn text_under_a_later_opaque_box_is_not_read() {
        use lopdf::dictionary;
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        let content = b"BT /F1 10 Tf 100 700 Td (Amount 210) Tj ET \
            1 g 140 697 20 12 re f 0 g BT /F1 10 Tf 142 700 Td (100) Tj ET \
            BT /F1 10 Tf 100 680 Td (Marked 55) Tj ET \
            q /Hi gs 1 1 0 rg 136 677 14 12 re f Q \
            BT /F1 10 Tf 100 660 Td (Veiled) Tj ET q /Half gs 1 g 100 657 60 12 re f Q \
            0.9 g 100 637 60 12 re f 0 g BT /F1 10 Tf 100 640 Td (Cell) Tj ET";
        let resources = dictionary! {
            "Font" => dictionary! { "F1" => font },
            "ExtGState" => dictionary! {
                "Hi" => dictionary! { "Type" => "ExtGState", "BM" => "Multiply" },
                "Half" => dictionary! { "Type" => "ExtGState", "ca" => 0.5 },
            },
        };
        assert_eq!(
            one_page_texts(doc, pages_id, content, resources),
            ["Amount 100", "Marked 55", "Veiled", "Cell"]
        );
    }

    /// Old values struck through (Writer's strikethrough printed to PDF: a stroked line across
    /// the glyphs, a quarter of their size above the baseline; a thin filled bar the same) are
    /// not read. An underline, a rule along a cell's edge, and a rule running far past the
    /// text it crosses (text overflowing its row) leave the text as it is.
    #[test]
    fn struck_through_text_is_not_read() {
        use lopdf::dictionary;
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = courier(&mut doc);
        let content = b"BT /F1 10 Tf 100 700 Td (Fund 900 600) Tj ET \
            q 1 0 0 1 130 700 cm 0.8 w 0 3 m 18 3 l S Q \
            BT /F1 10 Tf 100 680 Td (Lead Wang Li) Tj ET 130 682.5 24 0.8 re f \
            BT /F1 10 Tf 100 660 Td (Under 42) Tj ET 0.5 w 100 658.5 m 148 658.5 l S \
            BT /F1 10 Tf 100 640 Td (Edge 77) Tj ET 0.5 w 95 651 m 160 651 l S \
            BT /F1 10 Tf 100 620 Td (Across 1234) Tj ET 0.5 w 60 623 m 400 623 l S";
        let resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        assert_eq!(
            one_page_texts(doc, pages_id, content, resources),
            [
                "Fund\t600",
                "Lead\tLi",
                "Under 42",
                "Edge 77",
                "Across 1234"
            ]
        );
    }

    /// Optional content switched off in the default configuration is not read: a marked-content
    /// sequence naming an OFF group, a Form XObject carrying /OC of one, and a membership
    /// dictionary all of whose groups are off; a membership dictionary with one group on
    /// (AnyOn) is shown, and so is everything once the configuration turns the groups on.
    #[test]
    fn optional_content_that_is_off_is_not_read() {
        use lopdf::{Stream, dictionary};
        let build = |off: bool| {
            let mut doc = lopdf::Document::with_version("1.7");
            let pages_id = doc.new_object_id();
            let font = doc.add_object(dictionary! {
                "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
                "Encoding" => "WinAnsiEncoding",
            });
            let ocg = |doc: &mut lopdf::Document, name: &str| {
                doc.add_object(
                    dictionary! { "Type" => "OCG", "Name" => Object::string_literal(name) },
                )
            };
            let (examples, notes, shown) = (
                ocg(&mut doc, "ex"),
                ocg(&mut doc, "notes"),
                ocg(&mut doc, "on"),
            );
            let form = doc.add_object(Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Form",
                    "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                    "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
                    "OC" => examples,
                },
                b"BT /F1 12 Tf 50 640 Td (FormExample) Tj ET".to_vec(),
            ));
            let both_off =
                dictionary! { "Type" => "OCMD", "OCGs" => vec![examples.into(), notes.into()] };
            let one_on = dictionary! { "Type" => "OCMD", "OCGs" => vec![notes.into(), shown.into()], "P" => "AnyOn" };
            let content = b"BT /F1 12 Tf 50 700 Td (Value) Tj ET \
                /OC /MC0 BDC BT /F1 12 Tf 50 680 Td (Instruction) Tj ET /Span BMC EMC EMC \
                q /Fx Do Q \
                /OC /MC1 BDC BT /F1 12 Tf 50 620 Td (BothOff) Tj ET EMC \
                /OC /MC2 BDC BT /F1 12 Tf 50 600 Td (OneOn) Tj ET EMC \
                BT /F1 12 Tf 50 580 Td (After) Tj ET";
            let resources = dictionary! {
                "Font" => dictionary! { "F1" => font },
                "XObject" => dictionary! { "Fx" => form },
                "Properties" => dictionary! { "MC0" => notes, "MC1" => both_off, "MC2" => one_on },
            };
            let d = if off {
                dictionary! { "OFF" => vec![examples.into(), notes.into()] }
            } else {
                dictionary! { "ON" => vec![examples.into(), notes.into(), shown.into()] }
            };
            let props = dictionary! {
                "OCGs" => vec![examples.into(), notes.into(), shown.into()],
                "D" => d,
            };
            doc.trailer.set("OCProperties", props);
            one_page_texts(doc, pages_id, content, resources)
        };
        assert_eq!(build(true), ["Value", "OneOn", "After"]);
        assert_eq!(
            build(false),
            [
                "Value",
                "Instruction",
                "FormExample",
                "BothOff",
                "OneOn",
                "After"
            ]
        );
    }

    /// Two attached files of one name stay two, the later one numbered; a file behind both the
    /// name tree and an annotation is one; a name that climbs folders keeps its last part.
    #[test]
    fn attachments_are_each_file_once_with_distinct_names() {
        use lopdf::{Stream, dictionary};
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let files: Vec<ObjectId> = [&b"one"[..], b"two", b"three"]
            .iter()
            .map(|b| doc.add_object(Stream::new(dictionary! {}, b.to_vec())))
            .collect();
        let spec = |f: ObjectId, name: &str| {
            Object::Dictionary(dictionary! {
                "Type" => "Filespec",
                "UF" => Object::String(
                    [&[0xFE, 0xFF][..], &name.encode_utf16().flat_map(u16::to_be_bytes).collect::<Vec<u8>>()].concat(),
                    lopdf::StringFormat::Hexadecimal,
                ),
                "EF" => dictionary! { "F" => f },
            })
        };
        let clip = doc.add_object(dictionary! {
            "Type" => "Annot",
            "Subtype" => "FileAttachment",
            "FS" => spec(files[0], "信息表.pdf"),
        });
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Annots" => vec![clip.into()],
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 },
            ),
        );
        let names = dictionary! {
            "EmbeddedFiles" => dictionary! {
                "Names" => vec![
                    Object::string_literal("a"), spec(files[0], "信息表.pdf"),
                    Object::string_literal("b"), spec(files[1], "信息表.pdf"),
                    Object::string_literal("c"), spec(files[2], "../../承诺书.pdf"),
                ],
            },
        };
        let catalog = doc
            .add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id, "Names" => names });
        doc.trailer.set("Root", catalog);
        let got = attachments(&doc, &doc.get_pages(), &Limits::default());
        let names: Vec<&str> = got.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["信息表.pdf", "信息表 (2).pdf", "承诺书.pdf"]);
        assert_eq!(got[1].bytes, b"two");
        // A name tree whose node names itself as its kid 1,000 times (after a leaf holding one
        // file): a graph, walked a bounded number of nodes (16 levels of it would otherwise be
        // 1,000^16 visits); the leaf's file and the annotation's are still found, once each.
        let node = doc.new_object_id();
        let leaf = doc.add_object(dictionary! {
            "Names" => vec![Object::string_literal("d"), spec(files[2], "自指.pdf")],
        });
        let kids: Vec<Object> = std::iter::once(Object::Reference(leaf))
            .chain(std::iter::repeat_n(Object::Reference(node), 1_000))
            .collect();
        doc.objects
            .insert(node, Object::Dictionary(dictionary! { "Kids" => kids }));
        let names = dictionary! { "EmbeddedFiles" => node };
        doc.get_dictionary_mut(catalog).unwrap().set("Names", names);
        let got = attachments(&doc, &doc.get_pages(), &Limits::default());
        let names: Vec<&str> = got.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["自指.pdf", "信息表.pdf"]);
    }
}
