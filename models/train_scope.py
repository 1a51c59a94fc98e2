#!/usr/bin/env python3
"""Train the call-scope model for G006 (run from the repo root: python3 models/train_scope.py
../shared/data). Real text only: CSL abstracts (csl_dev_joined.jsonl, 67 disciplines) and CSL
titles (cls_ctg_train.tsv, 13 categories), labelled by models/discipline_scope.tsv (discipline
or category → in / out / unsure). Features: Han character bigrams (segmentation-independent).
Model: multinomial naive Bayes, in vs out, with add-one smoothing; the shipped file holds each
bigram's log-odds (out over in) for bigrams seen at least 3 times.

Held back: every CSL abstract whose id number is divisible by 3 (models/scope_heldout_ids.txt),
never used here; tests/scope_eval.rs scores G006 on them.
"""
import collections, json, math, os, re, sys
S = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
D = os.path.dirname(os.path.abspath(__file__))
HAN = re.compile(r"[\u4e00-\u9fff]")
scope = {}
for line in open(os.path.join(D, "discipline_scope.tsv"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        k, v = line.rstrip("\n").split("\t")
        scope[k] = v
def bigrams(t):
    cs = [c if HAN.match(c) else " " for c in t]
    return [a + b for a, b in zip(cs, cs[1:]) if a != " " and b != " "]
count = {"in": collections.Counter(), "out": collections.Counter()}
docs = collections.Counter()
held = []
for line in open(f"{S}/csl/csl_dev_joined.jsonl", encoding="utf-8"):
    o = json.loads(line)
    n = int(o["id"].rsplit("-", 1)[1])
    if n % 3 == 0:
        held.append(o["id"])
        continue
    lab = scope.get(o["discipline"], "unsure")
    if lab in count:
        count[lab].update(bigrams(o["title"] + o["abstract"]))
        docs[lab] += 1
for line in open(f"{S}/csl/cls_ctg_train.tsv", encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) < 3:
        continue
    lab = scope.get("category:" + p[2], "unsure")
    if lab in count:
        count[lab].update(bigrams(p[1]))
        docs[lab] += 1
vocab = set(count["in"]) | set(count["out"])
tot = {k: sum(c.values()) + len(vocab) for k, c in count.items()}
rows = []
for w in vocab:
    a, b = count["out"][w], count["in"][w]
    if a + b >= 3:
        lo = math.log((a + 1) / tot["out"]) - math.log((b + 1) / tot["in"])
        rows.append((w, lo))
rows.sort()
unseen = math.log(1 / tot["out"]) - math.log(1 / tot["in"])
with open(os.path.join(D, "scope_bigrams.tsv"), "w", encoding="utf-8") as f:
    f.write("# Call-scope model (G006): Han bigram → log-odds of 'outside the call' over 'inside', naive\n")
    f.write("# Bayes on CSL abstracts and titles (models/train_scope.py). Trained on %d in, %d out documents.\n" % (docs["in"], docs["out"]))
    f.write("#unseen\t%.4f\n" % unseen)
    for w, lo in rows:
        f.write("%s\t%.3f\n" % (w, lo))
with open(os.path.join(D, "scope_heldout_ids.txt"), "w") as f:
    f.write("\n".join(held) + "\n")
print(len(rows), "bigrams;", dict(docs), "documents;", len(held), "held out")
