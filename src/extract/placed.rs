//! Text placed on the page inside a flowing Word document: text boxes anchored at page or
//! margin offsets (DrawingML wp:anchor; VML shapes with `position:absolute`, as compatibility
//! mode and older converters write them, their v:line rules too; the children of a group
//! shape, each placed through the group's child coordinates) and framed paragraphs
//! (w:framePr). A PDF-to-Word
//! converter's exact-layout mode writes a page this way — every cell or line of a form its own
//! box, in whatever order it detected them (a column of labels, then a column of values) —
//! so the order of the file says nothing about what stands beside what. Where at least
//! [`MIN_ITEMS`] such boxes share one frame of reference, consecutively and on one page, they
//! are set as glyphs where Word shows them and read as a PDF page is read (lines by baseline,
//! cells by the drawn rules or the gaps), their blocks put where the boxes stood. Fewer boxes
//! (a cover's title, a signature block) keep the document's order.

use super::pdf::{GlyphPage, PlacedGlyph, PlacedLine};
use super::{Block, BlockKind, Document};
use std::ops::Range;

/// Boxes with text that make a placed page.
pub(super) const MIN_ITEMS: usize = 4;

/// What a position is measured from, horizontally or vertically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Rel {
    Page,
    /// The page's margins (horizontally also a text column: one-column pages are assumed).
    Margin,
    /// The anchoring paragraph (vertically), whose serial number is the item's `para`.
    Paragraph,
    /// Anything else (a character, a line, an inside margin): not placed.
    #[default]
    Other,
}

impl Rel {
    /// DrawingML's relativeFrom.
    pub(super) fn of_drawing(v: &str, horizontal: bool) -> Rel {
        match v {
            "page" => Rel::Page,
            "margin" => Rel::Margin,
            "column" if horizontal => Rel::Margin,
            "paragraph" if !horizontal => Rel::Paragraph,
            _ => Rel::Other,
        }
    }
    /// A frame's hAnchor / vAnchor.
    pub(super) fn of_frame(v: &str, horizontal: bool) -> Rel {
        match v {
            "page" => Rel::Page,
            "margin" => Rel::Margin,
            "text" if horizontal => Rel::Margin,
            _ => Rel::Other,
        }
    }
}

/// An offset in points, or an alignment (left/top, center, right/bottom) within the reference.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(super) enum Pos {
    Offset(f32),
    Align(u8),
    #[default]
    Unknown,
}

impl Pos {
    pub(super) fn align(v: &str) -> Pos {
        match v {
            "left" | "top" | "inside" => Pos::Align(0),
            "center" => Pos::Align(1),
            "right" | "bottom" | "outside" => Pos::Align(2),
            _ => Pos::Unknown,
        }
    }
}

/// One box or frame placed on the page, or a line or outlined shape drawn there.
#[derive(Debug, Clone, Default)]
pub(super) struct Item {
    /// The blocks its text became, in the document as read.
    pub blocks: Range<usize>,
    pub h_rel: Rel,
    pub v_rel: Rel,
    pub x: Pos,
    pub y: Pos,
    /// Width and height in points (0: unknown).
    pub w: f32,
    pub h: f32,
    /// Insets between the box's edge and its text (left, top), points.
    pub inset: (f32, f32),
    /// The anchoring paragraph's serial number and the page breaks before it.
    pub para: u32,
    pub page: u32,
    /// A straight line (a connector, a line shape): a rule from its corner across its extent.
    pub line: bool,
    /// Its outline is drawn (a cell's border as a box's).
    pub outline: bool,
    /// The font size of each block (points; 0: not given).
    pub sizes: Vec<f32>,
}

impl Item {
    fn placed(&self) -> bool {
        self.h_rel != Rel::Other
            && self.v_rel != Rel::Other
            && self.x != Pos::Unknown
            && self.y != Pos::Unknown
    }
    fn key(&self) -> (Rel, Rel, u32, u32) {
        let para = if self.v_rel == Rel::Paragraph {
            self.para
        } else {
            0
        };
        (self.h_rel, self.v_rel, para, self.page)
    }
}

