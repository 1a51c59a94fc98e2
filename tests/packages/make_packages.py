#!/usr/bin/env python3
"""Generate application packages: the shipped samples (corpora/samples/) and the labelled dev
set (tests/packages/dev/, labels in tests/packages/dev/labels.jsonl). Outputs are committed;
rerun to refresh (deterministic for a given seed and toolchain).

Needs: python-docx, LibreOffice (soffice) with fonts-noto-cjk, poppler-utils, qpdf.
    pip install python-docx
    apt-get install libreoffice-writer fonts-noto-cjk poppler-utils qpdf

Real text: application bodies are real scientific abstracts (corpora/sources/csl_dev_joined.jsonl,
CSL, Apache-2.0; records 500-999, which are not in the shipped corpus); project names are real
paper titles (tests/data/titles_csl.txt) reshaped to end in 研发; partner and other company names
are real (tests/data/companies_groundtruth.txt). Applicants, people, numbers and codes are made up.

Writers: python-docx writes some DOCX; LibreOffice writes others (from HTML) and every PDF.
Templates for the information table:
    samples: grid4 (4-column label/value table, python-docx), para (labelled paragraphs, LibreOffice)
    dev:     grid2 (2-column table, spaced labels, amounts in 元, LibreOffice), header (label row over
             value row, 大写 amounts, python-docx), plain (borderless table exported to PDF: no ruling
             lines, dotted periods), merged (one PDF holding every part)
The dev set never uses a sample template, so the figures are not tuned to the samples.

The expected findings of each dev package come from an oracle below that applies the call's
rules to the generator's ground truth (not to what propscan reads).
"""
import io, json, os, random, shutil, subprocess, sys, tempfile, tomllib, zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLES = os.path.join(ROOT, "corpora", "samples")
DEV = os.path.join(HERE, "dev")
FONT = "Noto Serif CJK SC"

ABSTRACTS_ALL = [json.loads(l) for l in open(os.path.join(ROOT, "corpora", "sources", "csl_dev_joined.jsonl"), encoding="utf-8")]
ABSTRACTS = ABSTRACTS_ALL[500:]
TITLES = [t.strip() for t in open(os.path.join(ROOT, "tests", "data", "titles_csl.txt"), encoding="utf-8")]
COMPANIES = [c.strip() for c in open(os.path.join(ROOT, "tests", "data", "companies_groundtruth.txt"), encoding="utf-8") if c.strip()]

# The oracle reads the call's phrase lists from the profile, as a person would from the call.
PROFILE = tomllib.load(open(os.path.join(ROOT, "src", "profile", "suzhou-2022.toml"), "rb"))
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# Suzhou divisions: district → (division code, recommending department, zone)
DISTRICTS = [
    ("工业园区", "320594", "苏州工业园区科技和信息化局", "苏州工业园区"),
    ("高新区", "320505", "苏州高新区（虎丘区）科技局", "苏州高新区"),
    ("吴中区", "320506", "苏州市吴中区科学技术局", "吴中高新区"),
    ("相城区", "320507", "苏州市相城区科学技术局", "相城高新区"),
    ("吴江区", "320509", "苏州市吴江区科学技术局", "吴江高新区"),
    ("昆山", "320583", "昆山高新区科技局", "昆山高新区"),
    ("常熟", "320581", "常熟高新区科技局", "常熟高新区"),
]
# Universities are registered at the provincial level (division 320000); codes are made up.
UNIVERSITIES = [("苏州大学", "苏州大学"), ("苏州科技大学", "苏州科技大学"), ("西交利物浦大学", "西交利物浦大学")]
GUIDES = {  # code: special (subset of the profile's guide, enough to vary the deliverables)
    "210101": "数字创新", "210103": "数字创新", "210201": "数字创新", "210502": "数字创新",
    "210601": "先进材料", "210603": "先进材料", "211001": "装备制造", "211003": "装备制造",
    "211101": "先进材料", "210701": "数字创新",
}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["晓明", "建国", "志强", "海燕", "文博", "思远", "丽华", "立新", "振宇", "静怡", "国庆", "子涵"]
PREFIXES = ["芯", "科", "创", "瑞", "博", "汇", "智", "微", "睿", "鼎", "恒", "华", "新", "盛", "同", "诚"]
INDUSTRY = ["微电子科技", "智能装备", "新材料科技", "信息技术", "生物科技", "精密机械", "光电科技", "自动化科技"]
CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def credit_code(division, rnd, valid=True):
    body = "91" + division + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    s = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    check = ALPHABET[(31 - s % 31) % 31]
    if not valid:
        check = ALPHABET[(ALPHABET.index(check) + 1 + rnd.randrange(29)) % 31]
    return body + check


