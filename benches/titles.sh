#!/usr/bin/env bash
# Title-rule throughput: N titles (default 100,000) through `propscan title --stdin --format
# json`, start-up included, with both cores and with one (RAYON_NUM_THREADS=1). The titles are
# the real NSFC and CSL titles of tests/data with the call's suffix, every third one given a
# company name (面向…有限公司的…) and every fifth a model code, so that a third of them carry a
# suggestion, the costly part.
#   bash benches/titles.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100000}"
cargo build --profile dist --quiet
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$n" > "$tmp/titles.txt" <<'PY'
import sys
n = int(sys.argv[1])
titles = [l.strip() for f in ("tests/data/titles_nsfc.txt", "tests/data/titles_csl.txt")
          for l in open(f, encoding="utf-8") if l.strip()]
names = [l.strip() for l in open("tests/data/companies_demo.txt", encoding="utf-8") if l.strip()]
for i in range(n):
    t = titles[i % len(titles)].rstrip("。. ")
    for tail in ("的研究", "研究", "研发"):
        if t.endswith(tail):
            t = t[: -len(tail)]
            break
    if i % 3 == 0:
        t = f"面向{names[i % len(names)]}的{t}"
    if i % 5 == 0:
        t = f"基于RK{3000 + i % 997}的{t}"
    print(t + "研发")
PY
for threads in "" 1; do
  start=$(date +%s.%N)
  RAYON_NUM_THREADS=${threads:-0} ./target/dist/propscan title --stdin --format json < "$tmp/titles.txt" > "$tmp/out.json" || true
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]}: {int(sys.argv[4])} titles in {s:.2f} s = {int(sys.argv[4])/s:,.0f} titles/s')" "$start" "$end" "$([ -n "$threads" ] && echo "one core" || echo "all cores")" "$n"
done
echo "findings with a suggestion: $(grep -o '"suggestion":"' "$tmp/out.json" | wc -l)"
