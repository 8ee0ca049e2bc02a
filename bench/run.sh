#!/usr/bin/env bash
# Runs every benchmark and prints the figures against issue 3's targets; where a peer can be
# installed here (npm date-holidays), runs it side by side and prints the ratio.
#   bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/build/bench"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOVPLAN_BUILD_BENCH=ON \
  -DGOVPLAN_BUILD_TESTS=OFF -DGOVPLAN_BUILD_EXAMPLES=OFF -DGOVPLAN_BUILD_CLI=OFF >/dev/null
cmake --build "$build" --target govplan_bench_calendar govplan_bench_plan govplan_bench_evaluate \
  govplan_bench_vntext govplan_bench_import _core >/dev/null

echo "== C++ (Google Benchmark; targets: 1M checks 5 ms, all holidays 5 ms, 1M solar->lunar 50 ms)"
"$build/bench/govplan_bench_calendar" --benchmark_out="$build/cpp.json" --benchmark_out_format=json 2>/dev/null

echo
echo "== Plans (target: read ≥ 50 MB/s)"
"$build/bench/govplan_bench_plan" 2>/dev/null | grep BM_

echo
echo "== Compliance at scale (target: 1M tasks with their events in ≤ 1 s on one core)"
"$build/bench/govplan_bench_evaluate" 2>/dev/null | grep -E 'BM_.*_(min|median|max)'
echo "-- the same with the heap on transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1):"
echo "   a national portfolio is gigabytes of small blocks, and on 4 KB pages the address"
echo "   translations, not the arithmetic, are much of the time"
GLIBC_TUNABLES=glibc.malloc.hugetlb=1 "$build/bench/govplan_bench_evaluate" \
  --benchmark_filter='BM_evaluate_compact/3300|BM_portfolio_evaluate/3300' 2>/dev/null | grep -E 'BM_.*_(min|median|max)'

echo
echo "== Vietnamese text over every line of the seed plan (import target: ≥ 2,000 plans/s overall)"
"$build/bench/govplan_bench_vntext" 2>/dev/null | grep BM_

echo
echo "== Importing plan text (target: ≥ 2,000 seed plans/s on one core)"
"$build/bench/govplan_bench_import" 2>/dev/null | grep BM_

echo
echo "== Python (/usr/bin/python3; target: 1M checks through the batch call 100 ms)"
PYTHONPATH="$build/python" /usr/bin/python3 bench/python_bench.py

echo
echo "== Peers"
if command -v npm >/dev/null && command -v node >/dev/null; then
  if [ ! -d bench/peers/node_modules/date-holidays ]; then
    (cd bench/peers && npm install --no-save --silent date-holidays >/dev/null 2>&1) || true
  fi
  if [ -d bench/peers/node_modules/date-holidays ]; then
    peer=$(node bench/peers/date_holidays.js)
    echo "$peer" | grep -v '^{'
    /usr/bin/python3 - "$build/cpp.json" "$(echo "$peer" | grep '^{')" <<'PY'
import json, sys
cpp = {b["name"]: b["real_time"] for b in json.load(open(sys.argv[1]))["benchmarks"]}
peer = json.loads(sys.argv[2])
ours_holidays = cpp["BM_build_calendar_all_holidays_1995_2199"]  # ms
ours_checks = cpp["BM_is_working_day_1M"]  # ms
print(f"ratio, all holidays: date-holidays {peer['holidays_ms']:.1f} ms / govplan {ours_holidays:.2f} ms = {peer['holidays_ms'] / ours_holidays:,.0f}x")
print(f"ratio, 1M checks:    date-holidays {peer['checks_1m_ms']:.0f} ms / govplan {ours_checks:.2f} ms = {peer['checks_1m_ms'] / ours_checks:,.0f}x")
PY
  else
    echo "date-holidays could not be installed from npm: skipped"
  fi
else
  echo "node/npm not found: date-holidays skipped"
fi
