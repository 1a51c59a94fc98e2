//! OCR of page images with Tesseract (Debian's chi_sim model, which reads Latin letters and
//! digits too: with eng added, lines mixing digits and Han such as 2018年11月28日 came out as
//! 2018 4211 A 284, and the scan figures fell from 0.979/0.972 to 0.971/0.964).
//!
//! Binding: the `tesseract` crate (its `plumbing` layer over `tesseract-sys`): maintained,
//! links the system libtesseract that Debian ships with its models (no bundled copy to keep in
//! step), and takes raw 8-bit frames, so propscan's own clean-up feeds it directly without
//! going through leptonica's file readers.
//!
//! Before recognition a page is cleaned of speckle at its own resolution (isolated dots only: a
//! median would eat the one-pixel strokes of Han characters at 200 dpi), scaled to about 300
//! dpi, deskewed (projection profile, ±6°), cleared of table rules and underlines (ruled cells
//! otherwise read as pictures in Tesseract's layout analysis) and, when the upright reading is
//! poor, tried at 90°, 180° and 270°; the reading with the most confident characters wins.
//! Rows of a ruled table where a cell wraps onto more lines than its neighbours are then read
//! cell by cell (`read_cells`; the rules from `grid`). Words come back with boxes
//! and confidences (Tesseract's TSV) and are grouped into lines. Results are cached by a hash
//! of the pixels and the settings, so a package checked twice is recognised once.

use super::pdf::is_cjk;
use super::raster::{self, Grey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::path::PathBuf;

/// Bumped when preprocessing or grouping changes, so cached results are not reused.
const VERSION: &str = "propscan-ocr-45";
const LANGS: &str = "chi_sim";
const TARGET_DPI: f32 = 300.0;

/// One recognised line: its text, its runs (split at wide gaps) and its box, in the pixels of
/// the upright, deskewed page image (`OcrPage::w` × `OcrPage::h`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OcrLine {
    pub text: String,
    /// Runs of the line separated by gaps wider than two character heights: (text, x0, x1).
    pub runs: Vec<(String, f32, f32)>,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    /// Mean word confidence, 0–100.
    pub conf: f32,
    /// Mean word confidence of each run.
    #[serde(default)]
    pub run_conf: Vec<f32>,
}

/// A recognised page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OcrPage {
    pub lines: Vec<OcrLine>,
    /// Mean word confidence over the page, 0–100 (weighted by characters).
    pub confidence: f32,
    /// Quarter turns clockwise applied to make the page upright.
    pub quarter_turns: u8,
    /// Skew removed, in degrees.
    pub skew_deg: f32,
    /// Size of the image the boxes refer to.
    pub w: u32,
    pub h: u32,
    /// Resolution of that image.
    pub dpi: f32,
    /// Signature places (a 签字 / 签名 / 签章 label) and whether ink stands beside them.
    #[serde(default)]
    pub sign_spots: Vec<SignSpot>,
    /// The table rules (pixels of this image) of the rows read cell by cell; empty when no
    /// row was.
    #[serde(default)]
    pub rules: Vec<super::grid::RuleSeg>,
    /// The cells read one by one (x0, y0, x1, y1, pixels): those of the rows of a ruled table
    /// where a cell wraps (see `read_cells`).
    #[serde(default)]
    pub cell_boxes: Vec<[f32; 4]>,
}

/// A place to sign, as read on a scan: the label line, the text OCR read after the label, and
/// whether there is ink (handwriting, a stamp, a typed name) right of the label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SignSpot {
    pub label: String,
    pub after: String,
    pub ink: bool,
    /// Share of dark pixels in the signing area (0–1).
    pub ink_share: f32,
}

impl OcrPage {
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
    pub fn chars(&self) -> usize {
        self.lines
            .iter()
            .map(|l| l.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum OcrError {
    /// Tesseract or its Chinese model is not installed.
    Unavailable(String),
    Failed(String),
}

impl std::fmt::Display for OcrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OcrError::Unavailable(s) => write!(
                f,
                "OCR 不可用（{s}）：请安装 tesseract-ocr 与 tesseract-ocr-chi-sim"
            ),
            OcrError::Failed(s) => write!(f, "OCR 失败：{s}"),
        }
    }
}

type Api = tesseract::plumbing::TessBaseApi;

