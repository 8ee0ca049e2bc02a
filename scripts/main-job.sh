#!/usr/bin/env bash
# The main job: set up a fresh Debian 12 machine if needed, build govplan, and run it on the
# bundled Chánh Lộ plan: read the draft's text, then the plan as data with a year of (illustrative)
# events, evaluated as of 31/12/2024. Usage: scripts/main-job.sh [--lang en]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh >&2
cmake --preset release >/dev/null
cmake --build --preset release --target govplan_cli >&2
./build/release/govplan "$@" inspect examples/plans/chanh-lo-2024.txt
echo
./build/release/govplan "$@" status examples/plans/chanh-lo-2024.json \
  --events examples/events/chanh-lo-2024.events.json --as-of 2024-12-31
# The files people use: a calendar of to-dos and days off, a spreadsheet, and a page with a timeline.
out="${GOVPLAN_OUTPUT_DIR:-build/outputs}"
mkdir -p "$out"
for to in ics csv html; do
  ./build/release/govplan "$@" export examples/plans/chanh-lo-2024.json \
    --events examples/events/chanh-lo-2024.events.json --as-of 2024-12-31 \
    --to "$to" -o "$out/chanh-lo-2024.$to" >/dev/null
done
echo
echo "Outputs: $(cd "$out" && pwd)/chanh-lo-2024.ics, .csv and .html"
