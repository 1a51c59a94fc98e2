"""jieba's own dictionary as the build scripts read it: each word's frequency and part of speech."""
import os

import jieba


def load():
    """(frequency, part of speech) by word, from the dict.txt the jieba package ships."""
    freq, pos = {}, {}
    for line in open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8"):
        p = line.split()
        if len(p) >= 2:
            freq[p[0]] = int(p[1])
            pos[p[0]] = p[2] if len(p) > 2 else ""
    return freq, pos
