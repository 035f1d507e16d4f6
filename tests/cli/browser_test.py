#!/usr/bin/env python3
"""Renders chipner's HTML view in headless Chromium and checks the page.

  - the DOM after the page's script ran has one element with a data-type
    attribute per entity of the JSON output, with the same types and texts;
  - the script filled in the legend's per-type counts and the total;
  - a screenshot renders (a PNG of reasonable size).

Input: the corpora in $CHIPNER_SHARED_DIR/corpus (default <source>/../shared)
through --jsonl when present, else a built-in Russian/English/Chinese sample.
Exit 77 (CTest's skip) when Chromium is absent: scripts/install-deps.sh
installs Debian's `chromium`.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

SAMPLE = "\n".join([
    "Huawei Ascend 910C on SMIC N+2 (7 nm), $1.5 billion",
    "Яндекс вложит 1,5 млрд рублей; <script>alert('x')</script> & TSMC N3E",
    "华为 和 中芯国际 7nm",
]).encode() + b"\n"


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_args(chromium, profile):
    # No network, no first-run UI, no background services: the page is
    # self-contained and the test must not depend on anything else.
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-extensions",
            "--hide-scrollbars", f"--user-data-dir={profile}"]


class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.total, self.legend_counts = [], None, {}
        self._stack = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._stack.append((tag, attrs))
        if "data-type" in attrs:
            self.marks.append([attrs["data-type"], ""])

    def handle_endtag(self, tag):
        while self._stack and self._stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        open_tags = [t for t, _ in self._stack]
        if "mark" in open_tags:
            self.marks[-1][1] += data
        tag, attrs = self._stack[-1] if self._stack else (None, {})
        if attrs.get("id") == "total":
            self.total = data
        if tag == "small" and len(self._stack) > 1 and "data-legend" in self._stack[-2][1]:
            self.legend_counts[self._stack[-2][1]["data-legend"]] = int(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chipner", required=True)
    ap.add_argument("--shared", required=True)
    args = ap.parse_args()

    chromium = find_chromium()
    if chromium is None:
        print("SKIP: Chromium not found (scripts/install-deps.sh installs Debian's chromium)")
        return 77

    corpora = sorted(glob.glob(os.path.join(args.shared, "corpus", "*.jsonl")))
    if corpora:
        data = b"".join(open(p, "rb").read() for p in corpora)
        mode = ["--jsonl"]
    else:
        print("note: no corpus, rendering the built-in sample")
        data, mode = SAMPLE, []

    def chipner(*extra):
        return subprocess.run([args.chipner, *mode, *extra], input=data,
                              capture_output=True, check=True, timeout=300).stdout

    records = [json.loads(line) for line in chipner().decode().splitlines()]
    entities = [(e["type"], e["text"]) for r in records for e in r["entities"]]
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "view.html")
        with open(page, "wb") as f:
            f.write(chipner("--format", "html"))
        base = chromium_args(chromium, os.path.join(tmp, "profile"))
        dom = subprocess.run(base + ["--dump-dom", "file://" + page],
                             capture_output=True, timeout=180)
        if dom.returncode != 0 or not dom.stdout:
            print(dom.stderr.decode(errors="replace"))
            return 1
        parsed = Dom()
        parsed.feed(dom.stdout.decode())
        failures = []
        if [tuple(m) for m in parsed.marks] != entities:
            failures.append(f"DOM has {len(parsed.marks)} marks, JSON {len(entities)} entities")
        expected_total = f"{len(records)} documents, {len(entities)} entities"
        if parsed.total != expected_total:
            failures.append(f"total {parsed.total!r}, expected {expected_total!r}")
        counts = {}
        for kind, _ in entities:
            counts[kind] = counts.get(kind, 0) + 1
        if parsed.legend_counts != counts:
            failures.append(f"legend {parsed.legend_counts}, expected {counts}")

        shot = os.path.join(tmp, "view.png")
        subprocess.run(base + [f"--screenshot={shot}", "--window-size=1200,1600",
                               "file://" + page], capture_output=True, timeout=180)
        if not os.path.exists(shot):
            failures.append("no screenshot")
        else:
            with open(shot, "rb") as f:
                png = f.read()
            if not png.startswith(b"\x89PNG") or len(png) < 20_000:
                failures.append(f"screenshot is not a rendered page ({len(png)} bytes)")
    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print(f"ok: {len(records)} documents, {len(entities)} entities rendered by {chromium}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
