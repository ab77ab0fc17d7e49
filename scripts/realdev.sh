#!/usr/bin/env bash
# Scores dyad on the real-page development set (../shared/realdev): events per
# language (score_events.py) and actor recall in gold event sentences
# (score_actors.py). Usage: scripts/realdev.sh [BUILD_DIR] [--verbose]
# Writes the intermediate files to $OUT (default /tmp/realdev).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
shared=${SHARED:-../shared}
out=${OUT:-/tmp/realdev}
mkdir -p "$out"
python3 "$shared/realdev/to_jsonl.py" "$shared/realdev" > "$out/in.jsonl"
"$build/dyad" code --format jsonl "$out/in.jsonl" > "$out/events.jsonl" 2> "$out/code.err" || true
"$build/dyad" actors --format jsonl "$out/in.jsonl" > "$out/actors.jsonl" 2> "$out/actors.err" || true
for lang in en nl; do
  docs=$(python3 -c "import json,sys;print(','.join(d['id'] for d in map(json.loads,open('$shared/realdev/docs.jsonl')) if d['lang']=='$lang'))")
  echo "== $lang events"
  python3 "$shared/tools/score_events.py" "$shared/realdev/gold.jsonl" "$out/events.jsonl" --docs="$docs" "$@" | tee "$out/events.$lang.txt" | grep -v '^  ' | head -40
  echo "== $lang actors"
  python3 "$shared/tools/score_actors.py" "$shared/realdev" "$out/actors.jsonl" --docs="$docs" "$@" > "$out/actors.$lang.txt"
  grep -iE 'recall' "$out/actors.$lang.txt" | head -5
done
