"""A PDF written the way older Python back ends write one with PyFPDF 1.7.2 (the original
`fpdf` package, before fpdf2): a TrueType font added with uni=True (embedded as a Type0 font
by its tFPDF-derived subsetter), every line placed by cell() / multi_cell(); the information
table a two-column grid of cell()s with borders, a long value wrapped by multi_cell() in its
cell and the row as tall as its lines.
Usage: PYTHONPATH=<PyFPDF 1.7.2> python3 pyfpdf_write.py OPS.tsv OUT.pdf FONT.ttf  (OPS:
make_families.py's ops_tsv lines: title, h, p, item, blank, break, cover-*, row, note)"""
import sys

from fpdf import FPDF

src, out, ttf = sys.argv[1:4]
ops = [line.rstrip("\n").split("\t") for line in open(src, encoding="utf-8")]
pdf = FPDF("P", "mm", "A4")
pdf.add_font("song", "", ttf, uni=True)
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_page()
LABEL_W, VALUE_W, LINE_H = 45, 125, 8
# The text lines: kind → (font size, line height, alignment, x or 0, space before, prefix).
TEXT = {"note": (9, 5, "J", 0, 3, ""), "cover-title": (22, 14, "C", 0, 0, ""),
        "cover-line": (14, 10, "J", 40, 0, ""), "cover-foot": (14, 9, "C", 0, 0, ""),
        "h": (12, 8, "J", 0, 2, ""), "item": (10.5, 6.5, "J", 26, 0, ""),
        "p": (10.5, 6.5, "J", 0, 0, "\u3000\u3000")}


def lines_of(text, width):
    """How many lines multi_cell() will need for `text` in `width` (a character at a time)."""
    n, cur = 1, 0.0
    for ch in text:
        w = pdf.get_string_width(ch)
        if cur + w > width - 2:
            n, cur = n + 1, w
        else:
            cur += w
    return n


for op in ops:
    k = op[0]
    if k == "title":
        pdf.set_font("song", "", 16)
        pdf.cell(0, 12, op[1], 0, 1, "C")
        pdf.ln(2)
    elif k == "row":
        pdf.set_font("song", "", 10.5)
        label, value = op[1], op[2]
        h = LINE_H * max(lines_of(value, VALUE_W), lines_of(label, LABEL_W))
        if pdf.get_y() + h > 297 - 20:
            pdf.add_page()
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(235, 235, 235)
        pdf.rect(x, y, LABEL_W, h, "DF")
        pdf.rect(x + LABEL_W, y, VALUE_W, h)
        pdf.set_xy(x, y + (h - LINE_H * lines_of(label, LABEL_W)) / 2)
        pdf.multi_cell(LABEL_W, LINE_H, label, 0, "C")
        pdf.set_xy(x + LABEL_W, y)
        pdf.multi_cell(VALUE_W, LINE_H, value, 0, "L")
        pdf.set_xy(x, y + h)
    elif k == "break":
        pdf.add_page()
    elif k == "blank":
        pdf.ln(10)
    elif k in TEXT:
        size, line_h, align, x, before, prefix = TEXT[k]
        if before:
            pdf.ln(before)
        pdf.set_font("song", "", size)
        if x:
            pdf.set_x(x)
        pdf.multi_cell(0, line_h, prefix + op[1], 0, align)
    else:
        raise ValueError("unknown op " + k)
pdf.output(out, "F")