thread_local! {
    /// One Tesseract instance per model this thread has used (chi_sim; eng for re-reading).
    static TESS: RefCell<Vec<(&'static str, Result<Api, String>)>> =
        const { RefCell::new(Vec::new()) };
}

fn with_api<T>(f: impl FnOnce(&mut Api) -> Result<T, OcrError>) -> Result<T, OcrError> {
    with_model(LANGS, f)
}

/// Runs `f` with this thread's Tesseract instance for `langs`, made on first use.
fn with_model<T>(
    langs: &'static str,
    f: impl FnOnce(&mut Api) -> Result<T, OcrError>,
) -> Result<T, OcrError> {
    TESS.with(|cell| {
        let mut apis = cell.borrow_mut();
        let i = match apis.iter().position(|(l, _)| *l == langs) {
            Some(i) => i,
            None => {
                let mut api = Api::create();
                let name = std::ffi::CString::new(langs).expect("no NUL");
                let r = match api.init_2(None, Some(&name)) {
                    Ok(()) => {
                        // Tesseract's own debug lines are noise on a user's terminal.
                        let _ = api.set_variable(c"debug_file", c"/dev/null");
                        Ok(api)
                    }
                    Err(_) => Err(format!("Tesseract 无法加载 {langs} 模型")),
                };
                apis.push((langs, r));
                apis.len() - 1
            }
        };
        match &mut apis[i].1 {
            Ok(api) => f(api),
            Err(e) => Err(OcrError::Unavailable(e.clone())),
        }
    })
}

/// Whether OCR can run here (Tesseract and the chi_sim model load).
pub fn available() -> bool {
    with_api(|_| Ok(())).is_ok()
}

fn cache_path(root: &std::path::Path, key: &[u8]) -> PathBuf {
    let hex: String = key.iter().take(16).map(|b| format!("{b:02x}")).collect();
    root.join("ocr").join(format!("{hex}.json"))
}

/// Recognise one page image whose resolution is `dpi`. `cache`: the cache directory, if any.
pub fn recognise(
    img: &Grey,
    dpi: f32,
    cache: Option<&std::path::Path>,
) -> Result<OcrPage, OcrError> {
    let key = {
        let mut h = Sha256::new();
        h.update(VERSION.as_bytes());
        h.update(LANGS.as_bytes());
        h.update(img.w.to_le_bytes());
        h.update(img.h.to_le_bytes());
        h.update(((dpi * 10.0) as u32).to_le_bytes());
        h.update(&img.px);
        h.finalize().to_vec()
    };
    if let Some(root) = cache
        && let Ok(s) = std::fs::read_to_string(cache_path(root, &key))
        && let Ok(p) = serde_json::from_str::<OcrPage>(&s)
    {
        return Ok(p);
    }
    let page = recognise_uncached(img, dpi)?;
    if let Some(root) = cache {
        let path = cache_path(root, &key);
        if let Some(dir) = path.parent()
            && std::fs::create_dir_all(dir).is_ok()
            && let Ok(json) = serde_json::to_string(&page)
        {
            // Written aside and renamed: a reader never sees half a file.
            let tmp = path.with_extension(format!("tmp{}", std::process::id()));
            if std::fs::write(&tmp, json).is_ok() {
                let _ = std::fs::rename(&tmp, &path);
            }
        }
    }
    Ok(page)
}

/// Scale to ~300 dpi (bounded), despeckle and deskew: the image Tesseract sees.
pub fn prepare(img: &Grey, dpi: f32) -> (Grey, f32, f32) {
    let (g, skew, dpi, _) = prepare_inner(img, dpi, false);
    (g, skew, dpi)
}

/// [`prepare`], with the rules it whitened.
fn prepare_with_rules(img: &Grey, dpi: f32) -> (Grey, f32, f32, Vec<super::grid::RuleSeg>) {
    prepare_inner(img, dpi, true)
}

fn prepare_inner(
    img: &Grey,
    dpi: f32,
    want_rules: bool,
) -> (Grey, f32, f32, Vec<super::grid::RuleSeg>) {
    let dpi = if dpi.is_finite() && dpi > 20.0 {
        dpi
    } else {
        TARGET_DPI
    };
    let mut scale = (TARGET_DPI / dpi).clamp(0.25, 4.0);
    // At most ~36 M pixels after scaling (A4 at 300 dpi is 8.7 M).
    let px = img.w as f32 * img.h as f32 * scale * scale;
    if px > 36.0e6 {
        scale *= (36.0e6 / px).sqrt();
    }
    // Light text on a dark ground (a phone's dark mode) turned dark on light first.
    let inverted = raster::invert_dark_ground(img);
    let img = inverted.as_ref().unwrap_or(img);
    // A black-and-white scan that diffused grey into dots: the dots taken out. Only on a page
    // of two levels: on a grey one, specks of noise and the thin strokes of small print are
    // alike, and taking them out lost a commitment's text.
    let bilevel = img.px.iter().all(|&p| p == 0 || p == 255);
    let undithered = if bilevel {
        raster::undither(img, dpi)
    } else {
        None
    };
    let img = undithered.as_ref().unwrap_or(img);
    // A fold's creases (grey bands from edge to edge) made paper, the print across them kept.
    let uncreased = raster::lift_creases(img, dpi);
    let img = uncreased.as_ref().unwrap_or(img);
    // A photographed page: the light evened out and the desk around the sheet gone first.
    let flat = raster::flatten_background(img);
    let img = flat.as_ref().unwrap_or(img);
    // Faint print made black.
    let stretched = raster::stretch_faint_ink(img);
    let img = stretched.as_ref().unwrap_or(img);
    // Grey-shaded cells made paper, the text on them kept.
    let lifted = raster::lift_shading(img, dpi);
    let img = lifted.as_ref().unwrap_or(img);
    // Speckle is removed at the scan's own resolution, where a speck is one pixel.
    let despeckled = raster::despeckle(img);
    let clean = if (scale - 1.0).abs() > 0.08 {
        raster::resize(
            &despeckled,
            (img.w as f32 * scale).round() as u32,
            (img.h as f32 * scale).round() as u32,
        )
    } else {
        despeckled
    };
    // Skew measured on a copy about 1,200 pixels wide (the angle does not depend on scale).
    let small = if clean.w > 1_400 {
        let f = 1_200.0 / clean.w as f32;
        raster::resize(&clean, 1_200, (clean.h as f32 * f).round().max(1.0) as u32)
    } else {
        clean.clone()
    };
    let skew = raster::skew_angle(&small, 6.0);
    let mut upright = if skew.abs() >= 0.15 {
        raster::rotate(&clean, -skew)
    } else {
        clean
    };
    let before = want_rules.then(|| upright.clone());
    // Rules longer than 0.6 inch: table borders and underlines, never a character's stroke.
    raster::remove_rules(&mut upright, (0.6 * dpi * scale) as u32);
    // Rules a black-and-white scan broke into dashes.
    raster::remove_broken_rules(&mut upright, dpi * scale);
    // A dithered black-and-white page: the dots that touched a rule are loose now.
    if undithered.is_some() {
        upright = raster::drop_specks(&upright, dpi * scale);
    }
    let mut rules = before.map_or_else(Vec::new, |b| {
        super::grid::whitened_rules(&b, &upright, dpi * scale)
    });
    // A line from one edge of the sheet to the other is a fold's crease or the scanner's
    // streak, not a table's rule (a table keeps inside the page's margins): whitened with the
    // rules, it divides no cell, nor does any part of it found on its own.
    let edge_to_edge = |r: &super::grid::RuleSeg| {
        let span = if r.vertical { upright.h } else { upright.w } as f32;
        r.a <= 0.03 * span && r.b >= 0.97 * span
    };
    let creases: Vec<super::grid::RuleSeg> = rules.iter().copied().filter(edge_to_edge).collect();
    rules.retain(|r| {
        !creases
            .iter()
            .any(|c| c.vertical == r.vertical && (c.pos - r.pos).abs() <= 0.03 * dpi * scale)
    });
    // The back of thin paper showing through made white, once the rules are found.
    if let Some(clear) = raster::clear_show_through(&upright) {
        upright = clear;
    }
    (upright, skew, dpi * scale, rules)
}

fn recognise_uncached(img: &Grey, dpi: f32) -> Result<OcrPage, OcrError> {
    // A red seal stamped over text (the unit's name beside 申报单位（盖章）): its ink is lifted
    // inside the seals found, so the text under it is read without the ring across it.
    let lifted = seal_ink_lifted(img, dpi);
    let (prepared, skew, eff_dpi, rules) = prepare_with_rules(lifted.as_ref().unwrap_or(img), dpi);
    let mut best = run_ruled(&prepared, eff_dpi, &rules)?;
    best.skew_deg = skew;
    // A poor upright reading: try the other orientations; keep the most confident text.
    if score(&best) < 40.0 * 20.0 || best.confidence < 60.0 {
        for q in 1..4u8 {
            let turned = raster::rotate90(&prepared, q);
            let mut p = run(&turned, eff_dpi)?;
            if score(&p) > score(&best) * 1.5 {
                p.quarter_turns = q;
                p.skew_deg = skew;
                best = p;
            }
        }
    }
    if best.quarter_turns == 0 {
        read_cells(&prepared, eff_dpi, rules, &mut best)?;
    }
    // Ink beside a signing label is looked for on the page as it is: a signature stamp (red, a
    // seal to the finder) is a signature.
    let signing = best
        .lines
        .iter()
        .any(|l| SIGN_WORDS.iter().any(|w| l.text.contains(w)));
    let for_ink = match lifted {
        Some(_) if signing => prepare(img, dpi).0,
        _ => prepared,
    };
    let upright = raster::rotate90(&for_ink, best.quarter_turns);
    best.sign_spots = sign_spots(&upright, &best.lines);
    Ok(best)
}

/// The page with the red ink of its seals lifted (see [`raster::lift_red_ink`]), when it has
/// colour and red seals; the box of each seal a tenth wider on every side.
pub fn seal_ink_lifted(img: &Grey, dpi: f32) -> Option<Grey> {
    if img.red.is_empty() {
        return None;
    }
    let px_per_pt = dpi / 72.0;
    let px_per_mm = dpi / 25.4;
    let boxes: Vec<(u32, u32, u32, u32)> = super::seal::find_red_seals(img, dpi, (0.0, 0.0))
        .iter()
        .map(|s| {
            let (cx, cy) = (s.x_pt * px_per_pt, s.y_pt * px_per_pt);
            let (hw, hh) = (0.6 * s.w_mm * px_per_mm, 0.6 * s.h_mm * px_per_mm);
            let clamp = |v: f32| v.max(0.0) as u32;
            (
                clamp(cx - hw),
                clamp(cy - hh),
                clamp(cx + hw),
                clamp(cy + hh),
            )
        })
        .collect();
    (!boxes.is_empty()).then(|| raster::lift_red_ink(img, &boxes))
}

/// The rows of a ruled table that line finding reads wrong, read cell by cell: where the page's
/// rules make a grid, the rows with a cell at least 1.6 times the grid's usual row pitch tall
/// (a value wrapped onto two lines beside a label set at mid-height, which line finding across
/// the page cuts in half) have each cell's ink (cut close, on white margins, a little inside
/// its rules) recognised on its own — as one line when block segmentation finds none — and
/// those lines replace the page reading's lines there. The rules and those cells stay with
/// the page, for the reader to set those rows as a PDF page's are.
fn read_cells(
    img: &Grey,
    dpi: f32,
    rules: Vec<super::grid::RuleSeg>,
    page: &mut OcrPage,
) -> Result<(), OcrError> {
    let cells = super::grid::cells(&rules, 0.04 * dpi);
    if cells.is_empty() {
        // No ruled table: the rows of an unruled one that line finding reads wrong, with
        // rules of their own.
        let (cells, rules) = super::grid::unruled_rows(img, dpi);
        if cells.is_empty() || cells.len() > 120 {
            return Ok(());
        }
        return read_cell_boxes(img, dpi, cells, rules, page);
    }
    // Only rows with a cell that wraps (a value on two lines beside a label set at mid-height)
    // are read cell by cell: there the page's line finding goes wrong; rows of one line each it
    // reads well, and in context (a code beside its label). A row of one line sets the
    // measure: the distance between the grid's rows that a quarter of them are no taller than
    // (in a form where most labels wrap, half the rows are of two lines).
    let mut ys: Vec<f32> = cells.iter().flat_map(|c| [c.y0, c.y1]).collect();
    ys.sort_by(f32::total_cmp);
    ys.dedup_by(|a, b| (*a - *b).abs() < 0.04 * dpi);
    let mut pitch: Vec<f32> = ys.windows(2).map(|p| p[1] - p[0]).collect();
    pitch.sort_by(f32::total_cmp);
    let Some(&usual) = pitch.get(pitch.len() / 4) else {
        return Ok(());
    };
    let bands: Vec<(f32, f32)> = cells
        .iter()
        .filter(|c| c.y1 - c.y0 >= 1.6 * usual)
        .map(|c| (c.y0, c.y1))
        .collect();
    if bands.is_empty() {
        return Ok(());
    }
    let cells: Vec<super::grid::Cell> = cells
        .into_iter()
        .filter(|c| {
            let mid = (c.y0 + c.y1) / 2.0;
            bands.iter().any(|(a, b)| (*a..=*b).contains(&mid))
        })
        .collect();
    // Each cell is a recognition of its own: a bounded number of them.
    if cells.len() > 120 {
        return Ok(());
    }
    read_cell_boxes(img, dpi, cells, rules, page)
}

/// Read `cells` one by one, each cut close to its ink, in place of the page's lines that stand
/// inside them; the rules around them go to the reader with the cells.
fn read_cell_boxes(
    img: &Grey,
    dpi: f32,
    cells: Vec<super::grid::Cell>,
    rules: Vec<super::grid::RuleSeg>,
    page: &mut OcrPage,
) -> Result<(), OcrError> {
    let inside = |l: &OcrLine| {
        let (cx, cy) = ((l.x0 + l.x1) / 2.0, (l.y0 + l.y1) / 2.0);
        cells
            .iter()
            .any(|c| (c.x0..=c.x1).contains(&cx) && (c.y0..=c.y1).contains(&cy))
    };
    let mut lines: Vec<OcrLine> = page.lines.iter().filter(|l| !inside(l)).cloned().collect();
    // Inside the rules by 0.025 inch: what is left of a broken rule at a cell's edge is not
    // read with its text (a box reaching over the rule would put its line in the next row).
    let inset = (0.025 * dpi).max(2.0);
    let pad = (0.08 * dpi) as u32;
    for c in &cells {
        let (cx0, cy0) = (
            (c.x0 + inset).max(0.0) as u32,
            (c.y0 + inset).max(0.0) as u32,
        );
        let (cx1, cy1) = (
            ((c.x1 - inset).max(0.0) as u32).min(img.w),
            ((c.y1 - inset).max(0.0) as u32).min(img.h),
        );
        if cx1 <= cx0 + 4 || cy1 <= cy0 + 4 {
            continue;
        }
        // The cell's ink and its box: Tesseract reads a few characters far better cut close
        // than lost in a wide empty cell.
        let (mut ix0, mut iy0, mut ix1, mut iy1, mut ink) =
            (u32::MAX, u32::MAX, 0u32, 0u32, 0usize);
        for y in cy0..cy1 {
            for x in cx0..cx1 {
                if img.px[(y * img.w + x) as usize] < 128 {
                    ink += 1;
                    (ix0, iy0, ix1, iy1) = (ix0.min(x), iy0.min(y), ix1.max(x + 1), iy1.max(y + 1));
                }
            }
        }
        // A blank cell, or a speck: nothing to read.
        if ink < (0.0004 * dpi * dpi) as usize {
            continue;
        }
        let margin = (0.04 * dpi) as u32;
        let (x0, y0) = (
            ix0.saturating_sub(margin).max(cx0),
            iy0.saturating_sub(margin).max(cy0),
        );
        let (x1, y1) = ((ix1 + margin).min(cx1), (iy1 + margin).min(cy1));
        let crop = cut_on_white(img, (x0, y0, x1, y1), pad);
        // A cell of a few characters (无, 30) that block segmentation finds no line in is
        // read as one line.
        let mut read = run(&crop, dpi)?;
        if read.lines.is_empty() {
            read = run_as(&crop, dpi, Some(c"7"))?;
        }
        // The page's own reading of the cell, where its runs stand wholly inside it (a code
        // beside a wrapped label that line finding took with the label's second line), is kept
        // when it is surer by ten points: a crop of a few characters can read worse than the
        // line did (a credit code at confidence 0 in its cell, 72 on the page).
        let own = own_reading(&page.lines, c);
        if !own.is_empty() && mean_conf(&own) >= mean_conf(&read.lines) + 10.0 {
            lines.extend(own);
            continue;
        }
        let (dx, dy) = (x0 as f32 - pad as f32, y0 as f32 - pad as f32);
        for mut l in read.lines {
            l.x0 += dx;
            l.x1 += dx;
            l.y0 = (l.y0 + dy).max(y0 as f32);
            l.y1 = (l.y1 + dy).min(y1 as f32);
            for r in &mut l.runs {
                r.1 += dx;
                r.2 += dx;
            }
            lines.push(l);
        }
    }
    lines.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
    page.confidence = mean_conf(&lines);
    page.lines = lines;
    // The rules of the rows read cell by cell, and those rows: the reader sets only their
    // lines with the rules.
    page.cell_boxes = cells.iter().map(|c| [c.x0, c.y0, c.x1, c.y1]).collect();
    page.rules = rules
        .into_iter()
        .filter(|r| {
            page.cell_boxes.iter().any(|b| {
                let (lo, hi) = if r.vertical {
                    (b[1], b[3])
                } else {
                    (b[0], b[2])
                };
                let at = if r.vertical {
                    (b[0], b[2])
                } else {
                    (b[1], b[3])
                };
                r.pos >= at.0 - 0.04 * dpi
                    && r.pos <= at.1 + 0.04 * dpi
                    && r.b.min(hi) > r.a.max(lo)
            })
        })
        .collect();
    Ok(())
}

/// Characters (whitespace aside) of a text.
fn char_count(t: &str) -> f32 {
    t.chars().filter(|c| !c.is_whitespace()).count() as f32
}

/// The lines' confidence, weighted by their characters; 0 without any.
fn mean_conf(lines: &[OcrLine]) -> f32 {
    let (n, sum) = lines.iter().fold((0f32, 0f32), |(n, s), l| {
        (n + char_count(&l.text), s + char_count(&l.text) * l.conf)
    });
    if n > 0.0 { sum / n } else { 0.0 }
}

/// The page's lines that stand wholly inside `cell`, each with only its runs inside it and
/// their confidence weighted by characters. Empty when no run does.
fn own_reading(lines: &[OcrLine], cell: &super::grid::Cell) -> Vec<OcrLine> {
    let slack = 2.0;
    let mut out: Vec<OcrLine> = Vec::new();
    for l in lines {
        if l.y0 < cell.y0 - slack || l.y1 > cell.y1 + slack {
            continue;
        }
        let mut own: Option<OcrLine> = None;
        for (k, r) in l.runs.iter().enumerate() {
            if r.1 < cell.x0 - slack || r.2 > cell.x1 + slack {
                continue;
            }
            let conf = l.run_conf.get(k).copied().unwrap_or(l.conf);
            let o = own.get_or_insert_with(|| OcrLine {
                text: String::new(),
                runs: Vec::new(),
                x0: r.1,
                y0: l.y0,
                x1: r.2,
                y1: l.y1,
                conf: 0.0,
                run_conf: Vec::new(),
            });
            if !o.text.is_empty() {
                o.text.push('\t');
            }
            o.text.push_str(&r.0);
            o.runs.push(r.clone());
            o.run_conf.push(conf);
            (o.x0, o.x1) = (o.x0.min(r.1), o.x1.max(r.2));
        }
        if let Some(mut o) = own {
            let m: f32 = o.runs.iter().map(|r| char_count(&r.0)).sum();
            o.conf = o
                .runs
                .iter()
                .zip(&o.run_conf)
                .map(|(r, c)| char_count(&r.0) * c)
                .sum::<f32>()
                / m.max(1.0);
            out.push(o);
        }
    }
    out
}

/// Confident characters: the orientation judge.
fn score(p: &OcrPage) -> f32 {
    p.lines
        .iter()
        .map(|l| l.conf * l.text.chars().filter(|c| !c.is_whitespace()).count() as f32)
        .sum()
}

fn run(img: &Grey, dpi: f32) -> Result<OcrPage, OcrError> {
    run_as(img, dpi, None)
}

/// The box (x0, y0)–(x1, y1) of `img` (inside it) on white paper `pad` pixels wide all round.
fn cut_on_white(img: &Grey, (x0, y0, x1, y1): (u32, u32, u32, u32), pad: u32) -> Grey {
    let (cw, ch) = (x1 - x0, y1 - y0);
    let mut crop = Grey::new(cw + 2 * pad, ch + 2 * pad, 255);
    for y in 0..ch {
        let src = ((y0 + y) * img.w + x0) as usize;
        let dst = ((y + pad) * crop.w + pad) as usize;
        crop.px[dst..dst + cw as usize].copy_from_slice(&img.px[src..src + cw as usize]);
    }
    crop
}

/// The model that re-reads words of digits and capital letters.
const LATIN_LANGS: &str = "eng";

/// [`crate::text::CREDIT_ALPHABET`] for Tesseract's whitelist (a test checks they agree).
const CODE_CHARS: &std::ffi::CStr = c"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Whether chi_sim's word is a run of digits and capitals (a phone number, a credit code, an
/// amount, a guide code): five characters or more, three of them digits, nothing else but a
/// hyphen or a point.
fn latin_word(t: &str) -> bool {
    t.chars().count() >= 5
        && t.chars().filter(|c| c.is_ascii_digit()).count() >= 3
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// Words the Chinese model read as digits and capitals, read again on their own (a line, psm
/// 7) by Tesseract's English model, whose digits are far surer: chi_sim reads a serif phone
/// number at 300 dpi with a digit doubled (19494456926 as 1949443569206, at confidence 49)
/// where eng reads it right at 97. The second reading replaces the first only when it is of
/// the same kind (digits and capitals) and at least ten points more confident, and 80 or more.
/// A credit code chi_sim misread, in one word or cut into a few on its line, is read again
/// first ([`reread_code`]). Without the English model the page reading stands as it is.
fn reread_latin_words(img: &Grey, dpi: f32, tsv: &str) -> String {
    let (rows, fields) = tsv_rows(tsv);
    let word = |i: usize| is_word(&fields[i]);
    let mut out = String::with_capacity(tsv.len());
    let mut i = 0;
    while i < rows.len() {
        if let Some((last, (x, y, w, h), (code, conf))) = word(i)
            .then(|| code_words(img, dpi, &fields, i).or_else(|| month_words(img, dpi, &fields, i)))
            .flatten()
        {
            out.push_str(&fields[i][..6].join("\t"));
            out.push_str(&format!("\t{x}\t{y}\t{w}\t{h}\t{conf:.6}\t{code}\n"));
            i = last + 1;
            continue;
        }
        let f = &fields[i];
        let reread = word(i)
            .then(|| {
                let conf: f32 = f[10].parse().ok()?;
                let text = f[11].trim();
                if !latin_word(text) || conf >= 90.0 {
                    return None;
                }
                let (text2, conf2) = read_crop(img, dpi, word_box(f)?, LATIN_LANGS, c"7", None)?;
                (latin_word(&text2) && conf2 >= 80.0 && conf2 >= conf + 10.0)
                    .then_some((text2, conf2))
            })
            .flatten();
        let row = rows[i];
        match reread {
            Some((text, conf)) => {
                let line = row.trim_end_matches(['\n', '\r']);
                out.push_str(&f[..10].join("\t"));
                out.push_str(&format!("\t{conf:.6}\t{text}"));
                out.push_str(&row[line.len()..]);
            }
            None => out.push_str(row),
        }
        i += 1;
    }
    out
}

/// A TSV's rows (with their line ends) and each row's tab-separated fields.
#[allow(clippy::type_complexity)]
fn tsv_rows(tsv: &str) -> (Vec<&str>, Vec<Vec<&str>>) {
    let rows: Vec<&str> = tsv.split_inclusive('\n').collect();
    let fields = rows
        .iter()
        .map(|r| r.trim_end_matches(['\n', '\r']).split('\t').collect())
        .collect();
    (rows, fields)
}

/// A TSV word's box.
type Box4 = (u32, u32, u32, u32);

/// Whether a TSV row is a word (level 5, all twelve fields).
fn is_word(f: &[&str]) -> bool {
    f.len() == 12 && f[0] == "5"
}

/// A TSV word's box: left, top, width, height.
fn word_box(f: &[&str]) -> Option<Box4> {
    let n = |i: usize| f[i].parse::<u32>().ok();
    Some((n(6)?, n(7)?, n(8)?, n(9)?))
}

/// Whether TSV row `f` is a word on the same line (block, paragraph, line) as word `of`.
fn same_line(f: &[&str], of: &[&str]) -> bool {
    is_word(f) && f[1..5] == of[1..5]
}

/// What [`along_line`] does after a word: take the next, give up, or stop with a reading.
enum Step<T> {
    Go,
    Stop,
    Found(T),
}

/// The words from TSV row `i` on along its line (same block, paragraph and line), joined one
/// by one: `step` sees the word just added, the joined text and the joined box. A gap wider
/// than two character heights is the next cell's and ends the run. Returns the run's last row,
/// its box and what `step` found.
fn along_line<T>(
    fields: &[Vec<&str>],
    i: usize,
    mut step: impl FnMut(&str, &str, Box4) -> Step<T>,
) -> Option<(usize, Box4, T)> {
    let (mut x0, mut y0, w, h) = word_box(&fields[i])?;
    let (mut x1, mut y1) = (x0 + w, y0 + h);
    let mut joined = String::new();
    for j in i..fields.len() {
        let f = &fields[j];
        if !same_line(f, &fields[i]) {
            break;
        }
        let (x, y, w, h) = word_box(f)?;
        if j > i && x > x1 + 2 * (y1 - y0).max(h) {
            break;
        }
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x + w), y1.max(y + h));
        let t = f[11].trim();
        joined.push_str(t);
        match step(t, &joined, (x0, y0, x1 - x0, y1 - y0)) {
            Step::Go => {}
            Step::Stop => break,
            Step::Found(v) => return Some((j, (x0, y0, x1 - x0, y1 - y0), v)),
        }
    }
    None
}

