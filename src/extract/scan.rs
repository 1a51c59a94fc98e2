//! Scans and photos into the document model: image files, and PDF pages without a usable text
//! layer, read by OCR (`ocr`) from images decoded by `raster`.
//!
//! A PDF page's image is put together from the page's own image XObjects, each drawn through
//! the matrix it was placed with (a scan split into strips, a rotated or flipped placement);
//! only a page whose text layer is garbled and carries no image is drawn by poppler's
//! `pdftoppm` when that program is installed (propscan has no vector rasteriser of its own).
//! Budgets: the pixel budget per image and per page, pages per file, and a time budget per file
//! for OCR; whatever is not read is named with its reason (F003).

use super::ocr;
use super::pdf::{self, Line};
use super::raster::{self, Grey, RasterError};
use super::seal::{Seal, find_seals};
use super::{Deadline, DocIssue, Document, ExtractError, Format, Limits, Page};
use lopdf::ObjectId;

/// Below this resolution a page is not given to OCR: body text (10.5–12 pt) would be under
/// ten pixels high and what OCR reads guesswork. Between it and scanning resolutions (a
/// screenshot of a page at 96 dpi, text 14–16 pixels high) OCR is tried and its confidence
/// decides, as on any scan.
const MIN_DPI: f32 = 66.0;
/// Lines recognised with less confidence are dropped; a page whose mean confidence stays below
/// `MIN_PAGE_CONF` is reported unread instead of feeding rules with garbage.
const MIN_LINE_CONF: f32 = 40.0;
/// A run read this confidently makes its line worth keeping (see `read_page`).
const CONFIDENT_RUN: f32 = 80.0;
const MIN_PAGE_CONF: f32 = 55.0;

/// OCR of one page image with the quality gates: resolution before, confidence after.
fn read_page(img: &Grey, dpi: f32, limits: &Limits) -> Result<Option<ocr::OcrPage>, String> {
    if dpi < MIN_DPI {
        return Err(format!(
            "图像分辨率约 {dpi:.0} dpi，低于可识别的 {MIN_DPI:.0} dpi"
        ));
    }
    let mut p = ocr::recognise(img, dpi, limits.ocr_cache.as_deref()).map_err(|e| e.to_string())?;
    // A line of a form whose label reads well but whose value (a credit code's Latin letters,
    // which the Chinese model reads poorly) drags the mean down is still a row of the form: kept
    // when one of its runs reads with confidence. Whatever a rule makes of an OCR'd value is a
    // warning at most.
    p.lines.retain(keep_line);
    if p.chars() == 0 {
        return Ok(None);
    }
    if p.confidence < MIN_PAGE_CONF {
        return Err(format!(
            "OCR 识别置信度过低（{:.0}/100），识别结果未采用",
            p.confidence
        ));
    }
    Ok(Some(p))
}

/// Whether a recognised line is text worth reading (see `read_page`).
fn keep_line(l: &ocr::OcrLine) -> bool {
    l.conf >= MIN_LINE_CONF || (l.runs.len() >= 2 && l.run_conf.iter().any(|c| *c >= CONFIDENT_RUN))
}

/// What OCR made of one page.
pub(super) struct PageRead {
    pub lines: Vec<Line>,
    pub chars: usize,
    pub confidence: f32,
    pub seals: Vec<Seal>,
    pub sign_spots: Vec<ocr::SignSpot>,
}

/// Resolution seal finding works at on text pages (a seal is 40 mm: 160 pixels).
const SEAL_DPI: f32 = 100.0;

/// OCR state for one PDF: budgets, pages read, pages that could not be read and why.
pub(super) struct PdfOcr<'a> {
    limits: &'a Limits,
    deadline: Option<Deadline>,
    read: Vec<(u32, f32, usize)>,
    unread: Vec<(u32, String)>,
    under_text: Vec<u32>,
    /// Pages OCR found no text on whose picture is blank paper (a duplex scan's back).
    blank: Vec<u32>,
}

