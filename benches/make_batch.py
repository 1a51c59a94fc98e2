#!/usr/bin/env python3
"""Make N realistic application packages for the batch benchmark (not committed: made on demand).

Each package: 项目信息表.docx (python-docx, a 4-column label/value table with distinct values) and
项目申报书.pdf, about 15 A4 pages of real scientific sentences (CSL abstracts from
corpora/sources, recombined so no two applications are alike), set in STSong-Light with the
predefined UniGB-UCS2-H CMap and no embedded font — the way online application systems
(iText) export Chinese PDFs — plus 信用承诺书.pdf (one page).

    python3 benches/make_batch.py OUT_DIR N
"""
import json, os, random, sys, zlib
from docx import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def code(div, rnd):
    body = "91" + div + "".join(rnd.choice(ALPHABET) for _ in range(9))
    s = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - s % 31) % 31]


def pdf(pages):
    """A PDF of pages (lists of lines) in STSong-Light / UniGB-UCS2-H, A4."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    desc = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
               b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
              b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor %d 0 R "
              b"/DW 1000 >>" % desc)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               b"/DescendantFonts [%d 0 R] >>" % cid)
    kids = []
    for lines in pages:
        ops = [b"BT /F1 10.5 Tf 16 TL 1 0 0 1 72 770 Tm"]
        for ln in lines:
            hexs = "".join("%04X" % ord(c) for c in ln if ord(c) < 0x10000)
            ops.append(b"<" + hexs.encode() + b"> Tj T*")
        ops.append(b"ET")
        data = zlib.compress(b"\n".join(ops))
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font, content)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def wrap(text, width=40):
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(1000)
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "corpora", "sources", "csl_dev_joined.jsonl"), encoding="utf-8")]
    pool = [s.strip() + "。" for r in recs for s in r["abstract"].replace(".", "。").split("。") if len(s.strip()) > 15]
    titles = [r["title"] for r in recs]
    divisions = ["320594", "320505", "320506", "320507", "320509"]
    sections = ["一、立项依据", "二、研究内容", "三、技术路线", "四、创新点", "五、考核指标", "六、实施计划"]
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        d = os.path.join(out, f"pkg{i:05d}")
        os.makedirs(d, exist_ok=True)
        name = titles[i % len(titles)][:20] + "研发"
        doc = Document()
        doc.add_heading("项目信息表", level=1)
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        rows = [("项目名称", name, "指南代码", rnd.choice(["210101", "210103", "210601", "211001"])),
                ("申报单位", f"苏州批量{i}科技有限公司", "统一社会信用代码", code(rnd.choice(divisions), rnd)),
                ("项目负责人", "张" + "明华伟强"[i % 4], "联系电话", "139%08d" % i),
                ("主管部门", "苏州工业园区科技和信息化局", "所在高新区", "苏州工业园区"),
                ("实施期限", "2022年7月至2025年6月", "单位性质", "企业"),
                ("项目总投入（万元）", str(300 + i % 200), "申请市拨经费（万元）", "80")]
        for r in rows:
            cells = t.add_row().cells
            for c, v in enumerate(r):
                cells[c].text = v
        doc.save(os.path.join(d, "项目信息表.docx"))
        pages, lines = [], [name, ""]
        for sec in sections:
            lines += [sec]
            for _ in range(rnd.randint(14, 18)):
                lines += wrap(pool[rnd.randrange(len(pool))])
        while lines:
            pages.append(lines[:44])
            lines = lines[44:]
        open(os.path.join(d, "项目申报书.pdf"), "wb").write(pdf(pages))
        open(os.path.join(d, "信用承诺书.pdf"), "wb").write(pdf([["信用承诺书", "", "本单位承诺所提交的申报材料真实、完整、有效。"]]))
    print(n, "packages in", out)


if __name__ == "__main__":
    main()
