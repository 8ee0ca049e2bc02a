#!/usr/bin/env bash
# Installs what govplan needs to build, test and package on a fresh Debian 12 machine.
# Idempotent and apt-only: running it again installs nothing new. Needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libboost-date-time-dev
  nlohmann-json3-dev
  doctest-dev
  libcli11-dev
  libicu-dev
  libical-dev
  libbenchmark-dev
  pybind11-dev python3-dev python3-pytest
  python3-pip python3-setuptools python3-wheel python3-venv
  python3-mypy python3-numpy python3-jsonschema python3-pandas
  python3-icalendar python3-lxml
  # Headless Chromium renders the HTML export to a PNG in tests/python/test_render.py (the test is
  # skipped without it): about 120 MB to download, a minute to install.
  chromium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
