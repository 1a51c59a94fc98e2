//! The ruled table of a page image: its rules as segments and its cells. OCR reads a scanned
//! form cell by cell when the rules make one (a label set at mid-height beside a value that
//! wraps onto two lines is otherwise cut in half by line finding across the page), and the
//! rules go on to the reader, which folds a cell's wrapped lines into its row as on a PDF page.

use super::raster::{Grey, otsu};
use serde::{Deserialize, Serialize};

/// A table rule or underline found on a page image: horizontal at `pos` (y) from `a` to `b`
/// (x), or vertical at `pos` (x) from `a` to `b` (y); pixels of the image OCR read.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RuleSeg {
    pub vertical: bool,
    pub pos: f32,
    pub a: f32,
    pub b: f32,
}

/// The rules whitened from a page: ink in `before` (darker than paper) that is paper in `after`,
/// chained along rows (and columns) across gaps of up to 0.2 inch (a black-and-white scan
/// breaks thin rules into dashes), at least half an inch long; the rows a rule's thickness
/// spans make one rule.
pub fn whitened_rules(before: &Grey, after: &Grey, dpi: f32) -> Vec<RuleSeg> {
    if before.w != after.w || before.h != after.h || before.px.is_empty() {
        return Vec::new();
    }
    let thr = ((otsu(before) as u32 + 255) / 2).max(60) as u8;
    let (w, h) = (before.w as usize, before.h as usize);
    let gone = |x: usize, y: usize| before.px[y * w + x] < thr && after.px[y * w + x] == 255;
    let gap = (0.2 * dpi).max(2.0) as usize;
    let min_len = (0.5 * dpi).max(8.0) as usize;
    let near = (0.04 * dpi).max(2.0);
    let mut out = segments(h, w, |y, x| gone(x, y), gap, min_len, near, false);
    out.extend(segments(w, h, gone, gap, min_len, near, true));
    out.extend(faint_rows(before, &out, thr, dpi));
    out
}

