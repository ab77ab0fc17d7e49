#!/usr/bin/env bash
# README command 1: install dependencies, build, and run dyad's main job (event coding) on the
# bundled examples. Output goes to out/ and a summary to the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build
scripts/build-web.sh build >/dev/null
mkdir -p out
status=0
build/dyad code examples/ > out/events.jsonl || status=$?
build/dyad code --format tsv examples/ > out/events.tsv 2>/dev/null || true
echo
echo "dyad coded $(wc -l < out/events.jsonl) events from examples/:"
echo "  out/events.jsonl (JSON Lines, one event per line), out/events.tsv"
python3 - out/events.jsonl <<'PY' || head -3 out/events.jsonl
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    t = e.get("target") or {}
    print(f"  {e['doc'][:24]:24} {e['code']:>5} {e['source']['code']:>10} -> {t.get('code', '-'):<10} "
          f"{e['name'][:40]:40} ({e['trigger']['text']}, {e.get('date') or 'no date'})")
PY
rm -f out/dyad.db out/dyad.db-wal out/dyad.db-shm
build/dyad ingest examples/ --db out/dyad.db 2>/dev/null || true
echo
echo "Stored in out/dyad.db. Browse them (network, timeline, events) at http://127.0.0.1:8080/ with:"
echo "  build/dyad serve --db out/dyad.db"
exit $status
