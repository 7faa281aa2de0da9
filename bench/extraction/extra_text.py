#!/usr/bin/env python3
"""Paragraphs of an extraction that the ground truth lacks (and truth paragraphs that were missed).
usage: extra_text.py GROUND_TRUTH.json OUT.json ID_PREFIX..."""
import json, re, sys
truth = json.load(open(sys.argv[1])); pred = json.load(open(sys.argv[2]))
def grams(t):
    w = re.findall(r"\w+", t); return {tuple(w[i:i+3]) for i in range(max(1, len(w)-2))} if w else set()
for prefix in sys.argv[3:]:
    k = next(k for k in truth if k.startswith(prefix))
    tg = grams(truth[k]["articleBody"]); pg = grams(pred[k]["articleBody"])
    print(f"=== {k[:12]} {truth[k].get('url','')}")
    for para in re.split(r"\n+", pred[k]["articleBody"]):
        g = grams(para)
        if g and len(g & tg) / len(g) < 0.5: print("  EXTRA:", para[:160])
    for para in re.split(r"\n+", truth[k]["articleBody"]):
        g = grams(para)
        if g and len(g & pg) / len(g) < 0.5: print("  MISSED:", para[:160])
