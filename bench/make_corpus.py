#!/usr/bin/env python3
"""Writes a large mixed English/Russian JSON Lines corpus for throughput runs.

Paragraphs are sampled (with a fixed seed) from ../shared/corpus/*.jsonl, so
the text is real industry prose; nothing of it is stored in the repository.

  bench/make_corpus.py --shared ../shared --mb 100 > /tmp/chipner-100mb.jsonl
"""
import argparse
import json
import os
import random
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--seed", type=int, default=20261128)
    args = ap.parse_args()
    paragraphs = []
    for name in ("dev_en.jsonl", "dev_ru.jsonl", "seed.jsonl"):
        path = os.path.join(args.shared, "corpus", name)
        with open(path, encoding="utf-8") as f:
            paragraphs += [json.loads(line)["text"] for line in f if line.strip()]
    rng = random.Random(args.seed)
    target = int(args.mb * 1_000_000)
    written = 0
    out = sys.stdout.buffer
    n = 0
    while written < target:
        line = json.dumps({"id": f"p{n}", "text": rng.choice(paragraphs)}, ensure_ascii=False)
        data = (line + "\n").encode()
        out.write(data)
        written += len(data)
        n += 1


if __name__ == "__main__":
    main()
