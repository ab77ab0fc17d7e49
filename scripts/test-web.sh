#!/usr/bin/env bash
# End-to-end test of dyad serve's page in headless Chromium: a database
# from examples/, a server with ingest allowed on a free loopback port,
# web/e2e/e2e.mjs driving Debian's chromium through playwright-core.
# Screenshots are kept in BUILD_DIR/e2e-artifacts/.
# Usage: scripts/test-web.sh [BUILD_DIR]   (after scripts/build.sh and scripts/build-web.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
[[ -x /usr/bin/chromium ]] || { echo "test-web: /usr/bin/chromium is missing (scripts/setup.sh installs it)" >&2; exit 1; }
[[ -f $build/web/index.html ]] || scripts/build-web.sh "$build"
work=$(mktemp -d)
artifacts=$build/e2e-artifacts
rm -rf "$artifacts"
mkdir -p "$artifacts"
server=
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
"$build/dyad" ingest --db "$work/e2e.db" examples/ 2>"$work/ingest.log" || { cat "$work/ingest.log"; exit 1; }
"$build/dyad" serve --db "$work/e2e.db" --port 0 --allow-ingest 2>"$work/serve.log" &
server=$!
for _ in $(seq 100); do
  grep -q 'at http://' "$work/serve.log" && break
  sleep 0.1
done
url=$(grep -o 'http://[^ ]*' "$work/serve.log" | head -1)
[[ -n $url ]] || { cat "$work/serve.log"; exit 1; }
timeout 300 node web/e2e/e2e.mjs "$url" "$artifacts"
echo "test-web: all checks passed (screenshots in $artifacts)"
