#!/usr/bin/env python3
"""cmp.py BEFORE AFTER: the sets whose top1, top3, refusals, multi or
false answers moved between two evalall.sh runs."""
import re, sys

def load(f):
    d = {}
    for line in open(f):
        p = line.split(' | ')
        d[p[0].strip()] = {k: int(a) for k, a, _ in re.findall(r'([\w-]+)=(\d+)/(\d+)', p[1])}
    return d

a, b = load(sys.argv[1]), load(sys.argv[2])
for n in sorted(set(a) & set(b)):
    if 'top1' not in b[n] or 'top1' not in a[n]:
        print(n, 'FAILED: no result', 'before' if 'top1' not in a[n] else 'after')
        continue
    moved = [(k, b[n][k] - a[n][k]) for k in ('top1', 'top3', 'abstain', 'multi', 'false-answers')
             if k in a[n] and b[n].get(k) != a[n][k]]
    if moved:
        print(n, moved)