/// Words Tesseract gives no confidence at all (under 5) that stand alone on their line — one or
/// two characters, more than two character heights from the words on either side — where no
/// value can stand: after a value rather than a label, between a label and its value, or before
/// a line's first label (四 at a table's right border, 外 in a label cell's empty half, on a
/// faded scan whose rules were too faint to be lifted); and specks (a box under a fifth of the
/// line's character height each way: a 1 of three pixels). Dropped from the TSV before lines
/// are made. A lone word right after a label, with nothing after it or a label next, is that
/// label's value (无 read with no confidence) and stays; so does any word with some confidence.
fn drop_stray_words(tsv: &str) -> String {
    let (rows, fields) = tsv_rows(tsv);
    let num = |f: &Vec<&str>, k: usize| f[k].parse::<f32>().unwrap_or(0.0);
    // A label as read, specks of punctuation after it aside (申请市拨经费（万元）.，).
    let is_label = |t: &str| {
        let t = t.trim_end_matches(|c: char| c.is_ascii_punctuation() || "，。、：；".contains(c));
        crate::labels::leading_label(t).is_some_and(|(_, _, rest)| rest.is_empty())
    };
    let mut drop = vec![false; rows.len()];
    let mut start = 0;
    while start < rows.len() {
        if !is_word(&fields[start]) {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < rows.len() && same_line(&fields[end], &fields[start]) {
            end += 1;
        }
        let mut heights: Vec<f32> = (start..end).map(|k| num(&fields[k], 9)).collect();
        heights.sort_by(f32::total_cmp);
        let h = heights[heights.len() / 2].max(1.0);
        // The line's segments: words closer than two character heights, left to right.
        let mut order: Vec<usize> = (start..end).collect();
        order.sort_by(|a, b| num(&fields[*a], 6).total_cmp(&num(&fields[*b], 6)));
        let mut segments: Vec<(Vec<usize>, String)> = Vec::new();
        let mut right = f32::MIN;
        for &k in &order {
            let x = num(&fields[k], 6);
            match segments.last_mut() {
                Some((ks, text)) if x - right <= 2.0 * h => {
                    ks.push(k);
                    text.push_str(fields[k][11].trim());
                }
                _ => segments.push((vec![k], fields[k][11].trim().to_string())),
            }
            right = right.max(x + num(&fields[k], 8));
        }
        for (n, (ks, text)) in segments.iter().enumerate() {
            for &k in ks {
                let f = &fields[k];
                drop[k] = num(f, 8) < h / 5.0 && num(f, 9) < h / 5.0;
            }
            let [k] = ks[..] else { continue };
            let after_label = n > 0 && is_label(&segments[n - 1].1);
            let value_place = after_label && segments.get(n + 1).is_none_or(|s| is_label(&s.1));
            let before_label = n == 0 && segments.get(1).is_some_and(|s| is_label(&s.1));
            let misplaced = (n > 0 && !value_place) || before_label;
            if num(&fields[k], 10) < 5.0 && text.chars().count() <= 2 && misplaced {
                drop[k] = true;
            }
        }
        start = end;
    }
    let mut out = String::with_capacity(tsv.len());
    for (k, r) in rows.iter().enumerate() {
        if !drop[k] {
            out.push_str(r);
        }
    }
    out
}

/// A misread credit code starting at TSV row `i`: words along its line whose joined text
/// [`code_misread`] judges, read again together by [`reread_code`]. The shortest run that reads
/// as a code wins; a run stops at a word of two or more Han characters (a label) or where the
/// words as read are a code already.
fn code_words(
    img: &Grey,
    dpi: f32,
    fields: &[Vec<&str>],
    i: usize,
) -> Option<(usize, Box4, (String, f32))> {
    if !fields[i][11]
        .trim()
        .starts_with(|c: char| c.is_ascii_alphanumeric())
    {
        return None;
    }
    along_line(fields, i, |word, joined, b| {
        let han = word.chars().filter(|c| !c.is_ascii()).count();
        let checks = crate::text::credit_code_checks;
        if han >= 2 || checks(word) || checks(joined) || joined.chars().count() > 23 {
            return Step::Stop;
        }
        match code_misread(joined)
            .then(|| reread_code(img, dpi, b))
            .flatten()
        {
            Some(found) => Step::Found(found),
            None => Step::Go,
        }
    })
}

/// The characters a year and month are written with, for the month's second reading.
const MONTH_CHARS: &std::ffi::CStr = c"0123456789年月";

/// A year and month whose month chi_sim misread, starting at TSV row `i` with the year's four
/// digits (2024年昼 for 2024年7月, 2024年了月, 2025年0]月): the words up to the month read again
/// together by the Chinese model held to digits, 年 and 月, as one line. The reading is taken
/// only when it is the same year, 年, a month from 1 to 12 and 月; otherwise the page reading
/// stands (P002 then says the period could not be read).
fn month_words(
    img: &Grey,
    dpi: f32,
    fields: &[Vec<&str>],
    i: usize,
) -> Option<(usize, Box4, (String, f32))> {
    let year = year_prefix(fields[i][11].trim())?;
    let conf: f32 = fields[i][10].parse().unwrap_or(0.0);
    let (last, b, found) = along_line(fields, i, |_, joined, b| {
        if joined.chars().count() > 9 {
            return Step::Stop;
        }
        match month_after_year(joined) {
            MonthRead::Incomplete => Step::Go,
            MonthRead::Clean => Step::Stop,
            MonthRead::Misread => {
                let again = read_crop(img, dpi, b, LANGS, c"7", Some(MONTH_CHARS))
                    .filter(|(t, _)| year_prefix(t) == Some(year))
                    .filter(|(t, _)| month_after_year(t) == MonthRead::Clean && t.ends_with('月'));
                match again {
                    Some((t, c)) => Step::Found((t, c.max(conf))),
                    None => Step::Go,
                }
            }
        }
    })?;
    // The month read again with its 月 while chi_sim gave 月 a word of its own after it.
    let next = fields
        .get(last + 1)
        .filter(|f| same_line(f, &fields[i]) && f[11].trim() == "月");
    match next.and_then(|f| word_box(f)) {
        Some((x, y, w, h)) => {
            let (x0, y0) = (b.0.min(x), b.1.min(y));
            let (x1, y1) = ((b.0 + b.2).max(x + w), (b.1 + b.3).max(y + h));
            Some((last + 1, (x0, y0, x1 - x0, y1 - y0), found))
        }
        None => Some((last, b, found)),
    }
}

/// The year a text starts with: four ASCII digits from 1900 to 2099.
fn year_prefix(t: &str) -> Option<u32> {
    let y: u32 = t.get(..4)?.parse().ok()?;
    (t.as_bytes()[..4].iter().all(u8::is_ascii_digit) && (1900..2100).contains(&y)).then_some(y)
}

#[derive(Debug, PartialEq)]
enum MonthRead {
    /// Nothing after the year yet, or only its 年 and a digit or two (月 may be the next word).
    Incomplete,
    /// 年, a month of one or two digits from 1 to 12, then 月 (or nothing more: 2024年7).
    Clean,
    /// Something else in one to three characters after 年, not [`AFTER_YEAR`]'s.
    Misread,
}

/// What follows a year as written, not misread: a range's separator (2022年至2025年), a part
/// of a year (年底, 年度, 上半年), a bracket or a comma.
const AFTER_YEAR: &str = "至到起止一-－—~～底初末度内中上下半第以前后开结（(，,、的及和";

/// How a text that starts with a year reads after it.
fn month_after_year(t: &str) -> MonthRead {
    let Some(rest) = t.get(4..).and_then(|r| r.strip_prefix('年')) else {
        return if t.chars().count() <= 4 {
            MonthRead::Incomplete
        } else {
            MonthRead::Clean
        };
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = &rest[digits.len()..];
    let month_ok = digits.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)) && digits.len() <= 2;
    if rest.is_empty() || (after.is_empty() && digits.len() <= 2) {
        MonthRead::Incomplete
    } else if (month_ok && after.starts_with('月')) || rest.starts_with(|c| AFTER_YEAR.contains(c))
    {
        MonthRead::Clean
    } else if rest.chars().count() <= 3 && !rest.contains('年') {
        MonthRead::Misread
    } else {
        MonthRead::Clean
    }
}

