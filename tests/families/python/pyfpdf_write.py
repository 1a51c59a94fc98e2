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
    elif k == "note":
        pdf.ln(3)
        pdf.set_font("song", "", 9)
        pdf.multi_cell(0, 5, op[1])
    elif k == "break":
        pdf.add_page()
    elif k == "blank":
        pdf.ln(10)
    elif k == "cover-title":
        pdf.set_font("song", "", 22)
        pdf.multi_cell(0, 14, op[1], 0, "C")
    elif k == "cover-line":
        pdf.set_font("song", "", 14)
        pdf.set_x(40)
        pdf.multi_cell(0, 10, op[1])
    elif k == "cover-foot":
        pdf.set_font("song", "", 14)
        pdf.multi_cell(0, 9, op[1], 0, "C")
    elif k == "h":
        pdf.set_font("song", "", 12)
        pdf.ln(2)
        pdf.multi_cell(0, 8, op[1])
    elif k == "item":
        pdf.set_font("song", "", 10.5)
        pdf.set_x(26)
        pdf.multi_cell(0, 6.5, op[1])
    elif k == "p":
        pdf.set_font("song", "", 10.5)
        pdf.multi_cell(0, 6.5, "\u3000\u3000" + op[1])
    else:
        raise ValueError("unknown op " + k)
pdf.output(out, "F")