def daxie_yuan(wan):
    """100 万元 → 壹佰万元整 (whole 万 only)."""
    n = int(round(wan))
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for v, u in units:
        d = n // v % 10
        if d:
            if zero and out:
                out += "零"
            out += CN_DIGITS[d] + u
            zero = False
        else:
            zero = True
    return out + "万元整"


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice(paths, fmt, outdir):
    """Convert with LibreOffice. HTML is imported as a Writer document ("HTML (StarWriter)"):
    the default Writer/Web import drops <h1> and adds a blank page when exporting PDF."""
    if not paths:
        return
    infilter = ["--infilter=HTML (StarWriter)"] if paths[0].endswith(".html") else []
    run(["soffice", "--headless"] + infilter + ["--convert-to", fmt, "--outdir", outdir] + list(paths))


def html_page(body, extra_css=""):
    return ("<html><head><meta charset='utf-8'><style>@page { size: 21cm 29.7cm; margin: 2.2cm 2cm } "
            "body { font-family: '%s'; font-size: 11pt } h1 { font-size: 18pt; text-align: center } "
            "td { padding: 4px; vertical-align: top } %s</style></head><body>%s</body></html>" % (FONT, extra_css, body))


def new_docx():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), FONT)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    return d


# ---------------------------------------------------------------------------------------------
# Ground truth of one package

def make_truth(rnd, kind="enterprise"):
    if kind == "enterprise":
        dist = rnd.choice(DISTRICTS)
        core = rnd.choice(PREFIXES) + rnd.choice(PREFIXES)
        region = "昆山" if dist[0] == "昆山" else "常熟" if dist[0] == "常熟" else "苏州"
        applicant = f"{region}{core}{rnd.choice(INDUSTRY)}有限公司"
        code = credit_code(dist[1], rnd)
        dept, zone = dist[2], dist[3]
        partners = []
        status = rnd.choice(["高新技术企业", "国家科技型中小企业", "高新技术企业培育库入库企业"])
        ratio = rnd.choice([0.2, 0.25, 0.3])
    else:
        applicant, dept = rnd.choice(UNIVERSITIES)
        code = "12" + credit_code("320000", rnd)[2:]
        code = code[:17] + ALPHABET[(31 - sum(ALPHABET.index(c) * w for c, w in zip(code, WEIGHTS)) % 31) % 31]
        zone = "无"
        dist = rnd.choice(DISTRICTS[:5])
        partners = [f"苏州{rnd.choice(PREFIXES)}{rnd.choice(PREFIXES)}{rnd.choice(INDUSTRY)}有限公司"]
        status = ""
        ratio = rnd.choice([0.4, 0.5])
    municipal = rnd.choice([30, 40, 50, 60, 80, 100])
    total = round(municipal / ratio)
    start_y, start_m = 2022, rnd.choice([7, 8, 9])
    months = rnd.choice([24, 30, 36])
    end_idx = start_y * 12 + start_m - 1 + months - 1
    guide = rnd.choice(sorted(GUIDES))
    while True:
        t = rnd.choice(TITLES)
        if 8 <= len(t) <= 20 and all("\u4e00" <= c <= "\u9fff" for c in t):
            break
    base = t
    for suf in ["研究", "分析", "探讨", "初探", "设计", "应用"]:
        if base.endswith(suf) and len(base) > len(suf) + 4:
            base = base[: -len(suf)]
            break
    name = base + "关键技术研发" if len(base) <= 14 else base + "研发"
    leader = rnd.choice(SURNAMES) + rnd.choice(GIVEN)
    return {
        "project_name": name,
        "guide_code": guide,
        "applicant": applicant,
        "applicant_type": kind,
        "credit_code": code,
        "leader": leader,
        "phone": "1" + rnd.choice("3589") + "".join(rnd.choice("0123456789") for _ in range(9)),
        "department": dept,
        "zone": zone,
        "partners": partners,
        "total_budget_wan": float(total),
        "municipal_funding_wan": float(municipal),
        "start": f"{start_y}-{start_m:02d}",
        "end": f"{end_idx // 12}-{end_idx % 12 + 1:02d}",
        # not in the report's fields, but the documents say them
        "status": status,
        "special": GUIDES[guide],
        "abstract": rnd.choice(ABSTRACTS),
    }


def period_text(t, style):
    sy, sm = map(int, t["start"].split("-"))
    ey, em = map(int, t["end"].split("-"))
    return {
        "cn": f"{sy}年{sm}月至{ey}年{em}月",
        "dot": f"{sy}.{sm:02d}-{ey}.{em:02d}",
        "iso": f"{sy}-{sm:02d}-01至{ey}-{em:02d}-28",
        "months": f"自{sy}年{sm}月起，共{(ey * 12 + em) - (sy * 12 + sm) + 1}个月",
    }[style]


def type_text(t):
    return {"enterprise": "企业", "university": "高等院校", "institute": "科研院所"}[t["applicant_type"]]


# ---------------------------------------------------------------------------------------------
# Documents

