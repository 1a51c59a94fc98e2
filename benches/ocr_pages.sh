#!/usr/bin/env bash
# OCR speed: seconds per scanned A4 page on one core, first read (cache empty) and a re-check of
# the same scans (served from the cache). Pages: the fixtures' LibreOffice pages and the real
# XeTeX template's first six pages, rendered at 200 dpi by pdftoppm and saved as JPEG.
#   bash benches/ocr_pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --profile dist -q
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
n=0
for f in tests/fixtures/gen/{application,commitment,cover,info_table}.pdf; do
  pdftoppm -r 200 -jpeg -f 1 -l 1 -singlefile "$f" "$work/p$n"; n=$((n+1))
done
for p in 1 2 3 4 5 6; do
  pdftoppm -r 200 -jpeg -f $p -l $p -singlefile tests/fixtures/real/nsfc_local_xetex.pdf "$work/p$n"; n=$((n+1))
done
export PROPSCAN_CACHE_DIR="$work/cache" RAYON_NUM_THREADS=1
t0=$(date +%s.%N)
for f in "$work"/p*.jpg; do target/dist/propscan extract "$f" > /dev/null || true; done
t1=$(date +%s.%N)
for f in "$work"/p*.jpg; do target/dist/propscan extract "$f" > /dev/null || true; done
t2=$(date +%s.%N)
echo "$n pages: first read $(echo "($t1 - $t0) / $n" | bc -l | cut -c1-5) s a page; re-check from the cache $(echo "($t2 - $t1) / $n" | bc -l | cut -c1-5) s a page"
