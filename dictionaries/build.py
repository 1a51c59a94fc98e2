#!/usr/bin/env python3
"""Build propscan's dictionaries from the real third-party data (run from the repo root with
the shared data at ../shared/data; outputs are committed, propscan never reads the sources).

  tech_terms.txt      jieba user dictionary: THUOCL IT (top 12,000) + CSL author keywords + the
                      guide's own terms (guide_terms.txt, written from the call's 附件1)
  latin_terms.txt     Latin-script technical tokens that are not product models: the hand list
                      latin_terms_seed.txt + every Latin keyword of the CSL keywords
  company_names.txt   real company brand names (字号) and listed-company short names, minus any
                      that are common words in real scientific text (CSL abstracts, THUOCL)
  org_suffixes.txt    organisation forms (subset of companynameparser's suffix.txt, see below)
  industry_words.txt  companynameparser's trade.txt (to find a name's 字号)
  stopwords.txt       stopwords-iso zh
"""
import csv, json, os, re, sys
S = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
D = os.path.dirname(os.path.abspath(__file__))
w = lambda name, lines: open(os.path.join(D, name), "w", encoding="utf-8").write("\n".join(lines) + "\n")

guide = [l.strip() for l in open(os.path.join(D, "guide_terms.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")]
it = []
for line in open(f"{S}/dicts/thuocl/THUOCL_IT.txt", encoding="utf-8"):
    parts = line.split()
    if len(parts) >= 2:
        it.append((parts[0], int(parts[1])))
it = it[:12000]
kw = [l.split("\t")[0] for l in open(f"{S}/dicts/csl_dev_keywords.tsv", encoding="utf-8") if l.strip()]
terms, seen = [], set()
for word in guide + [x for x, _ in it] + kw:
    if word and word not in seen and not re.search(r"\s", word):
        seen.add(word)
        terms.append(f"{word} 2000 n")
w("tech_terms.txt", terms)

seed = [l.strip() for l in open(os.path.join(D, "latin_terms_seed.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")]
latin = set(seed)
for k in kw:
    for tok in re.findall(r"[A-Za-z][A-Za-z0-9.\-+/]*", k):
        if len(tok) >= 2:
            latin.add(tok)
w("latin_terms.txt", sorted(latin, key=lambda x: (x.lower(), x)))

# Common words: anything that occurs in real scientific text is not evidence of a company.
common = set(x for x, _ in it) | set(kw)
for f in ["THUOCL_caijing.txt", "THUOCL_medical.txt", "THUOCL_law.txt", "THUOCL_car.txt"]:
    for line in open(f"{S}/dicts/thuocl/{f}", encoding="utf-8"):
        p = line.split()
        if p:
            common.add(p[0])
corpus = ""
for line in open(f"{S}/csl/csl_dev_joined.jsonl", encoding="utf-8"):
    o = json.loads(line)
    corpus += o.get("abstract", "") + o.get("title", "")
names = set()
for line in open(f"{S}/companies/groundtruth.txt", encoding="utf-8"):
    p = line.split()
    if len(p) == 2:
        names.add(p[1])
# Only the even rows of the SZSE list are used: the odd rows are held out as unseen names for
# tests/title_eval.rs (tests/data/companies_szse_heldout.tsv), so that the company-name
# recogniser is measured on names no propscan list holds.
with open(f"{S}/companies/szse_a_share_half.csv", encoding="utf-8") as fh:
    for i, row in enumerate(csv.DictReader(fh)):
        n = row["a_short_name"].replace(" ", "").lstrip("*").replace("ST", "")
        if n and i % 2 == 0:
            names.add(n)
kept = sorted(n for n in names if len(n) >= 2 and n not in common and n not in corpus)
w("company_names.txt", kept)

# Organisation forms that end a unit's name. Shop kinds (店, 馆, 坊 …) and words that are
# common nouns in titles (中心, 学院, 医院) are left out: they make names, but not reliably.
strong = ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团股份", "控股集团",
          "股份公司", "总公司", "分公司", "子公司", "集团", "公司", "研究院", "研究所", "设计院", "工厂", "厂"]
src = set(l.strip() for l in open(f"{S}/companies/suffix.txt", encoding="utf-8"))
w("org_suffixes.txt", [s for s in strong if s in src or s in ("研究院", "研究所", "设计院", "工厂", "集团股份", "控股集团")])
w("industry_words.txt", sorted(set(l.strip() for l in open(f"{S}/companies/trade.txt", encoding="utf-8") if l.strip()), key=lambda x: (-len(x), x)))
w("stopwords.txt", [l.strip() for l in open(f"{S}/dicts/stopwords-iso_zh.txt", encoding="utf-8") if l.strip()])
print(len(terms), "terms;", len(latin), "latin;", len(kept), "company names")
