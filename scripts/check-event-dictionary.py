#!/usr/bin/env python3
"""Validate the event dictionary (data/events/*.yaml) against data/cameo/codes.tsv.

Checks: unique ids, every cameo code exists in codes.tsv, pos in {verb, noun},
target in {object, next, none} or prep:WORD, words lowercase, required keys present,
gap a small non-negative integer, no two entries with the same words+pos+target.
Prints the number of entries per CAMEO root and in total. Exit status 1 on any error.

Usage: python3 scripts/check-event-dictionary.py [DATA_DIR]   (default: data/ next to scripts/)

PyYAML is used when installed; otherwise a small parser for the subset of YAML these
files use (a block sequence of flat mappings with plain, single- or double-quoted scalars).
"""
import collections
import glob
import os
import re
import sys

REQUIRED = ("id", "words", "pos", "cameo", "target")
OPTIONAL = ("gap", "passive", "modality", "note")
MODALITIES = {"threat", "refusal", "demand", "appeal", "intent", "denial", "consider", "attribution"}
TARGET_RE = re.compile(r"^(object|next|none|prep:[a-z]+)$")
WORD_RE = re.compile(r"^&?[a-z0-9][a-z0-9'\-]*$")  # "&class": a class of word-classes.tsv (not as first word)


def parse_scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return bytes(text[1:-1], "utf-8").decode("unicode_escape")
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if " #" in text:
        text = text.split(" #", 1)[0].rstrip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return text


def mini_yaml_load(path):
    """Parse a block sequence of flat mappings ("- key: value" / "  key: value")."""
    items = []
    current = None
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\n")
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if line.startswith("- "):
                current = {}
                items.append(current)
                line = "  " + line[2:]
            if current is None or not line.startswith("  "):
                raise ValueError(f"{path}:{number}: unexpected line: {raw!r}")
            match = re.match(r"^\s+([A-Za-z_]+):\s*(.*)$", line)
            if not match:
                raise ValueError(f"{path}:{number}: not a 'key: value' line: {raw!r}")
            current[match.group(1)] = parse_scalar(match.group(2))
    return items


def load(path):
    try:
        import yaml  # type: ignore
    except ImportError:
        return mini_yaml_load(path)
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data or []


def load_codes(path):
    codes = {}
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        if header != ["code", "name", "plover", "quad", "goldstein"]:
            raise ValueError(f"{path}: unexpected header {header}")
        for line in handle:
            if not line.strip():
                continue
            code, name, plover, quad, goldstein = line.rstrip("\n").split("\t")
            codes[code] = (name, plover, int(quad), float(goldstein))
    return codes


def check_codes(codes):
    errors = []
    for code, (name, _plover, quad, goldstein) in codes.items():
        if not re.fullmatch(r"\d{2,4}", code):
            errors.append(f"codes.tsv: bad code {code!r}")
            continue
        root = int(code[:2])
        if not 1 <= root <= 20:
            errors.append(f"codes.tsv: root out of range in {code}")
        expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        if quad != expected:
            errors.append(f"codes.tsv: {code} quad {quad} != {expected}")
        if not -10.0 <= goldstein <= 10.0:
            errors.append(f"codes.tsv: {code} goldstein out of range")
        if len(code) > 2 and code[: len(code) - 1] not in codes and code[:2] not in codes:
            errors.append(f"codes.tsv: {code} has no parent")
        if not name:
            errors.append(f"codes.tsv: {code} has no name")
    return errors


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data")
    codes = load_codes(os.path.join(data_dir, "cameo", "codes.tsv"))
    errors = check_codes(codes)
    seen_ids = {}
    seen_keys = {}
    per_root = collections.Counter()
    per_pos = collections.Counter()
    per_code = collections.Counter()
    files = sorted(glob.glob(os.path.join(data_dir, "events", "*.yaml")))
    if not files:
        errors.append("no data/events/*.yaml files")
    total = 0
    for path in files:
        name = os.path.basename(path)
        try:
            entries = load(path)
        except Exception as exc:  # report parse errors and continue with other files
            errors.append(f"{name}: cannot parse: {exc}")
            continue
        if not isinstance(entries, list):
            errors.append(f"{name}: top level is not a sequence")
            continue
        for index, entry in enumerate(entries):
            where = f"{name}[{index}]"
            if not isinstance(entry, dict):
                errors.append(f"{where}: not a mapping")
                continue
            total += 1
            for key in REQUIRED:
                if key not in entry:
                    errors.append(f"{where}: missing {key}")
            for key in entry:
                if key not in REQUIRED and key not in OPTIONAL:
                    errors.append(f"{where}: unknown key {key}")
            entry_id = str(entry.get("id", ""))
            where = f"{name}:{entry_id}"
            if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", entry_id):
                errors.append(f"{where}: id must be lowercase letters, digits, hyphens")
            if entry_id in seen_ids:
                errors.append(f"{where}: duplicate id (also in {seen_ids[entry_id]})")
            seen_ids[entry_id] = name
            words = str(entry.get("words", ""))
            tokens = words.split()
            if not tokens:
                errors.append(f"{where}: empty words")
            for token in tokens:
                if token != token.lower() or not WORD_RE.match(token):
                    errors.append(f"{where}: word {token!r} must be lowercase letters/digits")
            pos = entry.get("pos")
            if pos not in ("verb", "noun"):
                errors.append(f"{where}: pos {pos!r} not verb|noun")
            per_pos[pos] += 1
            cameo = entry.get("cameo")
            if not isinstance(cameo, str):
                errors.append(f"{where}: cameo must be a quoted string, got {cameo!r}")
                cameo = str(cameo)
            if cameo not in codes:
                errors.append(f"{where}: cameo {cameo} not in codes.tsv")
            else:
                per_root[cameo[:2]] += 1
                per_code[cameo] += 1
            target = str(entry.get("target", ""))
            if not TARGET_RE.match(target):
                errors.append(f"{where}: target {target!r} not object|next|none|prep:WORD")
            if "gap" in entry and (not isinstance(entry["gap"], int) or not 0 <= entry["gap"] <= 8):
                errors.append(f"{where}: gap must be an integer 0..8")
            if "passive" in entry and not re.fullmatch(r"[a-z]+|none", str(entry["passive"])):
                errors.append(f"{where}: passive must be a preposition or none")
            if "modality" in entry and entry["modality"] not in MODALITIES:
                errors.append(f"{where}: modality {entry['modality']!r} not in {sorted(MODALITIES)}")
            key = (words, pos, target)
            if key in seen_keys:
                errors.append(f"{where}: same words/pos/target as {seen_keys[key]}")
            seen_keys[key] = where
    for error in errors:
        print("ERROR", error)
    print(f"codes.tsv: {len(codes)} codes")
    print("entries per root:")
    for root in sorted(codes):
        if len(root) == 2:
            print(f"  {root} {codes[root][0]:<34} {per_root[root]:5d}")
    print(f"by pos: verb {per_pos['verb']}, noun {per_pos['noun']}")
    used = len(per_code)
    print(f"distinct codes used: {used} of {len(codes)}")
    print(f"total entries: {total} in {len(files)} files")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
