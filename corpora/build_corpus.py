#!/usr/bin/env python3
"""Build corpora/projects.jsonl, the ongoing- and prior-projects corpus shipped with propscan.

Real text, made-up administration (see corpora/README.md):
  * CSL records 0-499 (corpora/sources/csl_dev_joined.jsonl: real Chinese paper titles, abstracts
    and keywords; ydli-ai/CSL, Apache-2.0) become Suzhou/Jiangsu projects. Their programmes,
    units, unit credit codes, periods and statuses are made up (seeded, reproducible).
  * The 9,684 real NSFC Management Sciences projects 2009-2013 (corpora/sources/nsfc_projects.csv:
    title, host unit, programme type, period; Tsai1993/Fund, MPL-2.0) are finished national
    projects with no abstract.
Records 500-999 of CSL are never in the corpus: they are the texts of the sample and dev
packages and the hard negatives of the duplicate evaluation.
"""
import csv, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
PROGRAMS = [  # (programme, share, ongoing share)
    ("苏州市产业前瞻与关键核心技术项目", 0.30, 0.7),
    ("江苏省重点研发计划（产业前瞻与关键核心技术）", 0.15, 0.8),
    ("姑苏创新创业领军人才计划", 0.15, 0.8),
    ("苏州市重点产业技术创新", 0.20, 0.7),
    ("苏州市民生科技项目", 0.20, 0.5),
]
DIVISIONS = ["320594", "320505", "320506", "320507", "320508", "320509", "320581", "320582", "320583", "320585"]
PREFIXES = "芯科创瑞博汇智微睿鼎恒华新盛同诚泰航宇锐达远晶"
INDUSTRY = ["微电子科技", "智能装备", "新材料科技", "信息技术", "生物医药", "精密机械", "光电科技", "自动化科技", "环境科技", "能源科技"]
UNIVERSITIES = ["苏州大学", "苏州科技大学", "西交利物浦大学", "常熟理工学院", "苏州职业大学"]


def code(division, rnd):
    body = "91" + division + "".join(rnd.choice(ALPHABET) for _ in range(9))
    s = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - s % 31) % 31]


def main():
    rnd = random.Random(20220620)
    out = []
    csl = [json.loads(l) for l in open(os.path.join(HERE, "sources", "csl_dev_joined.jsonl"), encoding="utf-8")][:500]
    units = []
    for i in range(160):
        div = rnd.choice(DIVISIONS)
        place = {"320581": "常熟", "320582": "张家港", "320583": "昆山", "320585": "太仓"}.get(div, "苏州")
        units.append((f"{place}{rnd.choice(PREFIXES)}{rnd.choice(PREFIXES)}{rnd.choice(INDUSTRY)}有限公司", code(div, rnd)))
    for i, r in enumerate(csl):
        x = rnd.random()
        acc = 0
        for prog, share, ongoing_share in PROGRAMS:
            acc += share
            if x <= acc:
                break
        ongoing = rnd.random() < ongoing_share
        start_y = rnd.choice([2020, 2021]) if ongoing else rnd.choice([2016, 2017, 2018])
        start_m = rnd.choice([1, 7, 9])
        months = rnd.choice([24, 36])
        end = start_y * 12 + start_m - 1 + months - 1
        if rnd.random() < 0.15:
            unit, ucode = rnd.choice(UNIVERSITIES), ""
        else:
            unit, ucode = rnd.choice(units)
        out.append({
            "id": f"SZ{start_y}-{i:04d}",
            "title": r["title"],
            "unit": unit,
            "unit_code": ucode,
            "program": prog,
            "start": f"{start_y}-{start_m:02d}",
            "end": f"{end // 12}-{end % 12 + 1:02d}",
            "abstract": r["abstract"],
            "keywords": r["keywords"],
            "status": "ongoing" if ongoing else "finished",
        })
    with open(os.path.join(HERE, "sources", "nsfc_projects.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            period = row["起止年月"]
            try:
                a, b = period.split("-")
                start, end = a.replace(".", "-"), b.replace(".", "-")
            except ValueError:
                start = end = ""
            out.append({
                "id": f"NSFC-{row['项目批准号']}",
                "title": row["项目名称"],
                "unit": row["依托单位"],
                "unit_code": "",
                "program": f"国家自然科学基金（{row['项目类别']}）",
                "start": start,
                "end": end,
                "abstract": "",
                "keywords": [],
                "status": "finished",
            })
    with open(os.path.join(HERE, "projects.jsonl"), "w", encoding="utf-8") as f:
        for p in out:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(out), "projects")


if __name__ == "__main__":
    main()
