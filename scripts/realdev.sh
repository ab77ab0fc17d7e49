#!/usr/bin/env bash
# Scores dyad on the real-page development set (../shared/realdev): events per
# language (score_events.py) and actor recall in gold event sentences
# (score_actors.py). Usage: scripts/realdev.sh [BUILD_DIR] [--verbose]
# Writes the intermediate files to $OUT (default /tmp/realdev). SET names
# another set in the same layout (SET=tests/holdout: the project's own
# invented pages).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
shared=${SHARED:-../shared}
out=${OUT:-/tmp/realdev}
set=${SET:-$shared/realdev}
mkdir -p "$out"
python3 "$shared/realdev/to_jsonl.py" "$set" > "$out/in.jsonl"
"$build/dyad" code --format jsonl "$out/in.jsonl" > "$out/events.jsonl" 2> "$out/code.err" || true
"$build/dyad" actors --format jsonl "$out/in.jsonl" > "$out/actors.jsonl" 2> "$out/actors.err" || true
for lang in en nl; do
  docs=$(python3 -c "import json,sys;print(','.join(d['id'] for d in map(json.loads,open('$set/docs.jsonl')) if d['lang']=='$lang'))")
  echo "== $lang events"
  python3 "$shared/tools/score_events.py" "$set/gold.jsonl" "$out/events.jsonl" --docs="$docs" "$@" | tee "$out/events.$lang.txt" | grep -v '^  ' | awk 'NR <= 40'
  echo "== $lang actors"
  python3 "$shared/tools/score_actors.py" "$set" "$out/actors.jsonl" --docs="$docs" "$@" > "$out/actors.$lang.txt"
  grep -iE 'recall' "$out/actors.$lang.txt" | awk 'NR <= 5'
done