/// Whether chi_sim's word (or words) may be a 统一社会信用代码 it misread: 16 to 23 characters,
/// at most two of them neither an ASCII letter nor a digit, six digits or more, and no code
/// that checks (GB 32100's check character).
fn code_misread(t: &str) -> bool {
    let n = t.chars().count();
    let alnum = t.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
    (16..=23).contains(&n)
        && n - alnum <= 2
        && digits >= 6
        && !crate::text::credit_code_checks(&t.to_ascii_uppercase())
}

/// A word that [`code_misread`] judged, read again by the English model restricted to the
/// code's alphabet (as one line, then as one word): taken only when that reading is a code
/// whose check character holds — a wrong reading passes the check 1 time in 31, where chi_sim
/// reads a scanned 10 as LU or a K as 玫. Otherwise the page reading stands.
fn reread_code(img: &Grey, dpi: f32, bbox: (u32, u32, u32, u32)) -> Option<(String, f32)> {
    [c"7", c"8"].into_iter().find_map(|psm| {
        let (t, conf) = read_crop(img, dpi, bbox, LATIN_LANGS, psm, Some(CODE_CHARS))?;
        // The check character vouches for the reading more than the model's confidence does
        // (often low under a whitelist): counted as at least 90, so no later step drops it.
        crate::text::credit_code_checks(&t).then_some((t, conf.max(90.0)))
    })
}

