#!/usr/bin/env bash
# Run every cargo-fuzz target of fuzz/ for EXECS executions each (default 1,000,000), seeded
# with the test fixtures (real PDFs and DOCX, broken files, zips) and the dictionaries' words.
# Crashes land in fuzz/artifacts/TARGET/; each one found becomes a regression fixture and a fix.
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`); without them it says
# so and exits 0, so CI on a stable-only machine does not depend on it.
#   bash benches/fuzz.sh [EXECS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
execs="${1:-1000000}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(pdf docx html office zip fields title image codecs)
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz.sh: no nightly toolchain here: fuzzing skipped (rustup toolchain install nightly)"; exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: cargo-fuzz is not installed: fuzzing skipped (cargo install cargo-fuzz)"; exit 0
fi
seed() {  # seed DIR FILES...: copy the seeds into a fresh corpus folder
  local dir="fuzz/corpus/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$dir/" 2>/dev/null || true; done
}
seed pdf tests/fixtures/real/*.pdf tests/fixtures/gen/*.pdf tests/fixtures/bad/*.pdf
seed docx tests/fixtures/gen/*.docx tests/fixtures/bad/*.docx tests/fixtures/real/*.docx
seed zip tests/fixtures/gen/*.zip tests/fixtures/bad/*.zip tests/fixtures/gen/*.docx
seed html tests/families/set/htmldoc-*/*.doc
seed office tests/fixtures/gen/*.doc tests/fixtures/bad/renamed_doc.docx tests/families/set/worddoc-0/*.doc tests/families/set/rtfdoc-0/*.doc tests/families/set/xlsinfo-0/*.xlsx tests/fixtures/gen/*.odt tests/fixtures/gen/*.ods tests/families/set/ofdcert-0/*.ofd
seed fields tests/fixtures/gen/*.txt
seed title corpora/sample-titles.txt
mkdir -p fuzz/corpus/codecs  # the first byte picks the codec: 0 JBIG2, 2 JPEG 2000
for f in tests/fixtures/gen/*.jb2; do { printf '\000'; cat "$f"; } > "fuzz/corpus/codecs/$(basename "$f")"; done
for f in tests/fixtures/gen/*.jp2; do { printf '\002'; cat "$f"; } > "fuzz/corpus/codecs/$(basename "$f")"; done
mkdir -p fuzz/corpus/image
for f in tests/fixtures/gen/*.pdf; do command -v pdftoppm >/dev/null && [ ! -f "fuzz/corpus/image/$(basename "$f").png" ] && pdftoppm -r 20 -png -singlefile "$f" "fuzz/corpus/image/$(basename "$f")" || true; done
for t in "${targets[@]}"; do
  echo "== $t: $execs executions"
  start=$(date +%s)
  cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- -runs="$execs" -max_len=262144 -rss_limit_mb=2048 -timeout=20 2>&1 \
    | grep -E "^#[0-9]+[[:space:]]+(DONE|pulse)|ERROR|panicked|SUMMARY|Done [0-9]+ runs" | tail -3
  echo "   $t: $(( $(date +%s) - start )) s"
done
