"""A document written the way a Qt desktop application writes one (PyQt5, Qt 5.15): a
QTextDocument built with a QTextCursor, then either printed to a PDF by Qt's own PDF engine
(QPdfWriter through QTextDocument.print_: Qt's 2 cm margins and the page number Qt prints at
the foot of every page) or saved as OpenDocument text by Qt's ODF writer (QTextDocumentWriter
"odf"). The information table is a QTextTable: two-column rows (row), or a four-column grid
whose wide rows merge the value over three cells (wide, pair2), a header row first when the
first op is a head line.
Usage: QT_QPA_PLATFORM=offscreen python3 qt_write.py OPS.tsv OUT.pdf|OUT.odt FONT.ttf  (OPS:
make_families.py's ops_tsv lines: title, h, p, item, blank, break, cover-*, head, row, wide,
pair2, note)"""
import sys

from PyQt5.QtCore import Qt
from PyQt5.QtGui import (QBrush, QColor, QFont, QFontDatabase, QGuiApplication, QPageSize, QPdfWriter,
                         QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextDocumentWriter,
                         QTextFormat, QTextFrameFormat, QTextLength, QTextTableFormat)

src, out, ttf = sys.argv[1:4]
app = QGuiApplication(sys.argv[:1])
family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(ttf))[0]
ops = [line.rstrip("\n").split("\t") for line in open(src, encoding="utf-8")]

doc = QTextDocument()
doc.setDefaultFont(QFont(family, 11))
cur = QTextCursor(doc)
first = True
table = None  # the information table being filled, and its column count
page_break = False


def char(size, bold=False):
    f = QTextCharFormat()
    f.setFontFamily(family)
    f.setFontPointSize(size)
    f.setFontWeight(QFont.Bold if bold else QFont.Normal)
    return f


# The text lines: kind → (point size, bold, alignment, left margin in points, first-line indent, space before).
TEXT = {"title": (16, True, Qt.AlignHCenter, 0, 0, 6), "h": (12, True, Qt.AlignLeft, 0, 0, 8),
        "p": (10.5, False, Qt.AlignJustify, 0, 21, 0), "item": (10.5, False, Qt.AlignLeft, 21, 0, 0),
        "note": (9, False, Qt.AlignLeft, 0, 0, 6), "cover-title": (22, True, Qt.AlignHCenter, 0, 0, 0),
        "cover-line": (14, False, Qt.AlignLeft, 90, 0, 10), "cover-foot": (14, False, Qt.AlignHCenter, 0, 0, 4),
        "blank": (10.5, False, Qt.AlignLeft, 0, 0, 0)}


def block(kind, text):
    global first, page_break
    size, bold, align, left, indent, before = TEXT[kind]
    bf = QTextBlockFormat()
    bf.setAlignment(align)
    bf.setLeftMargin(left)
    bf.setTextIndent(indent)
    bf.setTopMargin(before)
    bf.setLineHeight(140, QTextBlockFormat.ProportionalHeight)
    if page_break:
        bf.setPageBreakPolicy(QTextFormat.PageBreak_AlwaysBefore)
        page_break = False
    if first:
        cur.setBlockFormat(bf)
        cur.setBlockCharFormat(char(size, bold))
        first = False
    else:
        cur.insertBlock(bf, char(size, bold))
    cur.insertText(text, char(size, bold))


def cell_text(t, r, c, text, shaded=False, bold=False):
    cell = t.cellAt(r, c)
    if shaded:
        fmt = cell.format()
        fmt.setBackground(QBrush(QColor("#EDEDED")))
        cell.setFormat(fmt)
    cell.firstCursorPosition().insertText(text, char(10.5, bold))


def new_table(cols):
    global table, first
    tf = QTextTableFormat()
    tf.setBorder(0.5)
    tf.setBorderStyle(QTextFrameFormat.BorderStyle_Solid)
    tf.setCellPadding(4)
    tf.setCellSpacing(0)
    tf.setWidth(QTextLength(QTextLength.PercentageLength, 100))
    widths = [22, 78] if cols == 2 else [18, 32, 18, 32]
    tf.setColumnWidthConstraints([QTextLength(QTextLength.PercentageLength, w) for w in widths])
    if page_break:
        tf.setPageBreakPolicy(QTextFormat.PageBreak_AlwaysBefore)
    t = cur.insertTable(1, cols, tf)
    first = False
    table = (t, cols, 0)
    return t


def table_row(cells, shaded_cols, span=None, bold=False):
    """Append a row to the open table (opening one of len(cells) columns, or span's, if none)."""
    global table
    cols = span[0] if span else len(cells)
    if table is None:
        t = new_table(cols)
        r = 0
    else:
        t, cols, n = table
        t.appendRows(1)
        r = n
    if span:
        t.mergeCells(r, span[1], 1, cols - span[1])
    for c, text in enumerate(cells):
        cell_text(t, r, c, text, shaded=c in shaded_cols, bold=bold)
    table = (t, cols, r + 1)


def close_table():
    global table
    if table is not None:
        cur.movePosition(QTextCursor.End)
        table = None


for op in ops:
    k = op[0]
    if k == "head":  # a header row over the table's columns
        table_row(op[1:], set(range(len(op) - 1)), bold=True)
    elif k == "row":
        table_row(op[1:3], {0})
    elif k == "wide":
        table_row(op[1:3], {0}, span=(4, 1))
    elif k == "pair2":
        table_row(op[1:5], {0, 2})
    else:
        close_table()
        if k == "break":
            page_break = True
        elif k in TEXT:
            block(k, op[1] if len(op) > 1 else "")
        else:
            raise ValueError("unknown op " + k)

if out.endswith(".odt"):
    w = QTextDocumentWriter(out, b"odf")
    if not w.write(doc):
        raise SystemExit("Qt's ODF writer failed")
else:
    pdf = QPdfWriter(out)
    pdf.setPageSize(QPageSize(QPageSize.A4))
    pdf.setResolution(300)
    pdf.setCreator("propscan families (Qt)")
    doc.print_(pdf)