/// The word in box (x, y, w, h) of `img`, cut with a margin of 0.4 of its height on white,
/// read by the model `langs` with page segmentation mode `psm` (7: one line, 8: one word),
/// only the characters of `allow` if given: its words joined, and their least confidence. The
/// model's instance is shared, so its mode and character set are put back after.
fn read_crop(
    img: &Grey,
    dpi: f32,
    (x, y, w, h): (u32, u32, u32, u32),
    langs: &'static str,
    psm: &std::ffi::CStr,
    allow: Option<&std::ffi::CStr>,
) -> Option<(String, f32)> {
    if w == 0 || h == 0 || x >= img.w || y >= img.h {
        return None;
    }
    let m = (h * 2 / 5).max(2);
    let (x0, y0) = (x.saturating_sub(m), y.saturating_sub(m));
    let (x1, y1) = ((x + w + m).min(img.w), (y + h + m).min(img.h));
    let crop = cut_on_white(img, (x0, y0, x1, y1), 0);
    let tsv = with_model(langs, |api| {
        api.set_image(&crop.px, crop.w as i32, crop.h as i32, 1, crop.w as i32)
            .map_err(|e| OcrError::Failed(format!("{e:?}")))?;
        api.set_source_resolution(dpi.round() as i32);
        let _ = api.set_variable(c"tessedit_pageseg_mode", psm);
        if let Some(allow) = allow {
            let _ = api.set_variable(c"tessedit_char_whitelist", allow);
        }
        let done = api
            .recognize()
            .map_err(|e| OcrError::Failed(format!("{e:?}")));
        let _ = api.set_variable(c"tessedit_char_whitelist", c"");
        let _ = api.set_variable(c"tessedit_pageseg_mode", c"6");
        done?;
        let t = api
            .get_tsv_text(0)
            .map_err(|e| OcrError::Failed(format!("{e:?}")))?;
        Ok(t.as_ref().to_string_lossy().into_owned())
    })
    .ok()?;
    let (mut text, mut least) = (String::new(), f32::MAX);
    for line in tsv.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() == 12 && f[0] == "5" && !f[11].trim().is_empty() {
            text.push_str(f[11].trim());
            least = least.min(f[10].parse().unwrap_or(0.0));
        }
    }
    (!text.is_empty()).then_some((text, least))
}

/// [`run`] on a page whose table rules were whitened before recognition: a vertical rule
/// between two of a line's words, or through one, is the border between two cells (see
/// [`parse_tsv_ruled`]).
fn run_ruled(img: &Grey, dpi: f32, rules: &[super::grid::RuleSeg]) -> Result<OcrPage, OcrError> {
    run_inner(img, dpi, None, rules)
}

/// [`run`] with Tesseract's page segmentation mode set to `psm` for this image (then back to
/// the API's own, a single block).
fn run_as(img: &Grey, dpi: f32, psm: Option<&std::ffi::CStr>) -> Result<OcrPage, OcrError> {
    run_inner(img, dpi, psm, &[])
}

fn run_inner(
    img: &Grey,
    dpi: f32,
    psm: Option<&std::ffi::CStr>,
    rules: &[super::grid::RuleSeg],
) -> Result<OcrPage, OcrError> {
    let tsv = with_api(|api| {
        api.set_image(&img.px, img.w as i32, img.h as i32, 1, img.w as i32)
            .map_err(|e| OcrError::Failed(format!("{e:?}")))?;
        api.set_source_resolution(dpi.round() as i32);
        if let Some(psm) = psm {
            let _ = api.set_variable(c"tessedit_pageseg_mode", psm);
        }
        let done = api
            .recognize()
            .map_err(|e| OcrError::Failed(format!("{e:?}")));
        if psm.is_some() {
            let _ = api.set_variable(c"tessedit_pageseg_mode", c"6");
        }
        done?;
        let t = api
            .get_tsv_text(0)
            .map_err(|e| OcrError::Failed(format!("{e:?}")))?;
        Ok(t.as_ref().to_string_lossy().into_owned())
    })?;
    let tsv = reread_latin_words(img, dpi, &tsv);
    let tsv = drop_stray_words(&tsv);
    let lines = parse_tsv_ruled(&tsv, rules);
    Ok(OcrPage {
        confidence: mean_conf(&lines),
        lines,
        quarter_turns: 0,
        skew_deg: 0.0,
        w: img.w,
        h: img.h,
        dpi,
        sign_spots: Vec::new(),
        rules: Vec::new(),
        cell_boxes: Vec::new(),
    })
}

/// Words that mark a place to sign; the last is the label's head when OCR misread the rest
/// (法定代表人（等字）, 法定代表大：).
const SIGN_WORDS: [&str; 4] = ["签字", "签名", "签章", "法定代表"];

/// Ink right of each signing label: the area from the label's end, about twelve character
/// heights wide and a line above and below, on the image OCR read (table rules and underlines
/// already removed, speckle gone). More than 1.5 % dark pixels is ink.
fn sign_spots(img: &Grey, lines: &[OcrLine]) -> Vec<SignSpot> {
    let thr = raster::otsu(img);
    let mut spots = Vec::new();
    for l in lines {
        let Some(word) = SIGN_WORDS.iter().find(|w| l.text.contains(**w)) else {
            continue;
        };
        // The run holding the label, and the label's end inside it (after ： or ）).
        let Some((run, rx0, rx1)) = l.runs.iter().find(|r| r.0.contains(word)) else {
            continue;
        };
        let chars: Vec<char> = run.chars().collect();
        let kw = run[..run.find(word).unwrap_or(0)].chars().count() + word.chars().count();
        // The label ends at its colon, else at its closing bracket, within six characters.
        let window = || chars.iter().enumerate().skip(kw).take(6);
        let end = window()
            .find(|(_, c)| matches!(c, '：' | ':'))
            .or_else(|| window().find(|(_, c)| matches!(c, '）' | ')')))
            .map(|(i, _)| i + 1)
            .unwrap_or(kw);
        let per = (rx1 - rx0) / chars.len().max(1) as f32;
        let h = (l.y1 - l.y0).max(8.0);
        let x0 = (rx0 + per * end as f32 + 0.2 * h).max(0.0) as u32;
        let x1 = ((x0 as f32 + 12.0 * h) as u32).min(img.w);
        let y0 = (l.y0 - 0.6 * h).max(0.0) as u32;
        let y1 = ((l.y1 + 0.6 * h) as u32).min(img.h);
        if x1 <= x0 + 4 || y1 <= y0 + 4 {
            continue;
        }
        let mut dark = 0u64;
        for y in y0..y1 {
            for x in x0..x1 {
                dark += (img.get(x, y) <= thr) as u64;
            }
        }
        let share = dark as f32 / ((x1 - x0) as u64 * (y1 - y0) as u64) as f32;
        let after: String = chars[end.min(chars.len())..].iter().collect::<String>()
            + &l.runs
                .iter()
                .skip_while(|r| !r.0.contains(word))
                .skip(1)
                .take(1)
                .map(|r| format!(" {}", r.0))
                .collect::<String>();
        spots.push(SignSpot {
            label: l.text.clone(),
            after: after.trim().to_string(),
            ink: share > 0.015,
            ink_share: (share * 1000.0).round() / 1000.0,
        });
    }
    spots
}

/// ASCII punctuation beside Han characters as the full-width form Chinese text uses (the
/// models read ： as : and （ as ( ): `名称:` → `名称：`, `(公章)` → `（公章）`; the angle
/// brackets 〈〉 the model reads for （） put back.
pub fn cjk_punctuation(s: &str) -> String {
    let cs: Vec<char> = s.chars().collect();
    let near_cjk = |i: usize| {
        let before = cs[..i].iter().rev().find(|c| !c.is_whitespace());
        let after = cs[i + 1..].iter().find(|c| !c.is_whitespace());
        before.is_some_and(|c| is_cjk(*c)) || after.is_some_and(|c| is_cjk(*c))
    };
    let mut out = String::with_capacity(s.len());
    for (i, &c) in cs.iter().enumerate() {
        // The model reads a printed （ as 〈 now and then; forms print angle brackets almost
        // never (titles go in 《》).
        let c = match c {
            '〈' => '（',
            '〉' => '）',
            // 《 closed by ） is a misread （ (《盖章） → （盖章））.
            '《' if cs[i + 1..]
                .iter()
                .find(|x| matches!(x, '》' | '）' | ')'))
                .is_some_and(|x| *x != '》') =>
            {
                '（'
            }
            c => c,
        };
        let wide = match c {
            ':' => '：',
            ';' => '；',
            ',' => '，',
            '(' => '（',
            ')' => '）',
            '!' => '！',
            '?' => '？',
            _ => c,
        };
        // A digit before and after keeps ASCII (12:30, 1,000).
        let digits =
            i > 0 && i + 1 < cs.len() && cs[i - 1].is_ascii_digit() && cs[i + 1].is_ascii_digit();
        if wide != c && !digits && near_cjk(i) {
            out.push(wide);
        } else {
            out.push(c);
        }
    }
    // Spaces between Han characters are layout, not text. A bracket read twice (（（万元）),
    // where the run closes fewer brackets than it opens, is one bracket.
    let cs: Vec<char> = out.chars().collect();
    let count = |from: usize, x: char| cs[from..].iter().filter(|c| **c == x).count();
    let mut res = String::with_capacity(out.len());
    for (i, &c) in cs.iter().enumerate() {
        if c == ' ' && i > 0 && i + 1 < cs.len() && (is_cjk(cs[i - 1]) || is_cjk(cs[i + 1])) {
            continue;
        }
        if c == '（' && cs.get(i + 1) == Some(&'（') && count(i, '（') > count(i, '）') {
            continue;
        }
        res.push(c);
    }
    res
}