/// The page's size and margins, points (A4 and Word's margins unless the section says).
#[derive(Debug, Clone, Copy)]
pub(super) struct Geometry {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Default for Geometry {
    fn default() -> Self {
        Geometry {
            width: 595.3,
            height: 841.9,
            left: 90.0,
            right: 90.0,
            top: 72.0,
            bottom: 72.0,
        }
    }
}

/// The size text is set at when a paragraph does not say (Word's 五号).
const BODY_SIZE: f32 = 10.5;

/// `doc` with each run of placed boxes that makes a page read by where its text stands.
/// Returns the document and, for every position of the old blocks (0..=len), how many blocks
/// stand before it now, so pictures and objects noted by position stay where they were.
pub(super) fn lay_out(doc: Document, items: &[Item], page: Geometry) -> (Document, Vec<usize>) {
    let identity = || (0..=doc.blocks.len()).collect::<Vec<_>>();
    let groups = groups(&doc, items);
    if groups.is_empty() {
        let map = identity();
        return (doc, map);
    }
    let mut out = Document::new(&doc.path, doc.format);
    out.pages = doc.pages.clone();
    out.issues = doc.issues.clone();
    out.attachments = doc.attachments.clone();
    let mut map = Vec::with_capacity(doc.blocks.len() + 1);
    let mut tables = doc.next_table();
    let mut pending = groups.into_iter().peekable();
    let mut k = 0;
    while k < doc.blocks.len() {
        if let Some((range, members)) = pending.next_if(|(r, _)| r.start == k) {
            let inner = page_of(&doc, &members, page);
            // The page the boxes stand on, as far as the page breaks before them tell: their
            // blocks are lines of a page, not paragraphs of the flow.
            let on_page = Some(members.first().map_or(0, |m| m.page) + 1);
            let base = tables;
            for _ in range.clone() {
                map.push(out.blocks.len());
            }
            for b in &inner.blocks {
                super::docx::push_renumbered(&mut out, b, base, on_page);
            }
            tables = base.max(out.next_table());
            k = range.end.max(k + 1);
            continue;
        }
        map.push(out.blocks.len());
        let b: &Block = &doc.blocks[k];
        out.push_block(b.kind.clone(), &b.text, b.page);
        k += 1;
    }
    map.push(out.blocks.len());
    (out, map)
}

/// Runs of placed items that make a page: consecutive in the document (no other block
/// between them), one frame of reference, one page, at least [`MIN_ITEMS`] with text and
/// none holding a table. Returns each run's block range and its items.
fn groups<'a>(doc: &Document, items: &'a [Item]) -> Vec<(Range<usize>, Vec<&'a Item>)> {
    let mut out = Vec::new();
    let mut run: Vec<&Item> = Vec::new();
    let mut close = |run: &mut Vec<&'a Item>| {
        let texts = run.iter().filter(|i| !i.blocks.is_empty()).count();
        let start = run.iter().map(|i| i.blocks.start).min().unwrap_or(0);
        let end = run.iter().map(|i| i.blocks.end).max().unwrap_or(0);
        let cells = doc
            .blocks
            .get(start..end)
            .is_none_or(|bs| bs.iter().any(|b| matches!(b.kind, BlockKind::Cell { .. })));
        if texts >= MIN_ITEMS && !cells {
            out.push((start..end, std::mem::take(run)));
        }
        run.clear();
    };
    let mut end = 0usize;
    for it in items.iter().filter(|i| i.placed()) {
        let joins = run
            .last()
            .is_some_and(|last| last.key() == it.key() && it.blocks.start == end);
        if !joins {
            close(&mut run);
        }
        if run.is_empty() || it.blocks.end > end {
            end = it.blocks.end;
        }
        run.push(it);
    }
    close(&mut run);
    out
}

