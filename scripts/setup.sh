#!/usr/bin/env bash
# Installs everything dyad needs to build and test, from Debian packages.
# Idempotent; run as root or with sudo available.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  libicu-dev libcld2-dev libgumbo-dev nlohmann-json3-dev libcli11-dev libsqlite3-dev
  libpq-dev postgresql       # PostgreSQL client library; the server for the store's tests
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev   # libFuzzer and the sanitizer runtimes
  libcpp-httplib-dev         # dyad serve's HTTP server
  chromium                   # dyad serve's end-to-end test (headless, driven by playwright-core)
)
# dyad serve's page is built with npm (scripts/build-web.sh); the machine's
# Node.js has npm, else Debian's packages bring both.
command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