/// One or two quote marks, bars, dots or commas: what OCR makes of a rule's end or a speck.
/// Dashes, slashes and ticks stay (a placeholder —, a tick √ are a form's values).
fn is_debris(run: &str) -> bool {
    let t = run.trim();
    let n = t.chars().count();
    (1..=2).contains(&n)
        && t.chars().all(|c| {
            matches!(
                c,
                '”' | '“'
                    | '‘'
                    | '’'
                    | '\''
                    | '"'
                    | '|'
                    | '`'
                    | '´'
                    | ','
                    | '.'
                    | '，'
                    | '。'
                    | '、'
                    | '_'
                    | '¦'
            )
        })
}

/// A line that opens with a few Han characters and a semicolon (课题名称；…) is a label and its
/// colon, which OCR misread: a sentence does not break after its first few characters.
fn label_colon(s: &str) -> String {
    let head: Vec<char> = s.chars().take_while(|c| is_cjk(*c) && *c != '；').collect();
    let head_len = head.iter().map(|c| c.len_utf8()).sum::<usize>();
    if (2..=8).contains(&head.len())
        && s[head_len..].starts_with('；')
        && head.iter().all(|c| crate::extract::garble::is_han(*c))
    {
        return s.replacen('；', "：", 1);
    }
    // A known label, then the full stops OCR makes of a colon or a rule's specks, then its
    // value (所在高新区。昆山高新区): the stops are the colon.
    let head: String = s
        .chars()
        .take_while(|c| crate::extract::garble::is_han(*c))
        .collect();
    let rest = &s[head.len()..];
    let value = rest.trim_start_matches('。');
    if (2..=10).contains(&head.chars().count())
        && value.len() < rest.len()
        && rest.len() - value.len() <= 3 * '。'.len_utf8()
        && !value.trim().is_empty()
        && crate::labels::key_of(&head).is_some()
    {
        return format!("{head}：{value}");
    }
    s.to_string()
}

/// A mark OCR makes of a table's ruling line (a vertical rule read as ” | ‘ 丨).
fn is_rule_mark(c: char) -> bool {
    matches!(
        c,
        '”' | '“' | '‘' | '’' | '\'' | '"' | '|' | '¦' | '丨' | '｜' | '`' | '´'
    )
}

/// Tesseract's TSV (level, page, block, par, line, word, left, top, width, height, conf,
/// text) → lines. Han characters are joined without spaces; Latin words with one.
pub fn parse_tsv(tsv: &str) -> Vec<OcrLine> {
    parse_tsv_ruled(tsv, &[])
}

/// [`parse_tsv`] on a page whose table rules (`rules`, pixels of the image read) were whitened
/// before recognition. Tesseract, not seeing them, may read a label and the value in the next
/// cell as one word, or as two words too close for a gap (单位类型企业, 联系电话139…): a
/// vertical rule that spans a word's middle height and stands between two words, or through a
/// word, is the border between two cells, so the next word, or the word's characters past the
/// rule, start a run of their own. A word is cut at the character boundary nearest the rule,
/// counting a Latin letter or digit half a Han character's width.
pub fn parse_tsv_ruled(tsv: &str, rules: &[super::grid::RuleSeg]) -> Vec<OcrLine> {
    struct W {
        key: (u32, u32, u32),
        text: String,
        x0: f32,
        y0: f32,
        x1: f32,
        y1: f32,
        conf: f32,
    }
    let mut words: Vec<W> = Vec::new();
    for row in tsv.lines() {
        let f: Vec<&str> = row.split('\t').collect();
        if f.len() < 12 || f[0] != "5" {
            continue;
        }
        let n = |i: usize| f[i].trim().parse::<f32>().unwrap_or(0.0);
        let text = f[11].trim();
        if text.is_empty() || n(10) < 0.0 {
            continue;
        }
        words.push(W {
            key: (n(2) as u32, n(3) as u32, n(4) as u32),
            text: text.to_string(),
            x0: n(6),
            y0: n(7),
            x1: n(6) + n(8),
            y1: n(7) + n(9),
            conf: n(10),
        });
    }
    // The vertical rules through a word's middle height, and the words cut where they cross.
    let verticals = |w: &W| {
        let mid = (w.y0 + w.y1) / 2.0;
        rules
            .iter()
            .filter(move |r| r.vertical && r.a <= mid && mid <= r.b)
            .map(|r| r.pos)
    };
    if rules.iter().any(|r| r.vertical) {
        let mut cut: Vec<W> = Vec::with_capacity(words.len());
        for w in words {
            let h = (w.y1 - w.y0).max(1.0);
            let chars: Vec<char> = w.text.chars().collect();
            let weight = |c: &char| if c.is_ascii() { 0.5 } else { 1.0 };
            let total: f32 = chars.iter().map(weight).sum();
            // Character boundaries (index, x) the rules fall nearest to, inside the word.
            let mut at: Vec<(usize, f32)> = verticals(&w)
                .filter(|&x| x > w.x0 + 0.3 * h && x < w.x1 - 0.3 * h)
                .filter_map(|x| {
                    let want = (x - w.x0) / (w.x1 - w.x0) * total;
                    let mut acc = 0.0;
                    let mut best = (0usize, f32::MAX);
                    for (i, c) in chars.iter().enumerate() {
                        acc += weight(c);
                        if (acc - want).abs() < best.1 {
                            best = (i + 1, (acc - want).abs());
                        }
                    }
                    (best.0 > 0 && best.0 < chars.len()).then_some((best.0, x))
                })
                .collect();
            at.sort_by_key(|a| a.0);
            at.dedup_by_key(|a| a.0);
            if at.is_empty() {
                cut.push(w);
                continue;
            }
            let mut from = (0usize, w.x0);
            for (i, x) in at.into_iter().chain([(chars.len(), w.x1)]) {
                cut.push(W {
                    key: w.key,
                    text: chars[from.0..i].iter().collect(),
                    x0: from.1,
                    y0: w.y0,
                    x1: if i == chars.len() { w.x1 } else { x - 1.0 },
                    y1: w.y1,
                    conf: w.conf,
                });
                from = (i, x + 1.0);
            }
        }
        words = cut;
    }
    let mut lines: Vec<OcrLine> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let key = words[i].key;
        let mut j = i;
        while j < words.len() && words[j].key == key {
            j += 1;
        }
        let ws = &words[i..j];
        // The line's character height: its tallest word's (word boxes leave gaps between
        // characters that stand close), and the median word's (a glyph read with a speck, or
        // two lines' characters read as one word, stands far taller than the rest).
        let (height, median) = {
            let mut hs: Vec<f32> = ws.iter().map(|w| w.y1 - w.y0).collect();
            hs.sort_by(f32::total_cmp);
            (hs[hs.len() - 1].max(1.0), hs[hs.len() / 2].max(1.0))
        };
        let mut runs: Vec<(String, f32, f32)> = Vec::new();
        // Per run: confidence × characters, characters.
        let mut rc: Vec<(f32, f32)> = Vec::new();
        let mut text = String::new();
        let (mut csum, mut nsum) = (0f32, 0f32);
        // A table rule read as a mark (” | ‘) between two words is the border between two
        // cells: the mark goes, the next word starts a run of its own.
        // Quotes that pair up (面向“双碳”目标) are quotes, not rules.
        let count = |c: char| ws.iter().map(|w| w.text.matches(c).count()).sum::<usize>();
        let quotes_pair = count('“') == count('”') && count('‘') == count('’');
        let rule_mark =
            |c: char| is_rule_mark(c) && !(quotes_pair && matches!(c, '“' | '”' | '‘' | '’'));
        let mut rule_before = false;
        for (k, w) in ws.iter().enumerate() {
            let n = w.text.chars().count() as f32;
            csum += w.conf * n;
            nsum += n;
            let chars: Vec<char> = w.text.chars().collect();
            let gap = if k == 0 { 0.0 } else { w.x0 - ws[k - 1].x1 };
            // A table rule between this word and the one before (whitened before recognition).
            let ruled = k > 0 && {
                let p = &ws[k - 1];
                verticals(w).any(|x| x > (p.x0 + p.x1) / 2.0 && x < (w.x0 + w.x1) / 2.0)
            };
            // After a label of the lexicon, a gap of one and a half characters is a border
            // (所在高新区 ⇥ 苏州工业园区 with a tall glyph on the line).
            let mut border = rule_before
                || gap > 2.0 * height
                || ruled
                || (gap > 1.5 * median
                    && runs
                        .last()
                        .is_some_and(|r| crate::labels::key_of(&r.0).is_some()));
            let mut piece_start = 0;
            // The word cut at its rule marks; each piece after a mark opens a cell.
            // (Not an apostrophe between two Latin letters: Milgram's.)
            let latin = |i: Option<&char>| i.is_some_and(|c| c.is_ascii_alphabetic());
            let cut = |e: usize| {
                rule_mark(chars[e])
                    && !(latin(e.checked_sub(1).and_then(|p| chars.get(p)))
                        && latin(chars.get(e + 1)))
            };
            for end in (0..=chars.len()).filter(|&e| e == chars.len() || cut(e)) {
                if end > piece_start {
                    let body: String = chars[piece_start..end].iter().collect();
                    let at = |c: usize| w.x0 + (w.x1 - w.x0) * c as f32 / n.max(1.0);
                    let (x0, x1) = (at(piece_start), at(end));
                    let m = (end - piece_start) as f32;
                    match runs.last_mut() {
                        Some(r) if !border => {
                            if let Some(c) = rc.last_mut() {
                                c.0 += w.conf * m;
                                c.1 += m;
                            }
                            let last = r.0.chars().last().unwrap_or(' ');
                            let first = body.chars().next().unwrap_or(' ');
                            if !(is_cjk(last) || is_cjk(first)) {
                                r.0.push(' ');
                            }
                            r.0.push_str(&body);
                            r.2 = x1;
                        }
                        _ => {
                            runs.push((body, x0, x1));
                            rc.push((w.conf * m, m));
                        }
                    }
                    border = false;
                }
                if end < chars.len() {
                    border = !runs.is_empty();
                }
                piece_start = end + 1;
            }
            rule_before = border;
        }
        for r in runs.iter_mut() {
            r.0 = cjk_punctuation(&r.0);
        }
        let more = runs.len() > 1;
        for r in runs.iter_mut().skip(1) {
            r.0 = label_colon(&r.0);
        }
        // A known label in a cell of its own, its colon read as full stops (所在高新区。): the
        // next run is its value.
        let n = runs.len();
        for r in runs.iter_mut().take(n.saturating_sub(1)) {
            let label = r.0.trim_end_matches('。');
            if label.len() < r.0.len()
                && r.0.len() - label.len() <= 3 * '。'.len_utf8()
                && crate::labels::key_of(label).is_some()
            {
                r.0 = label.to_string();
            }
        }
        if let Some(r) = runs.first_mut() {
            r.0 = label_colon(&r.0);
            if let Some(fixed) = crate::labels::repair_ocr_label(&r.0, more) {
                r.0 = fixed;
            }
        }
        // A run of one or two marks standing apart (” | ' ,) is what is left of a table rule or
        // a speck, not text; a line of nothing else is dropped.
        let (mut runs, mut rc): (Vec<_>, Vec<_>) = runs
            .into_iter()
            .zip(rc)
            .filter(|(r, _)| !is_debris(&r.0))
            .unzip();
        // One character the recogniser had no confidence in at all, standing last on a line
        // after a label and its value (not after a label: that is a value), is a border's or
        // the photo's edge read as a character (申报单位 | 苏州…公司 | 病).
        if runs.len() >= 3
            && let (Some(last), Some(&(c, m))) = (runs.last(), rc.last())
            && last.0.chars().count() == 1
            && (m <= 0.0 || c / m < 5.0)
            && crate::labels::key_of(&runs[runs.len() - 2].0).is_none()
        {
            runs.pop();
            rc.pop();
        }
        if runs.is_empty() {
            i = j;
            continue;
        }
        for (k, r) in runs.iter().enumerate() {
            if k > 0 {
                text.push('\t');
            }
            text.push_str(&r.0);
        }
        let x0 = runs.iter().map(|r| r.1).fold(f32::MAX, f32::min);
        let x1 = runs.iter().map(|r| r.2).fold(0.0, f32::max);
        lines.push(OcrLine {
            text,
            runs,
            x0,
            y0: ws.iter().map(|w| w.y0).fold(f32::MAX, f32::min),
            x1,
            y1: ws.iter().map(|w| w.y1).fold(0.0, f32::max),
            conf: if nsum > 0.0 { csum / nsum } else { 0.0 },
            run_conf: rc
                .iter()
                .map(|(c, n)| if *n > 0.0 { c / n } else { 0.0 })
                .collect(),
        });
        i = j;
    }
    split_at_value_column(&mut lines);
    lines
}