/// The placed items' text set as glyphs and their lines and outlines as rules, read as one
/// fixed-layout page.
fn page_of(doc: &Document, items: &[&Item], page: Geometry) -> Document {
    let mut glyphs: Vec<PlacedGlyph> = Vec::new();
    let mut lines: Vec<PlacedLine> = Vec::new();
    let up = |y: f32| page.height - y;
    // Consecutive frames with the same place stack, as Word sets them (one frame).
    let mut below: Option<((u32, u32, u32), f32)> = None;
    for it in items {
        let (ref_x, ref_w) = match it.h_rel {
            Rel::Page => (0.0, page.width),
            _ => (page.left, page.width - page.left - page.right),
        };
        let (ref_y, ref_h) = match it.v_rel {
            Rel::Page => (0.0, page.height),
            Rel::Margin => (page.top, page.height - page.top - page.bottom),
            _ => (0.0, page.height),
        };
        let at = |p: Pos, r0: f32, rw: f32, size: f32| match p {
            Pos::Offset(v) => r0 + v,
            Pos::Align(0) => r0,
            Pos::Align(1) => r0 + (rw - size) / 2.0,
            Pos::Align(_) => r0 + rw - size,
            Pos::Unknown => r0,
        };
        let x = at(it.x, ref_x, ref_w, it.w);
        let mut y = at(it.y, ref_y, ref_h, it.h);
        let spot = (x.to_bits(), y.to_bits(), it.w.to_bits());
        if let Some((s, next)) = below
            && s == spot
        {
            y = next;
        }
        if it.line {
            lines.push(PlacedLine {
                x0: x,
                y0: up(y),
                x1: x + it.w,
                y1: up(y + it.h),
            });
        } else if it.outline && it.w > 0.0 && it.h > 0.0 {
            let (x1, y1) = (x + it.w, y + it.h);
            for (a, b, c, d) in [
                (x, y, x1, y),
                (x, y1, x1, y1),
                (x, y, x, y1),
                (x1, y, x1, y1),
            ] {
                lines.push(PlacedLine {
                    x0: a,
                    y0: up(b),
                    x1: c,
                    y1: up(d),
                });
            }
        }
        let left = x + it.inset.0;
        let room = if it.w > 0.0 {
            (it.w - 2.0 * it.inset.0).max(0.0)
        } else {
            f32::MAX
        };
        let mut top = y + it.inset.1;
        for (k, b) in doc.blocks[it.blocks.clone()].iter().enumerate() {
            let size = it
                .sizes
                .get(k)
                .copied()
                .filter(|s| *s > 0.0)
                .unwrap_or(BODY_SIZE);
            for text in b.text.split('\n') {
                let mut pen = 0.0f32;
                let mut baseline = top + 0.88 * size;
                for c in text.chars() {
                    let adv = if (c as u32) < 0x2E80 || ('\u{FF61}'..='\u{FFDC}').contains(&c) {
                        0.5 * size
                    } else {
                        size
                    };
                    if pen > 0.0 && pen + adv > room + 0.01 {
                        pen = 0.0;
                        top += 1.3 * size;
                        baseline = top + 0.88 * size;
                    }
                    if !c.is_whitespace() {
                        glyphs.push(PlacedGlyph {
                            text: c.to_string(),
                            x: left + pen,
                            y: up(baseline),
                            advance: adv,
                            size,
                        });
                    }
                    pen += adv;
                }
                top += 1.3 * size;
            }
        }
        below = (!it.blocks.is_empty()).then_some((spot, top));
    }
    let mut inner = Document::new(&doc.path, doc.format);
    super::pdf::push_glyph_pages(
        &mut inner,
        vec![GlyphPage {
            number: 1,
            glyphs,
            lines,
        }],
        page.width,
        page.height,
    );
    inner
}

/// A CSS length of VML's style or attributes in points (pt, in, cm, mm, px at 96 per inch, em
/// at the body size; a bare number is taken as points). None for anything else.
pub(super) fn css_points(v: &str) -> Option<f32> {
    let v = v.trim();
    let split = v
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(v.len());
    let n: f32 = v[..split].parse().ok()?;
    let scale = match v[split..].trim() {
        "" | "pt" => 1.0,
        "in" => 72.0,
        "cm" => 72.0 / 2.54,
        "mm" => 72.0 / 25.4,
        "px" => 0.75,
        "pc" => 12.0,
        "em" => BODY_SIZE,
        _ => return None,
    };
    n.is_finite().then_some(n * scale)
}