/// Horizontal rules too faint or broken for removal to have whitened them whole (a fax's thin
/// rules come out as scattered dashes), found between the vertical rules of a table: a pixel
/// row inked across a column's whole width (no gap over 0.6 inch, at least 6 % ink) whose
/// rows 0.03 inch above and below hold less than a third of that ink — a row through a line
/// of text has its neighbours as inked as itself, a character's stroke is ink in one place.
/// Each rule spans the columns it is inked across.
fn faint_rows(g: &Grey, found: &[RuleSeg], thr: u8, dpi: f32) -> Vec<RuleSeg> {
    let mut xs: Vec<&RuleSeg> = found
        .iter()
        .filter(|r| r.vertical && r.b - r.a >= dpi)
        .collect();
    if xs.len() < 2 {
        return Vec::new();
    }
    xs.sort_by(|a, b| a.pos.total_cmp(&b.pos));
    let top = xs.iter().map(|r| r.a).fold(f32::MAX, f32::min).max(0.0) as usize;
    // The row below a candidate is looked at too: the last row of the image is no candidate.
    let bottom = (xs.iter().map(|r| r.b).fold(f32::MIN, f32::max) as usize)
        .min((g.h as usize).saturating_sub(1));
    let w = g.w as usize;
    // Column intervals between neighbouring vertical rules (a few pixels inside them).
    let pad = (0.02 * dpi) as usize + 1;
    let cols: Vec<(usize, usize)> = xs
        .windows(2)
        .map(|p| {
            (
                p[0].pos as usize + pad,
                (p[1].pos as usize).saturating_sub(pad),
            )
        })
        .filter(|(a, b)| b > a && b - a >= (0.2 * dpi) as usize)
        .map(|(a, b)| (a.min(w), b.min(w)))
        .collect();
    let share = |y: usize, (a, b): (usize, usize)| {
        g.px[y * w + a..y * w + b]
            .iter()
            .filter(|&&p| p < thr)
            .count() as f32
            / (b - a).max(1) as f32
    };
    // Ink across the whole column on rows y and y + 1 together: from within 0.6 inch of
    // either edge, no gap wider than that (a character's stroke is ink in one place; a fax's
    // rule, dashes half an inch apart).
    // Where a rule is first found, from the first ink to the last over half the column too: the
    // strokes along the top or foot of a short label's characters (（万元） in a wide label
    // cell) are ink in one cluster, with the rest of the column paper.
    let most = (0.6 * dpi) as usize;
    let across = |y: usize, (a, b): (usize, usize), spread: bool| {
        let mut last = a;
        let mut first = None;
        for x in a..b {
            if g.px[y * w + x] < thr || g.px[(y + 1) * w + x] < thr {
                if x - last > most {
                    return false;
                }
                first.get_or_insert(x);
                last = x;
            }
        }
        b - last <= most && first.is_some_and(|f| !spread || 2 * (last - f) >= b - a)
    };
    let far = (0.03 * dpi).round().max(2.0) as usize;
    let mut out: Vec<RuleSeg> = Vec::new();
    let mut y = top + far;
    while y + far < bottom {
        // The columns this row is a rule across; a rule may be two pixel rows thick.
        let test = |y: usize, c: (usize, usize), least: f32, ratio: f32, spread: bool| {
            let here = share(y, c).max(share(y + 1, c));
            let (up, down) = (share(y - far, c), share(y + far + 1, c));
            here >= least && up.max(down) * ratio < here && across(y, c, spread)
        };
        if !cols.iter().any(|&c| test(y, c, 0.06, 3.0, true)) {
            y += 1;
            continue;
        }
        // A rule found in one column: in the others, the same rule (a scan's skew moves it
        // a row or two) is looked for with less ink.
        let ruled: Vec<bool> = cols
            .iter()
            .map(|&c| {
                (y.saturating_sub(2).max(top + far)..(y + far).min(bottom - far))
                    .any(|yy| test(yy, c, 0.03, 2.0, false))
            })
            .collect();
        let mut k = 0;
        while k < cols.len() {
            if !ruled[k] {
                k += 1;
                continue;
            }
            let start = k;
            while k < cols.len() && ruled[k] {
                k += 1;
            }
            out.push(RuleSeg {
                vertical: false,
                pos: y as f32 + 0.5,
                a: cols[start].0 as f32 - pad as f32,
                b: cols[k - 1].1 as f32 + pad as f32,
            });
        }
        // One rule per thickness: skip past it.
        y += far;
    }
    out
}

/// Runs along each of `lines` lines of `len` pixels (`ink(line, i)`), bridged across `gap`,
/// at least `min_len` long, merged across neighbouring lines (within `near`) that overlap.
fn segments(
    lines: usize,
    len: usize,
    ink: impl Fn(usize, usize) -> bool,
    gap: usize,
    min_len: usize,
    near: f32,
    vertical: bool,
) -> Vec<RuleSeg> {
    // Open rules: (first line, last line, a, b).
    let mut open: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut done: Vec<(usize, usize, usize, usize)> = Vec::new();
    for l in 0..lines {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < len {
            if !ink(l, i) {
                i += 1;
                continue;
            }
            let (start, mut end) = (i, i);
            let mut j = i + 1;
            while j < len && j <= end + gap + 1 {
                if ink(l, j) {
                    end = j;
                }
                j += 1;
            }
            if end + 1 - start >= min_len {
                runs.push((start, end));
            }
            i = end + 1;
        }
        for (a, b) in runs {
            let joins = open.iter_mut().find(|o| {
                l - o.1 <= near as usize + 1 && a.max(o.2) < b.min(o.3) && {
                    let overlap = b.min(o.3) - a.max(o.2);
                    overlap * 2 >= (b - a).min(o.3 - o.2)
                }
            });
            match joins {
                Some(o) => {
                    o.1 = l;
                    o.2 = o.2.min(a);
                    o.3 = o.3.max(b);
                }
                None => open.push((l, l, a, b)),
            }
        }
        let (keep, closed): (Vec<_>, Vec<_>) =
            open.into_iter().partition(|o| l - o.1 <= near as usize + 1);
        open = keep;
        done.extend(closed);
    }
    done.extend(open);
    done.into_iter()
        // A rule is thin: a block of ink as thick as it is long is a picture, not a rule.
        .filter(|o| (o.1 - o.0) as f32 <= 3.0 * near)
        .map(|(l0, l1, a, b)| RuleSeg {
            vertical,
            pos: (l0 + l1) as f32 / 2.0,
            a: a as f32,
            b: b as f32,
        })
        .collect()
}

