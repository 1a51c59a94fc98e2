#!/usr/bin/env python3
"""CID → Unicode tables for the four CJK character collections, built by reversing Adobe's
Unicode CMaps (Uni*-UTF32-H, from Adobe's cmap-resources as Debian's poppler-data ships them,
BSD-3-Clause). propscan uses them for CID-keyed fonts (Adobe-GB1/CNS1/Japan1/Korea1) shown
with Identity-H and no ToUnicode.

Output: dictionaries/cid2uni/<Registry-Ordering>.tsv, lines "first_cid<TAB>first_unicode_hex
<TAB>count" (runs of consecutive CIDs mapping to consecutive code points).

Usage: python3 dictionaries/build_cid2uni.py [/usr/share/poppler/cMap]
"""
import re, sys, os

SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/poppler/cMap"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cid2uni")
TABLES = {
    "Adobe-GB1": "UniGB-UTF32-H",
    "Adobe-CNS1": "UniCNS-UTF32-H",
    "Adobe-Japan1": "UniJIS-UTF32-H",
    "Adobe-Korea1": "UniKS-UTF32-H",
}

def rank(u):
    """Lower is preferred when several code points map to one CID."""
    if 0x4E00 <= u <= 0x9FFF: return (0, u)
    if 0xF900 <= u <= 0xFAFF or 0x2F00 <= u <= 0x2FDF or 0x2E80 <= u <= 0x2EFF: return (3, u)
    if 0xFE30 <= u <= 0xFE4F or 0xFE10 <= u <= 0xFE1F: return (4, u)  # vertical forms
    if u > 0xFFFF: return (2, u)
    return (1, u)

def parse(path):
    best = {}
    text = open(path, encoding="latin-1").read()
    def put(u, cid):
        if cid not in best or rank(u) < rank(best[cid]):
            best[cid] = u
    for block in re.findall(r"begincidrange(.*?)endcidrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\d+)", block):
            a, b, c = int(a, 16), int(b, 16), int(c)
            for k in range(b - a + 1):
                put(a + k, c + k)
    for block in re.findall(r"begincidchar(.*?)endcidchar", text, re.S):
        for a, c in re.findall(r"<([0-9a-fA-F]+)>\s*(\d+)", block):
            put(int(a, 16), int(c))
    return best

os.makedirs(OUT, exist_ok=True)
for coll, cmap in TABLES.items():
    m = parse(os.path.join(SRC, coll, cmap))
    runs = []
    for cid in sorted(m):
        u = m[cid]
        if runs and runs[-1][0] + runs[-1][2] == cid and runs[-1][1] + runs[-1][2] == u:
            runs[-1][2] += 1
        else:
            runs.append([cid, u, 1])
    with open(os.path.join(OUT, coll + ".tsv"), "w") as f:
        f.write(f"# {coll}: CID -> Unicode, reversed from Adobe's {cmap} (cmap-resources, BSD-3-Clause)\n")
        for cid, u, n in runs:
            f.write(f"{cid}\t{u:X}\t{n}\n")
    print(coll, len(m), "CIDs", len(runs), "runs")
