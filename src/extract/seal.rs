//! Seals (公章, 合同章, 签字章) on page images: red ink (or, on a grey scan, the mid-grey of red
//! ink printed grey), grouped into connected components on a coarse grid, kept when the
//! component has a seal's size and shape — round or oval with ink all around its rim (the
//! outer ring and the ring of text inside it), or square with a framed border — and is not a
//! filled blob. Red headings (wide and low), red underlines (one pixel high), small logos and
//! filled red marks fail the size, shape or rim tests.
//!
//! Positions are in points from the page's top-left corner, so a rule can say where a seal
//! sits relative to a 盖章 or 签字 line.

use super::raster::Grey;
use serde::Serialize;

/// One seal found on a page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Seal {
    /// Centre, in points from the page's left and top edges.
    pub x_pt: f32,
    pub y_pt: f32,
    /// Width and height in millimetres.
    pub w_mm: f32,
    pub h_mm: f32,
    /// "round" (round or oval) or "square".
    pub shape: &'static str,
    /// Share of the rim that carries ink (0–1).
    pub rim: f32,
    /// Red ink (true) or a grey scan's mid-grey (false).
    pub red: bool,
}

/// Grid resolution the components are found on.
const GRID_DPI: f32 = 50.0;

/// Seals on a page image `img` at `dpi`. `origin_pt`: where the image's top-left corner lies
/// on the page (points from the left and top edges).
pub fn find_seals(img: &Grey, dpi: f32, origin_pt: (f32, f32)) -> Vec<Seal> {
    seals_on(img, dpi, origin_pt, true)
}

/// The seals [`find_seals`] finds by their red ink only, without looking for rings: for
/// lifting a seal's red ink off the text before OCR, which a ring of any ink does not need.
pub fn find_red_seals(img: &Grey, dpi: f32, origin_pt: (f32, f32)) -> Vec<Seal> {
    if img.red.is_empty() {
        return Vec::new();
    }
    let mut seals = seals_on(img, dpi, origin_pt, false);
    seals.retain(|s| s.red);
    seals
}

