#!/usr/bin/env python3
"""sum.py RESULTS: sums evalall.sh's lines by group (never-tuned, tuning,
regression, coverage pack, dev; the sets of holdout.txt as "held").
Frozen sets whose questions were read (tuned.txt) count as tuning."""
import collections, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
tuned = set(open(os.path.join(here, 'tuned.txt')).read().split())
hold = set(open(os.path.join(here, 'holdout.txt')).read().split())

def parse(s):
    d = {k: (int(a), int(b)) for k, a, b in re.findall(r'([\w-]+)=(\d+)/(\d+)', s)}
    d.update({k: (int(a), 0) for k, a in re.findall(r'(partial)=(\d+)\b', s)})
    return d

G = collections.defaultdict(collections.Counter)
B = collections.defaultdict(collections.Counter)
failed = []
for line in open(sys.argv[1]):
    parts = line.rstrip('\n').split(' | ')
    name = parts[0].strip()
    if 'top1=' not in parts[1]:
        failed.append(name)  # the engine printed nothing: it crashed or timed out
        continue
    grp, set_ = name.split('_', 1)
    if set_ in hold:
        grp = 'held'
    elif set_ in tuned:
        grp = 'tuning'
    for k, (a, n) in parse(parts[1]).items():
        G[grp][k] += a
        G[grp][k + '_n'] += n
    if len(parts) > 2:
        for k, (a, _) in parse(parts[2]).items():
            B[grp][k] += a
    G[grp]['sets'] += 1
for g in sorted(G):
    c, b = G[g], B[g]
    print(f"{g:7} sets={c['sets']} top1={c['top1']}/{c['top1_n']} top3={c['top3']} "
          f"abstain={c['abstain']}/{c['abstain_n']} multi={c['multi']}/{c['multi_n']} "
          f"falseAns={c['false-answers']} falseAbst={c['false-abstentions']} "
          f"hedged={c['hedged-right']} partial={c['partial']} | "
          f"bm25 top1={b['top1']} top3={b['top3']} multi={b['multi']}")
if failed:
    print(f"FAILED (no result, left out of the sums): {' '.join(failed)}")
    sys.exit(1)
