#!/usr/bin/env python3
"""Build places.txt: the short names of China's prefecture-level and county-level divisions
(宜宾, 郴州, 江门, 海宁 …), with which a company's full name may start before its 字号
(宜宾五粮液股份有限公司, 郴州市金贵银业股份有限公司). segment::core_name strips them as it
strips the hand-written regions.txt, so that an applicant from anywhere in China has a core name.
Run from the repo root:

  pip download --no-deps cpca==0.5.5 -d /tmp/cpca && unzip -o /tmp/cpca/cpca-0.5.5-*.whl \
      'cpca/resources/*.csv' -d /tmp/cpca
  pip install jieba
  python3 dictionaries/build_places.py /tmp/cpca/cpca/resources/adcodes.csv

Source: the administrative division codes that the PyPI package cpca 0.5.5 ships
(DQinYuan/chinese_province_city_area_mapper, MIT): 3,511 divisions with their 12-digit codes,
and its list of the 56 nationalities.
Kept: provinces, prefectures (市, 地区, 自治州, 盟) and county-level cities, counties and banners
(县, 市, 旗); city districts (区) are left out, their names are too often ordinary words (和平,
光明, 白云). A name is written without its level (市, 县, 自治州, and an autonomous prefecture's
nationality) and kept only when at least two characters remain and it is not an ordinary word:
not in jieba's dictionary, or there as a proper noun (ns, nr, nrt, nz, j) seen fewer than 500
times (长城, 江山, 合作, 东方 are dropped; so is a company's 字号 that is also a place's name).
"""
import csv, os, re, sys
import jieba

import jieba_dict

D = os.path.dirname(os.path.abspath(__file__))
freq, pos = jieba_dict.load()

LEVELS = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
          "自治旗", "地区", "林区", "省", "市", "县", "旗", "盟"]
# The nationalities named before 自治州/自治县 (延边朝鲜族自治州 → 延边), from cpca's list.
NATIONS = []


def short(name):
    for lv in LEVELS:
        if name.endswith(lv) and len(name) > len(lv):
            name = name[: -len(lv)]
            if lv.startswith("自治"):
                # One or more nationalities (玉屏侗族, 双江拉祜族佤族布朗族傣族), longest first.
                cut = True
                while cut:
                    cut = False
                    for n in NATIONS:
                        if name.endswith(n) and len(name) > len(n) + 1:
                            name, cut = name[: -len(n)], True
                            break
                # A county named after its nationality (东乡族自治县, 鄂温克族自治旗).
                name = name.removesuffix("族") if name.endswith("族") and len(name) > 2 else name
            break
    return name


def ordinary(w):
    if w not in freq:
        return False
    return not (pos[w] in ("ns", "nr", "nrt", "nz", "j") and freq[w] < 500)


def main(src):
    nations = os.path.join(os.path.dirname(src), "56_nations.csv")
    with open(nations, encoding="utf-8") as f:
        for row in csv.reader(f):
            for cell in row:
                cell = cell.strip()
                if cell.endswith("族") and len(cell) >= 2:
                    NATIONS.append(cell)
    NATIONS.append("各族")  # 隆林各族自治县
    NATIONS.sort(key=len, reverse=True)
    out = set()
    with open(src, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"], row["name"].strip()
            if len(code) != 12 or not code.isdigit():
                continue
            county = code[4:6] != "00"
            if code[6:] != "000000" or (county and name.endswith("区")):
                continue
            s = short(name)
            if 2 <= len(s) <= 6 and "的" not in s and re.fullmatch(r"[\u4e00-\u9fff]+", s) and not ordinary(s):
                out.add(s)
    with open(os.path.join(D, "places.txt"), "w", encoding="utf-8") as f:
        f.write("# Short names of China's provinces, prefectures and county-level cities and counties,\n"
                "# from cpca 0.5.5's adcodes.csv (MIT), built by build_places.py; ordinary words left out.\n")
        for s in sorted(out):
            f.write(s + "\n")
    print(len(out), "places")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/cpca/cpca/resources/adcodes.csv")
