#!/usr/bin/env python3
"""Build title_words.txt: the words of two characters that real paper titles use (in five or
more of the 8,000 titles of CSL's category set, ydli-ai/CSL cls_ctg_train.tsv, Apache-2.0, as
jieba cuts them). A company whose 字号 is such a word (纳米 of a 纳米科技发展有限公司) is not
named by a title holding the word alone: T003 then looks for the 字号 with its place. None of
these titles is one the title rules are measured on (tests/data holds other NSFC and CSL
titles). Run from the repo root: pip install jieba; python3 dictionaries/build_title_words.py
../shared/data/csl/cls_ctg_train.tsv
"""
import collections, os, re, sys
import jieba

jieba.setLogLevel(60)
D = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/csl/cls_ctg_train.tsv"
df = collections.Counter()
for line in open(src, encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) >= 2:
        df.update(set(jieba.lcut(p[1])))
words = sorted(w for w, c in df.items() if c >= 5 and re.fullmatch(r"[\u4e00-\u9fff]{2}", w))
with open(os.path.join(D, "title_words.txt"), "w", encoding="utf-8") as f:
    f.write("# Two-character words in five or more of CSL's 8,000 category-set titles (Apache-2.0),\n"
            "# built by build_title_words.py: words any project name may hold.\n")
    f.write("\n".join(words) + "\n")
print(len(words), "words")
