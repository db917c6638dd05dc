#!/bin/bash
# runheld.sh BIN OUTDIR: the round's held-out sets (holdout.txt), engine
# and BM25 lines, in evalall.sh's format; answers in OUTDIR. Run once
# before a round's first change and once after its last; read only the
# summary lines.
set -eu
BIN=$(realpath "$1"); OUT=$2; mkdir -p "$OUT"
here=$(cd "$(dirname "$0")" && pwd)
F=$(cd "$here/../.." && pwd)/bot/testdata/frozen
for n in $(cat "$here/holdout.txt"); do
  export DEALBOT_CORPUS_DIR=$F/$n
  ix=$(mktemp -d); export DEALBOT_INDEX_DIR=$ix/index # a fresh index, as evalall.sh
  r=$("$BIN" eval "$F/$n-questions.jsonl" 2>/dev/null | tr '\n' ' ')
  b=$("$BIN" eval --bm25 "$F/$n-questions.jsonl" 2>/dev/null | tail -1)
  jq -r .question "$F/$n-questions.jsonl" | "$BIN" ask --json - > "$OUT/$n.jsonl" 2>/dev/null
  rm -rf "$ix"
  echo "never_$n | $r | $b"
done
