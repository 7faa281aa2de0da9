#!/usr/bin/env python3
"""Builds Demarche's part-of-speech lexicon from WordNet (Debian package wordnet-base).

Writes
  data/lexicon/pos-lexicon.tsv    word <TAB> parts of speech with SemCor counts, most frequent first
                                  (n noun, v verb, a adjective, r adverb), e.g. "attack<TAB>n:31 v:19"
  data/lexicon/pos-irregular.tsv  inflected form <TAB> lemma <TAB> part of speech (from WordNet's *.exc)

Usage: python3 scripts/build-pos-lexicon.py [/usr/share/wordnet] [data/lexicon]
Closed-class words (determiners, pronouns, prepositions, auxiliaries...) are hand-written in
data/lexicon/pos-closed.tsv, which this script does not touch.
"""
import os
import sys
from collections import defaultdict

wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "data", "lexicon")

POS_FILES = {"n": "index.noun", "v": "index.verb", "a": "index.adj", "r": "index.adv"}
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}

def usable(word):
    return "_" not in word and word.replace("-", "").replace("'", "").replace(".", "").isalpha()

counts = defaultdict(lambda: defaultdict(int))
for pos, name in POS_FILES.items():
    with open(os.path.join(wn, name), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            word = line.split(" ", 1)[0]
            if usable(word):
                counts[word][pos] += 0

# SemCor tag counts per sense: sense_key sense_number tag_count
with open(os.path.join(wn, "cntlist.rev"), encoding="latin-1") as f:
    for line in f:
        parts = line.split()
        if len(parts) != 3:
            continue
        key, _, n = parts
        lemma, _, rest = key.partition("%")
        pos = SS_TYPE.get(rest[:1])
        if pos and lemma in counts and pos in counts[lemma]:
            counts[lemma][pos] += int(n)

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "pos-lexicon.tsv"), "w", encoding="utf-8") as f:
    f.write("# word\tparts of speech with SemCor counts (n noun, v verb, a adjective, r adverb); built by scripts/build-pos-lexicon.py from WordNet 3.0\n")
    order = "nvar"
    for word in sorted(counts):
        tags = sorted(counts[word].items(), key=lambda kv: (-kv[1], order.index(kv[0])))
        f.write(word + "\t" + " ".join(f"{p}:{c}" for p, c in tags) + "\n")

with open(os.path.join(out, "pos-irregular.tsv"), "w", encoding="utf-8") as f:
    f.write("# form\tlemma\tpart of speech; from WordNet 3.0 *.exc, built by scripts/build-pos-lexicon.py\n")
    for pos, name in (("n", "noun.exc"), ("v", "verb.exc"), ("a", "adj.exc"), ("r", "adv.exc")):
        with open(os.path.join(wn, name), encoding="latin-1") as g:
            for line in g:
                parts = line.split()
                if len(parts) >= 2 and usable(parts[0]) and usable(parts[1]):
                    f.write(f"{parts[0]}\t{parts[1]}\t{pos}\n")