/// Seals by ink, and by ring when `rings`.
fn seals_on(img: &Grey, dpi: f32, origin_pt: (f32, f32), rings: bool) -> Vec<Seal> {
    if img.w < 8 || img.h < 8 || !dpi.is_finite() || dpi < 20.0 {
        return Vec::new();
    }
    let (raw, red) = if !img.red.is_empty() {
        (img.red.iter().map(|&v| v > 0).collect::<Vec<bool>>(), true)
    } else {
        (grey_seal_ink(img), false)
    };
    // Ink, not noise: a seal's strokes are several pixels wide, a speck of scanner noise or a
    // JPEG artefact is alone.
    let mask = strokes_only(&raw, img.w as usize, img.h as usize);
    let cell = (dpi / GRID_DPI).max(1.0) as u32;
    let (gw, gh) = (img.w.div_ceil(cell), img.h.div_ceil(cell));
    // Ink per grid cell.
    let mut grid = vec![0u32; (gw * gh) as usize];
    for y in 0..img.h {
        for x in 0..img.w {
            if mask[(y * img.w + x) as usize] {
                grid[((y / cell) * gw + x / cell) as usize] += 1;
            }
        }
    }
    let min_ink = (cell * cell / 8).max(2);
    let on: Vec<bool> = grid.iter().map(|&c| c >= min_ink).collect();
    // Dilate by one cell so a seal's ring, star and text join into one component.
    let mut joined = on.clone();
    for y in 0..gh as i64 {
        for x in 0..gw as i64 {
            if !on[(y * gw as i64 + x) as usize] {
                continue;
            }
            for (dx, dy) in [
                (-1, 0),
                (1, 0),
                (0, -1),
                (0, 1),
                (-1, -1),
                (1, 1),
                (-1, 1),
                (1, -1),
            ] {
                let (xx, yy) = (x + dx, y + dy);
                if xx >= 0 && yy >= 0 && xx < gw as i64 && yy < gh as i64 {
                    joined[(yy * gw as i64 + xx) as usize] = true;
                }
            }
        }
    }
    let mm_per_cell = cell as f32 / dpi * 25.4;
    let mut label = vec![0u32; joined.len()];
    let mut seals = Vec::new();
    let mut next = 0u32;
    let mut stack = Vec::new();
    for start in 0..joined.len() {
        if !joined[start] || label[start] != 0 {
            continue;
        }
        next += 1;
        let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0u32, 0u32);
        stack.push(start);
        label[start] = next;
        while let Some(i) = stack.pop() {
            let (x, y) = (i as u32 % gw, i as u32 / gw);
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
            for (dx, dy) in [(-1i64, 0i64), (1, 0), (0, -1), (0, 1)] {
                let (xx, yy) = (x as i64 + dx, y as i64 + dy);
                if xx < 0 || yy < 0 || xx >= gw as i64 || yy >= gh as i64 {
                    continue;
                }
                let j = (yy as u32 * gw + xx as u32) as usize;
                if joined[j] && label[j] == 0 {
                    label[j] = next;
                    stack.push(j);
                }
            }
        }
        // The dilation added a cell on each side.
        let (bx0, by0) = ((x0 + 1).min(x1), (y0 + 1).min(y1));
        let (bx1, by1) = (x1.saturating_sub(1).max(bx0), y1.saturating_sub(1).max(by0));
        let w_mm = (bx1 - bx0 + 1) as f32 * mm_per_cell;
        let h_mm = (by1 - by0 + 1) as f32 * mm_per_cell;
        // Seals: personal 签字章 from ~12 mm, company seals 38–45 mm, large ones up to ~60 mm.
        if !(12.0..=65.0).contains(&w_mm) || !(12.0..=65.0).contains(&h_mm) {
            continue;
        }
        let aspect = w_mm / h_mm;
        if !(0.6..=1.67).contains(&aspect) {
            continue;
        }
        // Rim and fill on the full-resolution mask, inside the component's box.
        let px0 = bx0 * cell;
        let py0 = by0 * cell;
        let px1 = ((bx1 + 1) * cell).min(img.w);
        let py1 = ((by1 + 1) * cell).min(img.h);
        let (rim, fill, centre) = round_rim(&mask, img.w, (px0, py0, px1, py1));
        let square = square_rim(&mask, img.w, (px0, py0, px1, py1));
        let shape = if rim >= 0.8 && fill <= 0.55 && centre <= 0.75 {
            "round"
        } else if square >= 0.85 && fill <= 0.55 {
            "square"
        } else {
            continue;
        };
        let k = 72.0 / dpi;
        seals.push(Seal {
            x_pt: origin_pt.0 + (px0 + px1) as f32 / 2.0 * k,
            y_pt: origin_pt.1 + (py0 + py1) as f32 / 2.0 * k,
            w_mm: (w_mm * 10.0).round() / 10.0,
            h_mm: (h_mm * 10.0).round() / 10.0,
            shape,
            rim: (rim.max(square) * 100.0).round() / 100.0,
            red,
        });
    }
    // A seal copied in black and white is as dark as the text it overlaps, so ink alone cannot
    // set it apart; its outer ring can (see `ring_seals`). A seal found both ways keeps what
    // the ink told (red or not, its box).
    let rings: Vec<Seal> = if rings {
        ring_seals(img, dpi, origin_pt)
    } else {
        Vec::new()
    }
    .into_iter()
    .filter(|r| {
        !seals.iter().any(|s| {
            let (hw, hh) = (s.w_mm / 25.4 * 72.0 / 2.0, s.h_mm / 25.4 * 72.0 / 2.0);
            (r.x_pt - s.x_pt).abs() <= hw && (r.y_pt - s.y_pt).abs() <= hh
        })
    })
    .collect();
    seals.extend(rings);
    // A seal's inner text ring can come out as a component of its own: one seal, the largest.
    seals.sort_by(|a, b| (b.w_mm * b.h_mm).total_cmp(&(a.w_mm * a.h_mm)));
    let mut kept: Vec<Seal> = Vec::new();
    for s in seals {
        let inside = kept.iter().any(|k| {
            let (hw, hh) = (k.w_mm / 25.4 * 72.0 / 2.0, k.h_mm / 25.4 * 72.0 / 2.0);
            (s.x_pt - k.x_pt).abs() <= hw && (s.y_pt - k.y_pt).abs() <= hh
        });
        if !inside {
            kept.push(s);
        }
    }
    kept.sort_by(|a, b| a.y_pt.total_cmp(&b.y_pt).then(a.x_pt.total_cmp(&b.x_pt)));
    kept
}

/// Resolution the ring finder works at, and the most pixels it works on (an A3 page at 75 dpi
/// is 0.9 million).
const RING_DPI: f32 = 75.0;
const RING_PIXELS: f64 = 1_500_000.0;

