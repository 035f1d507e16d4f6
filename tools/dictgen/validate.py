#!/usr/bin/env python3
"""Validate dictionaries/*.tsv against the rules in dictionaries/README.md.

Usage: python3 tools/dictgen/validate.py [DICT_DIR]
Exit status 1 on any error. Checks: headers, field counts, types, id syntax,
sorting and global uniqueness, canonical present, vendor/foundry ids exist,
country/nm syntax, alias syntax, alias collisions across all files (after case
folding, NFKC, dash folding, whitespace-insensitive tokens and Russian stemming),
and ordinary lower-case English/Russian words used as aliases without '='.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dictlib  # noqa: E402

FILES = {
    "companies.tsv": ("COMPANY", ["type", "id", "canonical", "country", "aliases"]),
    "chips.tsv": ("CHIP", ["type", "id", "canonical", "vendor", "family", "aliases"]),
    "nodes.tsv": ("PROCESS_NODE", ["type", "id", "canonical", "foundry", "nm", "aliases"]),
}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9.+_-]*$")
NM_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")
CC_RE = re.compile(r"^[A-Z]{2}$")
# brand names that happen to be (rare) lower-case dictionary words but are safe
# in this industry's text; the brief names Intel explicitly.
ALLOW_LOWER = {"intel"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ddir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "dictionaries")
    errors, warnings = [], []
    ids = {}
    aliases = {}
    entries = {}
    company_ids = set()
    refs = []
    if not dictlib.have_wordlists():
        warnings.append("word lists missing (apt-get install wamerican hunspell-ru): "
                        "ordinary-word check is incomplete")
    for fname, (etype, header) in FILES.items():
        path = os.path.join(ddir, fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing")
            continue
        with open(path, "rb") as f:
            raw = f.read()
        if b"\r" in raw:
            errors.append(f"{fname}: CR characters (use LF line ends)")
        text = raw.decode("utf-8")
        lines = text.split("\n")
        got_header = None
        prev_id = None
        n = 0
        for ln, line in enumerate(lines, 1):
            where = f"{fname}:{ln}"
            if line.startswith("#"):
                if got_header is not None:
                    warnings.append(f"{where}: comment after the header")
                continue
            if not line.strip():
                continue
            cols = line.split("\t")
            if got_header is None:
                got_header = cols
                if cols != header:
                    errors.append(f"{where}: header {cols} != {header}")
                continue
            if len(cols) != len(header):
                errors.append(f"{where}: {len(cols)} fields, expected {len(header)}")
                continue
            rec = dict(zip(header, cols))
            n += 1
            if rec["type"] != etype:
                errors.append(f"{where}: type {rec['type']!r} != {etype}")
            eid = rec["id"]
            if not ID_RE.match(eid):
                errors.append(f"{where}: bad id {eid!r}")
            if eid in ids:
                errors.append(f"{where}: id {eid!r} also at {ids[eid]}")
            ids[eid] = where
            if prev_id is not None and eid.encode() <= prev_id.encode():
                errors.append(f"{where}: id {eid!r} not sorted after {prev_id!r}")
            prev_id = eid
            if not rec["canonical"].strip() or rec["canonical"] != rec["canonical"].strip():
                errors.append(f"{where}: empty or padded canonical")
            if etype == "COMPANY":
                company_ids.add(eid)
                if rec["country"] and not CC_RE.match(rec["country"]):
                    errors.append(f"{where}: bad country {rec['country']!r}")
            if etype == "CHIP" and rec["vendor"]:
                refs.append((where, "vendor", rec["vendor"]))
            if etype == "PROCESS_NODE":
                if rec["foundry"]:
                    refs.append((where, "foundry", rec["foundry"]))
                if rec["nm"] and not NM_RE.match(rec["nm"]):
                    errors.append(f"{where}: bad nm {rec['nm']!r}")
            entries[eid] = rec
            if not rec["aliases"]:
                warnings.append(f"{where}: no aliases")
                continue
            seen_here = set()
            for a in rec["aliases"].split("|"):
                if not a or a != a.strip() or a == "=":
                    errors.append(f"{where}: empty or padded alias {a!r}")
                    continue
                body = a[1:] if a.startswith("=") else a
                toks = dictlib.tokenize(body)
                if not toks:
                    errors.append(f"{where}: alias {a!r} has no tokens")
                    continue
                key = dictlib.alias_key(a)
                if key in seen_here:
                    warnings.append(f"{where}: alias {a!r} repeats within the entry")
                    continue
                seen_here.add(key)
                if key in aliases and aliases[key][0] != eid:
                    errors.append(f"{where}: alias {a!r} ({eid}) collides with "
                                  f"{aliases[key][2]!r} ({aliases[key][0]}) at {aliases[key][1]}")
                else:
                    aliases[key] = (eid, where, a)
                if not a.startswith("="):
                    words = [t for t in toks if t.isalpha() and not dictlib.is_han(t[0])]
                    if words and all(dictlib.is_common_word(t) and t.casefold() not in ALLOW_LOWER
                                     for t in words):
                        errors.append(f"{where}: alias {a!r} is made of ordinary words; use '='")
                    if len(body) <= 2 and body.isalpha() and not dictlib.is_han(body[0]):
                        warnings.append(f"{where}: very short alias {a!r} without '='")
        if got_header is None:
            errors.append(f"{fname}: no header")
        print(f"{fname}: {n} entries")
    for where, col, ref in refs:
        if ref not in company_ids:
            errors.append(f"{where}: {col} {ref!r} is not a company id")
    print(f"aliases: {len(aliases)} distinct keys")
    for w in warnings[:50]:
        print("warning:", w)
    if len(warnings) > 50:
        print(f"warning: ... {len(warnings) - 50} more")
    for e in errors[:200]:
        print("error:", e)
    if len(errors) > 200:
        print(f"error: ... {len(errors) - 200} more")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