def info_rows(t, money="wan", period="cn"):
    def m(v):
        if money == "yuan":
            return f"{int(v * 10000):,}"
        if money == "daxie":
            return daxie_yuan(v)
        return f"{v:g}"
    unit = {"wan": "（万元）", "yuan": "（元）", "daxie": ""}[money]
    rows = [
        ("项目名称", t["project_name"]),
        ("指南代码", t["guide_code"]),
        ("申报单位", t["applicant"]),
        ("统一社会信用代码", t["credit_code"]),
        ("单位性质", type_text(t)),
        ("企业资质", t["status"] or "/"),
        ("项目负责人", t["leader"]),
        ("联系电话", t["phone"]),
        ("主管部门", t["department"]),
        ("所在高新区", t["zone"]),
        ("合作单位", "、".join(t["partners"]) or "无"),
        ("实施期限", period_text(t, period)),
        ("项目总投入" + unit, m(t["total_budget_wan"])),
        ("申请市拨经费" + unit, m(t["municipal_funding_wan"])),
    ]
    return rows


def info_grid4_docx(t, path):
    d = new_docx()
    d.add_heading("2022年度苏州市产业前瞻与关键核心技术项目信息表", level=1)
    rows = info_rows(t)
    tbl = d.add_table(rows=0, cols=4)
    tbl.style = "Table Grid"
    first = tbl.add_row().cells
    a = first[1].merge(first[3])
    first[0].text, a.text = rows[0]
    for i in range(1, len(rows), 2):
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text = rows[i]
        if i + 1 < len(rows):
            cells[2].text, cells[3].text = rows[i + 1]
    d.save(path)


def info_para_html(t):
    body = "<h1>项目信息表</h1>" + "".join(f"<p>{k}：{v}</p>" for k, v in info_rows(t, period="months"))
    return html_page(body)


def spaced(label):
    core = label.split("（")[0]
    rest = label[len(core):]
    return (" ".join(core) if len(core) <= 4 else core) + rest


def info_grid2_html(t):
    rows = "".join(f"<tr><td width='35%'>{spaced(k)}</td><td>{v}</td></tr>" for k, v in info_rows(t, money="yuan", period="iso"))
    return html_page("<h1>苏州市科技计划项目基本信息表</h1><table border='1' cellspacing='0' width='100%'>" + rows + "</table>")


def info_header_docx(t, path):
    d = new_docx()
    d.add_heading("项目信息表", level=1)
    rows = info_rows(t, money="daxie")
    for chunk in [rows[0:3], rows[3:6], rows[6:9], rows[9:12], rows[12:14]]:
        tbl = d.add_table(rows=2, cols=len(chunk))
        tbl.style = "Table Grid"
        for c, (k, v) in enumerate(chunk):
            tbl.rows[0].cells[c].text = k
            tbl.rows[1].cells[c].text = v
        d.add_paragraph("")
    d.save(path)


def info_plain_html(t):
    rows = "".join(f"<tr><td width='30%'>{k}</td><td>{v}</td></tr>" for k, v in info_rows(t, period="dot"))
    return html_page("<h1>项目信息表</h1><table border='0' width='100%'>" + rows + "</table>")


def cover_html(t):
    return ("<h1>苏州市科技计划项目申报书</h1><p>&nbsp;</p>"
            f"<p>项目名称：{t['cover_name']}</p><p>申报单位（盖章）：{t['applicant']}</p>"
            f"<p>主管部门：{t['department']}</p><p>项目负责人：{t['leader']}</p><p>申报日期：2022年7月</p>"
            "<p>&nbsp;</p><p style='text-align:center'>苏州市科学技术局制</p>")


def targets(t):
    out = []
    if t.get("patent", True):
        out.append("申请发明专利3项，其中授权1项；")
    else:
        out.append("申请实用新型专利4项，软件著作权2项；")
    if t.get("deliverable", True):
        out.append({"数字创新": "研制样机2台套，完成系统集成与测试；", "装备制造": "完成样机1台并通过第三方检测；",
                    "先进材料": "完成小试工艺验证，形成小试样品；"}[t["special"]])
    out.append("发表高水平论文2篇，培养研发人员5名。")
    return "".join(out)


