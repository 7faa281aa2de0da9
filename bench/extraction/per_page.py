#!/usr/bin/env python3
"""Per-page precision/recall for an extraction output, worst pages first, with the missing and extra text.
usage: per_page.py GROUND_TRUTH.json OUT.json [N] [--show ID]"""
import json, re, sys
from collections import Counter

def toks(t): return re.findall(r"\w+", t or "")
def sh(t, n=4): return Counter(tuple(t[i:i+n]) for i in range(max(1, len(t)-n+1))) if t else Counter()

truth = json.load(open(sys.argv[1])); pred = json.load(open(sys.argv[2]))
n = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3].isdigit() else 25
rows = []
for k in sorted(truth):
    ts, ps = sh(toks(truth[k]["articleBody"])), sh(toks((pred.get(k) or {}).get("articleBody", "")))
    tp = sum((ts & ps).values()); fp = sum((ps - ts).values()); fn = sum((ts - ps).values())
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    rows.append((min(p, r), p, r, fp, fn, k, truth[k].get("url", "")))
rows.sort()
for m, p, r, fp, fn, k, u in rows[:n]:
    print(f"{k[:12]} P {p:.2f} R {r:.2f} fp {fp:5d} fn {fn:5d} {u[:90]}")
