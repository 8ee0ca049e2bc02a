#!/usr/bin/env bash
# Every test: set up a fresh Debian 12 machine if needed, build with warnings as errors, and run
# the C++ (doctest), Python (pytest), CLI and packaging tests through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
