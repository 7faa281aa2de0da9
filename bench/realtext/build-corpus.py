#!/usr/bin/env python3
"""Builds the real-text speed corpus: sentences of the bundled samples/*.txt and ../shared/examples articles
(when present; the held-out dev articles 03, 06, 09, 12 are left out), repeated in order to N sentences, written as
two JSONL files for `demarche analyze`: docs-40.jsonl (40 sentences a document) and docs-1.jsonl (one a document),
plus one-record.jsonl (the first document alone, for start-up time).

Usage: bench/realtext/build-corpus.py OUTDIR [SENTENCES]   (default 20000; OUTDIR is never committed)
"""
import glob, json, os, re, sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "realtext")
total = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
held_out = re.compile(r"/dev/(03|06|09|12)-")

files = sorted(glob.glob(os.path.join(root, "samples", "*.txt")))
shared = os.path.join(root, "..", "shared", "examples")
files += sorted(f for f in glob.glob(os.path.join(shared, "**", "*.txt"), recursive=True) if not held_out.search(f))

# one sentence ends at . ! or ? (and a closing quote), before white space and an upper-case letter or opening quote
boundary = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s+(?=[\"\u201c\u2018(]?[A-Z])")
sentences = []
for f in files:
    text = open(f, encoding="utf-8").read()
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        if len(para) < 20:  # headlines, bylines, datelines kept only when they make a sentence
            continue
        sentences += [s for s in boundary.split(para) if len(s.split()) >= 3]
if not sentences:
    sys.exit("build-corpus: no article text found")
corpus = [sentences[i % len(sentences)] for i in range(total)]

os.makedirs(out, exist_ok=True)
def write(name, per_doc):
    with open(os.path.join(out, name), "w", encoding="utf-8") as w:
        for n, start in enumerate(range(0, len(corpus), per_doc)):
            doc = corpus[start:start + per_doc]
            w.write(json.dumps({"id": f"real-{per_doc}-{n}", "published": "2025-06-11", "text": " ".join(doc)}) + "\n")
write("docs-40.jsonl", 40)
write("docs-1.jsonl", 1)
with open(os.path.join(out, "docs-40.jsonl"), encoding="utf-8") as r, open(os.path.join(out, "one-record.jsonl"), "w", encoding="utf-8") as w:
    w.write(r.readline())
print(f"{len(files)} articles, {len(sentences)} distinct sentences, repeated to {total}: {out}/docs-40.jsonl, docs-1.jsonl, one-record.jsonl")
