#!/usr/bin/env python3
"""Build brand_heads.txt and short_name_tails.txt for T003's short-name shapes (run from the
repo root: python3 dictionaries/build_brands.py ../shared/data; needs `pip install jieba` for
jieba's dictionary frequencies). Tuning sources only: companynameparser's brand.txt and
groundtruth.txt, and the even rows of the SZSE list; the odd rows are the held-out test names.

  brand_heads.txt      2-character 字号 of brand.txt that are no common word (jieba frequency
                       above 20, THUOCL lexicons, CSL keywords or abstracts, regions)
  short_name_tails.txt the second half of 4-character short names seen at least twice
"""
import collections, csv, json, os, re, sys
import jieba

import jieba_dict

S = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
D = os.path.dirname(os.path.abspath(__file__))
HAN = re.compile(r"[\u4e00-\u9fff]+")
jd, _ = jieba_dict.load()
common = set()
for f in ["THUOCL_IT.txt", "THUOCL_caijing.txt", "THUOCL_medical.txt", "THUOCL_law.txt", "THUOCL_car.txt"]:
    for line in open(f"{S}/dicts/thuocl/{f}", encoding="utf-8"):
        p = line.split()
        if p:
            common.add(p[0])
common |= {l.split("\t")[0] for l in open(f"{S}/dicts/csl_dev_keywords.tsv", encoding="utf-8") if l.strip()}
corpus = "".join(json.loads(l).get("abstract", "") + json.loads(l).get("title", "")
                 for l in open(f"{S}/csl/csl_dev_joined.jsonl", encoding="utf-8"))
regions = {l.strip() for l in open(os.path.join(D, "regions.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")}
brand = [l.strip() for l in open(f"{S}/companies/brand.txt", encoding="utf-8") if l.strip()]
heads = sorted({w for w in brand if len(w) == 2 and HAN.fullmatch(w)
                and w not in common and w not in corpus and jd.get(w, 0) <= 5 and w not in regions})
rows = list(csv.DictReader(open(f"{S}/companies/szse_a_share_half.csv", encoding="utf-8")))
even = [r["a_short_name"].replace(" ", "").lstrip("*").replace("ST", "") for i, r in enumerate(rows) if i % 2 == 0]
tails = collections.Counter(n[-2:] for n in even if len(n) == 4)
for p in (l.split() for l in open(f"{S}/companies/groundtruth.txt", encoding="utf-8")):
    if len(p) == 2 and p[1] in p[0]:
        rest = p[0].split(p[1], 1)[1]
        if len(rest) >= 2:
            tails[rest[:2]] += 1
tails = sorted(t for t, c in tails.items() if c >= 2 and HAN.fullmatch(t) and t not in ("有限", "公司"))
open(os.path.join(D, "brand_heads.txt"), "w", encoding="utf-8").write(
    "# 2-character 字号 (brand words) of companynameparser's brand.txt that are no common word: not in\n"
    "# jieba's dictionary above frequency 5, THUOCL, the CSL keywords or abstracts, nor a region.\n"
    "# Built by dictionaries/build_brands.py; used by T003 for short names (字号 + 行业).\n" + "\n".join(heads) + "\n")
open(os.path.join(D, "short_name_tails.txt"), "w", encoding="utf-8").write(
    "# The second half of 4-character company short names (股份, 科技, 药业 …): tails seen at least\n"
    "# twice in the tuning sources (SZSE short names, even rows; companynameparser groundtruth).\n"
    "# Built by dictionaries/build_brands.py.\n" + "\n".join(tails) + "\n")
print(len(heads), "heads;", len(tails), "tails")
