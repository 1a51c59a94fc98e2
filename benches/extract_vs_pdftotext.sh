#!/usr/bin/env bash
# Times `propscan extract` against poppler's `pdftotext` on the same PDFs, in one run.
# Usage: bash benches/extract_vs_pdftotext.sh [ROUNDS]   (needs poppler-utils; builds release)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
cargo build --profile dist -q
bin=target/dist/propscan
mapfile -t pdfs < <(ls tests/fixtures/real/*.pdf tests/fixtures/gen/*.pdf)
time_it() { local s e; s=$(date +%s%N); for _ in $(seq "$rounds"); do for f in "${pdfs[@]}"; do "$@" "$f" >/dev/null 2>&1 || true; done; done; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
p=$(time_it "$bin" extract)
# pdftotext takes "FILE -": wrap it so both get the file last.
t=$(time_it bash -c 'pdftotext -q -enc UTF-8 "$0" -')
echo "files: ${#pdfs[@]} x $rounds rounds"
echo "propscan extract: ${p} ms"
echo "pdftotext:        ${t} ms (includes one bash per call)"
pt=$(time_it bash -c '"$1" extract "$0"' "$bin")
echo "propscan via bash (same harness as pdftotext): ${pt} ms"
awk -v a="$pt" -v b="$t" 'BEGIN { printf "ratio propscan/pdftotext: %.2f\n", a / b }'