impl<'a> PdfOcr<'a> {
    pub fn new(limits: &'a Limits) -> Self {
        PdfOcr {
            limits,
            deadline: None,
            read: Vec::new(),
            unread: Vec::new(),
            under_text: Vec::new(),
            blank: Vec::new(),
        }
    }

    /// Whether page `number` was given to OCR and is blank paper: nothing on it to check, so
    /// it is not reported as unread.
    pub fn blank(&self, number: u32) -> bool {
        self.blank.contains(&number)
    }

    /// Page `number`, read by OCR, is a scan with text typed over it: its typed text was read
    /// as it is, only the picture under it by OCR (F007 says so).
    pub fn read_under_text(&mut self, number: u32) {
        self.under_text.push(number);
    }

    /// Read page `number` by OCR. `images`: the image XObjects drawn on it; `size`: the page's
    /// unrotated size in points; `render`: draw the page itself (garbled fonts) when poppler
    /// is there. `None` when OCR is off or found no text (the caller reports the page as
    /// before: scanned or garbled).
    pub fn page(
        &mut self,
        pdf: &lopdf::Document,
        bytes: &[u8],
        number: u32,
        images: &[PlacedImage],
        size: (f32, f32),
        render: bool,
    ) -> Option<PageRead> {
        if !self.limits.ocr {
            return None;
        }
        if self.read.len() + self.unread.len() >= self.limits.max_ocr_pages {
            self.unread.push((
                number,
                format!("超过每个文件 {} 页的 OCR 上限", self.limits.max_ocr_pages),
            ));
            return None;
        }
        let deadline = *self
            .deadline
            .get_or_insert_with(|| Deadline::after(self.limits.ocr_time_budget));
        if deadline.expired() {
            self.unread.push((
                number,
                format!(
                    "OCR 超出时间预算 {} 秒",
                    self.limits.ocr_time_budget.as_secs()
                ),
            ));
            return None;
        }
        let image = if render && pdftoppm_available() {
            render_page(bytes, number, self.limits)
        } else {
            compose(pdf, images, size, self.limits, 400.0)
        };
        let (img, dpi) = match image {
            Ok(Some(x)) => x,
            Ok(None) => return None,
            Err(e) => {
                self.unread.push((number, e.to_string()));
                return None;
            }
        };
        match read_page(&img, dpi, self.limits) {
            Ok(Some(p)) => {
                let chars = p.chars();
                self.read.push((number, p.confidence, chars));
                Some(PageRead {
                    lines: pdf::ocr_page_lines(&p),
                    chars,
                    confidence: p.confidence,
                    seals: find_seals(&img, dpi, (0.0, 0.0)),
                    sign_spots: p.sign_spots.clone(),
                })
            }
            Ok(None) => {
                if raster::is_blank_paper(&img, dpi) {
                    self.blank.push(number);
                }
                None
            }
            Err(e) => {
                self.unread.push((number, e));
                None
            }
        }
    }

    /// Whether page `number` was given to OCR and could not be read (its reason is recorded).
    pub fn unread(&self, number: u32) -> bool {
        self.unread.iter().any(|u| u.0 == number)
    }

    /// The OCR and unread-image issues of the document.
    pub fn finish(self, doc: &mut Document) {
        push_issues(doc, &self.read, self.unread, self.under_text);
    }
}

fn push_issues(
    doc: &mut Document,
    read: &[(u32, f32, usize)],
    unread: Vec<(u32, String)>,
    under_text: Vec<u32>,
) {
    if !read.is_empty() {
        let n: usize = read.iter().map(|r| r.2).sum();
        let conf = read.iter().map(|r| r.1 * r.2 as f32).sum::<f32>() / n.max(1) as f32;
        doc.issues.push(DocIssue::Ocr {
            pages: read.iter().map(|r| r.0).collect(),
            confidence: (conf * 10.0).round() / 10.0,
            under_text,
        });
    }
    // One issue per distinct reason.
    let mut reasons: Vec<(String, Vec<u32>)> = Vec::new();
    for (page, why) in unread {
        match reasons.iter_mut().find(|(w, _)| *w == why) {
            Some((_, pages)) => pages.push(page),
            None => reasons.push((why, vec![page])),
        }
    }
    for (reason, pages) in reasons {
        doc.issues.push(DocIssue::ImageUnread { pages, reason });
    }
}

