#!/usr/bin/env python3
"""Traditional-only characters and the simplified character each is written as, for reading
packages converted to traditional characters (Word's 中文简繁转换; Taiwanese- and Hong Kong-run
companies): dictionaries/traditional_chars.tsv, lines "traditional<TAB>simplified".

From OpenCC's t2s conversion (PyPI opencc 1.4.2, Apache-2.0), one character at a time, kept
only where the traditional character is not in GB 2312 (so never a character of simplified
text: 於, 乾, 著 … stay as they are, their reading depends on the phrase) and the simplified one
is. A character-level fold: phrase-dependent conversions are not attempted.

Usage: pip install opencc; python3 dictionaries/build_traditional.py
"""
import os
import opencc

conv = opencc.OpenCC("t2s")


def gb2312(c):
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


rows = []
for cp in range(0x4E00, 0xA000):
    t = chr(cp)
    s = conv.convert(t)
    if s != t and len(s) == 1 and not gb2312(t) and gb2312(s):
        rows.append((t, s))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "traditional_chars.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# traditional-only character → simplified (OpenCC t2s, Apache-2.0; not in GB 2312 → in it).\n")
    f.write("# Built by dictionaries/build_traditional.py.\n")
    for t, s in rows:
        f.write(f"{t}\t{s}\n")
print(len(rows), "characters")
