#!/usr/bin/env python3
"""Writes a synthetic COMPANY dictionary of N aliases (for the dictionary-size
sweep: throughput must depend on the text, not on the number of aliases).

Aliases are made-up two-word names ("Zorvexqua Ntilbryxen"), so they do not
change what is found in real text; they only make the trie and its term
table as large as a real million-name gazetteer would.
"""
import argparse
import random
import sys

SYLLABLES = ["zor", "vex", "qua", "ntil", "bry", "xen", "mok", "tral", "quo", "rix", "vel", "dran"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aliases", type=int, required=True)
    args = ap.parse_args()
    rng = random.Random(7)
    out = sys.stdout
    out.write("type\tid\tcanonical\taliases\n")
    seen = set()
    rows = []
    words = 2 if args.aliases <= 1_000_000 else 3
    while len(rows) < args.aliases:
        name = " ".join("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
                        for _ in range(words))
        if name in seen:
            continue
        seen.add(name)
        rows.append((f"synthetic-{len(rows):07d}", name))
    rows.sort()
    for ident, name in rows:
        out.write(f"SYNTH\t{ident}\t{name}\t{name}\n")


if __name__ == "__main__":
    main()
