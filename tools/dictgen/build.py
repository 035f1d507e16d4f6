#!/usr/bin/env python3
"""Build dictionaries/{companies,chips,nodes}.tsv (python3, stdlib only).

Usage: python3 tools/dictgen/build.py [--data /path/to/shared/data] [--out dictionaries]

Inputs, in priority order (an alias taken by an earlier source is dropped from a later one):
  hand/nodes.txt              hand-written PROCESS_NODE entries (NODES.md)
  hand/chips_*.txt            hand-written CHIP entries
  chipgen.py                  CHIP entries generated from family/model patterns written here
  hand/companies_*.txt        hand-written COMPANY entries
  shared data (see SOURCES.md): Epoch AI ml_hardware.csv, pci.ids device brackets,
  quattor CPU models (CHIP); S&P 500 constituents and pci.ids vendors (COMPANY).
The committed TSVs are the source of truth; this script documents how they were made.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dictlib  # noqa: E402
import chipgen  # noqa: E402

LEGAL = {
    "inc": [" Inc.", ", Inc.", " Inc"],
    "corp": [" Corp.", " Corporation", " Corp"],
    "co": [" Co.", " Co., Ltd.", " Co., Ltd", " Co. Ltd."],
    "ltd": [" Ltd.", " Ltd", " Limited"],
    "plc": [" plc", " PLC"],
    "ag": [" AG"], "se": [" SE"], "nv": [" N.V.", " NV"], "sa": [" S.A.", " SA"],
    "gmbh": [" GmbH"], "llc": [" LLC"], "asa": [" ASA"], "oyj": [" Oyj"], "bv": [" B.V."],
}
LEGAL_WORDS = r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|GmbH|AG|SA|S\.A|SAS|NV|N\.V|BV|B\.V|PLC|plc|Pte|Pty|KK|K\.K|Oy|Oyj|AB|ASA|SpA|S\.p\.A|Srl|S\.r\.l|SE|LP|L\.P|JSC|OJSC|CJSC|Holdings?|Group|International|Technologies|Technology|Mfg)"


class Entry:
    def __init__(self, etype, eid, canonical, src, **cols):
        self.type, self.id, self.canonical, self.src = etype, eid, canonical, src
        self.cols = cols
        self.aliases = []  # list of alias strings


def auto_eq(alias):
    """Prefix '=' when every word token is an ordinary lower-case word."""
    if alias.startswith("="):
        return alias
    toks = dictlib.tokenize(alias)
    words = [t for t in toks if t.isalpha() and not dictlib.is_han(t[0])]
    if words and all(dictlib.is_common_word(t) and t.casefold() != "intel" for t in words):
        return "=" + alias
    return alias


def read_hand(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            parts = [p.strip() for p in line.rstrip("\n").split(";;")]
            while len(parts) < ncols:
                parts.append("")
            rows.append((f"{os.path.basename(path)}:{ln}", parts))
    return rows


def expand_legal(base, codes):
    out = []
    for c in codes:
        for suf in LEGAL.get(c, []):
            out.append(base + suf)
    return out


def hand_companies():
    ents = []
    for fn in sorted(os.listdir(os.path.join(HERE, "hand"))):
        if not (fn.startswith("companies_") and fn.endswith(".txt")):
            continue
        for where, p in read_hand(os.path.join(HERE, "hand", fn), 5):
            eid, canon, cc, aliases, legal = p[:5]
            e = Entry("COMPANY", eid, canon, where, country=cc)
            codes = [c.strip() for c in legal.split("|") if c.strip()]
            al = []
            bases = [canon]
            for a in aliases.split("|"):
                a = a.strip()
                if not a:
                    continue
                if a.startswith("^"):
                    a = a[1:]
                    bases.append(a.lstrip("="))
                al.append(a)
            if dictlib.alias_key(canon) not in {dictlib.alias_key(a) for a in al}:
                al.insert(0, canon)
            for b in bases:
                al.extend(expand_legal(b, codes))
            e.aliases = al
            ents.append(e)
    return ents


def hand_generic(prefix, etype, colnames):
    ents = []
    for fn in sorted(os.listdir(os.path.join(HERE, "hand"))):
        if not (fn.startswith(prefix) and fn.endswith(".txt")):
            continue
        for where, p in read_hand(os.path.join(HERE, "hand", fn), 3 + len(colnames)):
            eid, canon = p[0], p[1]
            cols = dict(zip(colnames, p[2:2 + len(colnames)]))
            aliases = p[2 + len(colnames)]
            e = Entry(etype, eid, canon, where, **cols)
            al = [a.strip() for a in aliases.split("|") if a.strip()]
            if al and al[0] == "!":
                al = al[1:]          # '!' first: do not add the canonical name
            elif dictlib.alias_key(canon) not in {dictlib.alias_key(a) for a in al}:
                al.insert(0, canon)
            e.aliases = al
            ents.append(e)
    return ents


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", "and").replace("+", "-plus")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


# ------------------------------------------------------------------ derived companies
COUNTRY_WORDS = {"China": "CN", "Taiwan": "TW", "Japan": "JP", "Korea": "KR", "Germany": "DE",
                 "Ireland": "IE", "Switzerland": "CH", "United Kingdom": "GB", "Netherlands": "NL",
                 "Bermuda": "BM", "Canada": "CA", "Israel": "IL", "France": "FR", "UK": "GB"}


def strip_legal(name):
    n = name.strip().rstrip(",").strip()
    prev = None
    while prev != n:
        prev = n
        n = re.sub(r"[,\s]+" + LEGAL_WORDS + r"\.?$", "", n, flags=re.I).strip().rstrip(",").strip()
    return n


def sp500_companies(data):
    ents = []
    path = os.path.join(data, "sp500", "constituents.csv")
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = re.sub(r"\s*\(Class [A-Z]\)", "", r["Security"]).strip()
            loc = r["Headquarters Location"]
            cc = "US"
            for k, v in COUNTRY_WORDS.items():
                if loc.endswith(k):
                    cc = v
            e = Entry("COMPANY", slug(strip_legal(name) or name), strip_legal(name) or name,
                      "sp500", country=cc)
            al = [name]
            base = strip_legal(name)
            if base and base != name:
                al.append(base)
            e.aliases = al
            e.derived = True
            ents.append(e)
    return ents


PCI_SKIP = re.compile(r"wrong id|universit|institut|college|academy|unknown|illegal|reserved|"
                      r"do not use|fake|generic|government|ministry|consortium|association|"
                      r"foundation|project|\btest\b|default|hint|invalid|obsolete|anonymous|"
                      r"^[\W\d_]+$", re.I)


def pci_companies(data):
    ents = OrderedDict()
    path = os.path.join(data, "pciids", "pci.ids")
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("C "):
                break
            m = re.match(r"^([0-9a-f]{4})  (.+)$", line)
            if not m:
                continue
            full = m.group(2).strip()
            if PCI_SKIP.search(full):
                continue
            abbr = None
            mb = re.search(r"\[([^\]]+)\]", full)
            if mb:
                abbr = mb.group(1).strip()
                full = (full[:mb.start()] + full[mb.end():]).strip()
            full = re.sub(r"\s*\((?:formerly|was|now|previously|aka|acquired)[^)]*\)", "", full,
                          flags=re.I).strip()
            full = re.sub(r"\s*\([^)]*\)\s*$", "", full).strip()
            full = re.sub(r"\s{2,}", " ", full)
            if not full or len(full) < 3 or "/" in full:
                continue
            base = strip_legal(full)
            if len(base) < 3 or not re.search(r"[A-Za-z]", base):
                continue
            key = dictlib.alias_key(base)
            e = ents.get(key)
            if e is None:
                e = Entry("COMPANY", slug(base), base, "pci.ids:" + m.group(1), country="")
                e.aliases = [base]
                e.derived = True
                ents[key] = e
            if full not in e.aliases:
                e.aliases.append(full)
            if abbr and re.match(r"^[A-Za-z][A-Za-z0-9&.\- ]{2,}$", abbr):
                for a in abbr.split("/"):
                    a = a.strip()
                    if len(a) >= 3 and a not in e.aliases:
                        e.aliases.append(a)
    return list(ents.values())


DERIVED_BLOCK = {"VLSI", "T1042", "I2S", "OPTO", "Inet", "Alfa", "TSF5", "Digi", "Allo"}


def derived_alias_ok(alias):
    """Stricter safety filter for aliases that come from bulk lists."""
    a = alias.lstrip("=")
    if a in DERIVED_BLOCK:
        return False
    toks = dictlib.tokenize(a)
    words = [t for t in toks if t.isalpha()]
    if not words:
        return len(a) >= 3
    if len(toks) == 1:
        t = toks[0]
        if dictlib.is_dictionary_word_any_case(t) and t.casefold() != "intel":
            return False
        if len(t) <= 3 and t.isupper():
            return False
        if len(t) <= 2:
            return False
    if all(dictlib.is_dictionary_word_any_case(t) for t in words) and len(words) <= 2 \
            and not any(t in ("Inc", "Corp", "Corporation", "Ltd", "GmbH", "AG") for t in words):
        return False
    return True


# ------------------------------------------------------------------ merge
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "dictionaries"))
    args = ap.parse_args()
    data = os.path.abspath(args.data)

    nodes = hand_generic("nodes", "PROCESS_NODE", ["foundry", "nm"])
    chips_hand = hand_generic("chips_", "CHIP", ["vendor", "family"])
    chips_gen_hand, chips_gen = chipgen.generate(data, Entry)
    comps_hand = hand_companies()
    comps_derived = sp500_companies(data) + pci_companies(data)

    order = [("nodes", nodes, False), ("chips-hand", chips_hand + chips_gen_hand, False),
             ("companies-hand", comps_hand, False), ("chips-gen", chips_gen, True),
             ("companies-derived", comps_derived, True)]
    taken = {}          # alias key -> (id, src)
    ids = {}
    stats = {}
    conflicts = []
    final = {"PROCESS_NODE": [], "CHIP": [], "COMPANY": []}
    merged_into = {}
    for name, ents, derived in order:
        kept = dropped_alias = dropped_ent = 0
        for e in ents:
            if e.id in ids:
                if derived:
                    # same id as an earlier entry: merge the new aliases into it when same type
                    tgt = ids[e.id]
                    if tgt.type == e.type and e.type == "CHIP":
                        for a in e.aliases:
                            k = dictlib.alias_key(a)
                            if k not in taken:
                                a2 = auto_eq(a)
                                tgt.aliases.append(a2)
                                taken[k] = (tgt.id, e.src)
                    dropped_ent += 1
                    continue
                conflicts.append(f"duplicate id {e.id}: {e.src} and {ids[e.id].src}")
                continue
            new_aliases = []
            seen = set()
            skip_entity = False
            for a in e.aliases:
                if derived and e.type == "COMPANY" and not derived_alias_ok(a):
                    dropped_alias += 1
                    continue
                a = auto_eq(a)
                k = dictlib.alias_key(a)
                if not k or k in seen:
                    continue
                if k in taken and taken[k][0] != e.id:
                    if derived:
                        dropped_alias += 1
                        if e.type == "COMPANY":
                            # a bulk-list company whose name is already known: it is that entry
                            skip_entity = True
                            merged_into[e.id] = taken[k][0]
                        continue
                    conflicts.append(f"alias {a!r}: {e.id} ({e.src}) vs {taken[k][0]} ({taken[k][1]})")
                    continue
                seen.add(k)
                new_aliases.append(a)
            if skip_entity or (derived and not new_aliases):
                dropped_ent += 1
                continue
            if e.type == "COMPANY" and derived and not any(
                    dictlib.alias_key(x) == dictlib.alias_key(e.canonical) for x in new_aliases):
                pass
            for a in new_aliases:
                taken[dictlib.alias_key(a)] = (e.id, e.src)
            e.aliases = new_aliases
            ids[e.id] = e
            final[e.type].append(e)
            kept += 1
        stats[name] = (kept, dropped_ent, dropped_alias)

    company_ids = {e.id for e in final["COMPANY"]}
    for e in final["CHIP"]:
        if e.cols.get("vendor") and e.cols["vendor"] not in company_ids:
            conflicts.append(f"chip {e.id}: vendor {e.cols['vendor']} unknown")
    for e in final["PROCESS_NODE"]:
        if e.cols.get("foundry") and e.cols["foundry"] not in company_ids:
            conflicts.append(f"node {e.id}: foundry {e.cols['foundry']} unknown")

    headers = {
        "companies.tsv": ("COMPANY", ["type", "id", "canonical", "country", "aliases"]),
        "chips.tsv": ("CHIP", ["type", "id", "canonical", "vendor", "family", "aliases"]),
        "nodes.tsv": ("PROCESS_NODE", ["type", "id", "canonical", "foundry", "nm", "aliases"]),
    }
    comments = {
        "companies.tsv": [
            "# chipner COMPANY dictionary. Generated by tools/dictgen/build.py from",
            "# tools/dictgen/hand/companies_*.txt (hand-curated), the S&P 500 constituents list",
            "# (ODC-PDDL-1.0) and pci.ids vendor names (BSD-3-Clause option). See README.md, Sources.",
        ],
        "chips.tsv": [
            "# chipner CHIP dictionary. Generated by tools/dictgen/build.py from",
            "# tools/dictgen/hand/chips_*.txt and tools/dictgen/chipgen.py (hand-written patterns),",
            "# Epoch AI 'Data on Machine Learning Hardware' (CC BY 4.0), pci.ids device names",
            "# (BSD-3-Clause option) and quattor CPU templates (Apache-2.0). See README.md, Sources.",
        ],
        "nodes.tsv": [
            "# chipner PROCESS_NODE dictionary. Generated by tools/dictgen/build.py from",
            "# tools/dictgen/hand/nodes.txt, written from shared/data/NODES.md. See README.md.",
        ],
    }
    os.makedirs(args.out, exist_ok=True)
    for fname, (etype, hdr) in headers.items():
        rows = sorted(final[etype], key=lambda e: e.id.encode())
        with open(os.path.join(args.out, fname), "w", encoding="utf-8", newline="\n") as f:
            for c in comments[fname]:
                f.write(c + "\n")
            f.write("\t".join(hdr) + "\n")
            for e in rows:
                vals = []
                for h in hdr:
                    if h == "type":
                        vals.append(e.type)
                    elif h == "id":
                        vals.append(e.id)
                    elif h == "canonical":
                        vals.append(e.canonical)
                    elif h == "aliases":
                        vals.append("|".join(e.aliases))
                    else:
                        vals.append(e.cols.get(h, "") or "")
                f.write("\t".join(v.replace("\t", " ") for v in vals) + "\n")
        print(f"{fname}: {len(rows)} entries")
    for k, (kept, de, da) in stats.items():
        print(f"  {k}: kept {kept}, dropped entries {de}, dropped aliases {da}")
    for c in conflicts:
        print("CONFLICT:", c)
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main())
