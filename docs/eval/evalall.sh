#!/bin/bash
# evalall.sh BIN [OUTDIR]: runs `BIN eval` on every question set (the
# never-tuned and tuning sets of bot/testdata, the which and why
# questions over the tuning corpora (bot/testdata/wh), the regression sets, the
# shared coverage and dev sets), sixteen at a time, one line a set:
#   GROUP_NAME | engine lines | BM25 line (with BM25=1)
# and writes each set's `BIN ask --json` answers to OUTDIR/GROUP_NAME.jsonl
# for diffs. Sets listed in holdout.txt are left out unless ALL=1: they
# are run only at a round's start and end (see runheld.sh).
# Sum the lines with sum.py; compare two runs with cmp.py.
set -eu
BIN=$(realpath "$1"); OUT=${2:-/tmp/ev}; mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHARED:-$(cd "$root/.." && pwd)/shared}
T=$root/bot/testdata
# Each set is answered from an index of its own, built afresh: one kept in
# the cache folder scores otherwise than a fresh build (see "Scores hang
# on segments" in docs/performance.md), and which process got it varied.
run() { # name corpus-dir|- questions
  local name=$1 dir=$2 q=$3 r b="" ix
  if [ "$dir" != "-" ]; then export DEALBOT_CORPUS_DIR=$dir; else unset DEALBOT_CORPUS_DIR; fi
  ix=$(mktemp -d); export DEALBOT_INDEX_DIR=$ix/index
  r=$("$BIN" eval "$q" 2>/dev/null | tr '\n' ' ')
  [ -n "${BM25:-}" ] && b=$("$BIN" eval --bm25 "$q" 2>/dev/null | tail -1)
  jq -r .question "$q" | "$BIN" ask --json - > "$OUT/$name.jsonl" 2>/dev/null
  rm -rf "$ix"
  echo "$name | $r | $b"
}
export -f run; export BIN OUT
{
  for q in "$T"/frozen/*-questions.jsonl; do
    n=$(basename "$q" -questions.jsonl)
    if [ -z "${ALL:-}" ] && grep -qx "$n" "$here/holdout.txt"; then continue; fi
    echo "never_$n $T/frozen/$n $q"
  done
  for q in "$T"/tuning/*-questions.jsonl; do
    n=$(basename "$q" -questions.jsonl); echo "tuning_$n $T/tuning/$n $q"
  done
  for q in "$T"/wh/*-questions.jsonl; do
    n=$(basename "$q" -questions.jsonl); c=${n%-which}; c=${c%-why}
    echo "wh_$n $T/tuning/$c $q"
  done
  for r in extra heldout heldout2 heldout3; do echo "regr_$r - $T/$r-questions.jsonl"; done
  echo "regr_rail $T/rail $T/rail-questions.jsonl"
  echo "pack_coverage $shared/coverage-pack $shared/eval/coverage-questions.jsonl"
  echo "dev_dev - $shared/eval/dev-questions.jsonl"
} | xargs -P 16 -L 1 bash -c 'run "$0" "$1" "$2"' | sort
