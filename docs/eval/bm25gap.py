#!/usr/bin/env python3
"""bm25gap.py BIN OUTDIR [GROUP]: the questions plain BM25 puts in its
first three and the engine (its answers in OUTDIR, from evalall.sh) does
not, one line each with where the engine shows the gold (rank 4-8 among
the excerpts and "More", in none of them, or refused) and a count of each
at the end. GROUP is `tuning` (default) or `never`. Sets in holdout.txt
are never listed. Reading a never-tuned set's lines makes its gains
partly chosen on it; the count alone does not."""
import collections, glob, json, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
binary, out = sys.argv[1], sys.argv[2]
grp = sys.argv[3] if len(sys.argv) > 3 else 'tuning'
T = os.path.join(root, 'bot', 'testdata', {'never': 'frozen', 'tuning': 'tuning'}[grp])
hold = set(open(os.path.join(here, 'holdout.txt')).read().split())


def norm(s):
    for a, b in (('\u2019', "'"), ('\u201c', '"'), ('\u201d', '"'), ('\u2013', '-'), ('\u2014', '-')):
        s = s.replace(a, b)
    return ' '.join(s.lower().split())


count = collections.Counter()
for qf in sorted(glob.glob(f'{T}/*-questions.jsonl')):
    name = os.path.basename(qf)[:-len('-questions.jsonl')]
    af = f'{out}/{grp}_{name}.jsonl'
    if name in hold or not os.path.exists(af):
        continue
    env = dict(os.environ, DEALBOT_CORPUS_DIR=f'{T}/{name}')
    v = subprocess.run([binary, 'eval', '--verbose', '--bm25', qf], env=env, capture_output=True, text=True).stdout
    bm25_missed = set(re.findall(r'^MISS (\S+) \(none\)', v, re.M))
    qs = [json.loads(l) for l in open(qf) if l.strip()]
    ans = [json.loads(l) for l in open(af) if l.strip()]
    for q, a in zip(qs, ans):
        if not q['answers'] or q['id'] in bm25_missed:
            continue
        ex = [e['text'] for e in (a.get('excerpts') or []) + (a.get('more') or [])]
        at = [i for i, e in enumerate(ex) if any(norm(g) in norm(e) for g in q['answers'])]
        if at and at[0] < 3:
            continue
        where = 'refused' if not a.get('covered') else (f'rank{at[0] + 1}' if at else 'none')
        count[where] += 1
        print(f'{name} {q["id"]} {where} | {q["question"]} | gold={q["answers"][0]!r}')
print(dict(count))
