#!/usr/bin/env bash
# The main job: set up a fresh Debian 12 machine if needed, build govplan, and run it on the
# bundled Chánh Lộ plan starting from its text: import the draft's text into govplan/1 JSON
# (diagnostics on stderr, with their line and column), check the imported plan, and evaluate it
# with a year of (illustrative) events as of 31/12/2024; then write the files people use.
# Usage: scripts/main-job.sh [--lang en]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh >&2
cmake --preset release >/dev/null
cmake --build --preset release --target govplan_cli >&2
govplan=./build/release/govplan
out="${GOVPLAN_OUTPUT_DIR:-build/outputs}"
mkdir -p "$out"
plan="$out/chanh-lo-2024.imported.json"
events=examples/events/chanh-lo-2024.events.json
# Each step stops the job on an error (exit 1): an error-level import diagnostic, an error finding.
"$govplan" "$@" import examples/plans/chanh-lo-2024.txt -o "$plan"
echo
"$govplan" "$@" check "$plan"
echo
"$govplan" "$@" status "$plan" --events "$events" --as-of 2024-12-31
# The files people use: a calendar of to-dos and days off, a spreadsheet, and a page with a timeline.
for to in ics csv html; do
  "$govplan" "$@" export "$plan" --events "$events" --as-of 2024-12-31 \
    --to "$to" -o "$out/chanh-lo-2024.$to" >/dev/null
done
echo
echo "Outputs: $(cd "$out" && pwd)/chanh-lo-2024.imported.json, .ics, .csv and .html"