/// A cell of a ruled table: its box, pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// The cells the rules make: the grid of every vertical rule's x and every horizontal rule's
/// y, its neighbouring boxes joined wherever no rule stands between them (merged cells). Empty
/// unless the rules make at least two rows and two columns. `tol`: how far apart two rules'
/// positions may be and still be one line of the grid.
pub fn cells(rules: &[RuleSeg], tol: f32) -> Vec<Cell> {
    let cuts = |vertical: bool| {
        let mut p: Vec<f32> = rules
            .iter()
            .filter(|r| r.vertical == vertical)
            .map(|r| r.pos)
            .collect();
        p.sort_by(f32::total_cmp);
        let mut out: Vec<f32> = Vec::new();
        for x in p {
            match out.last_mut() {
                Some(last) if x - *last <= tol => *last = (*last + x) / 2.0,
                _ => out.push(x),
            }
        }
        out
    };
    let (xs, ys) = (cuts(true), cuts(false));
    // A form has a few columns and some dozens of rows; hundreds of "rules" are a picture's
    // texture, not a table.
    if xs.len() < 3 || ys.len() < 3 || xs.len() > 40 || ys.len() > 150 || rules.len() > 2_000 {
        return Vec::new();
    }
    // Whether a rule stands along the grid line `pos` over most of `lo..hi`.
    let ruled = |vertical: bool, pos: f32, lo: f32, hi: f32| {
        rules.iter().any(|r| {
            r.vertical == vertical
                && (r.pos - pos).abs() <= tol
                && r.b.min(hi) - r.a.max(lo) >= 0.7 * (hi - lo)
        })
    };
    let (nx, ny) = (xs.len() - 1, ys.len() - 1);
    let mut parent: Vec<usize> = (0..nx * ny).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for j in 0..ny {
        for i in 0..nx {
            if i + 1 < nx && !ruled(true, xs[i + 1], ys[j], ys[j + 1]) {
                let (a, b) = (
                    root(&mut parent, j * nx + i),
                    root(&mut parent, j * nx + i + 1),
                );
                parent[a] = b;
            }
            if j + 1 < ny && !ruled(false, ys[j + 1], xs[i], xs[i + 1]) {
                let (a, b) = (
                    root(&mut parent, j * nx + i),
                    root(&mut parent, (j + 1) * nx + i),
                );
                parent[a] = b;
            }
        }
    }
    let mut boxes: std::collections::BTreeMap<usize, Cell> = std::collections::BTreeMap::new();
    for j in 0..ny {
        for i in 0..nx {
            let r = root(&mut parent, j * nx + i);
            let c = boxes.entry(r).or_insert(Cell {
                x0: xs[i],
                y0: ys[j],
                x1: xs[i + 1],
                y1: ys[j + 1],
            });
            c.x0 = c.x0.min(xs[i]);
            c.y0 = c.y0.min(ys[j]);
            c.x1 = c.x1.max(xs[i + 1]);
            c.y1 = c.y1.max(ys[j + 1]);
        }
    }
    let mut out: Vec<Cell> = boxes.into_values().collect();
    // One box for the whole grid (no inner rule reaches across) is no table.
    if out.len() < 4 {
        return Vec::new();
    }
    out.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
    out
}

/// Runs of `true` in `on` (start, end exclusive), runs apart by fewer than `join` joined.
fn runs(on: impl Iterator<Item = bool>, join: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (i, b) in on.enumerate() {
        if !b {
            continue;
        }
        match out.last_mut() {
            Some(r) if i <= r.1 + join => r.1 = i + 1,
            _ => out.push((i, i + 1)),
        }
    }
    out
}

