#!/usr/bin/env python3
"""Validate data/actors/persons.yaml (format: persons-format.md).

Errors (exit status 1): missing or malformed fields, bad dates, from > to, unknown country
or organisation codes, duplicate names, the same alias twice on one person.
Warnings (printed, exit status 0): an alias shared by two persons or equal to another
person's name, a one-word alias that is an ordinary lowercase English word, two persons
holding the same single-holder office at overlapping times.

Usage: scripts/check-persons.py [data/actors/persons.yaml] [--quiet]
Works with PyYAML when installed, otherwise with a small parser for the file's own layout.
"""
import datetime
import json
import os
import re
import sys
from collections import defaultdict

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
EXTRA_STATES = {"XKX", "SUN"}  # Kosovo (user-assigned code), Soviet Union (ISO 3166-3)
ORGS = set("""UN EU NATO AU ASEAN ARABLEAGUE GCC ECOWAS OSCE IAEA ICC ICJ ICRC WTO WHO IMF WORLDBANK OPEC
UNHCR UNICEF WFP UNRWA OHCHR UNSC EC SADC EAC IGAD OAS CARICOM
ECB OHR COE WEF UNESCO FAO UNEP UNFCCC OPCW OIC IEA IOM UNDP OCHA COMMONWEALTH OIF NDB BRICS
EP EUCO EEAS UNGA UNHRC UNSMIL MONUSCO UNIFIL INTERPOL G7 G20 SCO CSTO""".split())
GROUPS = set("""HAMAS HEZBOLLAH HOUTHIS TALIBAN RSF SAF M23 ISIS ALSHABAAB WAGNER PIJ FATAH PLO HTS SDF PKK
ALQAEDA BOKOHARAM ISWAP JNIM LNA POLISARIO FARC ELN G9 VIVANSANM STC TPLF HASHD NUG CTA SOMALILAND SPLMIO
KATAIBHEZBOLLAH AAH BADR SPLMN TTP ARAKANARMY EMC SINALOA CJNG YPG FDLR ADF BLA""".split())
NGOS = set("""AMNESTY HRW MSF""".split())
PARTIES = set("""REFORMUK RN LFI AFD FPO PVV PIS TISZA AUR GEORGIANDREAM MHP CHP HDP AKP SNS KMT DPP BJP INC ANC EFF PTI PMLN PPP BNP
AWAMI NLD CCP WPK LIKUD DEMOCRATS REPUBLICANS FP MFP PPLE UNM CDP""".split())
SINGLE_HOLDER = {"president", "prime minister", "foreign minister", "defence minister", "secretary of state",
                 "secretary of defense", "chancellor", "king", "queen", "emir", "sultan", "secretary-general",
                 "director-general", "high representative", "supreme leader", "crown prince", "pope",
                 "foreign secretary", "defence secretary", "national security adviser"}
# one-word aliases that are also English words but are reviewed: in news they name the person
REVIEWED_ALIASES = {"Bush", "Macron", "Musk", "Pence", "Reeves", "Trump", "Tusk", "Xi"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_codes():
    codes = set(EXTRA_STATES)
    try:
        with open(ISO_JSON, encoding="utf-8") as f:
            codes |= {c["alpha_3"] for c in json.load(f)["3166-1"]}
        return codes, True
    except OSError:
        return codes, False


def parse_scalar(text):
    text = text.strip()
    if text in ("null", "~", ""):
        return None
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1].replace('\\"', '"')
    return text


def parse_flow_list(text):
    text = text.strip()
    if not (text.startswith("[") and text.endswith("]")):
        raise ValueError("expected [a, b] list: " + text)
    inner, items, cur, quoted = text[1:-1], [], "", False
    for ch in inner:
        if ch == '"':
            quoted = not quoted
            cur += ch
        elif ch == "," and not quoted:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        items.append(cur)
    return [parse_scalar(i) for i in items]


def load_simple(path):
    """Parser for the layout written in persons.yaml: '- name:', '  key: value', '    - role:', '      key: value'."""
    persons, person, office = [], None, None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(\s*)(- )?([a-z_]+):\s*(.*)$", line)
            if not m:
                raise ValueError(f"line {n}: cannot parse: {line}")
            indent, dash, key, value = len(m.group(1)), bool(m.group(2)), m.group(3), m.group(4)
            if indent == 0 and dash:
                person = {}
                persons.append(person)
                office = None
            elif person is None:
                raise ValueError(f"line {n}: field outside a person")
            if indent <= 2 and not (indent == 0 and not dash):
                if key == "offices":
                    person["offices"] = []
                elif key == "aliases":
                    person[key] = parse_flow_list(value)
                else:
                    person[key] = parse_scalar(value)
            elif indent >= 4:
                if dash:
                    office = {}
                    person.setdefault("offices", []).append(office)
                if office is None:
                    raise ValueError(f"line {n}: office field outside an office")
                office[key] = parse_scalar(value)
            else:
                raise ValueError(f"line {n}: unexpected indentation")
    return persons


def load(path):
    try:
        import yaml
    except ImportError:
        return load_simple(path)
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    # PyYAML turns dates into datetime.date; compare as text like the simple parser
    for p in data or []:
        for o in (p or {}).get("offices") or []:
            for k in ("from", "to"):
                if isinstance(o.get(k), datetime.date):
                    o[k] = o[k].isoformat()
    return data


