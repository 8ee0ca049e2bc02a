#!/usr/bin/env bash
# The C++ suite and the CLI under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