/// The rows of an unruled form (a scan of a table printed without borders) that page-wide line
/// finding reads wrong: a label wrapped onto two lines beside a value set at mid-height (项目总投入
/// （万 / 150 / 元）), or a value wrapped beside a one-line label set at mid-height. Such a row is
/// a band of ink between two white gaps across the page, two to four lines tall, whose columns
/// are of two kinds: those with ink in the band's top or bottom line (the part of more lines)
/// and those whose ink keeps to the middle (the part of fewer lines, centred). Each run of
/// columns of one kind becomes a cell, even when the two stand closer than a character (a label
/// that fills its column), and the rows are given rules of their own (around each cell) for the
/// reader to fold a cell's lines as on a ruled form. Empty when no row is of that kind (a page
/// of prose, a form whose labels and values all fit on one line or start on the same line).
pub fn unruled_rows(img: &Grey, dpi: f32) -> (Vec<Cell>, Vec<RuleSeg>) {
    let (w, h) = (img.w as usize, img.h as usize);
    if w == 0 || h == 0 || img.px.len() < w * h || dpi <= 0.0 {
        return (Vec::new(), Vec::new());
    }
    let dark = |x: usize, y: usize| img.px[y * w + x] < 128;
    let join = (0.02 * dpi) as usize;
    // A speck left by the scan is no ink across a row or down a column.
    let speck = ((0.012 * dpi) as usize).max(2);
    let bands: Vec<(usize, usize)> = runs(
        (0..h).map(|y| (0..w).filter(|&x| dark(x, y)).count() >= speck),
        join,
    )
    .into_iter()
    .filter(|(a, b)| (b - a) as f32 >= 0.06 * dpi)
    .collect();
    let (mut cells, mut rules) = (Vec::new(), Vec::new());
    for (bi, &(y0, y1)) in bands.iter().enumerate() {
        let ink = |x: usize, ys: std::ops::Range<usize>| ys.filter(|&y| dark(x, y)).count() >= 2;
        // The height of the band's top line: in the columns with ink in its first rows, the
        // ink from the top down to the first white gap; the same for its bottom line.
        let edge = (0.03 * dpi) as usize;
        let line_at = |top: bool| -> Option<usize> {
            let rows = if top { y0..y0 + edge } else { y1 - edge..y1 };
            let xs: Vec<usize> = (0..w).filter(|&x| ink(x, rows.clone())).collect();
            if xs.is_empty() {
                return None;
            }
            let on: Vec<bool> = (y0..y1)
                .map(|y| xs.iter().filter(|&&x| dark(x, y)).count() >= 2)
                .collect();
            let r = runs(on.into_iter(), join);
            if top {
                r.first().map(|(a, b)| b - a)
            } else {
                r.last().map(|(a, b)| b - a)
            }
        };
        let (Some(lt), Some(lb)) = (line_at(true), line_at(false)) else {
            continue;
        };
        let line = lt.max(lb) as f32;
        let tall = (y1 - y0) as f32;
        if line < 0.04 * dpi || tall < 1.6 * line || tall > 4.6 * line {
            continue;
        }
        // Each inked column's kind: true when it has ink in the top or bottom line's core. A
        // character's columns are of one kind (those of 一 on the top line have none in the
        // core, those of the character below it have).
        let core = (0.4 * line) as usize;
        let kinds: Vec<Option<bool>> = (0..w)
            .map(|x| {
                ((y0..y1).filter(|&y| dark(x, y)).count() >= speck)
                    .then(|| ink(x, y0..y0 + core) || ink(x, y1 - core..y1))
            })
            .collect();
        let mut glyphs: Vec<(usize, usize, bool)> = Vec::new();
        for (x, k) in kinds.iter().enumerate() {
            match (*k, glyphs.last_mut()) {
                (None, _) => {}
                (Some(k), Some(g)) if g.1 == x => {
                    g.1 = x + 1;
                    g.2 |= k;
                }
                (Some(k), _) => glyphs.push((x, x + 1, k)),
            }
        }
        // Runs of one kind; a run of the middle kind whose ink is not centred in the band (a
        // character of the top line that keeps to its middle, 一) is of the other kind.
        let join_kind = |parts: Vec<(usize, usize, bool)>| {
            let mut out: Vec<(usize, usize, bool)> = Vec::new();
            for p in parts {
                match out.last_mut() {
                    Some(m) if m.2 == p.2 => m.1 = p.1,
                    _ => out.push(p),
                }
            }
            out
        };
        let mid = (y0 + y1) as f32 / 2.0;
        let merged: Vec<(usize, usize, bool)> = join_kind(glyphs)
            .into_iter()
            .map(|(a, b, k)| {
                if k {
                    return (a, b, k);
                }
                let rows: Vec<usize> = (y0..y1)
                    .filter(|&y| (a..b).filter(|&x| dark(x, y)).count() >= 2)
                    .collect();
                let centred = match (rows.first(), rows.last()) {
                    (Some(&t), Some(&u)) => ((t + u) as f32 / 2.0 - mid).abs() <= 0.25 * line,
                    _ => false,
                };
                (a, b, !centred)
            })
            .collect();
        let merged = join_kind(merged);
        let parts: Vec<(usize, usize)> = merged.iter().map(|p| (p.0, p.1)).collect();
        if parts.len() < 2 || parts.len() > 6 {
            continue;
        }
        // The lines of each part must differ in number (one to four each).
        let lines: Vec<usize> = parts
            .iter()
            .map(|&(a, b)| {
                runs(
                    (y0..y1).map(|y| (a..b).filter(|&x| dark(x, y)).count() >= 2),
                    join,
                )
                .into_iter()
                .filter(|(p, q)| (q - p) as f32 >= 0.3 * line)
                .count()
            })
            .collect();
        if lines.iter().all(|&n| n == lines[0]) || lines.iter().any(|&n| n == 0 || n > 4) {
            continue;
        }
        // The row's box: halfway into the white gaps above and below, at most 0.05 inch.
        let pad = 0.05 * dpi;
        let above = bi
            .checked_sub(1)
            .map_or(pad, |p| ((y0 - bands[p].1) as f32 / 2.0).min(pad));
        let below = bands
            .get(bi + 1)
            .map_or(pad, |n| ((n.0 - y1) as f32 / 2.0).min(pad));
        let (top, bottom) = (
            (y0 as f32 - above).max(0.0),
            (y1 as f32 + below).min(h as f32),
        );
        let mut edges: Vec<f32> = vec![(parts[0].0 as f32 - pad).max(0.0)];
        for pair in parts.windows(2) {
            edges.push((pair[0].1 + pair[1].0) as f32 / 2.0);
        }
        edges.push((parts[parts.len() - 1].1 as f32 + pad).min(w as f32));
        for e in edges.windows(2) {
            cells.push(Cell {
                x0: e[0],
                y0: top,
                x1: e[1],
                y1: bottom,
            });
        }
        let (left, right) = (edges[0], edges[edges.len() - 1]);
        for y in [top, bottom] {
            rules.push(RuleSeg {
                vertical: false,
                pos: y,
                a: left,
                b: right,
            });
        }
        for &x in &edges {
            rules.push(RuleSeg {
                vertical: true,
                pos: x,
                a: top,
                b: bottom,
            });
        }
    }
    (cells, rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(vertical: bool, pos: f32, a: f32, b: f32) -> RuleSeg {
        RuleSeg {
            vertical,
            pos,
            a,
            b,
        }
    }

    /// A page image at 300 dpi, white, with ink boxes (x0, y0, x1, y1) drawn solid: glyphs.
    fn page(boxes: &[(u32, u32, u32, u32)]) -> Grey {
        let (w, h) = (1200u32, 900u32);
        let mut px = vec![255u8; (w * h) as usize];
        for &(x0, y0, x1, y1) in boxes {
            for y in y0..y1 {
                for x in x0..x1 {
                    px[(y * w + x) as usize] = 0;
                }
            }
        }
        Grey {
            w,
            h,
            px,
            red: Vec::new(),
        }
    }

    /// Characters 60 px wide and 70 tall (a 17-point face at 300 dpi), 10 px apart, on a line
    /// whose top is `y`, from `x` on.
    fn chars(x: u32, y: u32, n: u32) -> Vec<(u32, u32, u32, u32)> {
        (0..n)
            .map(|i| (x + 70 * i, y, x + 70 * i + 60, y + 70))
            .collect()
    }

    #[test]
    fn an_unruled_row_with_a_wrapped_label_is_two_cells() {
        // Single-line rows above and below; between them a label on two lines (its first
        // line's fourth character a bar at mid-height, like 一, with nothing under it) beside
        // a value set at mid-height, 35 px away (a label that fills its column).
        let mut b = Vec::new();
        b.extend(chars(100, 100, 4));
        b.extend(chars(500, 100, 6));
        b.extend(chars(100, 300, 3));
        b.push((310, 330, 370, 340));
        b.extend(chars(380, 300, 2));
        b.extend(chars(100, 390, 3));
        b.extend(chars(545, 345, 5));
        b.extend(chars(100, 600, 4));
        b.extend(chars(500, 600, 2));
        let (cells, rules) = unruled_rows(&page(&b), 300.0);
        assert_eq!(cells.len(), 2, "{cells:?}");
        let (l, v) = (cells[0], cells[1]);
        // The label's cell holds both its lines; the value's starts right of the label.
        assert!(l.y0 <= 300.0 && l.y1 >= 460.0 && l.y1 < 600.0, "{l:?}");
        assert!(l.x0 <= 100.0 && l.x1 > 510.0 && l.x1 < 545.0, "{l:?}");
        assert!(v.x0 == l.x1 && v.x1 >= 885.0, "{v:?}");
        // Rules around the row: its top and bottom, and three verticals.
        assert_eq!(rules.iter().filter(|r| !r.vertical).count(), 2);
        assert_eq!(rules.iter().filter(|r| r.vertical).count(), 3);
    }

    #[test]
    fn rows_of_one_line_and_paragraphs_give_no_cells() {
        // A form whose labels and values fit on one line, and a paragraph of three lines.
        let mut b = Vec::new();
        for y in [100, 200, 300] {
            b.extend(chars(100, y, 4));
            b.extend(chars(500, y, 5));
        }
        for y in [500, 585, 670] {
            b.extend(chars(100, y, 14));
        }
        let (cells, rules) = unruled_rows(&page(&b), 300.0);
        assert!(cells.is_empty() && rules.is_empty(), "{cells:?}");
        // A label and its value both on two lines, side by side: line finding reads it.
        let mut b = chars(100, 100, 4);
        b.extend(chars(100, 185, 2));
        b.extend(chars(500, 100, 6));
        b.extend(chars(500, 185, 3));
        assert!(unruled_rows(&page(&b), 300.0).0.is_empty());
    }

    /// A two-column form: the name row's value cell spans two columns of the rows below; the
    /// label column's cell of the last two rows is merged (no rule between them there).
    #[test]
    fn merged_cells_are_one_box() {
        let rules = vec![
            seg(false, 0.0, 0.0, 300.0),
            seg(false, 50.0, 0.0, 300.0),
            seg(false, 100.0, 100.0, 300.0), // not across the label column
            seg(false, 150.0, 0.0, 300.0),
            seg(true, 0.0, 0.0, 150.0),
            seg(true, 100.0, 0.0, 150.0),
            seg(true, 200.0, 50.0, 150.0), // not in the first row
            seg(true, 300.0, 0.0, 150.0),
        ];
        let c = cells(&rules, 3.0);
        let b = |x0: f32, y0: f32, x1: f32, y1: f32| Cell { x0, y0, x1, y1 };
        assert_eq!(
            c,
            vec![
                b(0.0, 0.0, 100.0, 50.0),
                b(100.0, 0.0, 300.0, 50.0),
                b(0.0, 50.0, 100.0, 150.0),
                b(100.0, 50.0, 200.0, 100.0),
                b(200.0, 50.0, 300.0, 100.0),
                b(100.0, 100.0, 200.0, 150.0),
                b(200.0, 100.0, 300.0, 150.0),
            ]
        );
        // Rules that make no grid (underlines only) make no cells.
        assert!(cells(&rules[..3], 3.0).is_empty());
    }

    /// A fax's rule, dashes with wide gaps that removal left standing, is found between a
    /// table's vertical rules; a row of "text" (ink with ink above and below) is not.
    #[test]
    fn faint_dashed_rows_between_vertical_rules_are_rules() {
        let (w, h) = (600u32, 300u32);
        let mut g = Grey::new(w, h, 255);
        let mut put = |x: u32, y: u32| g.px[(y * w + x) as usize] = 0;
        for y in 20..280 {
            put(50, y);
            put(550, y);
        }
        // A dashed rule at y = 150: 6 pixels of ink every 40.
        for x in 52..548 {
            if x % 40 < 6 {
                put(x, 150);
            }
        }
        // "Text": blocks of ink 30 pixels tall between y = 60 and 90.
        for x in 60..540 {
            if x % 40 < 25 {
                for y in 60..90 {
                    put(x, y);
                }
            }
        }
        let verticals = [
            RuleSeg {
                vertical: true,
                pos: 50.0,
                a: 20.0,
                b: 280.0,
            },
            RuleSeg {
                vertical: true,
                pos: 550.0,
                a: 20.0,
                b: 280.0,
            },
        ];
        let found = faint_rows(&g, &verticals, 128, 100.0);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!((found[0].pos - 150.0).abs() <= 1.0);
        assert!(found[0].a <= 55.0 && found[0].b >= 545.0);
    }

    /// The feet of a short label's characters in a narrow cell (a stroke along each one's foot,
    /// thin strokes above it, paper below and to the right) are no rule; a dashed rule across
    /// the same cell is.
    #[test]
    fn a_short_label_s_strokes_in_a_narrow_cell_are_no_rule() {
        let (w, h) = (200u32, 200u32);
        let rules = |g: &Grey| {
            let verticals = [50.0, 150.0].map(|pos| RuleSeg {
                vertical: true,
                pos,
                a: 10.0,
                b: 190.0,
            });
            faint_rows(g, &verticals, 128, 100.0)
        };
        let mut g = Grey::new(w, h, 255);
        for x in [50, 150] {
            for y in 10..190 {
                g.px[(y * w + x) as usize] = 0;
            }
        }
        let mut label = g.clone();
        for x in 58..98 {
            label.px[(120 * w + x) as usize] = 0;
            if x % 10 < 2 {
                for y in 100..120 {
                    label.px[(y * w + x) as usize] = 0;
                }
            }
        }
        assert_eq!(rules(&label), Vec::new());
        for x in 52..148 {
            if x % 20 < 5 {
                g.px[(120 * w + x) as usize] = 0;
            }
        }
        assert_eq!(rules(&g).len(), 1);
    }

    /// Rules found from what was whitened: a dashed rule is one rule; a text-like blob is not.
    #[test]
    fn whitened_rules_chain_dashes() {
        let (w, h) = (400u32, 120u32);
        let mut before = Grey::new(w, h, 255);
        for x in 10..390 {
            if x % 10 < 6 {
                for y in 40..42 {
                    before.px[(y * w + x) as usize] = 0;
                }
            }
        }
        for y in 5..115 {
            before.px[(y * w + 200) as usize] = 0;
        }
        let after = Grey::new(w, h, 255);
        let r = whitened_rules(&before, &after, 100.0);
        assert_eq!(r.len(), 2, "{r:?}");
        let hz = r.iter().find(|r| !r.vertical).unwrap();
        assert!((hz.pos - 40.5).abs() < 1.0 && hz.a <= 10.0 && hz.b >= 385.0);
        let vt = r.iter().find(|r| r.vertical).unwrap();
        assert!((vt.pos - 200.0).abs() < 1.0 && vt.a <= 5.0 && vt.b >= 114.0);
    }
}