/// Round seals of a unit's size (30–65 mm) found by their outer ring, whatever their ink: on a
/// black-and-white photocopy the seal is the same grey as the text it is stamped over, so the
/// two join into one blob of ink. A seal's rim is a thin circle of ink, unbroken all round, with less ink just outside
/// it; text crossed by a circle is ink on only part of it. Centres are voted for along the
/// ink's edges (each edge pixel not within 10° of the page's axes votes at every seal radius
/// along its gradient, both ways, counted by 3 mm radius band); each centre with about half
/// the votes a whole ring of its band would give is then placed to the pixel and kept when,
/// at one radius, ink lies under at least 92 % of the circle and under far less (0.35 less)
/// of the circles 1.5–3 mm outside the ring, and the inner half of the disc is not filled.
fn ring_seals(img: &Grey, dpi: f32, origin_pt: (f32, f32)) -> Vec<Seal> {
    // Darkest pixel of each f × f block, so thin rings survive; a large image (a poster, a
    // photo said to be 72 dpi) is taken coarser, so that the work stays within RING_PIXELS.
    let by_size = ((img.w as f64 * img.h as f64) / RING_PIXELS).sqrt().ceil();
    let f = ((dpi / RING_DPI).round() as f64).max(by_size).max(1.0) as u32;
    let d = dpi / f as f32;
    let (w, h) = (img.w / f, img.h / f);
    // A ring is about a millimetre thick: coarser than a pixel a millimetre, none is seen.
    if w < 16 || h < 16 || d < 25.4 {
        return Vec::new();
    }
    let mut s = vec![255u8; (w * h) as usize];
    for y in 0..h {
        for x in 0..w {
            let mut v = 255u8;
            for yy in y * f..(y + 1) * f {
                let row = (yy * img.w) as usize;
                for xx in x * f..(x + 1) * f {
                    v = v.min(img.px[row + xx as usize]);
                }
            }
            s[(y * w + x) as usize] = v;
        }
    }
    // The paper: the commonest light level. Ink: 60 levels darker.
    let mut hist = [0u32; 256];
    for &v in &s {
        hist[v as usize] += 1;
    }
    let paper = (128..256).max_by_key(|&v| hist[v]).unwrap_or(255) as i32;
    if hist[paper as usize] == 0 {
        return Vec::new();
    }
    let ink: Vec<bool> = s.iter().map(|&v| (v as i32) < paper - 60).collect();
    let px_mm = d / 25.4;
    // A unit's seal (公章, 合同章) is 38–45 mm across, up to 65 mm; a round emblem in a
    // letterhead is smaller, so rings under 30 mm are left to the ink.
    let (rmin, rmax) = ((15.0 * px_mm) as i32, (32.5 * px_mm).ceil() as i32);
    let (wi, hi) = (w as i32, h as i32);
    let at = |x: i32, y: i32| (y * wi + x) as usize;
    // Votes, by centre and by radius band (3 mm wide): a ring's edges vote for its centre
    // in one band, text's edges spread theirs over every band.
    let band = ((3.0 * px_mm).round() as i32).max(1);
    let bands = ((rmax - rmin) / band + 1) as usize;
    let plane = ink.len();
    let mut acc = vec![0u16; plane * bands];
    for y in 1..hi - 1 {
        for x in 1..wi - 1 {
            let v = |dx: i32, dy: i32| s[at(x + dx, y + dy)] as f32;
            let gx = v(1, -1) + 2.0 * v(1, 0) + v(1, 1) - v(-1, -1) - 2.0 * v(-1, 0) - v(-1, 1);
            let gy = v(-1, 1) + 2.0 * v(0, 1) + v(1, 1) - v(-1, -1) - 2.0 * v(0, -1) - v(1, -1);
            let mag = (gx * gx + gy * gy).sqrt();
            if mag < 160.0 {
                continue;
            }
            let (ux, uy) = (gx / mag, gy / mag);
            // Text's strokes run across and down the page; a ring's edge takes every
            // direction. Edges within 10° of the page's axes do not vote.
            if ux.abs() < 0.17 || uy.abs() < 0.17 {
                continue;
            }
            for r in rmin..=rmax {
                let b = ((r - rmin) / band) as usize * plane;
                for sign in [-1.0f32, 1.0] {
                    let cx = (x as f32 + sign * r as f32 * ux).round() as i32;
                    let cy = (y as f32 + sign * r as f32 * uy).round() as i32;
                    if cx >= 0 && cy >= 0 && cx < wi && cy < hi {
                        let a = &mut acc[b + at(cx, cy)];
                        *a = a.saturating_add(1);
                    }
                }
            }
        }
    }
    // Strong centres: in a band and the next, the votes within a pixel of a point, as a share
    // of what a whole ring at the band's smallest radius would give (its two edges all round,
    // less the edges near the axes: about 0.78 × 4πr); at least 0.45 of it, strongest first,
    // each at least half the smallest radius from a stronger one.
    // Votes within a pixel of each point, band by band (a box sum across, then down), from
    // the widest band in, each band's sums kept until the next band in has used them.
    let mut across = vec![0u32; plane];
    let mut box_sum = |b: usize, out: &mut [u32]| {
        let votes = &acc[b * plane..(b + 1) * plane];
        for y in 0..hi {
            for x in 0..wi {
                let mut t = votes[at(x, y)] as u32;
                if x > 0 {
                    t += votes[at(x - 1, y)] as u32;
                }
                if x + 1 < wi {
                    t += votes[at(x + 1, y)] as u32;
                }
                across[at(x, y)] = t;
            }
        }
        for y in 0..hi {
            for x in 0..wi {
                let mut t = across[at(x, y)];
                if y > 0 {
                    t += across[at(x, y - 1)];
                }
                if y + 1 < hi {
                    t += across[at(x, y + 1)];
                }
                out[at(x, y)] = t;
            }
        }
    };
    let (mut this, mut wider) = (vec![0u32; plane], vec![0u32; plane]);
    let mut peaks: Vec<(f32, usize, i32, i32)> = Vec::new();
    for b in (0..bands).rev() {
        box_sum(b, &mut this);
        let full = 0.78 * 2.0 * std::f32::consts::TAU * (rmin + b as i32 * band) as f32;
        let floor = (0.45 * full) as u32;
        // The strongest 1,024 of the band (a textured photo can put every pixel over the
        // floor): kept by cutting the list back whenever it grows to four times that.
        let mut band_peaks: Vec<(f32, usize, i32, i32)> = Vec::new();
        let keep_best = |v: &mut Vec<(f32, usize, i32, i32)>| {
            if v.len() > 1024 {
                v.select_nth_unstable_by(1023, |a, b| b.0.total_cmp(&a.0));
                v.truncate(1024);
            }
        };
        for i in 0..plane {
            let v = this[i] + if b + 1 < bands { wider[i] } else { 0 };
            if v >= floor {
                band_peaks.push((v as f32 / full, b, i as i32 % wi, i as i32 / wi));
                if band_peaks.len() >= 4096 {
                    keep_best(&mut band_peaks);
                }
            }
        }
        keep_best(&mut band_peaks);
        peaks.extend(band_peaks);
        std::mem::swap(&mut this, &mut wider);
    }
    peaks.sort_by(|a, b| b.0.total_cmp(&a.0));
    // At most four centres a band.
    let mut centres: Vec<(usize, i32, i32)> = Vec::new();
    let sep = (rmin / 2).max(2);
    for &(_, b, x, y) in &peaks {
        if centres.len() >= 24 {
            break;
        }
        let same: Vec<_> = centres.iter().filter(|c| c.0 == b).collect();
        if same.len() < 4
            && same
                .iter()
                .all(|&&(_, cx, cy)| (cx - x).abs() > sep || (cy - y).abs() > sep)
        {
            centres.push((b, x, y));
        }
    }
    // Share of 180 directions from (cx, cy) with ink at radius r (one pixel either way).
    let dirs: Vec<(f32, f32)> = (0..180)
        .map(|k| {
            let a = k as f32 * std::f32::consts::TAU / 180.0;
            (a.cos(), a.sin())
        })
        .collect();
    let covered = |cx: i32, cy: i32, r: i32| -> f32 {
        let mut hit = 0;
        for &(ux, uy) in &dirs {
            let found = (r - 1..=r + 1).any(|rr| {
                let x = (cx as f32 + rr as f32 * ux).round() as i32;
                let y = (cy as f32 + rr as f32 * uy).round() as i32;
                x >= 0 && y >= 0 && x < wi && y < hi && ink[at(x, y)]
            });
            hit += found as u32;
        }
        hit as f32 / 180.0
    };
    let (gap0, gap1) = ((1.5 * px_mm).ceil() as i32, (3.0 * px_mm).ceil() as i32);
    let thick = (2.0 * px_mm).ceil() as usize;
    let k = 72.0 / d;
    let mut out = Vec::new();
    // The best radius from a centre within radius band `b` and the next: (its index from
    // rmin, its coverage).
    let best_at = |b: usize, cx: i32, cy: i32| -> (usize, f32) {
        let lo = b * band as usize;
        let hi_r = ((b + 2) * band as usize).min((rmax - rmin) as usize + 1);
        (lo..hi_r)
            .map(|i| (i, covered(cx, cy, rmin + i as i32)))
            .fold((0, 0.0f32), |a, b| if b.1 > a.1 { b } else { a })
    };
    for (b, vx, vy) in centres {
        // The votes place a centre within a few pixels; the ring says where exactly: the
        // centre, two pixels and then one apart, whose best circle has the most ink.
        let (mut cx, mut cy) = (vx, vy);
        let (mut i, mut best) = best_at(b, cx, cy);
        if best < 0.6 {
            continue;
        }
        for step in [2, 1] {
            let (ox, oy) = (cx, cy);
            for dy in -2..=2 {
                for dx in -2..=2 {
                    let (x, y) = (ox + dx * step, oy + dy * step);
                    if (dx, dy) == (0, 0) || x < 0 || y < 0 || x >= wi || y >= hi {
                        continue;
                    }
                    let (j, c) = best_at(b, x, y);
                    if c > best {
                        (cx, cy, i, best) = (x, y, j, c);
                    }
                }
            }
        }
        if best < 0.92 {
            continue;
        }
        // The ring's outer edge: as far out as the circles stay nearly as inked (a ring up to
        // 2 mm thick); then, 1.5–3 mm further out, much less ink.
        let mut o = i;
        while o < i + thick && covered(cx, cy, rmin + o as i32 + 1) >= best - 0.1 {
            o += 1;
        }
        let outside = (o + gap0 as usize..=o + gap1 as usize)
            .map(|j| covered(cx, cy, rmin + j as i32))
            .fold(0.0f32, f32::max);
        if outside > best - 0.35 {
            continue;
        }
        let r = rmin + o as i32;
        let (mut n, mut filled) = (0u32, 0u32);
        for y in (cy - r / 2).max(0)..=(cy + r / 2).min(hi - 1) {
            for x in (cx - r / 2).max(0)..=(cx + r / 2).min(wi - 1) {
                if (x - cx).pow(2) + (y - cy).pow(2) <= (r / 2).pow(2) {
                    n += 1;
                    filled += ink[at(x, y)] as u32;
                }
            }
        }
        if filled as f32 > 0.6 * n.max(1) as f32 {
            continue;
        }
        let diam_mm = ((2 * r + 1) as f32 / px_mm * 10.0).round() / 10.0;
        out.push(Seal {
            x_pt: origin_pt.0 + (cx as f32 + 0.5) * k,
            y_pt: origin_pt.1 + (cy as f32 + 0.5) * k,
            w_mm: diam_mm,
            h_mm: diam_mm,
            shape: "round",
            rim: (best * 100.0).round() / 100.0,
            red: false,
        });
    }
    out
}