def application_html(t, with_cover):
    a = t["abstract"]
    sents = [s for s in a["abstract"].replace(".", "。").split("。") if s.strip()]
    half = max(1, len(sents) // 2)
    extra = "".join(f"<p>{s}</p>" for s in t.get("extra_sentences", []))
    status = f"<p>申报单位为{t['status']}，具备良好的研发基础。</p>" if t["status"] and t.get("say_status") else ""
    body = ""
    if with_cover:
        body += cover_html(t) + "<p style='page-break-after: always'></p>"
    body += (f"<h1>{t['app_name']}</h1>"
             "<h2>一、立项依据</h2>" + "".join(f"<p>{s}。</p>" for s in sents[:half]) + status +
             "<h2>二、研究内容</h2>" + "".join(f"<p>{s}。</p>" for s in sents[half:]) +
             f"<p>主要研究内容包括：{'、'.join(a['keywords'])}等关键技术。</p>" + extra +
             "<h2>三、创新点</h2><p>提出了新的方法与模型，形成具有自主知识产权的核心技术。</p>"
             f"<h2>四、考核指标</h2><p>{targets(t)}</p>"
             f"<h2>五、实施期限</h2><p>{period_text(t, 'cn')}。</p>")
    return html_page(body)


def commitment_html(t, title="信用承诺书"):
    return html_page(f"<h1>{title}</h1><p>本单位郑重承诺：所提交的“{t['project_name']}”项目申报材料及附件证明材料真实、完整、有效，"
                     "如有不实，愿意承担相应责任。</p><p>法定代表人（签字）：</p><p>申报单位（盖章）：</p><p>2022年7月1日</p>")


def agreement_html(t, title="合作协议"):
    p = "、".join(t["partners"]) or "（合作企业）"
    return html_page(f"<h1>{title}</h1><p>甲方：{t['applicant']}</p><p>乙方：{p}</p>"
                     f"<p>双方就“{t['project_name']}”联合申报事宜达成如下协议：乙方实质性参与项目研发工作，负责中试验证与应用。</p>")


def certificate_html(t):
    return html_page(f"<h1>高新技术企业证书</h1><p>企业名称：{t['applicant']}</p><p>证书编号：GR2021320{random.Random(t['credit_code']).randrange(10000, 99999)}</p>"
                     "<p>发证时间：2021年11月30日</p><p>有效期：三年</p>")


def labor_html(t):
    return html_page(f"<h1>劳动合同</h1><p>甲方（用人单位）：{t['applicant']}</p><p>乙方（劳动者）：{t['leader']}</p>"
                     "<p>合同期限：2020年1月1日至2025年12月31日。</p>")


def scanned_pdf(src_pdf, out_pdf, tmp):
    """The first page of a PDF as a JPEG, wrapped in a PDF with no text layer."""
    run(["pdftoppm", "-r", "40", "-jpeg", "-f", "1", "-l", "1", "-singlefile", src_pdf, os.path.join(tmp, "scan")])
    jpg = open(os.path.join(tmp, "scan.jpg"), "rb").read()
    i = jpg.index(b"\xff\xc0")
    h = int.from_bytes(jpg[i + 5:i + 7], "big")
    w = int.from_bytes(jpg[i + 7:i + 9], "big")
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(jpg)) + jpg + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    open(out_pdf, "wb").write(out.getvalue())


# ---------------------------------------------------------------------------------------------
# Mistakes: each changes the truth and says which rules it should trigger

def apply_mistake(t, m, rnd):
    if m == "T001":
        t["project_name"] = t["project_name"][:-2] + rnd.choice(["研究", "开发", "项目"])
    elif m == "T002":
        t["project_name"] = t["project_name"][:-2] + "及其在高端装备智能制造领域中的集成应用关键技术研发"
    elif m == "T003":
        core = t["applicant"][2:4]
        t["project_name"] = rnd.choice([core + "公司", t["applicant"][:6]]) + t["project_name"]
    elif m == "T004":
        t["project_name"] = t["project_name"][:-2] + rnd.choice(["XC-200型", "KX8800系列", "RK3588"]) + "研发"
    elif m == "T007":
        t["app_name"] = t["cover_name"] = t["project_name"][:-2] + "系统研发"
    elif m == "B001":
        t["municipal_funding_wan"] = 120.0
        t["total_budget_wan"] = 600.0 if t["applicant_type"] == "enterprise" else 300.0
    elif m == "B002":
        t["municipal_funding_wan"] = 80.0
        t["total_budget_wan"] = 200.0
    elif m == "B003":
        t["municipal_funding_wan"] = 100.0
        t["total_budget_wan"] = 150.0
    elif m == "P001":
        t["end"] = "2025-12" if t["start"] <= "2022-12" else t["end"]
    elif m == "P003":
        t["start"], t["end"] = t["end"], t["start"]
    elif m == "G001":
        t["guide_code"] = rnd.choice(["210199", "220103", "211299"])
    elif m == "G002":
        t["guide_code"] = "210802"
        t["special"] = "数字创新"
    elif m == "G004":
        t["patent"] = False
    elif m == "G005":
        t["deliverable"] = False
    elif m == "E001":
        t["credit_code"] = credit_code(t["credit_code"][2:8], rnd, valid=False)
    elif m == "E002":
        t["credit_code"] = credit_code(rnd.choice(["310115", "320211", "330106"]), rnd)
    elif m == "E003":
        t["credit_code"] = credit_code("320583", rnd)
        t["applicant"] = "昆山" + t["applicant"][2:]
        t["zone"] = "无"
    elif m == "A008":
        t["partners"] = [rnd.choice([c for c in COMPANIES if not any(x in c for x in ["苏州", "昆山", "常熟", "张家港", "太仓", "吴江"])])]
    elif m == "S001":
        t["extra_sentences"] = ["项目完成后将新建年产5万套的量产线，实现规模化量产。"]
    elif m == "E006":
        t["extra_sentences"] = ["项目面向危险化学品生产企业的安全生产监测需求，开展在线监测装置研制。"]


