//! PDF by printpdf 0.7: every line placed by the writer itself (printpdf does no layout), the
//! font embedded as given (Identity-H), headings in a fake bold (text filled and stroked), the
//! information table a ruled grid whose cells wrap their text line by line, "第 N 页" at the
//! foot of every page.

use crate::field;
use printpdf::*;
use std::io::BufWriter;

const W: f32 = 210.0;
const H: f32 = 297.0;
const LEFT: f32 = 25.0;
const RIGHT: f32 = 185.0;
const TOP: f32 = 272.0;
const BOTTOM: f32 = 25.0;
const PT: f32 = 25.4 / 72.0;

/// Width of `s` in mm at `size` points: Han and full-width characters a square, the rest half.
fn width(s: &str, size: f32) -> f32 {
    s.chars()
        .map(|c| if (c as u32) < 0x2E80 { 0.5 } else { 1.0 })
        .sum::<f32>()
        * size
        * PT
}

/// `s` cut into lines no wider than `w` mm at `size` points, anywhere between characters.
fn wrap(s: &str, size: f32, w: f32) -> Vec<String> {
    let mut lines = vec![String::new()];
    for c in s.chars() {
        let last = lines.last_mut().unwrap();
        let mut next = last.clone();
        next.push(c);
        if width(&next, size) > w && !last.is_empty() {
            lines.push(c.to_string());
        } else {
            *last = next;
        }
    }
    lines
}

struct Pages {
    doc: PdfDocumentReference,
    font: IndirectFontRef,
    layer: PdfLayerReference,
    page: usize,
    y: f32,
}

impl Pages {
    fn footer(&self) {
        let s = format!("第 {} 页", self.page);
        self.layer.use_text(
            &s,
            9.0,
            Mm((W - width(&s, 9.0)) / 2.0),
            Mm(14.0),
            &self.font,
        );
    }

    fn new_page(&mut self) {
        let (p, l) = self.doc.add_page(Mm(W), Mm(H), "正文");
        self.layer = self.doc.get_page(p).get_layer(l);
        self.page += 1;
        self.footer();
        self.y = TOP;
    }

    /// Room for `h` mm more on this page, else a new page.
    fn room(&mut self, h: f32) {
        if self.y - h < BOTTOM {
            self.new_page();
        }
    }

    fn text(&self, s: &str, size: f32, x: f32, y: f32, bold: bool) {
        if bold {
            self.layer
                .set_text_rendering_mode(TextRenderingMode::FillStroke);
            self.layer.set_outline_thickness(0.4);
        }
        self.layer.use_text(s, size, Mm(x), Mm(y), &self.font);
        if bold {
            self.layer.set_text_rendering_mode(TextRenderingMode::Fill);
        }
    }

    /// A paragraph wrapped to the text width: `indent` characters in on its first line.
    fn paragraph(&mut self, s: &str, size: f32, indent: f32, bold: bool, center: bool) {
        let lead = size * PT * 1.6;
        let first = indent * size * PT;
        let mut lines = wrap(s, size, RIGHT - LEFT - first);
        if lines.len() > 1 {
            let rest: String = lines[1..].concat();
            lines.truncate(1);
            lines.extend(wrap(&rest, size, RIGHT - LEFT));
        }
        for (i, line) in lines.iter().enumerate() {
            self.room(lead);
            self.y -= lead;
            let x = if center {
                (W - width(line, size)) / 2.0
            } else if i == 0 {
                LEFT + first
            } else {
                LEFT
            };
            self.text(line, size, x, self.y, bold);
        }
    }

    fn rule(&self, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.layer.add_line(Line {
            points: vec![
                (Point::new(Mm(x0), Mm(y0)), false),
                (Point::new(Mm(x1), Mm(y1)), false),
            ],
            is_closed: false,
        });
    }

    /// One row of the information table: a label cell and a value cell, ruled all round.
    fn row(&mut self, label: &str, value: &str) {
        let size = 10.5;
        let lead = size * PT * 1.5;
        let split = LEFT + 45.0;
        let labels = wrap(label, size, split - LEFT - 4.0);
        let values = wrap(value, size, RIGHT - split - 4.0);
        let h = labels.len().max(values.len()) as f32 * lead + 4.0;
        self.room(h);
        let top = self.y;
        let bottom = top - h;
        for (x0, y0, x1, y1) in [
            (LEFT, top, RIGHT, top),
            (LEFT, bottom, RIGHT, bottom),
            (LEFT, top, LEFT, bottom),
            (split, top, split, bottom),
            (RIGHT, top, RIGHT, bottom),
        ] {
            self.rule(x0, y0, x1, y1);
        }
        // Labels sit at the cell's middle, values from its top.
        let mid = (h - 4.0 - labels.len() as f32 * lead) / 2.0;
        for (i, l) in labels.iter().enumerate() {
            let y = top - 2.0 - mid - (i as f32 + 0.8) * lead;
            self.text(l, size, LEFT + 2.0, y, false);
        }
        for (i, v) in values.iter().enumerate() {
            let y = top - 2.0 - (i as f32 + 0.8) * lead;
            self.text(v, size, split + 2.0, y, false);
        }
        self.y = bottom;
    }
}

pub fn write(ops: &[Vec<String>], out: &str, font_path: &str) {
    let (doc, p, l) = PdfDocument::new("申报材料", Mm(W), Mm(H), "正文");
    let font = doc
        .add_external_font(std::fs::File::open(font_path).expect("the font"))
        .expect("a TrueType font");
    let layer = doc.get_page(p).get_layer(l);
    let mut pages = Pages {
        doc,
        font,
        layer,
        page: 1,
        y: TOP,
    };
    pages
        .layer
        .set_outline_color(Color::Greyscale(Greyscale::new(0.0, None)));
    pages.layer.set_outline_thickness(0.6);
    pages.footer();
    for op in ops {
        let (kind, a, b) = (field(op, 0), field(op, 1), field(op, 2));
        match kind {
            "title" => {
                pages.paragraph(a, 16.0, 0.0, true, true);
                pages.y -= 4.0;
            }
            "row" => pages.row(a, b),
            "section" => pages.paragraph(a, 12.0, 0.0, true, false),
            "note" => {
                pages.y -= 2.0;
                pages.paragraph(a, 9.0, 0.0, false, false);
            }
            "h" => {
                pages.y -= 2.0;
                pages.paragraph(a, 14.0, 0.0, true, false);
            }
            "item" => pages.paragraph(a, 12.0, 1.0, false, false),
            "p" => pages.paragraph(a, 12.0, 2.0, false, false),
            "blank" => pages.y -= 8.0,
            "cover-title" => pages.paragraph(a, 22.0, 0.0, true, true),
            "cover-line" => {
                let size = 15.0;
                pages.room(12.0);
                pages.y -= 12.0;
                pages.text(a, size, LEFT + 20.0, pages.y, false);
            }
            "cover-foot" => pages.paragraph(a, 15.0, 0.0, false, true),
            "break" => pages.new_page(),
            _ => pages.paragraph(a, 12.0, 0.0, false, false),
        }
    }
    let file = std::fs::File::create(out).expect("the output file");
    pages
        .doc
        .save(&mut BufWriter::new(file))
        .expect("a PDF written");
}