/// An unruled form's value column, where a label and its value were read as one run (申请单位名称
/// 苏州…, 所在高新区吴江高新区: too little white between them to see): the column is where the
/// values of at least three lines that did split after a label of the lexicon begin (within
/// 0.6 of a line's height of their median), their labels starting within a character of one
/// another. A line starting there whose first run crosses the column is cut after the label
/// of the lexicon that ends nearest the column (within 1.5 characters, by the run's width
/// spread over its characters, a Latin letter or digit counting half), unless what follows
/// reads as a sentence (。，；): a note under the table is no row.
fn split_at_value_column(lines: &mut [OcrLine]) {
    let key = |t: &str| crate::labels::key_of(t).is_some();
    let split: Vec<(f32, f32, f32)> = lines
        .iter()
        .filter(|l| l.runs.len() >= 2 && key(&l.runs[0].0))
        .map(|l| (l.runs[0].1, l.runs[1].1, l.y1 - l.y0))
        .collect();
    if split.len() < 3 {
        return;
    }
    let median = |mut v: Vec<f32>| {
        v.sort_by(f32::total_cmp);
        v[v.len() / 2]
    };
    let column = median(split.iter().map(|s| s.1).collect());
    let left = median(split.iter().map(|s| s.0).collect());
    let h = median(split.iter().map(|s| s.2).collect()).max(1.0);
    if split
        .iter()
        .filter(|s| (s.1 - column).abs() <= 0.6 * h && (s.0 - left).abs() <= h)
        .count()
        < 3
    {
        return;
    }
    let weight = |c: char| if c.is_ascii() { 0.5 } else { 1.0 };
    for l in lines.iter_mut() {
        let Some((text, x0, x1)) = l.runs.first().cloned() else {
            continue;
        };
        if (x0 - left).abs() > h || x0 > column - h || x1 < column + 0.5 * h {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        let total: f32 = chars.iter().map(|&c| weight(c)).sum();
        let per = (x1 - x0) / total.max(1.0);
        let mut best: Option<(usize, f32, f32)> = None;
        let mut acc = 0.0;
        for k in 1..chars.len() {
            acc += weight(chars[k - 1]);
            let at = x0 + acc * per;
            let prefix: String = chars[..k].iter().collect();
            if (at - column).abs() <= 1.5 * per
                && key(&prefix)
                && best.is_none_or(|b| (at - column).abs() < b.1)
            {
                best = Some((k, (at - column).abs(), at));
            }
        }
        let Some((k, _, at)) = best else { continue };
        let rest: String = chars[k..].iter().collect();
        if rest.trim().is_empty() || rest.contains(['。', '，', '；']) {
            continue;
        }
        let conf = l.run_conf.first().copied().unwrap_or(l.conf);
        let label: String = chars[..k].iter().collect();
        l.runs[0] = (label, x0, at);
        l.runs.insert(1, (rest.trim().to_string(), at, x1));
        if !l.run_conf.is_empty() {
            l.run_conf.insert(1, conf);
        }
        l.text = l
            .runs
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>()
            .join("\t");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is read again as a credit code: 16–23 characters, mostly ASCII letters and digits,
    /// that do not check; a code that checks, a phone number, a date or a name is left alone.
    #[test]
    fn code_misreads_are_judged_by_shape_and_check_character() {
        for t in [
            "91320211XB1LIONAHAXM",
            "12320000519Q玫2WE3X",
            "12320000WBTITD1IGVWS5FA",
            "91320583N1E9LKEJ2W",
        ] {
            assert!(code_misread(t), "{t}");
        }
        for t in [
            "91320594DH4YQRR7T0",
            "13401644834",
            "2022年8月至2025年7月",
            "苏州高新区（虎丘区）科技局",
            "GR202132001234",
        ] {
            assert!(!code_misread(t), "{t}");
        }
        assert_eq!(CODE_CHARS.to_str().unwrap(), crate::text::CREDIT_ALPHABET);
    }

    /// What is read again as a year and month: a month chi_sim misread (昼, 了月, 0]月, 二月 for
    /// 1月); a month in digits, a year still being joined, a range's separator or a year-only
    /// phrase are left alone.
    #[test]
    fn misread_months_are_judged_after_the_year() {
        for t in [
            "2024年昼",
            "2024年了月",
            "2025年0]月",
            "2025年二月",
            "2024年13月",
        ] {
            assert_eq!(month_after_year(t), MonthRead::Misread, "{t}");
        }
        for t in [
            "2024年7月",
            "2024年12月",
            "2022年至",
            "2022年底",
            "2022年（",
            "2024-07",
            "2022年度",
        ] {
            assert_eq!(month_after_year(t), MonthRead::Clean, "{t}");
        }
        for t in ["2024", "2024年", "2024年7", "2024年12"] {
            assert_eq!(month_after_year(t), MonthRead::Incomplete, "{t}");
        }
        assert_eq!(year_prefix("2024年昼"), Some(2024));
        assert_eq!(year_prefix("1849年"), None);
        assert_eq!(year_prefix("20a4年"), None);
        assert_eq!(year_prefix("年"), None);
    }

    #[test]
    fn tsv_words_become_lines_with_runs() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   5\t1\t1\t1\t1\t1\t100\t50\t40\t40\t91\t项目\n\
                   5\t1\t1\t1\t1\t2\t142\t50\t40\t40\t89\t名称：\n\
                   5\t1\t1\t1\t1\t3\t400\t50\t80\t40\t80\tABC\n\
                   5\t1\t1\t1\t1\t4\t485\t50\t40\t40\t80\t123\n\
                   4\t1\t1\t1\t2\t0\t100\t120\t200\t40\t-1\t\n\
                   5\t1\t1\t1\t2\t1\t100\t120\t60\t40\t70\t研发\n\
                   5\t1\t2\t1\t1\t1\t10\t200\t10\t40\t30\t”\n\
                   5\t1\t2\t1\t1\t2\t150\t200\t80\t40\t90\t信用代码\n\
                   5\t1\t3\t1\t1\t1\t10\t300\t10\t40\t30\t|\n";
        let lines = parse_tsv(tsv);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text, "项目名称：\tABC 123");
        assert_eq!(lines[0].runs.len(), 2);
        assert_eq!(lines[1].text, "研发");
        // A mark standing apart is a rule's remnant: gone, and the line starts at its text.
        assert_eq!(lines[2].text, "信用代码");
        assert_eq!(lines[2].x0, 150.0);
        assert!(lines[0].conf > 80.0);
    }

    /// A gap of one and a half characters after a label of the lexicon is a cell's border even
    /// when a tall glyph box on the line would make two characters' gap too wide to be one; the
    /// same gap inside a name is not.
    #[test]
    fn a_gap_after_a_label_is_a_border_with_a_tall_glyph_on_the_line() {
        let head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";
        let tsv = format!(
            "{head}\
             5\t1\t1\t1\t1\t1\t100\t50\t140\t40\t95\t所在高\n\
             5\t1\t1\t1\t1\t2\t240\t45\t40\t60\t95\t新\n\
             5\t1\t1\t1\t1\t3\t280\t50\t40\t40\t95\t区\n\
             5\t1\t1\t1\t1\t4\t385\t45\t120\t60\t95\t苏州工\n\
             5\t1\t1\t1\t1\t5\t505\t50\t120\t40\t95\t业园区\n\
             5\t1\t1\t1\t2\t1\t100\t150\t160\t40\t95\t专业化视\n\
             5\t1\t1\t1\t2\t2\t260\t145\t40\t60\t95\t野\n\
             5\t1\t1\t1\t2\t3\t365\t150\t80\t40\t95\t教育\n"
        );
        let lines = parse_tsv(&tsv);
        assert_eq!(lines[0].text, "所在高新区\t苏州工业园区");
        assert_eq!(lines[1].text, "专业化视野教育");
    }

    /// An unruled form's value column, known from rows that split after their labels, cuts a
    /// row whose label and value were read as one run; a note under the table is left whole.
    #[test]
    fn a_label_run_into_its_value_is_cut_at_the_value_column() {
        let head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";
        let mut tsv = head.to_string();
        for (n, (label, value)) in [
            ("指南代码", "210603"),
            ("联系电话", "15346284990"),
            ("主管部门", "苏州市科学技术局"),
        ]
        .iter()
        .enumerate()
        {
            let y = 100 + 60 * n;
            tsv += &format!("5\t1\t1\t1\t{}\t1\t100\t{y}\t160\t40\t95\t{label}\n", n + 1);
            tsv += &format!("5\t1\t1\t1\t{}\t2\t340\t{y}\t200\t40\t95\t{value}\n", n + 1);
        }
        // 所在高新区吴江高新区 as one word 440 wide (44 a character): the label ends at 320,
        // near the column at 340.
        tsv += "5\t1\t1\t1\t4\t1\t100\t280\t440\t40\t95\t所在高新区吴江高新区\n";
        tsv += "5\t1\t1\t1\t5\t1\t100\t340\t400\t40\t95\t所在高新区无则填无。\n";
        let lines = parse_tsv(&tsv);
        assert_eq!(lines[3].text, "所在高新区\t吴江高新区");
        assert_eq!(lines[3].runs[1].1, 320.0);
        assert_eq!(lines[4].text, "所在高新区无则填无。");
    }

    #[test]
    fn a_rule_read_as_a_mark_splits_cells_and_paired_quotes_stay() {
        let row = |words: &[(&str, u32)]| {
            let mut tsv = String::new();
            let mut x = 100;
            for (k, (w, width)) in words.iter().enumerate() {
                tsv += &format!("5\t1\t1\t1\t1\t{}\t{x}\t50\t{width}\t40\t90\t{w}\n", k + 1);
                x += width + 10;
            }
            parse_tsv(&tsv)
        };
        let l = row(&[("申请市级财政资助（万元）", 480), ("”80", 60)]);
        assert_eq!(l[0].text, "申请市级财政资助（万元）\t80");
        let l = row(&[("申请市级财政资助（万元）”80", 540)]);
        assert_eq!(l[0].text, "申请市级财政资助（万元）\t80");
        let l = row(&[("合作单位", 160), ("|", 8), ("无", 40)]);
        assert_eq!(l[0].text, "合作单位\t无");
        let l = row(&[("面向", 80), ("“双碳”目标的储能研发", 400)]);
        assert_eq!(l[0].text, "面向“双碳”目标的储能研发");
        let l = row(&[("Lax-Milgram's", 300), ("定理", 80)]);
        assert_eq!(l[0].text, "Lax-Milgram's定理");
    }

    /// A character read with no confidence at all after a label and its value is the table's
    /// edge, not text; the same after a label is a value, and a confident one stays.
    #[test]
    fn a_character_read_with_no_confidence_after_a_value_is_dropped() {
        let row = |words: &[(&str, u32, u32)]| {
            let tsv: String = words
                .iter()
                .enumerate()
                .map(|(k, (w, x, conf))| {
                    format!("5\t1\t1\t1\t1\t{}\t{x}\t50\t200\t40\t{conf}\t{w}\n", k + 1)
                })
                .collect();
            parse_tsv(&tsv)[0].text.clone()
        };
        assert_eq!(
            row(&[
                ("申报单位", 100, 92),
                ("苏州汇盛光电科技有限公司", 600, 92),
                ("病", 1800, 0)
            ]),
            "申报单位\t苏州汇盛光电科技有限公司"
        );
        assert_eq!(
            row(&[
                ("所在高新区", 100, 92),
                ("无", 600, 90),
                ("合作单位", 1200, 92),
                ("无", 1800, 0)
            ]),
            "所在高新区\t无\t合作单位\t无"
        );
        assert_eq!(
            row(&[("单位类型", 100, 92), ("企业", 600, 92), ("是", 1800, 60)]),
            "单位类型\t企业\t是"
        );
    }

    #[test]
    fn a_whitened_rule_between_or_through_words_is_a_cell_border() {
        use crate::extract::grid::RuleSeg;
        let row = |words: &[(&str, u32, u32)]| {
            words
                .iter()
                .enumerate()
                .map(|(k, (w, x, width))| {
                    format!("5\t1\t1\t1\t1\t{}\t{x}\t50\t{width}\t40\t90\t{w}\n", k + 1)
                })
                .collect::<String>()
        };
        let rule = |pos: f32| RuleSeg {
            vertical: true,
            pos,
            a: 0.0,
            b: 200.0,
        };
        // A label and its value read as one word across the cells' rule.
        let tsv = row(&[("单位类型企业", 100, 270)]);
        assert_eq!(parse_tsv(&tsv)[0].text, "单位类型企业");
        assert_eq!(
            parse_tsv_ruled(&tsv, &[rule(275.0)])[0].text,
            "单位类型\t企业"
        );
        // Digits count half a Han character: the cut falls after the label, not inside the
        // number.
        let tsv = row(&[("联系电话19913489030", 100, 420)]);
        let l = &parse_tsv_ruled(&tsv, &[rule(275.0)])[0];
        assert_eq!(l.text, "联系电话\t19913489030");
        assert_eq!(l.runs.len(), 2);
        assert!(l.runs[1].1 > 275.0 && l.runs[0].2 < 275.0);
        // Two words too close for a gap, the rule between them.
        let tsv = row(&[("合作单位", 100, 160), ("无", 290, 40)]);
        assert_eq!(parse_tsv(&tsv)[0].text, "合作单位无");
        assert_eq!(
            parse_tsv_ruled(&tsv, &[rule(275.0)])[0].text,
            "合作单位\t无"
        );
        // A rule that does not reach the line's height, or stands at a word's very edge, or is
        // horizontal, cuts nothing.
        let short = RuleSeg {
            vertical: true,
            pos: 275.0,
            a: 100.0,
            b: 200.0,
        };
        let flat = RuleSeg {
            vertical: false,
            pos: 70.0,
            a: 0.0,
            b: 1000.0,
        };
        let tsv = row(&[("单位类型企业", 100, 270)]);
        assert_eq!(
            parse_tsv_ruled(&tsv, &[short, rule(105.0), rule(368.0), flat])[0].text,
            "单位类型企业"
        );
    }

    #[test]
    fn a_label_s_colon_misread_as_a_semicolon_is_put_back() {
        assert_eq!(
            label_colon("课题名称；智能网关研发"),
            "课题名称：智能网关研发"
        );
        assert_eq!(
            label_colon("本项目研究了三种方法；其一是"),
            "本项目研究了三种方法；其一是"
        );
        assert_eq!(label_colon("（一）；"), "（一）；");
        // Full stops after a known label are its colon; after prose they are full stops.
        assert_eq!(
            label_colon("所在高新区。昆山高新区"),
            "所在高新区：昆山高新区"
        );
        assert_eq!(
            label_colon("主管部门。。苏州市科技局"),
            "主管部门：苏州市科技局"
        );
        assert_eq!(label_colon("项目已完成。下一步"), "项目已完成。下一步");
        assert_eq!(label_colon("所在高新区。"), "所在高新区。");
        // In a cell of its own, with its value in the next: the label.
        let tsv = "5\t1\t1\t1\t1\t1\t100\t50\t200\t40\t90\t所在高新区。。\n\
                   5\t1\t1\t1\t1\t2\t500\t50\t200\t40\t90\t昆山高新区\n";
        assert_eq!(parse_tsv(tsv)[0].text, "所在高新区\t昆山高新区");
        let tsv = "5\t1\t1\t1\t1\t1\t100\t50\t200\t40\t90\t项目已完成。\n\
                   5\t1\t1\t1\t1\t2\t500\t50\t200\t40\t90\t下一步\n";
        assert_eq!(parse_tsv(tsv)[0].text, "项目已完成。\t下一步");
    }

    #[test]
    fn punctuation_beside_han_is_full_width() {
        assert_eq!(cjk_punctuation("单位(公章):苏州"), "单位（公章）：苏州");
        assert_eq!(
            cjk_punctuation("项目总投入（（万元）"),
            "项目总投入（万元）"
        );
        assert_eq!(cjk_punctuation("经费（（万元））"), "经费（（万元））");
        assert_eq!(cjk_punctuation("at 12:30, ok"), "at 12:30, ok");
        assert_eq!(cjk_punctuation("RISC-V 架构"), "RISC-V架构");
        assert_eq!(
            cjk_punctuation("苏州高新区〈虎丘区）科技局"),
            "苏州高新区（虎丘区）科技局"
        );
    }
}
