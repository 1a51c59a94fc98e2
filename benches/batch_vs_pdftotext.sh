#!/usr/bin/env bash
# Batch benchmark (issue 6): `propscan batch` on N realistic packages (DOCX 信息表 + ~15-page PDF
# 申报书 + 承诺书, made by benches/make_batch.py) against pdftotext alone on the same PDFs, both
# using every core; peak memory; and the time for N/2 vs N packages.
#     bash benches/batch_vs_pdftotext.sh [N]      (default 1000; needs python-docx, poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
OUT=${TMPDIR:-/tmp}/propscan-batch-bench-$N
if [ ! -f "$OUT/.done" ]; then
  rm -rf "$OUT"
  python3 benches/make_batch.py "$OUT/all" "$N" >/dev/null
  mkdir -p "$OUT/half"
  for d in $(ls "$OUT/all" | head -n $((N / 2))); do ln -s "$OUT/all/$d" "$OUT/half/$d"; done
  touch "$OUT/.done"
fi
cargo build --profile dist -q
BIN=target/dist/propscan
export PROPSCAN_CACHE_DIR="$OUT/cache"
$BIN index stats >/dev/null   # the default index is built once, outside the timings
CORES=$(nproc)
pdfs=$(find -L "$OUT/all" -name '*.pdf' | wc -l)
t0=$(date +%s.%N)
find -L "$OUT/all" -name '*.pdf' -print0 | xargs -0 -P "$CORES" -n 25 sh -c 'for f; do pdftotext -q "$f" /dev/null; done' _
t1=$(date +%s.%N)
pdftotext_s=$(echo "$t1 - $t0" | bc)
run() { # dir → "seconds maxrss_kb"
  /usr/bin/time -f "%e %M" -o "$OUT/time.txt" $BIN batch "$1" --format json --output "$OUT/report.json" || true
  tail -n 1 "$OUT/time.txt"
}
read -r full_s full_kb < <(run "$OUT/all")
read -r half_s half_kb < <(run "$OUT/half")
echo "packages: $N ($pdfs PDFs), cores: $CORES"
echo "pdftotext alone (all PDFs, $CORES in parallel): ${pdftotext_s} s"
echo "propscan batch (all checks, index included):    ${full_s} s, peak RSS $((full_kb / 1024)) MB"
echo "ratio propscan/pdftotext: $(echo "scale=2; $full_s / $pdftotext_s" | bc)"
echo "N/2 packages: ${half_s} s (peak $((half_kb / 1024)) MB); N vs N/2 time: $(echo "scale=2; $full_s / $half_s" | bc)x"
