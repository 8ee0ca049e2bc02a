#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 600)
# on one core, seeded from the labelled corpus, the corpus documents and the seed plan.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
# Findings (crashes, leaks, timeouts) are written to build/fuzz/findings/<target>/ and make the
# script exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_timeframe fuzz_references fuzz_reporting fuzz_import)
build="$root/build/fuzz"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined" \
  -DGOVPLAN_BUILD_FUZZ=ON -DGOVPLAN_BUILD_TESTS=OFF -DGOVPLAN_BUILD_PYTHON=OFF -DGOVPLAN_BUILD_CLI=OFF \
  -DGOVPLAN_BUILD_EXAMPLES=OFF -DGOVPLAN_INSTALL=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}" >/dev/null

# Seeds: one file per labelled phrase, reporting sentence and citation, and the documents.
seeds="$build/seeds"
rm -rf "$seeds" && mkdir -p "$seeds/phrases" "$seeds/documents"
/usr/bin/python3 - "$root/tests/data/corpus" "$seeds/phrases" <<'PY'
import json, pathlib, sys
corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for name in ("timeframes.jsonl", "reporting.jsonl", "references.jsonl"):
    for line in (corpus / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            # The first byte is the context year for the phrase targets.
            (out / f"{n:04d}").write_bytes(bytes([((rec.get("issue_year") or 2024) - 2000) % 40]) + rec["text"].encode())
            n += 1
PY
cp "$root"/tests/data/corpus/documents/*.txt "$root/tests/data/seed-chanh-lo-2024.txt" "$seeds/documents/"

status=0
for t in "${targets[@]}"; do
  corpus_dir="$seeds/phrases"
  [ "$t" = fuzz_import ] && corpus_dir="$seeds/documents"
  findings="$build/findings/$t"
  mkdir -p "$findings" "$build/work/$t"
  echo "== $t for ${seconds}s"
  if ! "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$findings/" -print_final_stats=1 "$build/work/$t" "$corpus_dir" 2>"$build/$t.log"; then
    echo "   FINDING: see $build/$t.log and $findings"
    status=1
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$build/$t.log" | tail -2 || true
done
exit $status
