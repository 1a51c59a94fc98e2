#!/usr/bin/env python3
"""Traditional-only characters and the simplified character each is written as, for reading
packages converted to traditional characters (Word's 中文简繁转换; Taiwanese- and Hong Kong-run
companies): dictionaries/traditional_chars.tsv, lines "traditional<TAB>simplified".

From OpenCC's t2s conversion (PyPI opencc 1.4.2, Apache-2.0), one character at a time, kept
only where the traditional character is not in GB 2312 (so never a character of simplified
text: 於, 乾, 著 … stay as they are, their reading depends on the phrase) and the simplified one
is. A character-level fold: phrase-dependent conversions are not attempted.

It also writes dictionaries/traditional_words.tsv, lines "folded<TAB>simplified": the words
that read differently once a text is known to be traditional — used only in a text that holds
a traditional-only character, so simplified text is never changed there either:
- Taiwan's words as Word's 简转繁 with 转换常用词汇 (OpenCC s2twp) writes them, read back as
  the mainland's (OpenCC's TWPhrasesRev: 專案 → 项目, 程式碼 → 代码, 資訊 → 信息, 軟體 → 软件);
- Taiwan's and Hong Kong's variant characters and the phrases that decide them
  (TWVariantsRev, TWVariantsRevPhrases, HKVariantsRev: 痺 → 痹, 裡 → 里);
- the characters GB 2312 has in both scripts, read as t2s reads them alone (於 → 于, 後 → 后,
  乾 → 干), with t2s's phrases that keep them (TSPhrases: 乾隆, 於菟).
Each key is written as the character fold above leaves it (程式碼 → 程式码), each value is
t2s's reading of the phrase. Longest key first when the table is applied.

Usage: pip install opencc; python3 dictionaries/build_traditional.py
"""
import os
import subprocess
import tempfile
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

fold = dict(rows)


def folded(text):
    return "".join(fold.get(c, c) for c in text)


share = os.path.join(os.path.dirname(opencc.__file__), "clib", "share", "opencc")
tool = os.path.join(os.path.dirname(opencc.__file__), "clib", "bin", "opencc_dict")


def table(name):
    """OpenCC's dictionary `name` as (key, first value) pairs (opencc_dict to text)."""
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, name + ".txt")
        subprocess.run([tool, "-i", os.path.join(share, name + ".ocd2"), "-o", out, "-f", "ocd2", "-t", "text"],
                       check=True)
        for line in open(out, encoding="utf-8"):
            k, v = line.rstrip("\n").split("\t")
            yield k, v.split(" ")[0]


words = {}
for t in (chr(cp) for cp in range(0x4E00, 0xA000)):
    s = conv.convert(t)
    if s != t and len(s) == 1 and gb2312(t):
        words[t] = s
for name in ("TSPhrases", "HKVariantsRev", "TWVariantsRev", "TWVariantsRevPhrases", "TWPhrasesRev"):
    for k, v in table(name):
        key, value = folded(k), conv.convert(v)
        if key != value:
            words[key] = value
        elif len(key) > 1 and any(c in words for c in key):
            words[key] = value  # a phrase that keeps a character read otherwise alone (著名, 乾隆)
        elif key in words:
            del words[key]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "traditional_words.tsv")
with open(out, "w", encoding="utf-8") as f:
    f.write("# Words read differently in a text that holds a traditional-only character: folded key → simplified\n")
    f.write("# (OpenCC 1.4.2 TWPhrasesRev, TWVariantsRev(Phrases), HKVariantsRev, TSPhrases and t2s, Apache-2.0).\n")
    f.write("# Built by dictionaries/build_traditional.py.\n")
    for k in sorted(words):
        f.write(f"{k}\t{words[k]}\n")
print(len(words), "words")