/// An image XObject as a page draws it: its object, the matrix it is drawn with, and the clip
/// (x0, y0, x1, y1, in the page's frame) it is drawn in, if any.
pub type PlacedImage = (ObjectId, [f32; 6], Option<[f32; 4]>);

/// Seals on a page that has a text layer and images (an electronic seal placed as a picture, a
/// scanned signature page inside an exported document): the images that could be a seal, drawn
/// where the page places them at a modest resolution.
pub(super) fn text_page_seals(
    pdf: &lopdf::Document,
    images: &[PlacedImage],
    size: (f32, f32),
    limits: &Limits,
) -> Vec<Seal> {
    // A seal is at least 12 mm (34 pt) each way on the page.
    let candidates: Vec<PlacedImage> = images
        .iter()
        .filter(|(_, m, _)| {
            let w = (m[0] * m[0] + m[1] * m[1]).sqrt();
            let h = (m[2] * m[2] + m[3] * m[3]).sqrt();
            w >= 34.0 && h >= 34.0
        })
        .copied()
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    match compose(pdf, &candidates, size, limits, SEAL_DPI) {
        Ok(Some((img, dpi))) => find_seals(&img, dpi, (0.0, 0.0)),
        _ => Vec::new(),
    }
}

/// The page's images drawn where the page places them, on a white page at the resolution of
/// the sharpest of them (at most `max_dpi`, and within the pixel budget). `Ok(None)`: nothing worth reading (no image, only small
/// ones such as logos).
fn compose(
    pdf: &lopdf::Document,
    images: &[PlacedImage],
    (w_pt, h_pt): (f32, f32),
    limits: &Limits,
    max_dpi: f32,
) -> Result<Option<(Grey, f32)>, RasterError> {
    let page_area = (w_pt * h_pt).max(1.0);
    let mut decoded: Vec<(Grey, [f32; 6], Option<[f32; 4]>)> = Vec::new();
    let mut first_err = None;
    for (id, m, clip) in images {
        let area = (m[0] * m[3] - m[1] * m[2]).abs();
        if area < 0.02 * page_area {
            continue;
        }
        let Ok(lopdf::Object::Stream(s)) = pdf.get_object(*id) else {
            continue;
        };
        match raster::decode_pdf_image(pdf, s, limits.max_image_pixels, limits.max_stream_bytes) {
            Ok(g) => decoded.push((g, *m, *clip)),
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    if decoded.is_empty() {
        return match first_err {
            Some(e) => Err(e),
            None => Ok(None),
        };
    }
    // Resolution: pixels per inch of the sharpest image as placed.
    let dpi = decoded
        .iter()
        .map(|(g, m, _)| {
            let wp = (m[0] * m[0] + m[1] * m[1]).sqrt().max(1e-3);
            let hp = (m[2] * m[2] + m[3] * m[3]).sqrt().max(1e-3);
            (g.w as f32 / wp * 72.0).max(g.h as f32 / hp * 72.0)
        })
        .fold(0.0, f32::max)
        .clamp(10.0, max_dpi);
    let mut dpi = dpi;
    let mut cw = (w_pt * dpi / 72.0).round().max(1.0) as u64;
    let mut ch = (h_pt * dpi / 72.0).round().max(1.0) as u64;
    if cw * ch > limits.max_image_pixels {
        let f = (limits.max_image_pixels as f64 / (cw * ch) as f64).sqrt() as f32;
        dpi *= f;
        cw = (w_pt * dpi / 72.0).round().max(1.0) as u64;
        ch = (h_pt * dpi / 72.0).round().max(1.0) as u64;
    }
    let mut canvas = Grey::new(cw as u32, ch as u32, 255);
    let any_red = decoded.iter().any(|(g, _, _)| !g.red.is_empty());
    if any_red {
        canvas.red = vec![0; canvas.px.len()];
    }
    let k = 72.0 / dpi;
    for (g, m, clip) in &decoded {
        let det = m[0] * m[3] - m[1] * m[2];
        if det.abs() < 1e-6 {
            continue;
        }
        // Bounding box of the unit square in page space → canvas pixels.
        let corners = [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]
            .map(|(u, v)| (m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]));
        let (minx, maxx) = corners
            .iter()
            .fold((f32::MAX, f32::MIN), |a, c| (a.0.min(c.0), a.1.max(c.0)));
        let (miny, maxy) = corners
            .iter()
            .fold((f32::MAX, f32::MIN), |a, c| (a.0.min(c.1), a.1.max(c.1)));
        // Only what the clip lets through is drawn (a scan cropped in a PDF editor: the whole
        // image kept, a clipping path round the part shown).
        let (minx, maxx, miny, maxy) = match clip {
            Some(c) => (
                minx.max(c[0]),
                maxx.min(c[2]),
                miny.max(c[1]),
                maxy.min(c[3]),
            ),
            None => (minx, maxx, miny, maxy),
        };
        if maxx <= minx || maxy <= miny {
            continue;
        }
        let x0 = (minx / k).floor().max(0.0) as u32;
        let x1 = ((maxx / k).ceil().max(0.0) as u32).min(canvas.w);
        let y0 = ((h_pt - maxy) / k).floor().max(0.0) as u32;
        let y1 = (((h_pt - miny) / k).ceil().max(0.0) as u32).min(canvas.h);
        for cy in y0..y1 {
            let py = h_pt - (cy as f32 + 0.5) * k;
            for cx in x0..x1 {
                let px = (cx as f32 + 0.5) * k;
                let (dx, dy) = (px - m[4], py - m[5]);
                let u = (m[3] * dx - m[2] * dy) / det;
                let v = (-m[1] * dx + m[0] * dy) / det;
                if !(0.0..1.0).contains(&u) || !(0.0..1.0).contains(&v) {
                    continue;
                }
                let sx = ((u * g.w as f32) as u32).min(g.w - 1);
                let sy = (((1.0 - v) * g.h as f32) as u32).min(g.h - 1);
                let si = (sy * g.w + sx) as usize;
                let ci = (cy * canvas.w + cx) as usize;
                canvas.px[ci] = g.px[si];
                if any_red && !g.red.is_empty() {
                    canvas.red[ci] = g.red[si];
                }
            }
        }
    }
    Ok(Some((canvas, dpi)))
}

fn pdftoppm_available() -> bool {
    super::tool::available("pdftoppm", "-v")
}

/// A page drawn by poppler's pdftoppm at 300 dpi in grey; `Ok(None)` when pdftoppm is absent.
fn render_page(
    bytes: &[u8],
    number: u32,
    limits: &Limits,
) -> Result<Option<(Grey, f32)>, RasterError> {
    if !pdftoppm_available() {
        return Ok(None);
    }
    let dir = tempfile::tempdir().map_err(|e| RasterError::Corrupt(e.to_string()))?;
    let input = dir.path().join("in.pdf");
    std::fs::write(&input, bytes).map_err(|e| RasterError::Corrupt(e.to_string()))?;
    let out = dir.path().join("page");
    // A page poppler cannot draw in a minute is not drawn (a hostile file must not hold the
    // run).
    let status = super::tool::run(
        std::process::Command::new("pdftoppm")
            .args(["-r", "300", "-gray", "-png", "-singlefile", "-cropbox"])
            .args(["-f", &number.to_string(), "-l", &number.to_string()])
            .arg(&input)
            .arg(&out),
        std::time::Duration::from_secs(60),
    );
    if !status.is_some_and(|s| s.success()) {
        return Ok(None);
    }
    let png = std::fs::read(out.with_extension("png"))
        .map_err(|e| RasterError::Corrupt(e.to_string()))?;
    let mut pages = raster::decode_image_file(&png, limits.max_image_pixels)?;
    Ok(pages.pop().map(|g| (g, 300.0)))
}

/// An image file as a document: every page (a multi-page TIFF has several) read by OCR.
pub(super) fn extract_image(
    path: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Document, ExtractError> {
    let mut doc = Document::new(path, Format::Image);
    let mut pictures = Pictures::new(limits);
    let images = match raster::decode_image_file(bytes, limits.max_image_pixels) {
        Ok(images) => images,
        Err(RasterError::TooLarge { w, h }) => {
            return Err(ExtractError::TooLarge {
                detail: format!(
                    "image of {w} × {h} pixels, limit {} pixels",
                    limits.max_image_pixels
                ),
            });
        }
        Err(RasterError::Corrupt(s)) => return Err(ExtractError::Corrupt { detail: s }),
        // A picture of a kind this installation cannot decode (a HEIC photo without libheif,
        // an unusual TIFF encoding) is the tool's limit, not the applicant's fault: the file
        // is there, its page could not be checked (F003 names the reason and what to do).
        Err(RasterError::Unsupported(s)) => {
            pictures.undecodable(format!("{s}；请转换为 JPEG、PNG 或 PDF 后上传"));
            pictures.finish(&mut doc);
            return Ok(doc);
        }
    };
    for img in &images {
        pictures.add(img);
    }
    pictures.finish(&mut doc);
    Ok(doc)
}

/// A page that is one picture, not yet read.
fn picture_page(number: u32, width_pt: f32, height_pt: f32) -> Page {
    Page {
        number,
        width_pt,
        height_pt,
        chars: 0,
        image_coverage: 1.0,
        ocr: false,
        ocr_confidence: None,
        seals: Vec::new(),
        sign_spots: Vec::new(),
    }
}

/// Pictures of pages read one after another by OCR, each becoming a page of a document: the
/// pages of an image file, the scans pasted into a DOCX. Budgets as for a PDF's pages.
pub(super) struct Pictures<'a> {
    limits: &'a Limits,
    deadline: Deadline,
    read: Vec<(u32, f32, usize)>,
    unread: Vec<(u32, String)>,
    pages: Vec<Page>,
    lines: Vec<(u32, Vec<Line>)>,
    /// Pages with no text whose picture is blank paper.
    blank: Vec<u32>,
}

impl<'a> Pictures<'a> {
    pub fn new(limits: &'a Limits) -> Self {
        Pictures {
            limits,
            deadline: Deadline::after(limits.ocr_time_budget),
            read: Vec::new(),
            unread: Vec::new(),
            pages: Vec::new(),
            lines: Vec::new(),
            blank: Vec::new(),
        }
    }

    /// A picture that could not be decoded at all, as the next page: an A4 page left unread,
    /// with the reason.
    pub fn undecodable(&mut self, reason: String) {
        let number = self.pages.len() as u32 + 1;
        self.pages.push(picture_page(number, 595.0, 842.0));
        self.unread.push((number, reason));
    }

    /// Read one picture as the next page; returns its page number.
    pub fn add(&mut self, img: &Grey) -> u32 {
        self.add_at(img, None)
    }

    /// Read one picture as the next page at a known resolution (a picture in a document shown
    /// at a known width), else (None) at the one of an A4 page along its longer side.
    fn add_at(&mut self, img: &Grey, dpi: Option<f32>) -> u32 {
        let number = self.pages.len() as u32 + 1;
        let limits = self.limits;
        // A picture file carries no page size: a photographed or scanned page is taken to be
        // A4-sized along its longer side, which gives its resolution.
        let dpi = dpi
            .unwrap_or(img.w.max(img.h) as f32 / 11.69)
            .clamp(50.0, 1200.0);
        let mut page = picture_page(number, img.w as f32 * 72.0 / dpi, img.h as f32 * 72.0 / dpi);
        if self.pages.len() >= limits.max_ocr_pages {
            self.unread.push((
                number,
                format!("超过每个文件 {} 页的 OCR 上限", limits.max_ocr_pages),
            ));
        } else if self.deadline.expired() {
            self.unread.push((
                number,
                format!("OCR 超出时间预算 {} 秒", limits.ocr_time_budget.as_secs()),
            ));
        } else {
            page.seals = find_seals(img, dpi, (0.0, 0.0));
            match read_page(img, dpi, limits) {
                Ok(Some(p)) => {
                    page.chars = p.chars();
                    page.ocr = true;
                    page.ocr_confidence = Some(p.confidence);
                    page.sign_spots = p.sign_spots.clone();
                    self.read.push((number, p.confidence, p.chars()));
                    self.lines.push((number, pdf::ocr_page_lines(&p)));
                }
                Ok(None) if raster::is_blank_paper(img, dpi) => self.blank.push(number),
                Ok(None) => {}
                Err(e) => self.unread.push((number, e)),
            }
        }
        self.pages.push(page);
        number
    }

    /// Read one picture as the next page only if OCR reads at least `min_chars` characters
    /// from it (a scan pasted into a document); a photo or drawing with little text is left a
    /// picture: no page, nothing reported. Returns the page number when it was kept.
    pub fn add_if_text(&mut self, img: &Grey, min_chars: usize, dpi: Option<f32>) -> Option<u32> {
        let (pages, read, unread, lines) = (
            self.pages.len(),
            self.read.len(),
            self.unread.len(),
            self.lines.len(),
        );
        let number = self.add_at(img, dpi);
        let chars = self.pages.last().map_or(0, |p| p.chars);
        if self.pages.last().is_some_and(|p| p.ocr) && chars >= min_chars {
            return Some(number);
        }
        self.pages.truncate(pages);
        self.read.truncate(read);
        self.unread.truncate(unread);
        self.lines.truncate(lines);
        self.blank.retain(|&b| b != number);
        None
    }

    /// The pages, their text as blocks, and the OCR issues, into `doc`.
    pub fn finish(self, doc: &mut Document) {
        doc.pages.extend(self.pages);
        pdf::push_pages(doc, self.lines);
        let unread_pages: Vec<u32> = self.unread.iter().map(|u| u.0).collect();
        // Blank paper among pages that were read (a duplex scan's back) is no page that could
        // not be read; a picture that is all blank paper is.
        let backs = if self.read.is_empty() {
            Vec::new()
        } else {
            self.blank.clone()
        };
        let empty: Vec<u32> = doc
            .pages
            .iter()
            .filter(|p| !p.ocr && !unread_pages.contains(&p.number) && !backs.contains(&p.number))
            .map(|p| p.number)
            .collect();
        if !empty.is_empty() {
            // Recognised nothing: an image with no text, or text OCR cannot read.
            doc.issues.push(DocIssue::Scanned { pages: empty });
        }
        push_issues(doc, &self.read, self.unread, Vec::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_row_whose_label_reads_well_is_kept_though_its_code_reads_badly() {
        let tsv = "5\t1\t1\t1\t1\t1\t100\t50\t300\t40\t93\t统一社会信用代码\n\
                   5\t1\t1\t1\t1\t2\t700\t50\t500\t40\t8\t91320506HQPXZ7NBJMK\n\
                   5\t1\t1\t1\t2\t1\t100\t150\t300\t40\t25\t丨乂亻\n";
        let lines = ocr::parse_tsv(tsv);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].conf < MIN_LINE_CONF);
        assert!(keep_line(&lines[0]), "{:?}", lines[0]);
        assert!(!keep_line(&lines[1]));
    }
}
