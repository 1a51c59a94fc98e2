#!/usr/bin/env python3
"""Character coverage of propscan's text against pdftotext's, per PDF (issue 15 (a)).

coverage = |multiset(propscan chars) ∩ multiset(pdftotext chars)| / |pdftotext chars|, whitespace
ignored, page marks and findings of `propscan extract` left out. Files where pdftotext reads fewer
than MIN characters are listed but not averaged; files whose pdftotext text is known wrong (GBK
bytes printed as Latin-1) can be named with --skip.

usage: python3 benches/coverage_vs_pdftotext.py [--bin target/dist/propscan] [--min 200]
       [--skip NAME ...] PDF...
"""
import argparse, collections, subprocess, sys, os

ap = argparse.ArgumentParser()
ap.add_argument("--bin", default="target/dist/propscan")
ap.add_argument("--min", type=int, default=200)
ap.add_argument("--skip", nargs="*", default=[])
ap.add_argument("pdfs", nargs="+")
a = ap.parse_args()

def chars(s):
    return collections.Counter(c for c in s if not c.isspace())

def ours(path):
    out = subprocess.run([a.bin, "extract", "--format", "json", path], capture_output=True, text=True)
    import json
    try:
        doc = json.loads(out.stdout)
    except Exception:
        return ""
    d = doc.get("document") or doc
    return d.get("text", "") or ""

rows, scored = [], []
for p in a.pdfs:
    ref = subprocess.run(["pdftotext", "-q", p, "-"], capture_output=True).stdout.decode("utf-8", "replace")
    r, o = chars(ref), chars(ours(p))
    n = sum(r.values())
    cov = sum((r & o).values()) / n if n else float("nan")
    name = os.path.basename(p)
    skip = name in a.skip or n < a.min
    rows.append((name, n, sum(o.values()), cov, skip))
    if not skip:
        scored.append(cov)
for name, n, m, cov, skip in rows:
    print(f"{name:40s} pdftotext {n:6d}  propscan {m:6d}  coverage {cov:6.3f}{'  (not averaged)' if skip else ''}")
if scored:
    print(f"mean coverage over {len(scored)} files: {sum(scored)/len(scored):.4f}; files with nothing: {sum(1 for c in scored if c == 0)}")
