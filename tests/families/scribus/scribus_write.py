"""A PDF laid out in Scribus, the desktop-publishing program (Debian's scribus 1.5), by its
Python scripter, run headless (`xvfb-run scribus -g -ns -py scribus_write.py`): frames placed
on the page as a designer places them, running text flowing through text frames linked page to
page, paragraph styles; the information table drawn as a form is drawn in Scribus, a text frame
for each label and each value with lines ruled between them; Scribus's own PDF writer, the font
subset (CID TrueType, Identity-H) and a space set between Han characters and digits or Latin
letters. Input from the
environment: SCRIBUS_OPS (the instruction lines of make_families.py's ops_tsv: title, h, p,
item, blank, break, cover-*, row, section, note), SCRIBUS_OUT (the PDF), SCRIBUS_FONT (a
font name Scribus knows)."""
import os
import scribus

OPS = [line.rstrip("\n").split("\t") for line in open(os.environ["SCRIBUS_OPS"], encoding="utf-8")]
FONT = os.environ["SCRIBUS_FONT"]
W, H, M = 595.28, 841.89, 60.0
scribus.newDocument(scribus.PAPER_A4, (M, M, M, M), scribus.PORTRAIT, 1, scribus.UNIT_POINTS, scribus.PAGE_1, 0, 1)
for name, size in (("body", 10.5), ("head", 12.0), ("big", 16.0), ("small", 9.0)):
    scribus.createCharStyle(name, FONT, size)
# name, line spacing, alignment (0 left, 1 centre), left indent, space before, first-line indent
STYLES = {"p": (18, 0, 0, 0, 21, "body"), "item": (18, 0, 21, 0, 0, "body"), "h": (20, 0, 0, 8, 0, "head"),
          "title": (28, 1, 0, 0, 0, "big")}
for name, (lead, align, left, before, first, cs) in STYLES.items():
    scribus.createParagraphStyle(name, 0, lead, align, left, 0, before, 0, first, charstyle=cs)

page, y = 1, M


def new_page():
    global page, y
    scribus.newPage(-1)
    page, y = page + 1, M
    scribus.gotoPage(page)


def width(s, size):
    return sum(size if ord(c) > 0x2000 else size * 0.55 for c in s)


def lines(s, size, w):
    n, cur = 1, 0.0
    for c in s:
        cw = width(c, size)
        if cur + cw > w:
            n, cur = n + 1, 0.0
        cur += cw
    return n


def fixed(text, size, x, w, lead, align=0):
    """One paragraph in a frame of its own at the current height; returns its height."""
    global y
    h = lines(text, size, w - 4) * lead + 6
    if y + h > H - M:
        new_page()
    f = scribus.createText(x, y, w, h)
    scribus.setText(text, f)
    scribus.setFont(FONT, f)
    scribus.setFontSize(size, f)
    scribus.setLineSpacing(lead, f)
    scribus.setTextAlignment(scribus.ALIGN_CENTERED if align else scribus.ALIGN_LEFT, f)
    y += h
    return h


def rule(x0, y0, x1, y1):
    line = scribus.createLine(x0, y0, x1, y1)
    scribus.setLineWidth(0.6, line)


def flow(paras):
    """Paragraphs through frames linked page to page, from the current height; what follows
    starts on a new page."""
    global y
    text = "\n".join(t for _, t in paras)
    f = scribus.createText(M, y, W - 2 * M, H - M - y)
    scribus.setText(text, f)
    at = 0
    for kind, t in paras:
        scribus.selectText(at, len(t), f)
        scribus.setParagraphStyle(kind, f)
        at += len(t) + 1
    scribus.deselectAll()
    while scribus.textOverflows(f):
        new_page()
        g = scribus.createText(M, M, W - 2 * M, H - 2 * M)
        scribus.linkTextFrames(f, g)
        f = g
    new_page()


def row(label, value, split=M + 140, size=10.5, lead=15.0):
    global y
    h = max(lines(label, size, split - M - 12), lines(value, size, W - M - split - 12)) * lead + 10
    if y + h > H - M:
        new_page()
    if y == M:
        rule(M, y, W - M, y)
    for x0, x1, s in ((M, split, label), (split, W - M, value)):
        f = scribus.createText(x0, y, x1 - x0, h)
        scribus.setTextDistances(6, 6, 5, 5, f)
        scribus.setText(s, f)
        scribus.setFont(FONT, f)
        scribus.setFontSize(size, f)
        scribus.setLineSpacing(lead, f)
    for x in (M, split, W - M):
        rule(x, y, x, y + h)
    rule(M, y + h, W - M, y + h)
    y += h


pending, in_table = [], False
for op in OPS:
    k, args = op[0], op[1:]
    if k in ("p", "h", "item") or (k == "title" and pending):
        pending.append((k, args[0]))
        continue
    if pending:
        flow(pending)
        pending = []
    if k == "title":
        if y > M + 1:
            pending.append((k, args[0]))
            continue
        fixed(args[0], 16, M, W - 2 * M, 28, align=1)
        y += 10
    elif k == "section":
        if not in_table:
            rule(M, y, W - M, y)
        h = fixed(args[0], 12, M, W - 2 * M, 18, align=1)
        rule(M, y, W - M, y)
        rule(M, y - h, M, y)
        rule(W - M, y - h, W - M, y)
    elif k == "row":
        if not in_table and y > M:
            rule(M, y, W - M, y)
        row(args[0], args[1] if len(args) > 1 else "")
    elif k == "break":
        new_page()
    elif k == "blank":
        y += 21
    elif k == "cover-title":
        fixed(args[0], 22, M, W - 2 * M, 36, align=1)
    elif k == "cover-line":
        fixed(args[0], 14, M + 90, W - 2 * M - 90, 28)
    elif k == "cover-foot":
        fixed(args[0], 14, M, W - 2 * M, 26, align=1)
    elif k == "note":
        y += 8
        fixed(args[0], 9, M, W - 2 * M, 14)
    in_table = k in ("row", "section")
if pending:
    flow(pending)
    scribus.deletePage(page)
pdf = scribus.PDFfile()
pdf.subsetList = [FONT]  # else Scribus embeds the whole font (2.4 MB) in every file
pdf.file = os.environ["SCRIBUS_OUT"]
pdf.save()
