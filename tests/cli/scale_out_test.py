"""The scale-out recipes of docs/scale-out.md, run for real.

chipner is a stateless line filter, so GNU parallel's --pipe --keep-order
must give exactly the bytes of a single process. Hadoop Streaming and
Spark's RDD.pipe rely on the same property (one output line per input line,
nothing kept between lines); this test checks that property on the shared
corpora when they are there, and on generated text otherwise.
"""
import os
import shutil
import subprocess
import unittest

CHIPNER = os.environ.get("CHIPNER", "chipner")
SHARED = os.path.join(os.environ.get("CHIPNER_SOURCE_DIR", "."), "..", "shared", "corpus")


def corpus_bytes():
    chunks = []
    for name in ("seed.jsonl", "dev_en.jsonl", "dev_ru.jsonl"):
        path = os.path.join(SHARED, name)
        if os.path.exists(path):
            with open(path, "rb") as f:
                chunks.append(f.read())
    data = b"".join(chunks)
    if not data:
        data = "".join(f'{{"text": "Huawei paid ${i} million to TSMC for 7-нм wafers"}}\n'
                       for i in range(2000)).encode()
    return data * 20  # enough lines for many parallel blocks


class GnuParallel(unittest.TestCase):
    @unittest.skipIf(shutil.which("parallel") is None, "GNU parallel is not installed")
    def test_keep_order_output_equals_single_process(self):
        data = corpus_bytes()
        single = subprocess.run([CHIPNER, "--jsonl", "--threads", "1"], input=data,
                                capture_output=True, check=True, timeout=300).stdout
        recipe = ["parallel", "--will-cite", "--pipe", "--keep-order", "--block", "64k", "-j", "4",
                  CHIPNER, "--jsonl", "--threads", "1"]
        split = subprocess.run(recipe, input=data, capture_output=True, check=True,
                               timeout=300).stdout
        self.assertEqual(len(single.splitlines()), len(data.splitlines()))
        self.assertEqual(split, single)


class StatelessLines(unittest.TestCase):
    def test_any_split_of_the_input_gives_the_same_lines(self):
        # What Hadoop Streaming and RDD.pipe do: cut the input anywhere
        # between lines and run one process per piece.
        lines = corpus_bytes().splitlines(keepends=True)[:3000]
        whole = subprocess.run([CHIPNER, "--jsonl"], input=b"".join(lines),
                               capture_output=True, check=True, timeout=300).stdout
        pieces = b""
        for start in range(0, len(lines), 777):
            pieces += subprocess.run([CHIPNER, "--jsonl"], input=b"".join(lines[start:start + 777]),
                                     capture_output=True, check=True, timeout=300).stdout
        self.assertEqual(pieces, whole)


if __name__ == "__main__":
    unittest.main()
