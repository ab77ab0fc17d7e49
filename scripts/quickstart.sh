#!/usr/bin/env bash
# README command 1: install dependencies, build, and run dyad's main job on the
# bundled examples. Output goes to out/ and a summary to the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build
mkdir -p out
status=0
build/dyad segment examples/ > out/examples.conllu || status=$?
build/dyad segment --format jsonl examples/ > out/examples.segments.jsonl || true
echo
echo "dyad segmented $(grep -c '^# newdoc' out/examples.conllu) documents into" \
     "$(grep -c '^# sent_id' out/examples.conllu) sentences:"
echo "  out/examples.conllu (CoNLL-U), out/examples.segments.jsonl (JSON Lines)"
echo "first sentences:"
grep '^# text' out/examples.conllu | head -5 | sed 's/^# text = /  /'
exit $status