# ---------------------------------------------------------------------------------------------
# Oracle: what the call's rules say about the ground truth (what the documents contain)

def months(s, e):
    sy, sm = map(int, s.split("-"))
    ey, em = map(int, e.split("-"))
    return ey * 12 + em - (sy * 12 + sm) + 1


def oracle(t, parts, mistakes, bad):
    """Rule codes that must fire. `parts`: which parts the package has."""
    want = set()
    info = "info_table" in parts
    name = t["project_name"] if info else t["cover_name"] if t["cover_present"] else None
    if name is None:
        want.add("T005")
        name = ""
    elif not name.endswith("研发"):
        want.add("T001")
    if len(name) > 25:
        want.add("T002")
    for m in ["T003", "T004"]:
        if m in mistakes:
            want.add(m)
    if "G004" in mistakes and "application" in parts:
        want.add("G004")
    # S001 and E006 look at the name and the application's text (real abstracts may trigger them).
    scope = PROFILE["scope"]
    text = name + ("\n" + t["abstract"]["abstract"] + "".join(t["abstract"]["keywords"]) + "".join(t.get("extra_sentences", []))
                   if "application" in parts else "")
    if any(x in text for x in scope["mass_production_terms"]):
        want.add("S001")
    if any(x in text for x in scope["special_industry_terms"]) and not any(x in text for x in scope["licence_terms"]):
        want.add("E006")
    if "T007" in mistakes and t["cover_present"] and info:
        want.add("T007")
    if "G005" in mistakes and "application" in parts and info and t["guide_code"] in GUIDES:
        want.add("G005")
    if "commitment" not in parts:
        want.add("A001")
    academic = t["applicant_type"] != "enterprise"
    if (academic or t["partners"]) and "cooperation_agreement" not in parts:
        want.add("A002")
    if not academic and "qualification" not in parts and not (info and t["status"]) and not t.get("say_status"):
        want.add("A003")
    if not info:
        want.add("A004")
    if "application" not in parts:
        want.add("A005")
    if not t["cover_present"]:
        want.add("A006")
    if "A007" in mistakes:
        want.add("A007")
    if academic and "A008" in mistakes:
        want.add("A008")
    if "labor_contract" not in parts:
        want.add("E005")
    if info:
        m, tot = t["municipal_funding_wan"], t["total_budget_wan"]
        if m > 100:
            want.add("B001")
        elif m > 50:
            want.add("B004")
        if not academic and m / tot > 0.30 + 1e-9:
            want.add("B002")
        if academic and m / tot > 0.50 + 1e-9:
            want.add("B003")
        if t["guide_code"] == "210802":
            want.add("G002")
        elif t["guide_code"] not in GUIDES:
            want.add("G001")
        if "E001" in mistakes:
            want.add("E001")
        elif "E002" in mistakes:
            want.add("E002")
        if "E003" in mistakes:
            want.add("E003")
    else:
        want |= {"B005", "G001", "E001"}
    # The period is in the information table and in the application's 五、实施期限.
    if info or "application" in parts:
        mo = months(t["start"], t["end"])
        if mo < 1:
            want.add("P003")
        elif mo > 36:
            want.add("P001")
    else:
        want.add("P002")
    for code in bad.values():
        want.add(code)
    if "F006" in mistakes and "application" in parts and t["template"] != "grid2":
        want.add("F006")
    return sorted(want)


# ---------------------------------------------------------------------------------------------
# Assembling a package

