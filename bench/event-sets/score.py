#!/usr/bin/env python3
"""Score Demarche on a TSV of sentences: sentence<TAB>SRC>TGT:ROOT ; ...  (or 'none').
A gold code matches a system code that starts with it (USA matches USAGOV); '-' matches an empty side.
Usage: bench/event-sets/score.py SET.tsv [DEMARCHE_DIR] [--show]   (DEMARCHE_DIR: a checkout whose ./demarche is run; default the one this file is in)"""
import json, subprocess, sys, os, tempfile
args = [a for a in sys.argv[1:] if not a.startswith('--')]
show = '--show' in sys.argv
path = args[0]; repo = args[1] if len(args) > 1 else os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
rows = []
for line in open(path, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    sent, gold = line.split('\t')
    evs = []
    if gold.strip() != 'none':
        for g in gold.split(';'):
            g = g.strip()
            st, root = g.rsplit(':', 1)
            s, t = st.split('>')
            evs.append((s.strip(), t.strip(), root.strip()))
    rows.append((sent, evs))
with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
    for i, (s, _) in enumerate(rows):
        f.write(json.dumps({"id": str(i), "published": "2026-11-20", "title": "", "text": s}) + "\n")
    tmp = f.name
out = subprocess.run([os.path.join(repo, 'demarche'), 'analyze', tmp, '--json', '--date', '2026-11-20'],
                     capture_output=True, text=True, cwd=repo)
os.unlink(tmp)
docs = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
if len(docs) != len(rows):
    print(out.stderr[-2000:]); sys.exit(f"got {len(docs)} docs for {len(rows)} rows")
acts = {}
def codes(x):
    a = acts.get(x or '')
    if not a: return [x or '']
    return [c for c in (a.get('code'), a.get('id'), a.get('country'), a.get('affiliation')) if c] or [x]
def m(g, s):
    return any(m1(g, c) for c in codes(s))
def m1(g, s):
    s = s or ''
    for a in g.split('|'):
        if a == '*' or (a == '-' and s == '') or (a not in ('-', '*') and s.startswith(a)): return True
    return False
tp = fp = fn = 0
for (sent, gold), d in zip(rows, docs):
    acts = {a['id']: a for a in d.get('actors', [])}
    sysev = [(e.get('source') or '', e.get('target') or '', e['root'], e.get('cameo'), e.get('negated'), e.get('rule')) for e in d['events'] if not e.get('negated')]
    used = set(); hit = []
    for g in gold:
        for j, e in enumerate(sysev):
            if j in used: continue
            if e[2] in g[2].split('|') and m(g[0], e[0]) and m(g[1], e[1]):
                used.add(j); hit.append(g); break
    t = len(hit); tp += t; fn += len(gold) - t; fp += len(sysev) - len(used)
    if show and (t < len(gold) or len(used) < len(sysev)):
        print('S:', sent)
        print('   gold:', ' ; '.join(f'{a}>{b}:{c}' for a, b, c in gold) or 'none')
        print('   sys :', ' ; '.join(f'{a}>{b}:{c}({d},{r})' for a, b, c, d, _, r in sysev) or 'none')
p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
f1 = 2 * p * r / (p + r) if p + r else 0
print(f"{os.path.basename(path)} tp {tp} fp {fp} fn {fn} P {p:.2f} R {r:.2f} F1 {f1:.3f}")
