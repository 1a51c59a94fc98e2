#!/usr/bin/env python3
"""Characters that look like a CJK unified ideograph and are another code point, and the
ideograph each stands for: dictionaries/cjk_radicals.tsv, lines "character<TAB>ideograph".

Text copied out of a PDF whose font maps glyphs to radicals (⼯ U+2F2F for 工, ⻓ U+2EE7 for
长, macOS and some PDF producers do so), or typed with an input method's compatibility forms,
reads the same on screen and compares unequal: a name pasted so is not the name.

- CJK radicals (Kangxi radicals and the radicals supplement) and CJK strokes: Unicode's
  Equivalent_Unified_Ideograph property (EquivalentUnifiedIdeograph.txt, Unicode 15.0, as
  Debian's unicode-data package installs it in /usr/share/unicode; Unicode License v3);
- CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): their canonical
  decomposition (Python's unicodedata, NFKC).

Usage: apt-get install unicode-data; python3 dictionaries/build_radicals.py
"""
import os
import unicodedata

SRC = "/usr/share/unicode/EquivalentUnifiedIdeograph.txt"


def unified(c):
    return 0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF or 0x20000 <= ord(c) <= 0x3FFFF


rows = {}
for line in open(SRC, encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    cps, target = (x.strip() for x in line.split(";"))
    a, _, b = cps.partition("..")
    for cp in range(int(a, 16), int(b or a, 16) + 1):
        rows[chr(cp)] = chr(int(target, 16))
for lo, hi in ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F)):
    for cp in range(lo, hi + 1):
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        if n != c and len(n) == 1 and unified(n):
            rows[c] = n
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cjk_radicals.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# CJK radical, stroke or compatibility ideograph → the unified ideograph it stands for (Unicode 15.0\n")
    f.write("# Equivalent_Unified_Ideograph; NFKC of the compatibility ideographs). Built by build_radicals.py.\n")
    for c in sorted(rows):
        if unified(rows[c]):
            f.write(f"{c}\t{rows[c]}\n")
print(len(rows), "characters")
