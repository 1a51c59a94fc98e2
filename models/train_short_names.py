#!/usr/bin/env python3
"""Train the short-name model for T003 (run from the repo root; needs `pip install jieba
scikit-learn`):

  pip download --no-deps adata==2.9.5 -d /tmp/adata && unzip -o /tmp/adata/adata-2.9.5-*.whl \
      'adata/stock/cache/code.csv' -d /tmp/adata
  python3 models/train_short_names.py /tmp/adata/adata/stock/cache/code.csv ../shared/data

A company's short name (简称) written at the start of a project name — 科华恒盛, 双林生物,
暴风集团 — is often in no list: the company was renamed, is not listed, or its name is made of
words. T003's grammar (字号 from the brand list + an industry tail) finds about half of the
listed ones. This model scores a span of two to six Han characters by what it is made of:
its characters at the ends, its head and tail pairs, and lookups in the dictionaries the rules
already use (jieba's words, brand heads, short-name tails and forms, industry words, regions,
province abbreviations, stop words, generic and technical terms, how many single characters
are left when the span is covered by dictionary words). Logistic regression; one weight per
feature ships in models/short_name_weights.tsv, and T003 sums them (src/rules/title/
short_name_model.rs computes the same features).

A span of two characters is judged only when it is no dictionary word.

What follows the span counts too (session 35): a short name written before a project name is
followed by the project name's own first word (双林生物 | 基于…, 云海金属 | 高性能…), while a
real title's first words are followed by the words that continue it (西藏矿业 | 开发…). How
often a word starts a title rather than continuing one is counted on the 8,000 real paper titles
of CSL's category set (csl/cls_ctg_train.tsv; none of them is a title the model is tuned or
measured on) and shipped in models/title_start_words.tsv (word, log-ratio bucket), which both the
trainer and the Rust side read. Training positives are put in context the way a name stands in
a project name: at its start, before one of those category titles, and one in four also after
面向 or 基于, where the word after a span (的 for a name and a phrase alike) is not read: the
feature nxnone stands for it.

Positive: the short names of the A-share list (adata 2.9.5, 2023; trading marks removed as in
dictionaries/build_listed.py) and of the SZSE list's even rows (2020), minus every name of
tests/data/companies_szse_heldout.tsv (the odd rows: the held-out test names, never trained
on). Negative: the spans a project name can start with, taken from real funded titles
(tests/data/titles_nsfc.txt, titles_csl.txt: the spans at the title's start and after 面向 or
基于 that end on a word boundary) and from the first words of the sentences and clauses
of real CSL abstracts.

Choice: 5-fold out-of-fold scores (titles grouped by fold). For each C the threshold is the
lowest whose out-of-fold real titles flagged stay at or below BUDGET of all titles; the C with
the highest out-of-fold recall on the positive names wins. Printed and written into the weight
file's header: C, threshold, out-of-fold recall, out-of-fold flagged real titles.
"""
import collections, csv, json, math, os, re, sys
import numpy as np
import jieba
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from scipy.sparse import csr_matrix

R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = os.path.join(R, "dictionaries")
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
BUDGET = 0.001  # out-of-fold real titles flagged, of all real titles
PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀黔贵滇云藏陕秦甘陇青宁新港澳台"
CONNECTORS = ("面向", "基于")

sys.path.insert(0, D)
from build_listed import normalise  # noqa: E402  the exchange's trading marks taken off

jieba.setLogLevel(60)
jieba.load_userdict(os.path.join(D, "tech_terms.txt"))


def lines(name):
    for l in open(os.path.join(D, name), encoding="utf-8"):
        l = l.strip()
        if l and not l.startswith("#"):
            yield l


def first_words(name):
    return {l.split()[0] for l in lines(name)}


def all_words(name):
    return {w for l in lines(name) for w in l.split()}


