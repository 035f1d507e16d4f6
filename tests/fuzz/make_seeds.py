#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets from ../shared/corpus and the
repository's dictionaries, into OUT/<target>/.

The corpus texts stay out of git: seeds are made at test or fuzz time, in the
build directory. Texts are cut into pieces of at most --max-bytes, because
libFuzzer mutates short inputs far faster, and by default it never grows an
input past the longest seed.

    make_seeds.py OUT [--shared ../shared] [--dictionaries dictionaries]

A missing corpus or dictionary folder is not an error: those seeds are simply
not written (the hand-written seeds in tests/fuzz/seeds/ remain).
"""
import argparse
import hashlib
import json
import os
import pathlib
import sys


def pieces(text, max_bytes):
    """Paragraph-sized UTF-8 pieces of text, cut on character boundaries."""
    for paragraph in text.split("\n"):
        data = paragraph.encode()
        while data:
            cut = min(len(data), max_bytes)
            while cut < len(data) and (data[cut] & 0xC0) == 0x80:
                cut -= 1  # never split a multi-byte sequence
            yield data[:cut]
            data = data[cut:]


def write(out, target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    # Named by content, as libFuzzer names its corpus files: reruns are
    # idempotent and duplicates collapse.
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def corpus_seeds(out, shared, max_bytes):
    records = []
    for path in sorted((shared / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    for record in records:
        text = record.get("text", "")
        for piece in pieces(text, max_bytes):
            if len(piece) >= 8:
                write(out, "extract_fuzzer", piece)
                write(out, "json_writer_fuzzer", piece)
        # The record as a JSON line, its text cut short; gold records keep
        # their "entities" member, which exercises the rebuild path.
        short = dict(record)
        short["text"] = next(pieces(text, max_bytes), b"").decode()
        if "entities" in short:
            short["entities"] = [e for e in short["entities"]
                                 if e.get("end", 0) <= len(short["text"])]
        write(out, "jsonl_line_fuzzer",
              json.dumps(short, ensure_ascii=False).encode())
    return len(records)


def dictionary_seeds(out, dictionaries, lines_per_seed=12):
    count = 0
    for path in sorted(dictionaries.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        header = next((i for i, l in enumerate(lines)
                       if l and not l.startswith("#")), None)
        if header is None:
            continue
        body = lines[header + 1:]
        # A few slices spread over the file, each a loadable dictionary.
        for start in range(0, len(body), max(1, len(body) // 8)):
            chunk = [lines[header]] + body[start:start + lines_per_seed]
            write(out, "dictionary_file_fuzzer", ("\n".join(chunk) + "\n").encode())
            count += 1
    return count


def rule_seeds(out, repo, lines_per_seed=4):
    """Rule lines from the built-in rule files and from docs/rules.md."""
    rules = []
    for path in sorted((repo / "dictionaries" / "rules").glob("*.jsonl")):
        rules += [l for l in path.read_text(encoding="utf-8").splitlines()
                  if l.startswith("{")]
    doc = repo / "docs" / "rules.md"
    if doc.is_file():
        rules += [l for l in doc.read_text(encoding="utf-8").splitlines()
                  if l.startswith("{")]
    for start in range(0, len(rules), lines_per_seed):
        chunk = rules[start:start + lines_per_seed]
        write(out, "rule_file_fuzzer", ("\n".join(chunk) + "\n").encode())
    return len(rules)


def snapshot_seeds(out, count=48):
    """Inputs for snapshot_fuzzer. Its last byte picks the mode (odd: edit a
    valid snapshot; bit 1: rewrite the checksum after); the bytes before it
    are the file (even) or the edits. Deterministic pseudo-random bytes."""
    state = 12345
    for i in range(count):
        data = bytearray()
        for _ in range(8 + (i * 37) % 120):
            state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            data.append(state >> 56)
        if i % 4 == 0:
            data[:0] = b"CHIPDICT"
        data.append(i % 4)
        write(out, "snapshot_fuzzer", bytes(data))
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=pathlib.Path)
    here = pathlib.Path(__file__).resolve().parent
    parser.add_argument("--shared", type=pathlib.Path,
                        default=here.parents[2] / "shared")
    parser.add_argument("--dictionaries", type=pathlib.Path,
                        default=here.parents[1] / "dictionaries")
    parser.add_argument("--max-bytes", type=int, default=1024)
    args = parser.parse_args()

    args.out.mkdir(parents=True, exist_ok=True)
    records = 0
    if (args.shared / "corpus").is_dir():
        records = corpus_seeds(args.out, args.shared, args.max_bytes)
    else:
        print(f"make_seeds: {args.shared}/corpus not found: no corpus seeds",
              file=sys.stderr)
    tables = 0
    if args.dictionaries.is_dir():
        tables = dictionary_seeds(args.out, args.dictionaries)
    rules = rule_seeds(args.out, args.dictionaries.parent)
    snapshot_seeds(args.out)
    print(f"make_seeds: {records} corpus records, {tables} dictionary slices, "
          f"{rules} rules -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