def load_words():
    for path in ("/usr/share/dict/american-english", "/usr/share/dict/words"):
        if os.path.exists(path):
            with open(path, encoding="utf-8", errors="ignore") as f:
                return {w.strip() for w in f if w.strip() and w[0].islower()}
    return set()


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def main(argv):
    path = next((a for a in argv[1:] if not a.startswith("--")), "data/actors/persons.yaml")
    quiet = "--quiet" in argv
    codes, have_iso = load_codes()
    errors, warnings = [], []
    if not have_iso:
        warnings.append(f"{ISO_JSON} not found: 3-letter codes are only checked for shape")
    persons = load(path)
    if not isinstance(persons, list):
        print(f"ERROR: {path}: top level must be a list")
        return 1

    def code_ok(c, allow_org):
        if not isinstance(c, str) or not re.match(r"^[A-Z0-9]{2,16}$", c):
            return False
        if allow_org and c in ORGS | GROUPS | PARTIES | NGOS:
            return True
        return (c in codes) if have_iso else bool(re.match(r"^[A-Z]{3}$", c))

    names, alias_owner = {}, defaultdict(set)
    holders = defaultdict(list)
    countries, offices = set(), 0
    for i, p in enumerate(persons):
        where = f"item {i + 1}"
        if not isinstance(p, dict):
            errors.append(f"{where}: not a mapping")
            continue
        extra = set(p) - {"name", "aliases", "country", "offices"}
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        name = p.get("name")
        if not isinstance(name, str) or not name.strip():
            errors.append(f"{where}: missing name")
            continue
        where = f"{name!r}"
        if name in names:
            errors.append(f"{where}: duplicate name (items {names[name] + 1} and {i + 1})")
        names[name] = i
        if "country" not in p:
            errors.append(f"{where}: missing country (use null for organisation officials)")
        country = p.get("country")
        if country is not None:
            if code_ok(country, False):
                countries.add(country)
            else:
                errors.append(f"{where}: bad country code {country!r}")
        aliases = p.get("aliases", [])
        if aliases is None:
            aliases = []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            errors.append(f"{where}: aliases must be a list of non-empty strings")
            aliases = []
        if len(set(aliases)) != len(aliases):
            errors.append(f"{where}: repeated alias")
        for a in set(aliases):
            alias_owner[a].add(name)
        offs = p.get("offices")
        if not isinstance(offs, list) or not offs:
            errors.append(f"{where}: needs at least one office")
            continue
        for o in offs:
            offices += 1
            if not isinstance(o, dict):
                errors.append(f"{where}: office is not a mapping")
                continue
            extra = set(o) - {"role", "org", "from", "to"}
            if extra:
                errors.append(f"{where}: unknown office keys {sorted(extra)}")
            role, org, fr, to = o.get("role"), o.get("org"), o.get("from"), o.get("to")
            if not isinstance(role, str) or not role.strip() or role != role.lower():
                errors.append(f"{where}: role must be lowercase text, got {role!r}")
            if not code_ok(org, True):
                errors.append(f"{where}: unknown org {org!r} (state code or organisation id)")
            if not valid_date(fr):
                errors.append(f"{where}: bad from date {fr!r} in {role}")
                continue
            if "to" not in o:
                errors.append(f"{where}: missing to (use null)")
            if to is not None:
                if not valid_date(to):
                    errors.append(f"{where}: bad to date {to!r} in {role}")
                    continue
                if fr > to:
                    errors.append(f"{where}: from {fr} after to {to} in {role}")
            if fr > "2026-12-31":
                errors.append(f"{where}: from date {fr} in the future")
            if role in SINGLE_HOLDER:
                holders[(role, org)].append((fr, to or "9999-12-31", name))

    for a, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            warnings.append(f"alias {a!r} shared by {sorted(owners)}")
        if a in names and names[a] is not None and a not in owners and len(owners) >= 1:
            warnings.append(f"alias {a!r} of {sorted(owners)} is another person's name")
    words = load_words()
    for a, owners in sorted(alias_owner.items()):
        if " " not in a and a.lower() in words and a not in REVIEWED_ALIASES:
            warnings.append(f"alias {a!r} of {sorted(owners)} is an ordinary English word")
    slack = datetime.timedelta(days=45)
    for (role, org), spans in sorted(holders.items()):
        spans.sort()
        for j in range(len(spans)):
            for k in range(j + 1, len(spans)):
                a, b = spans[j], spans[k]
                if a[2] == b[2]:
                    continue
                if b[0] >= a[1]:
                    break
                end = min(a[1], b[1])
                days = (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(b[0]))
                if days > slack:
                    warnings.append(f"{role}@{org}: {a[2]} ({a[0]}..{a[1]}) overlaps {b[2]} ({b[0]}..{b[1]})")

    if not quiet:
        for w in warnings:
            print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    orgs = {o.get("org") for p in persons if isinstance(p, dict) for o in (p.get("offices") or []) if isinstance(o, dict)}
    print(f"{len(persons)} persons, {offices} offices, {len(countries)} countries, "
          f"{len(orgs)} office holders' orgs, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