DICT = {l.split()[0] for l in open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8")}
DICT |= first_words("tech_terms.txt")
HEADS = set(lines("brand_heads.txt"))
TAILS = set(lines("short_name_tails.txt"))
FORMS = dict(l.split("\t")[:2] for l in lines("short_name_forms.tsv"))
INDUSTRY = first_words("industry_words.txt")
REGIONS = sorted(all_words("regions.txt"), key=len, reverse=True)
STOP = first_words("stopwords.txt")
GENERIC_ORG = set(lines("generic_org.txt"))
TECH = first_words("tech_terms.txt")
GENERIC = first_words("generic_terms.txt")


def has_word(w):
    return w in DICT


def industry_tail(s):
    for i in range(len(s) - 1):
        if s[i:] in INDUSTRY:
            return s[i:]
    return None


def singles(s):
    """The fewest characters left single when s is covered by dictionary words of two or more."""
    best = [0] + [99] * len(s)
    for j in range(1, len(s) + 1):
        best[j] = best[j - 1] + 1
        for i in range(j - 1):
            if has_word(s[i:j]):
                best[j] = min(best[j], best[i])
    return best[len(s)]


START_WORDS = os.path.join(R, "models", "title_start_words.tsv")


def build_start_words(shared):
    """models/title_start_words.tsv: for each word of the even titles of CSL's category
    set (cut by jieba with HMM, as T003 cuts titles), round(ln((starts + 0.5) / (inside +
    0.5))) clamped to -3..3, for words starting with a Han character (the others are read as
    not Han): how much more often it starts a title than continues one."""
    start, inside = collections.Counter(), collections.Counter()
    for t in category_titles(shared)[0::2]:
        ws = [w for w in jieba.lcut(t, HMM=True) if w.strip()]
        if ws:
            start[ws[0]] += 1
            inside.update(ws[1:])
    with open(START_WORDS, "w", encoding="utf-8") as f:
        f.write("# How much more often a word starts a real title than continues one: round(ln((starts + 0.5) /\n")
        f.write("# (inside + 0.5))), clamped to -3..3, for the words of 4,000 titles (the even ones) of CSL's\n")
        f.write("# category set (ydli-ai/CSL cls_ctg_train.tsv, Apache-2.0), cut by jieba with HMM.\n")
        f.write("# Built by models/train_short_names.py; read by it and by src/rules/title/short_name_model.rs.\n")
        for w in sorted(set(start) | set(inside)):
            s_, m_ = start[w], inside[w]
            if HAN.match(w) and "\t" not in w and w.strip() == w:
                b = max(-3, min(3, round(math.log((s_ + 0.5) / (m_ + 0.5)))))
                f.write("%s\t%d\n" % (w, b))


def category_titles(shared):
    """The titles of CSL's category set, in file order: the even ones count words for
    models/title_start_words.tsv, the odd ones put the training names in context (a title whose
    words were counted would tell the model its first word starts titles)."""
    return [l.split("\t")[1] for l in open(os.path.join(shared, "csl", "cls_ctg_train.tsv"), encoding="utf-8")
            if l.count("\t") >= 2]


def start_words():
    return {l.split("\t")[0]: int(l.split("\t")[1]) for l in open(START_WORDS, encoding="utf-8")
            if not l.startswith("#") and "\t" in l}


def next_features(nxt, table):
    """What follows the span: nothing, a word that is not Han, or a word and how often it starts
    a title (its bucket in models/title_start_words.tsv; nxunk when it is not there)."""
    if not nxt:
        return ["nxend"]
    if not HAN.match(nxt):
        return ["nxlat"]
    b = table.get(nxt)
    return ["nxunk"] if b is None else ["nxr%d" % b]


def features(s, nxt=None, table=None):
    """The features of a span of 2–6 Han characters, and of the word after it when `table` is
    given; src/rules/title/short_name_model.rs computes the same strings."""
    k = len(s)
    h, t = s[:2], s[-2:]
    bh, bt = h in HEADS, t in TAILS
    hw, tw = has_word(h), has_word(t)
    n = min(singles(s), 4)
    f = ["len%d" % k, "F" + s[0], "S" + s[1], "M" + s[-2], "L" + s[-1], "H" + h, "T" + t,
         "bh%dbt%d" % (bh, bt), "hw%dtw%dk%d" % (hw, tw, k), "sg%dk%d" % (n, k)]
    if t in FORMS:
        f.append("form" + FORMS[t])
    if has_word(s):
        f.append("jw%d" % k)
    it = industry_tail(s)
    if it == s:
        f.append("indall")
    elif it:
        head = s[:len(s) - len(it)]
        f.append("ind%d" % len(head))
        f.append("indhw%d" % has_word(head))
        if head in HEADS:
            f.append("indhbh")
    r = next((r for r in REGIONS if s.startswith(r)), None)
    if r:
        rest = s[len(r):]
        f.append("reg%d" % len(r))
        if not rest:
            f.append("regall")
        else:
            f.append("regrw%d" % has_word(rest))
            if rest in INDUSTRY:
                f.append("regrind")
    if s[0] in PROVINCES:
        f.append("prov")
    if any(c in STOP for c in s):
        f.append("stop")
    if h in GENERIC_ORG or s in GENERIC_ORG:
        f.append("gen")
    if s in TECH or h in TECH or t in TECH:
        f.append("tech")
    if s in GENERIC or h in GENERIC or t in GENERIC:
        f.append("generic")
    if table is not None:
        f += ["nxnone"] if nxt is None else next_features(nxt, table)
    return f


def scored(s):
    """The spans the model judges: two to six Han characters, and a two-character one only when
    it is no dictionary word (长城, 小米 are words first; dictionaries/build_listed.py keeps a
    two-character short name only then too)."""
    return HAN.match(s) is not None and 2 <= len(s) <= 6 and not (len(s) == 2 and has_word(s))


def candidates(title):
    """Spans of 2–6 Han characters at the title's start or after 面向/基于, ending on a word
    boundary of jieba's cut (with HMM, as T003 cuts titles), each with the word after it when it
    starts the title (None after a connector)."""
    words = jieba.lcut(title, HMM=True)
    bounds, p = [], 0
    for w in words:
        bounds.append(p)
        p += len(w)
    bounds.append(p)
    starts = [0] + [bounds[i + 1] for i, w in enumerate(words) if w in CONNECTORS]
    out = []
    for a in starts:
        for j, b in enumerate(bounds):
            if scored(title[a:b]):
                # After a connector the next word says nothing (面向华为的, 面向智能制造的).
                out.append((title[a:b], (words[j] if j < len(words) else "") if a == 0 else None))
    return out


def order(span):
    """Spans with their next word (None after a connector) in a fixed order."""
    return (span[0], span[1] is not None, span[1] or "")


def in_context(name, title):
    """The word after `name` when it is written before `title`: the cut's word starting right
    after the name, or the title's own first word when the cut runs across the name's end."""
    p = 0
    for w in jieba.lcut(name + title, HMM=True):
        if p == len(name):
            return w
        p += len(w)
    return jieba.lcut(title, HMM=True)[0]


def reshape(t):
    t = t.rstrip("。. ")
    for tail in ("的研究与应用", "研究与应用", "的实证研究", "实证研究", "的研究", "研究", "探讨", "分析", "初探", "研发"):
        if t.endswith(tail):
            t = t[: -len(tail)]
            break
    return t + "研发"


if __name__ == "__main__":
    code_csv, shared = sys.argv[1], sys.argv[2]
    held = set()
    for l in open(os.path.join(R, "tests", "data", "companies_szse_heldout.tsv"), encoding="utf-8"):
        if "\t" in l:
            full, short = l.rstrip("\n").split("\t")
            held.add(normalise(short))
    pos = set()
    for row in csv.DictReader(open(code_csv, encoding="utf-8")):
        pos.add(normalise(row["short_name"]))
    rows = list(csv.DictReader(open(os.path.join(shared, "companies", "szse_a_share_half.csv"), encoding="utf-8")))
    key = next(k for k in rows[0] if "简称" in k or "short" in k.lower())
    for i, row in enumerate(rows):
        if i % 2 == 0:
            pos.add(normalise(row[key]))
    pos = sorted(p for p in pos if scored(p) and p not in held)
    build_start_words(shared)
    table = start_words()
    # Each name in context: at the start, before a real paper title of CSL's category set
    # (reshaped to end in 研发); one in four also after a connector (面向{name}的…), where the
    # next word is not read.
    ctitles = category_titles(shared)[1::2]
    crng = np.random.RandomState(3)
    pos_ctx = []
    for p in pos:
        t = reshape(ctitles[crng.randint(len(ctitles))])
        pos_ctx.append((p, in_context(p, t)))
        if crng.randint(4) == 0:
            pos_ctx.append((p, None))

    titles = []
    for name in ("titles_nsfc.txt", "titles_csl.txt"):
        titles += [reshape(l.strip()) for l in open(os.path.join(R, "tests", "data", name), encoding="utf-8") if l.strip()]
    title_spans = [sorted(set(candidates(t)), key=order) for t in titles]
    prose = []
    for l in open(os.path.join(shared, "csl", "csl_dev_joined.jsonl"), encoding="utf-8"):
        o = json.loads(l)
        for sent in re.split(r"[。；！？，]", o["abstract"]):
            sent = re.sub(r"^[\s，,、]+", "", sent)
            if sent:
                prose.append(sent)
    names = set(pos)
    prose_spans = sorted({s for sent in prose for s in candidates(sent)[:6] if s[0] not in names}, key=order)
    title_set = {s for ss in title_spans for s in ss}
    print(len(pos), "positive names;", len(titles), "real titles,", len(title_set), "title spans;",
          len(prose_spans), "prose spans")

    # Feature vocabulary: features seen at least twice.
    count = collections.Counter(f for s in pos_ctx + sorted(title_set, key=order) + prose_spans
                                for f in set(features(*s, table)))
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in count.items() if c >= 2))}

    def matrix(spans):
        rows, cols = [], []
        for r, s in enumerate(spans):
            for f in set(features(*s, table)):
                if f in vocab:
                    rows.append(r)
                    cols.append(vocab[f])
        return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(spans), len(vocab)))

    rng = np.random.RandomState(7)
    name_fold = dict(zip(pos, rng.randint(0, 5, len(pos))))
    pos_fold = np.array([name_fold[p] for p, _ in pos_ctx])
    title_fold = rng.randint(0, 5, len(titles))
    prose_fold = rng.randint(0, 5, len(prose_spans))
    # A span seen in several titles belongs to the fold of the first title that has it.
    span_fold = {}
    for t, ss in enumerate(title_spans):
        for s in ss:
            span_fold.setdefault(s, title_fold[t])
    tspans = sorted(title_set, key=order)
    train_spans = pos_ctx + tspans + prose_spans
    y = np.array([1] * len(pos_ctx) + [0] * (len(tspans) + len(prose_spans)))
    fold = np.concatenate([pos_fold, [span_fold[s] for s in tspans], prose_fold])
    X = matrix(train_spans)

    def fit(C, idx):
        m = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        m.fit(X[idx], y[idx])
        return m

    results = []
    for C in (1.0, 3.0, 10.0, 30.0):
        oof = np.zeros(len(y))
        for k in range(5):
            m = fit(C, np.where(fold != k)[0])
            te = np.where(fold == k)[0]
            oof[te] = m.decision_function(X[te])
        score = dict(zip(tspans, oof[len(pos_ctx):len(pos_ctx) + len(tspans)]))
        title_max = np.array([max((score[s] for s in ss), default=-99) for ss in title_spans])
        # Recall on the names at the start of a project name; after a connector printed apart.
        at_start = np.array([n is not None for _, n in pos_ctx])
        pos_scores = oof[:len(pos_ctx)][at_start]
        after = oof[:len(pos_ctx)][~at_start]
        # The lowest threshold that flags at most BUDGET of the real titles.
        srt = np.sort(title_max)[::-1]
        allowed = int(BUDGET * len(titles))
        th = float(srt[allowed]) + 1e-6
        recall = float((pos_scores >= th).mean())
        flagged = int((title_max >= th).sum())
        for bud in (0.0005, 0.002, 0.003):
            t2 = float(srt[int(bud * len(titles))]) + 1e-6
            print("  (at %.2f %% of real titles flagged: recall %.4f)" % (100 * bud, (pos_scores >= t2).mean()))
        print("C %g: threshold %.3f, out-of-fold recall %.4f (after 面向/基于: %.4f), real titles flagged %d of %d"
              % (C, th, recall, (after >= th).mean(), flagged, len(titles)))
        results.append((recall, C, th, flagged))
    recall, C, th, flagged = max(results)
    m = fit(C, np.arange(len(y)))
    w = m.coef_[0]
    with open(os.path.join(R, "models", "short_name_weights.tsv"), "w", encoding="utf-8") as f:
        f.write("# Short-name model (T003): a span's score is the bias plus the weights of its features\n")
        f.write("# (src/rules/title/short_name_model.rs); a name when score >= threshold. models/train_short_names.py;\n")
        f.write("# %d positive names, %d real title spans, %d prose spans; C=%g; out-of-fold: recall %.4f\n"
                % (len(pos), len(tspans), len(prose_spans), C, recall))
        f.write("# on the positive names with %d of %d real titles flagged.\n" % (flagged, len(titles)))
        f.write("threshold\t%.4f\n" % th)
        f.write("bias\t%.4f\n" % m.intercept_[0])
        for feat, i in sorted(vocab.items()):
            if abs(w[i]) >= 0.0005:
                f.write("%s\t%.4f\n" % (feat, w[i]))
    # A sample of spans and their scores, for the test that the Rust side scores the same.
    sample = pos_ctx[::97] + tspans[::211]
    with open(os.path.join(R, "tests", "data", "short_name_scores.tsv"), "w", encoding="utf-8") as f:
        f.write("# span\tthe word after it\tscore by models/train_short_names.py (the weights as written, rounded)\n")
        W = {feat: round(float(w[i]), 4) for feat, i in vocab.items() if abs(w[i]) >= 0.0005}
        b = round(float(m.intercept_[0]), 4)
        for s, nxt in sample:
            if nxt is not None and ("\t" in nxt or "\n" in nxt):
                continue
            shown = "-" if nxt is None else nxt
            f.write("%s\t%s\t%.4f\n" % (s, shown, b + sum(W.get(x, 0.0) for x in set(features(s, nxt, table)))))
    print("chose C", C, "threshold %.3f" % th, "recall %.4f" % recall, "flagged", flagged)