/// A VML shape placed by its style (`position:absolute`, `margin-left`, `margin-top`, `width`,
/// `height`, `mso-position-horizontal(-relative)`, `mso-position-vertical(-relative)`), as
/// Word writes text boxes in compatibility mode and older converters write a page; None for a
/// shape that flows with the text. A line's `from` and `to` give its place and extent.
pub(super) fn vml_item(style: &str, from_to: Option<(&str, &str)>) -> Option<Item> {
    let mut props = std::collections::HashMap::new();
    for decl in style.split(';') {
        if let Some((k, v)) = decl.split_once(':') {
            props.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    if props.get("position").map(String::as_str) != Some("absolute") {
        return None;
    }
    let rel = |key: &str, horizontal: bool| match props.get(key).map(String::as_str) {
        Some("page") => Rel::Page,
        Some("margin") => Rel::Margin,
        // Word's default: the column horizontally, the paragraph vertically.
        None | Some("text") => {
            if horizontal {
                Rel::Margin
            } else {
                Rel::Paragraph
            }
        }
        _ => Rel::Other,
    };
    let mut it = Item {
        h_rel: rel("mso-position-horizontal-relative", true),
        v_rel: rel("mso-position-vertical-relative", false),
        inset: (7.2, 3.6),
        outline: true,
        ..Default::default()
    };
    let pos = |align: &str, off: &str| match props.get(align).map(String::as_str) {
        Some(a) if a != "absolute" => Pos::align(a),
        _ => props
            .get(off)
            .and_then(|v| css_points(v))
            .map_or(Pos::Offset(0.0), Pos::Offset),
    };
    it.x = pos("mso-position-horizontal", "margin-left");
    it.y = pos("mso-position-vertical", "margin-top");
    it.w = props
        .get("width")
        .and_then(|v| css_points(v))
        .unwrap_or(0.0);
    it.h = props
        .get("height")
        .and_then(|v| css_points(v))
        .unwrap_or(0.0);
    if let Some((from, to)) = from_to {
        let point = |p: &str| {
            let (a, b) = p.split_once(',')?;
            Some((css_points(a)?, css_points(b)?))
        };
        let ((x0, y0), (x1, y1)) = (point(from)?, point(to)?);
        let (dx, dy) = match (it.x, it.y) {
            (Pos::Offset(dx), Pos::Offset(dy)) => (dx, dy),
            _ => (0.0, 0.0),
        };
        it.x = Pos::Offset(dx + x0.min(x1));
        it.y = Pos::Offset(dy + y0.min(y1));
        it.w = (x1 - x0).abs();
        it.h = (y1 - y0).abs();
        it.line = true;
    }
    Some(it)
}

/// A VML text box's inset attribute (left, top, right, bottom; Word's default 0.1 in, 0.05 in).
pub(super) fn vml_inset(v: &str) -> (f32, f32) {
    let mut parts = v.split(',').map(|p| css_points(p).unwrap_or(0.0));
    let left = parts.next().unwrap_or(7.2);
    let top = parts.next().unwrap_or(3.6);
    (left, top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vml_styles_place_shapes_and_lines() {
        assert_eq!(css_points("72pt"), Some(72.0));
        assert_eq!(css_points("1in"), Some(72.0));
        assert_eq!(css_points("96px"), Some(72.0));
        assert!((css_points("2.54cm").unwrap() - 72.0).abs() < 0.01);
        assert_eq!(css_points("auto"), None);
        let it = vml_item(
            "position:absolute;margin-left:62pt;margin-top:1.5in;width:128pt;height:20pt;mso-position-horizontal-relative:page;mso-position-vertical-relative:page",
            None,
        )
        .unwrap();
        assert_eq!((it.h_rel, it.v_rel), (Rel::Page, Rel::Page));
        assert_eq!((it.x, it.y), (Pos::Offset(62.0), Pos::Offset(108.0)));
        assert_eq!((it.w, it.h), (128.0, 20.0));
        // Flowing with the text: not placed.
        assert!(vml_item("width:420pt;height:500pt", None).is_none());
        // Centred on the page; a paragraph-relative default vertically.
        let it = vml_item(
            "position:absolute;mso-position-horizontal:center;mso-position-horizontal-relative:page;margin-top:10pt",
            None,
        )
        .unwrap();
        assert_eq!((it.x, it.v_rel), (Pos::Align(1), Rel::Paragraph));
        let line = vml_item(
            "position:absolute;mso-position-horizontal-relative:page;mso-position-vertical-relative:page",
            Some(("430pt,110pt", "56pt,110pt")),
        )
        .unwrap();
        assert!(line.line);
        assert_eq!(
            (line.x, line.y, line.w, line.h),
            (Pos::Offset(56.0), Pos::Offset(110.0), 374.0, 0.0)
        );
        assert_eq!(vml_inset("0,0,0,0"), (0.0, 0.0));
        assert_eq!(vml_inset("7.2pt,3.6pt"), (7.2, 3.6));
    }
}