/// Mask pixels with at least two mask neighbours.
fn strokes_only(m: &[bool], w: usize, h: usize) -> Vec<bool> {
    let mut out = vec![false; m.len()];
    for y in 1..h.saturating_sub(1) {
        for x in 1..w.saturating_sub(1) {
            if !m[y * w + x] {
                continue;
            }
            let mut n = 0;
            for dy in 0..3 {
                for dx in 0..3 {
                    n += m[(y + dy - 1) * w + x + dx - 1] as u32;
                }
            }
            out[y * w + x] = n >= 3;
        }
    }
    out
}

/// On a grey scan, red seal ink prints as mid-grey (about 65–85 depending on the scanner's grey
/// formula, lighter where the ink is thin): pixels between text black and paper that are not
/// the anti-aliased edge of a black stroke.
fn grey_seal_ink(img: &Grey) -> Vec<bool> {
    let (w, h) = (img.w as usize, img.h as usize);
    let mut m = vec![false; w * h];
    for y in 1..h.saturating_sub(1) {
        for x in 1..w.saturating_sub(1) {
            let p = img.px[y * w + x];
            if !(50..=190).contains(&p) {
                continue;
            }
            let mut near_black = false;
            for dy in 0..3 {
                for dx in 0..3 {
                    if img.px[(y + dy - 1) * w + x + dx - 1] < 35 {
                        near_black = true;
                    }
                }
            }
            m[y * w + x] = !near_black;
        }
    }
    m
}

