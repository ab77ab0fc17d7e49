#!/usr/bin/env bash
# Ratchet: actor pair recall on ../shared/realdev (score_actors.py) must not
# fall below the figures the actor layer has reached, per language. Skips
# (exit 77) when the shared set is absent.
# Usage: realdev_ratchet.sh DYAD_BINARY SHARED_DIR MIN_PAIR_EN MIN_PAIR_NL
set -euo pipefail
dyad=$1 shared=$2
declare -A min=([en]=$3 [nl]=$4)
if [[ ! -f "$shared/realdev/docs.jsonl" || ! -f "$shared/tools/score_actors.py" ]]; then
  echo "skipped: $shared/realdev not found"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$shared/realdev/to_jsonl.py" "$shared/realdev" > "$tmp/in.jsonl"
"$dyad" actors --format jsonl "$tmp/in.jsonl" > "$tmp/actors.jsonl" 2> "$tmp/err" || true
status=0
for lang in en nl; do
  docs=$(python3 -c "import json,sys;print(','.join(d['id'] for d in map(json.loads,open('$shared/realdev/docs.jsonl')) if d['lang']=='$lang'))")
  line=$(python3 "$shared/tools/score_actors.py" "$shared/realdev" "$tmp/actors.jsonl" --docs="$docs" | tail -1)
  pair=$(sed -n 's/.*pair_recall=\([0-9.]*\).*/\1/p' <<< "$line")
  echo "$lang: $line (minimum pair recall ${min[$lang]})"
  if python3 -c "import sys; sys.exit(0 if float('$pair') + 1e-9 >= float('${min[$lang]}') else 1)"; then :; else
    echo "FAIL: $lang pair recall $pair < ${min[$lang]}"
    status=1
  fi
done
exit $status