def build(t, template, out_dir, tmp, parts, bad=None, merged_order=None, as_zip=False, letter=False):
    """Write one package. `parts`: parts to include. `bad`: {filename: kind} of bad files to add."""
    work = tempfile.mkdtemp(dir=tmp)
    files = {}  # final name → path
    t.setdefault("app_name", t["project_name"])
    t.setdefault("cover_name", t["project_name"])

    def html_to(name, html, fmt):
        src = os.path.join(work, name + ".html")
        open(src, "w", encoding="utf-8").write(html)
        return src, fmt

    jobs_pdf, jobs_docx = [], []
    if "info_table" in parts:
        if template == "grid4":
            p = os.path.join(work, "项目信息表.docx")
            info_grid4_docx(t, p)
            files["项目信息表.docx"] = p
        elif template == "header":
            p = os.path.join(work, "项目信息表.docx")
            info_header_docx(t, p)
            files["项目信息表.docx"] = p
        elif template == "para":
            jobs_docx.append(html_to("项目信息表", info_para_html(t), "docx")[0])
        elif template == "grid2":
            jobs_docx.append(html_to("项目信息表", info_grid2_html(t), "docx")[0])
        else:  # plain, merged
            jobs_pdf.append(html_to("项目信息表", info_plain_html(t), "pdf")[0])
    separate_cover = template == "grid4" or merged_order is not None
    if "application" in parts:
        src = html_to("项目申报书", application_html(t, with_cover="cover" in parts and not separate_cover), "pdf")[0]
        if letter:
            html = open(src, encoding="utf-8").read().replace("size: 21cm 29.7cm", "size: 8.5in 11in")
            open(src, "w", encoding="utf-8").write(html)
        (jobs_docx if template == "grid2" else jobs_pdf).append(src)
    t["cover_present"] = "cover" in parts and (
        "application" in parts if not separate_cover else (not merged_order or "封面" in merged_order))
    if "cover" in parts and (template == "grid4" or merged_order is not None):
        jobs_docx.append(html_to("封面", html_page(cover_html(t)), "docx")[0])
    if "commitment" in parts:
        title = {"grid4": "信用承诺书", "para": "承 诺 书", "grid2": "项目申报单位信用承诺函"}.get(template, "信用承诺书")
        jobs_pdf.append(html_to("信用承诺书", commitment_html(t, title), "pdf")[0])
    if "cooperation_agreement" in parts:
        title = {"grid2": "产学研合作协议书", "header": "联合申报协议"}.get(template, "合作协议")
        jobs_pdf.append(html_to("合作协议", agreement_html(t, title), "pdf")[0])
    if "qualification" in parts:
        jobs_pdf.append(html_to("高新技术企业证书", certificate_html(t), "pdf")[0])
    if "labor_contract" in parts:
        jobs_pdf.append(html_to("劳动合同", labor_html(t), "pdf")[0])
    soffice(jobs_pdf, "pdf", work)
    soffice(jobs_docx, "docx:MS Word 2007 XML", work)
    for src in jobs_pdf:
        n = os.path.basename(src)[:-5] + ".pdf"
        files[n] = os.path.join(work, n)
    for src in jobs_docx:
        n = os.path.basename(src)[:-5] + ".docx"
        files[n] = os.path.join(work, n)

    if merged_order:
        # One merged PDF in the given order (DOCX parts are converted first).
        pdfs = []
        for stem in merged_order:
            for n, p in list(files.items()):
                if n.rsplit(".", 1)[0] == stem:
                    if p.endswith(".docx"):
                        soffice([p], "pdf", work)
                        p = p[:-5] + ".pdf"
                    pdfs.append(p)
        merged = os.path.join(work, "申报材料.pdf")
        run(["qpdf", "--empty", "--pages"] + pdfs + ["--", merged])
        files = {"申报材料.pdf": merged}

    for name, kind in (bad or {}).items():
        p = os.path.join(work, "bad_" + name)
        if kind == "F001":  # a PDF cut off during upload
            src = next(v for k, v in files.items() if v.endswith(".pdf"))
            data = open(src, "rb").read()
            open(p, "wb").write(data[: len(data) // 3])
        elif kind == "F002":
            src = next(v for k, v in files.items() if v.endswith(".pdf"))
            run(["qpdf", "--encrypt", "user-pw", "owner-pw", "256", "--", src, p])
        elif kind == "F003":  # replace the commitment by a scan of itself
            src = files.get("信用承诺书.pdf")
            scanned_pdf(src, p, work)
            del files["信用承诺书.pdf"]
        elif kind == "F004":  # a real Word 97 file, as old templates still produce
            src = next(os.path.join(work, f) for f in sorted(os.listdir(work)) if f.endswith(".html"))
            soffice([src], "doc:MS Word 97", work)
            shutil.copy(src[:-5] + ".doc", p)
        files[name] = p

    os.makedirs(os.path.dirname(out_dir), exist_ok=True)
    if as_zip:
        with zipfile.ZipFile(out_dir + ".zip", "w", zipfile.ZIP_DEFLATED) as z:
            for n, p in sorted(files.items()):
                z.write(p, os.path.basename(out_dir) + "/" + n)
        return out_dir + ".zip"
    if len(files) == 1 and merged_order:
        dst = out_dir + ".pdf"
        shutil.copy(next(iter(files.values())), dst)
        return dst
    os.makedirs(out_dir, exist_ok=True)
    for n, p in files.items():
        shutil.copy(p, os.path.join(out_dir, n))
    return out_dir


FULL = ["cover", "info_table", "commitment", "application", "qualification", "labor_contract"]
ACADEMIC = ["cover", "info_table", "commitment", "application", "cooperation_agreement", "labor_contract"]


def truth_fields(t, parts):
    keys = ["project_name", "guide_code", "applicant", "applicant_type", "credit_code", "leader", "phone",
            "department", "zone", "partners", "total_budget_wan", "municipal_funding_wan", "start", "end"]
    f = {k: t[k] for k in keys}
    if "info_table" not in parts:
        # Only the cover and the application remain: name, applicant, department, leader.
        for k in ["guide_code", "credit_code", "phone", "zone", "total_budget_wan", "municipal_funding_wan"]:
            f[k] = None
        if "application" not in parts:
            f["start"] = f["end"] = None
        f["partners"] = []
        f["applicant_type"] = "enterprise" if t["applicant"].endswith("公司") else "university"
        f["project_name"] = t["cover_name"]
        if not t["cover_present"]:
            f["project_name"] = None
            f["applicant"] = f["department"] = f["leader"] = None
            f["applicant_type"] = None
    return f


def in_scope(t, key, disciplines, words, code, special, rename=True):
    """Give sample `t` a real abstract of one of `disciplines` that speaks of one of `words`
    (never one of the corpus's ongoing projects), declared under guide `code`: a fitting one
    keeps clean samples clear of G003 and G006. Its own random source, so that the samples'
    other values stay as they were."""
    pool = [a for a in ABSTRACTS if a["discipline"] in disciplines
            and any(w in a["title"] + a["abstract"] for w in words)]
    t["abstract"] = random.Random(key).choice(sorted(pool, key=lambda a: a["id"]))
    if rename:
        # The name says what the application says: the abstract's own title, as a project name.
        base = "".join(c for c in t["abstract"]["title"] if "\u4e00" <= c <= "\u9fff")[:18]
        for suf in ["研究", "分析", "探讨", "初探", "设计", "应用", "的"]:
            if base.endswith(suf) and len(base) > len(suf) + 4:
                base = base[: -len(suf)]
        t["project_name"] = t["app_name"] = t["cover_name"] = base + "研发"
    t["guide_code"], t["special"] = code, special


def samples(tmp):
    if os.path.isdir(SAMPLES):
        for n in os.listdir(SAMPLES):
            p = os.path.join(SAMPLES, n)
            if n.endswith(".txt") or n.endswith(".md"):
                continue
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    rnd = random.Random(2022)
    made = []
    t = make_truth(rnd)
    t["project_name"] = "高可靠车规级碳化硅功率模块驱动芯片研发"
    t["app_name"] = t["cover_name"] = t["project_name"]
    in_scope(t, "01", {"电子科学与技术", "电气工程"}, ["功率", "器件", "半导体"], "210702", "数字创新", rename=False)
    made.append(build(t, "grid4", os.path.join(SAMPLES, "01-clean-enterprise"), tmp, FULL))
    t = make_truth(rnd, "university")
    in_scope(t, "02", {"材料科学与工程"}, ["复合材料", "陶瓷", "纤维"], "211105", "先进材料")
    made.append(build(t, "para", os.path.join(SAMPLES, "02-clean-university"), tmp, ACADEMIC, as_zip=True))
    t = make_truth(rnd)
    for m in ["T003", "T004", "B002", "P001"]:
        apply_mistake(t, m, rnd)
    # G003: nano-catalyst content (a 210601 subject) declared under quantum communication.
    in_scope(t, "03", {"纺织科学与工程"}, ["TiO2"], "210201", "数字创新", rename=False)
    made.append(build(t, "grid4", os.path.join(SAMPLES, "03-title-budget-period-mistakes"), tmp,
                      ["cover", "info_table", "application", "qualification"]))
    t = make_truth(rnd)
    in_scope(t, "04", {"计算机科学与技术"}, ["图像", "识别", "神经网络"], "210502", "数字创新")
    made.append(build(t, "para", os.path.join(SAMPLES, "04-merged-out-of-order"), tmp, FULL,
                      merged_order=["项目信息表", "项目申报书", "信用承诺书", "高新技术企业证书", "劳动合同"]))
    t = make_truth(rnd)
    in_scope(t, "05", {"机械工程"}, ["加工", "机床", "刀具", "磨削"], "211002", "装备制造")
    made.append(build(t, "grid4", os.path.join(SAMPLES, "05-damaged-files"), tmp, FULL,
                      bad={"信用承诺书.pdf": "F003", "附件-旧版申报书.doc": "F004", "附件-截断.pdf": "F001"}, as_zip=True))
    t = make_truth(rnd, "university")
    in_scope(t, "06", {"计算机科学与技术", "控制科学与工程"}, ["神经网络", "学习", "智能"], "210502", "数字创新")
    apply_mistake(t, "A008", rnd)
    apply_mistake(t, "G002", rnd)
    made.append(build(t, "para", os.path.join(SAMPLES, "06-university-nonlocal-partner"), tmp,
                      ["cover", "info_table", "commitment", "application", "labor_contract"]))
    # 07: an enterprise that holds an ongoing 姑苏领军 project of the shipped corpus applies again
    # with that project's text, sentences reordered (D001 and E004 against corpora/projects.jsonl).
    corpus = [json.loads(l) for l in open(os.path.join(ROOT, "corpora", "projects.jsonl"), encoding="utf-8")]
    held = next(p for p in corpus if p["status"] == "ongoing" and p["program"] == "姑苏创新创业领军人才计划"
                and p["unit_code"][2:8] in ("320594", "320505", "320506", "320507", "320509")
                and p["abstract"].count("。") + p["abstract"].count(".") >= 4)
    t = make_truth(rnd)
    t["applicant"], t["credit_code"] = held["unit"], held["unit_code"]
    sents = [x for x in held["abstract"].replace(".", "。").split("。") if x.strip()]
    t["abstract"] = {"abstract": "。".join(sents[1:] + sents[:1]) + "。", "keywords": held["keywords"]}
    made.append(build(t, "grid4", os.path.join(SAMPLES, "07-resubmitted-ongoing-project"), tmp, FULL))
    return made


def dev(tmp, n):
    shutil.rmtree(DEV, ignore_errors=True)
    os.makedirs(DEV)
    rnd = random.Random(7)
    templates = ["grid2", "header", "plain", "merged"]
    mistakes_pool = ["T001", "T002", "T003", "T004", "T007", "A001", "A002", "A003", "A004", "A005", "A006", "A007",
                     "A008", "B001", "B002", "B003", "P001", "P003", "G001", "G002", "G004", "G005", "E001", "E002",
                     "E003", "E005", "E006", "S001", "F001", "F002", "F003", "F004", "F006"]
    labels = []
    next_mistake = [0]
    for i in range(n):
        template = templates[i % len(templates)]
        # Every mistake comes round in turn (about twice in 50 packages), sometimes with a second one.
        if i % 5 == 0:
            mistakes = []
        else:
            first = mistakes_pool[next_mistake[0] % len(mistakes_pool)]
            next_mistake[0] += 1
            mistakes = [first]
            if rnd.random() < 0.4:
                second = rnd.choice(mistakes_pool)
                if second != first:
                    mistakes.append(second)
        if "A008" in mistakes or "B003" in mistakes or "A002" in mistakes:
            kind = "university"
        elif "E003" in mistakes or "A003" in mistakes or "B002" in mistakes:
            kind = "enterprise"
        else:
            kind = rnd.choice(["enterprise", "enterprise", "university"])
        t = make_truth(rnd, kind)
        if kind == "enterprise" and rnd.random() < 0.3:
            t["say_status"] = True
        for m in mistakes:
            apply_mistake(t, m, rnd)
        parts = list(FULL if kind == "enterprise" else ACADEMIC)
        drop = {"A001": "commitment", "A002": "cooperation_agreement", "A004": "info_table", "A005": "application",
                "A006": "cover", "E005": "labor_contract", "A003": "qualification"}
        for m in mistakes:
            if m in drop and drop[m] in parts:
                parts.remove(drop[m])
        if "A003" in mistakes:
            t["status"] = ""
            t.pop("say_status", None)
        bad = {}
        if "F001" in mistakes:
            bad["附件-截断.pdf"] = "F001"
        if "F002" in mistakes:
            bad["附件-加密.pdf"] = "F002"
        if "F003" in mistakes and "commitment" in parts:
            bad["信用承诺书.pdf"] = "F003"
        if "F004" in mistakes:
            bad["附件-旧版.doc"] = "F004"
        merged = None
        if template == "merged" or "A007" in mistakes:
            order = ["封面", "项目信息表", "信用承诺书", "项目申报书", "合作协议", "高新技术企业证书", "劳动合同"]
            if "A007" in mistakes:
                order = ["项目信息表", "项目申报书", "信用承诺书", "合作协议", "高新技术企业证书", "劳动合同"]
                if "commitment" not in parts:
                    parts.append("commitment")
            merged = order
            bad = {}
        if merged and template != "merged":
            template = "plain"
        t["template"] = template
        pid = f"dev{i:03d}-{template}"
        path = build(t, template, os.path.join(DEV, pid), tmp, parts, bad=bad, merged_order=merged,
                     as_zip=(i % 7 == 3), letter="F006" in mistakes)
        effective = [m for m in mistakes if not (m.startswith("F00") and m != "F006" and merged)]
        if "F003" in effective and "commitment" not in parts:
            effective.remove("F003")
        bad_codes = {k: v for k, v in bad.items()}
        label = {
            "package": os.path.relpath(path, DEV),
            "template": template,
            "mistakes": effective,
            "fields": truth_fields(t, parts),
            "rules": oracle(t, parts, effective, bad_codes),
        }
        labels.append(label)
        print(pid, effective, file=sys.stderr)
    with open(os.path.join(DEV, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    tmp = tempfile.mkdtemp()
    try:
        if which in ("all", "samples"):
            for p in samples(tmp):
                print("sample:", os.path.relpath(p, ROOT))
        if which in ("all", "dev"):
            dev(tmp, n)
    finally:
        shutil.rmtree(tmp)
