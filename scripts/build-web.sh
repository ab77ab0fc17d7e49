#!/usr/bin/env bash
# Builds the page dyad serve shows into BUILD_DIR/web (default build/web),
# beside the dyad binary, which finds it there. Its libraries (Cytoscape.js,
# Chart.js) come from npm at the versions web/package-lock.json pins and
# are bundled by esbuild; nothing is fetched when the page runs.
# Usage: scripts/build-web.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build}/web
command -v npm >/dev/null || { echo "build-web: npm is missing (scripts/setup.sh installs it)" >&2; exit 1; }
# npm ci starts from the lock file; skipped when node_modules already matches it.
if [[ ! -f web/node_modules/.package-lock.json || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
rm -rf "$out"
mkdir -p "$out/assets"
web/node_modules/.bin/esbuild web/src/app.js --bundle --minify --target=es2020 --log-level=warning \
  --outfile="$out/assets/app.js"
cp web/src/index.html "$out/index.html"
cp web/src/style.css "$out/assets/style.css"
echo "build-web: $out ($(du -sh "$out" | cut -f1))"
