#!/usr/bin/env bash
# README command 2 (and what CI runs): install dependencies, build, run the
# unit tests, run them again under AddressSanitizer + UndefinedBehaviorSanitizer,
# and run every libFuzzer target for FUZZ_SECONDS (default 20) each, nproc at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

fuzz_seconds=${FUZZ_SECONDS:-20}
jobs=$(nproc)

echo "== sanitizer build (ASan + UBSan) and tests"
scripts/build.sh build-asan -DDYAD_SANITIZE=ON -DDYAD_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"

if ((fuzz_seconds > 0)); then
  echo "== fuzzing, ${fuzz_seconds}s per target"
  CXX=clang++ CC=clang scripts/build.sh build-fuzz -DDYAD_FUZZ=ON -DDYAD_TESTS=OFF -DDYAD_BENCH=OFF \
    -DCMAKE_CXX_COMPILER=clang++
  # Targets run $jobs at a time (each is single-threaded); a report is printed
  # whole when its target ends, so parallel output does not interleave.
  fuzz_one() {
    local target=$1 name corpus log
    name=$(basename "$target")
    corpus=$(mktemp -d)
    [[ -d fuzz/corpus/$name ]] && cp -r "fuzz/corpus/$name/." "$corpus/"
    log=$(mktemp)
    # A fixed seed keeps CI runs comparable; FUZZ_SEED=0 lets libFuzzer pick one.
    # A crash, leak or timeout fails the run with the end of its report; else
    # the executions and executions per second are shown.
    if ! "$target" "$corpus" -seed="${FUZZ_SEED:-1}" -max_total_time="$fuzz_seconds" -max_len=65536 \
        -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 >"$log" 2>&1; then
      echo "-- $name FAILED"
      tail -n 60 "$log"
      rm -rf "$log" "$corpus"
      return 1
    fi
    echo "-- $name $(grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec' "$log" | tr '\n' ' ')"
    rm -rf "$log" "$corpus"
  }
  failed=0
  running=0
  for target in build-fuzz/fuzz/fuzz_*; do
    [[ -x $target ]] || continue
    if ((running >= jobs)); then
      wait -n || failed=1
      running=$((running - 1))
    fi
    fuzz_one "$target" &
    running=$((running + 1))
  done
  while ((running > 0)); do
    wait -n || failed=1
    running=$((running - 1))
  done
  ((failed == 0)) || { echo "fuzzing found a failure"; exit 1; }
fi

echo "== release build and tests"
scripts/build.sh build
echo "-- dyad serve's page: built from npm packages, end to end in headless Chromium"
scripts/build-web.sh build
scripts/test-web.sh build
ctest --test-dir build --output-on-failure -j"$jobs"
