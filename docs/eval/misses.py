#!/usr/bin/env python3
"""misses.py OUTDIR [GROUP]: the questions an evalall.sh run (its answers
in OUTDIR) did not answer first, one line each: ABST (refused), NONE (the
gold in no excerpt), R2/R3 (second or third), FALSEANS (a must-refuse
question answered). GROUP is `tuning` (default), `never` or `regr`.
Sets in holdout.txt are never listed: their questions stay unread.
Reading a never-tuned set's misses makes its gains partly chosen on it;
say so when a change comes from there."""
import glob, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
shared = os.environ.get('SHARED', os.path.join(os.path.dirname(root), 'shared'))
sys.path.insert(0, os.path.join(shared, 'eval'))
from score import hit  # noqa: E402

hold = set(open(os.path.join(here, 'holdout.txt')).read().split())
out, grp = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else 'tuning')
T = os.path.join(root, 'bot', 'testdata')
for f in sorted(glob.glob(f'{out}/{grp}_*.jsonl')):
    name = os.path.basename(f)[len(grp) + 1:-len('.jsonl')]
    if name in hold:
        continue
    qf = {'never': f'{T}/frozen/{name}-questions.jsonl', 'tuning': f'{T}/tuning/{name}-questions.jsonl',
          'regr': f'{T}/{name}-questions.jsonl', 'wh': f'{T}/wh/{name}-questions.jsonl'}[grp]
    if not os.path.exists(qf):
        continue
    qs = [json.loads(l) for l in open(qf) if l.strip()]
    ans = [json.loads(l) for l in open(f) if l.strip()]
    for q, a in zip(qs, ans):
        ex = [e.get('text', '') for e in a.get('excerpts') or []]
        covered = a.get('covered') is not False
        if not q['answers']:
            if covered and not a.get('partial'):
                print(f"FALSEANS {name} {q['id']}: {q['question']} -> {ex[0][:150] if ex else ''}")
            continue
        r = next((i for i, t in enumerate(ex) if hit(q['answers'], t)), None)
        if covered and r == 0:
            continue
        tag = 'ABST' if not covered else (f'R{r + 1}' if r is not None else 'NONE')
        print(f"{tag} {name} {q['id']}: {q['question']} | gold={q['answers'][0][:60]!r} | top={ex[0][:150] if ex else ''!r}")
