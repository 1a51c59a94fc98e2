"""What the content models (train_scope.py for G006, train_fields.py for G003) read of a text:
the words as propscan's segmenter cuts them (jieba's dictionary plus dictionaries/tech_terms.txt,
no HMM), two or more characters starting with a Han character, not in
dictionaries/generic_terms.txt (funding and form words every application has) — or its Han
character pairs with those words taken out (G003's model: 200 abstracts are too few for words);
a text becomes its feature counts divided by the number of the model's features in it, so the
features sum to one."""
import collections, os, re
import jieba
from scipy.sparse import csr_matrix

R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAN = re.compile(r"[\u4e00-\u9fff]")
jieba.setLogLevel(60)
jieba.load_userdict(os.path.join(R, "dictionaries", "tech_terms.txt"))
GENERIC = {l.strip() for l in open(os.path.join(R, "dictionaries", "generic_terms.txt"), encoding="utf-8")
           if l.strip() and not l.startswith("#")}


def words(t):
    return [w for w in jieba.lcut(t, HMM=False) if len(w) >= 2 and HAN.match(w[0]) and w not in GENERIC]


GENERIC_RE = re.compile("|".join(re.escape(g) for g in sorted(GENERIC, key=len, reverse=True)))
NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


def bigrams(t):
    """The Han character pairs of a text, funding and form words (GENERIC) taken out first,
    pairs never spanning a non-Han character. Each is written with a leading # (not a word)."""
    h = GENERIC_RE.sub(" ", NOT_HAN.sub(" ", t))
    return ["#" + h[i:i + 2] for i in range(len(h) - 1) if " " not in h[i:i + 2]]


def matrix(ds, vocab):
    rows, cols, vals = [], [], []
    for r, d in enumerate(ds):
        known = collections.Counter(vocab[w] for w in d if w in vocab)
        n = sum(known.values())
        for k, v in known.items():
            rows.append(r)
            cols.append(k)
            vals.append(v / n)
    return csr_matrix((vals, (rows, cols)), shape=(len(ds), len(vocab)))
