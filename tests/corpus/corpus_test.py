#!/usr/bin/env python3
"""Runs `chipner --jsonl` over a shared gold corpus and checks its scores.

  seed: the original article; every type must score F1 1.000 with every value
        right (ENTITIES.md is written from it).
  dev:  dev_en + dev_ru; micro-F1 at least MIN_DEV_MICRO_F1. The per-type
        scores are printed for the record.

Exit 77 (CTest's skip) when the shared folder or its scorer is missing.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

MIN_DEV_MICRO_F1 = 0.80


def score(chipner, shared, gold):
    with open(gold, "rb") as f, tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        subprocess.run([chipner, "--jsonl"], stdin=f, stdout=out, check=True, timeout=600)
        result = subprocess.run(
            [sys.executable, os.path.join(shared, "tools", "score.py"), gold, out.name, "--json"],
            capture_output=True, check=True, text=True)
    return json.loads(result.stdout)


def describe(name, report):
    types = ", ".join(f"{t} {v['f1']:.3f}" for t, v in report["types"].items())
    values = ", ".join(f"{t} {v['correct']}/{v['checked']}" for t, v in report["values"].items())
    return f"{name}: micro F1 {report['micro']['f1']:.3f}; {types}; values {values}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chipner", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--corpus", choices=("seed", "dev"), required=True)
    args = ap.parse_args()
    corpus_dir = os.path.join(args.shared, "corpus")
    if not os.path.isfile(os.path.join(args.shared, "tools", "score.py")):
        print(f"SKIP: no scorer under {args.shared}")
        return 77

    failures = []
    if args.corpus == "seed":
        report = score(args.chipner, args.shared, os.path.join(corpus_dir, "seed.jsonl"))
        print(describe("seed", report))
        for t, v in report["types"].items():
            if v["f1"] < 1.0:
                failures.append(f"seed {t} F1 {v['f1']:.3f} < 1.000")
        for t, v in report["values"].items():
            if v["correct"] != v["checked"]:
                failures.append(f"seed {t} values {v['correct']}/{v['checked']}")
        if report["problem_count"]:
            failures.append(f"seed problems: {report['problems']}")
    else:
        tp = fp = fn = 0
        for name in ("dev_en", "dev_ru"):
            report = score(args.chipner, args.shared, os.path.join(corpus_dir, name + ".jsonl"))
            print(describe(name, report))
            for v in report["types"].values():
                tp, fp, fn = tp + v["tp"], fp + v["fp"], fn + v["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"dev (en+ru): micro P {p:.3f} R {r:.3f} F1 {f1:.3f}")
        if f1 < MIN_DEV_MICRO_F1:
            failures.append(f"dev micro F1 {f1:.3f} < {MIN_DEV_MICRO_F1}")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