/// (rim coverage, fill of the whole ellipse, fill of its inner half) for the ellipse inscribed
/// in `bx`: the share of 48 angular sectors with ink between 0.72 and 1.08 of the radius.
fn round_rim(mask: &[bool], w: u32, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> (f32, f32, f32) {
    let (cx, cy) = ((x0 + x1) as f32 / 2.0, (y0 + y1) as f32 / 2.0);
    let (rx, ry) = (
        ((x1 - x0) as f32 / 2.0).max(1.0),
        ((y1 - y0) as f32 / 2.0).max(1.0),
    );
    let mut sectors = [false; 48];
    let (mut inside, mut ink_inside, mut centre, mut ink_centre) = (0u32, 0u32, 0u32, 0u32);
    for y in y0..y1 {
        for x in x0..x1 {
            let (dx, dy) = ((x as f32 + 0.5 - cx) / rx, (y as f32 + 0.5 - cy) / ry);
            let r = (dx * dx + dy * dy).sqrt();
            let ink = mask[(y * w + x) as usize];
            if r <= 1.0 {
                inside += 1;
                ink_inside += ink as u32;
            }
            if r <= 0.5 {
                centre += 1;
                ink_centre += ink as u32;
            }
            if ink && (0.72..=1.08).contains(&r) {
                let a = dy.atan2(dx);
                let s =
                    (((a + std::f32::consts::PI) / (2.0 * std::f32::consts::PI)) * 48.0) as usize;
                sectors[s.min(47)] = true;
            }
        }
    }
    let rim = sectors.iter().filter(|s| **s).count() as f32 / 48.0;
    (
        rim,
        ink_inside as f32 / inside.max(1) as f32,
        ink_centre as f32 / centre.max(1) as f32,
    )
}

/// Share of the box's border (a band 8 % deep on each side, in 40 segments) that carries ink.
fn square_rim(mask: &[bool], w: u32, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> f32 {
    let (bw, bh) = (x1 - x0, y1 - y0);
    let (dx, dy) = (
        (bw as f32 * 0.08).max(1.0) as u32,
        (bh as f32 * 0.08).max(1.0) as u32,
    );
    let mut hit = 0;
    let segs = 10u32;
    for side in 0..4 {
        for s in 0..segs {
            let (sx0, sx1, sy0, sy1) = match side {
                0 => (x0 + bw * s / segs, x0 + bw * (s + 1) / segs, y0, y0 + dy),
                1 => (x0 + bw * s / segs, x0 + bw * (s + 1) / segs, y1 - dy, y1),
                2 => (x0, x0 + dx, y0 + bh * s / segs, y0 + bh * (s + 1) / segs),
                _ => (x1 - dx, x1, y0 + bh * s / segs, y0 + bh * (s + 1) / segs),
            };
            let mut found = false;
            'seg: for y in sy0..sy1 {
                for x in sx0..sx1 {
                    if mask[(y * w + x) as usize] {
                        found = true;
                        break 'seg;
                    }
                }
            }
            hit += found as u32;
        }
    }
    hit as f32 / (4 * segs) as f32
}

/// Drawing helpers for tests, benches and fixtures: an A4 page at `dpi` with twelve lines of
/// black glyph-like marks, as a page of text.
pub fn text_page(dpi: f32) -> Grey {
    let (w, h) = ((8.27 * dpi) as u32, (11.69 * dpi) as u32);
    let mut g = Grey::new(w, h, 250);
    for line in 0..12 {
        let y0 = (1.5 * dpi) as u32 + line * (0.35 * dpi) as u32;
        for y in y0..y0 + (0.12 * dpi) as u32 {
            for x in (1.0 * dpi) as u32..(7.0 * dpi) as u32 {
                if (x / 7) % 3 != 0 {
                    g.px[(y * w + x) as usize] = 20;
                }
            }
        }
    }
    g
}

/// A black-and-white photocopy of `g`: every mark the same mid-grey on a grey paper.
pub fn photocopied(g: &mut Grey) {
    for v in g.px.iter_mut() {
        *v = if *v < 200 { 90 } else { 215 };
    }
}

/// A red seal (ring, star, a ring of glyph-like marks)
/// of `diam_px` pixels centred at (cx, cy).
pub fn draw_seal(img: &mut Grey, cx: f32, cy: f32, diam_px: f32, red: bool) {
    if img.red.is_empty() && red {
        img.red = vec![0; img.px.len()];
    }
    let r = diam_px / 2.0;
    let ring = (diam_px * 0.035).max(2.0);
    let ink = |img: &mut Grey, x: i64, y: i64| {
        if x < 0 || y < 0 || x >= img.w as i64 || y >= img.h as i64 {
            return;
        }
        let i = (y as u32 * img.w + x as u32) as usize;
        img.px[i] = if red { 110 } else { 130 };
        if red {
            img.red[i] = 255;
        }
    };
    let (x0, x1) = ((cx - r - 2.0) as i64, (cx + r + 2.0) as i64);
    let (y0, y1) = ((cy - r - 2.0) as i64, (cy + r + 2.0) as i64);
    for y in y0..=y1 {
        for x in x0..=x1 {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            let d = (dx * dx + dy * dy).sqrt();
            // Outer ring.
            if (r - ring..=r).contains(&d) {
                ink(img, x, y);
            }
            // Text ring: short radial marks like glyphs, in the upper 3/4 of the rim.
            let a = dy.atan2(dx).to_degrees();
            if (r * 0.62..=r * 0.82).contains(&d)
                && !(50.0..=130.0).contains(&a)
                && (a.abs() as i64 / 6) % 2 == 0
            {
                ink(img, x, y);
            }
            // A five-pointed star in the middle.
            if d <= r * 0.28 {
                let ang = dy.atan2(dx) + std::f32::consts::FRAC_PI_2;
                let k = (ang * 5.0 / (2.0 * std::f32::consts::PI)).rem_euclid(1.0);
                let spike = 1.0 - (k - 0.5).abs() * 2.0;
                if d <= r * (0.12 + 0.16 * spike) {
                    ink(img, x, y);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mm(dpi: f32, v: f32) -> f32 {
        v / 25.4 * dpi
    }

    #[test]
    fn a_red_company_seal_is_found_where_it_is() {
        let dpi = 150.0;
        let mut g = text_page(dpi);
        draw_seal(&mut g, mm(dpi, 150.0), mm(dpi, 230.0), mm(dpi, 42.0), true);
        let s = find_seals(&g, dpi, (0.0, 0.0));
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].shape, "round");
        assert!((s[0].w_mm - 42.0).abs() < 4.0, "{s:?}");
        assert!((s[0].x_pt - 150.0 / 25.4 * 72.0).abs() < 10.0, "{s:?}");
    }

    #[test]
    fn two_seals_are_two() {
        let dpi = 120.0;
        let mut g = text_page(dpi);
        draw_seal(&mut g, mm(dpi, 55.0), mm(dpi, 240.0), mm(dpi, 40.0), true);
        draw_seal(&mut g, mm(dpi, 150.0), mm(dpi, 240.0), mm(dpi, 40.0), true);
        assert_eq!(find_seals(&g, dpi, (0.0, 0.0)).len(), 2);
    }

    #[test]
    fn red_headings_underlines_and_logos_are_not_seals() {
        let dpi = 150.0;
        let mut g = text_page(dpi);
        g.red = vec![0; g.px.len()];
        let w = g.w;
        let mut red = |x: u32, y: u32| {
            let i = (y * w + x) as usize;
            g.px[i] = 110;
            g.red[i] = 255;
        };
        // A red heading: a wide, low band of glyph-like marks.
        for y in mm(dpi, 20.0) as u32..mm(dpi, 28.0) as u32 {
            for x in mm(dpi, 40.0) as u32..mm(dpi, 170.0) as u32 {
                if (x / 5) % 3 != 0 {
                    red(x, y);
                }
            }
        }
        // A red underline.
        for x in mm(dpi, 30.0) as u32..mm(dpi, 180.0) as u32 {
            red(x, mm(dpi, 100.0) as u32);
        }
        // A small filled logo, 8 mm.
        for y in 0..mm(dpi, 8.0) as u32 {
            for x in 0..mm(dpi, 8.0) as u32 {
                red(mm(dpi, 20.0) as u32 + x, mm(dpi, 270.0) as u32 + y);
            }
        }
        // A filled red disc of seal size (a sticker, a stamp pad smudge).
        let (cx, cy, r) = (mm(dpi, 120.0), mm(dpi, 200.0), mm(dpi, 20.0));
        for y in (cy - r) as u32..(cy + r) as u32 {
            for x in (cx - r) as u32..(cx + r) as u32 {
                let (dx, dy) = (x as f32 - cx, y as f32 - cy);
                if dx * dx + dy * dy <= r * r {
                    red(x, y);
                }
            }
        }
        assert!(find_seals(&g, dpi, (0.0, 0.0)).is_empty());
    }

    #[test]
    fn a_seal_photocopied_over_text_is_found_by_its_ring() {
        let dpi = 200.0;
        let mut plain = text_page(dpi);
        photocopied(&mut plain);
        assert!(find_seals(&plain, dpi, (0.0, 0.0)).is_empty());
        // Stamped over the text lines, then copied: seal and text one grey, touching.
        let mut g = text_page(dpi);
        draw_seal(&mut g, mm(dpi, 60.0), mm(dpi, 80.0), mm(dpi, 40.0), false);
        photocopied(&mut g);
        let s = find_seals(&g, dpi, (0.0, 0.0));
        assert_eq!(s.len(), 1, "{s:?}");
        assert_eq!(s[0].shape, "round");
        assert!((s[0].w_mm - 40.0).abs() < 3.0, "{s:?}");
        assert!((s[0].x_pt - 60.0 / 25.4 * 72.0).abs() < 6.0, "{s:?}");
        assert!((s[0].y_pt - 80.0 / 25.4 * 72.0).abs() < 6.0, "{s:?}");
        // A filled disc of seal size and an empty box are not seals.
        let mut g = text_page(dpi);
        let (cx, cy, r) = (mm(dpi, 120.0), mm(dpi, 220.0), mm(dpi, 20.0));
        for y in (cy - r) as u32..(cy + r) as u32 {
            for x in (cx - r) as u32..(cx + r) as u32 {
                let (dx, dy) = (x as f32 - cx, y as f32 - cy);
                if dx * dx + dy * dy <= r * r {
                    g.px[(y * g.w + x) as usize] = 60;
                }
            }
        }
        photocopied(&mut g);
        assert!(find_seals(&g, dpi, (0.0, 0.0)).is_empty());
    }

    #[test]
    fn a_round_emblem_in_black_is_no_seal() {
        // A university's emblem printed in black at the head of its letter paper, 20 mm: a
        // ring, but smaller than a unit's seal, and black, not a seal's ink.
        let dpi = 200.0;
        let mut g = text_page(dpi);
        let (cx, cy, d) = (mm(dpi, 30.0), mm(dpi, 20.0), mm(dpi, 20.0));
        draw_seal(&mut g, cx, cy, d, false);
        for y in (cy - d) as u32..(cy + d) as u32 {
            for x in (cx - d) as u32..(cx + d) as u32 {
                let p = &mut g.px[(y * g.w + x) as usize];
                if *p < 200 {
                    *p = 20;
                }
            }
        }
        assert!(find_seals(&g, dpi, (0.0, 0.0)).is_empty());
    }

    #[test]
    fn a_large_page_is_searched_for_rings_more_coarsely() {
        // An A2 sheet at 150 dpi (17 million pixels): the ring finder works on it at a quarter
        // of its resolution (RING_PIXELS) and still finds a photocopied 42 mm seal.
        let dpi = 150.0;
        let (w, h) = ((16.54 * dpi) as u32, (23.39 * dpi) as u32);
        let mut g = Grey::new(w, h, 250);
        draw_seal(&mut g, mm(dpi, 300.0), mm(dpi, 400.0), mm(dpi, 42.0), false);
        photocopied(&mut g);
        let s = ring_seals(&g, dpi, (0.0, 0.0));
        assert!(!s.is_empty(), "{s:?}");
        assert!((s[0].w_mm - 42.0).abs() < 4.0, "{s:?}");
    }

    #[test]
    fn a_seal_scanned_in_grey_is_found_and_plain_text_is_not() {
        let dpi = 200.0;
        let plain = text_page(dpi);
        assert!(find_seals(&plain, dpi, (0.0, 0.0)).is_empty());
        let mut g = text_page(dpi);
        draw_seal(&mut g, mm(dpi, 140.0), mm(dpi, 60.0), mm(dpi, 40.0), false);
        let s = find_seals(&g, dpi, (0.0, 0.0));
        assert_eq!(s.len(), 1, "{s:?}");
        assert!(!s[0].red);
    }
}
