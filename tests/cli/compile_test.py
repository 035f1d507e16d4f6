"""`chipner compile` and `chipner --dict FILE.chipdict`, run as a user runs them.

A compiled dictionary must give byte for byte the output of the TSV files it
was compiled from: on the shared corpora (../shared/corpus/*.jsonl, read in
place, skipped where absent), with and without a user dictionary, with and
without the built-in ones. Damaged files and forbidden combinations exit 1
with the error code and the file name.

CHIPNER names the binary; CHIPNER_SOURCE_DIR the repository (for
bench/make_dictionary.py); CHIPNER_SHARED_DIR the shared folder.
"""
import glob
import os
import subprocess
import sys
import tempfile
import unittest

CHIPNER = os.environ.get("CHIPNER", "chipner")
SOURCE_DIR = os.environ.get("CHIPNER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("CHIPNER_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))

USER_TSV = (
    "type\tid\tcanonical\tvendor\tfamily\taliases\n"
    "CHIP\tacme-x1\tX1\thuawei\tX\tAcme X1\n"
    "LAB\tnorth-lab\tNorth Lab\t\t\tNorth Lab|Северная лаборатория\n"
)

TEXT = ("Huawei Ascend 910C и Acme X1 на SMIC N+2 (7 нм), $1.5 billion; Яндекса; "
        "North Lab и Северной лаборатории; Kirin 9100; компания «Вектор-Микро».\n")


def run(args, data=b"", check=True):
    result = subprocess.run([CHIPNER, *args], input=data, capture_output=True, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"chipner {' '.join(args)}: exit {result.returncode}: "
                             f"{result.stderr.decode(errors='replace')}")
    return result


class Compile(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.user = self.path("user.tsv")
        with open(self.user, "w", encoding="utf-8") as f:
            f.write(USER_TSV)
        # Without the built-in dictionaries there is no vendor "huawei".
        self.labs = self.path("labs.tsv")
        with open(self.labs, "w", encoding="utf-8") as f:
            f.write("type\tid\tcanonical\taliases\n"
                    "LAB\tnorth-lab\tNorth Lab\tNorth Lab|Северная лаборатория\n")

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def compile(self, *args):
        out = self.path("out.chipdict")
        result = run(["compile", *args, "-o", out])
        self.assertIn(b"compiled", result.stderr)
        self.assertTrue(os.path.getsize(out) > 0)
        return out

    def test_same_output_as_the_tsv_files(self):
        cases = [
            ([], []),
            (["--dict", self.user], ["--dict", self.user]),
            (["--no-default-dict", "--dict", self.labs], ["--no-default-dict", "--dict", self.labs]),
        ]
        for compile_args, tsv_args in cases:
            with self.subTest(compile_args=compile_args):
                snapshot = self.compile(*compile_args)
                for extra in ([], ["--explain", "--all-candidates"]):
                    expected = run([*tsv_args, *extra], TEXT.encode()).stdout
                    self.assertEqual(run(["--dict", snapshot, *extra], TEXT.encode()).stdout, expected)
                self.assertIn(b'"north-lab"' if compile_args else b'"huawei"', expected)

    def test_rules_load_next_to_it(self):
        rules = self.path("labs.jsonl")
        with open(rules, "w", encoding="utf-8") as f:
            f.write('{"label": "LAB", "pattern": "Северной лаборатории"}\n')
        snapshot = self.compile()
        out = run(["--dict", snapshot, "--rules", rules], TEXT.encode()).stdout
        self.assertEqual(out, run(["--rules", rules], TEXT.encode()).stdout)
        self.assertIn('"LAB"'.encode(), out)

    def test_generated_dictionary(self):
        tsv = self.path("synthetic.tsv")
        with open(tsv, "wb") as f:
            subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "bench", "make_dictionary.py"),
                            "--aliases", "20000"], stdout=f, check=True)
        with open(tsv, encoding="utf-8") as f:
            names = [line.split("\t")[3].strip() for line in list(f)[1:2001:50]]
        text = ("; ".join(names) + ", Huawei\n").encode()
        snapshot = self.compile("--dict", tsv)
        out = run(["--dict", snapshot, "--explain"], text).stdout
        self.assertEqual(out, run(["--dict", tsv, "--explain"], text).stdout)
        self.assertEqual(out.count(b'"SYNTH"'), len(names))

    def test_shared_corpora(self):
        corpora = sorted(glob.glob(os.path.join(SHARED_DIR, "corpus", "*.jsonl")))
        if not corpora:
            self.skipTest(f"no corpus under {SHARED_DIR}")
        snapshot = self.compile("--dict", self.user)
        for corpus in corpora:
            with self.subTest(corpus=os.path.basename(corpus)):
                with open(corpus, "rb") as f:
                    data = f.read()
                args = ["--jsonl", "--explain"]
                expected = run([*args, "--dict", self.user], data).stdout
                self.assertGreater(expected.count(b'"type"'), 10)
                self.assertEqual(run([*args, "--dict", snapshot], data).stdout, expected)


class Errors(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.snapshot = os.path.join(self.dir.name, "d.chipdict")
        run(["compile", "-o", self.snapshot])

    def tearDown(self):
        self.dir.cleanup()

    def expect_error(self, args, code, name, data=b""):
        result = run(args, data, check=False)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"[E{code}]".encode(), result.stderr)
        self.assertIn(name.encode(), result.stderr)
        self.assertEqual(result.stdout, b"")

    def test_output_is_required(self):
        result = run(["compile"], check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"chipner compile --help", result.stderr)

    def test_bad_tsv_names_file_and_line(self):
        bad = os.path.join(self.dir.name, "bad.tsv")
        with open(bad, "w") as f:
            f.write("type\tid\tcanonical\taliases\nCOMPANY\tBAD ID\tx\tx\n")
        out = os.path.join(self.dir.name, "bad.chipdict")
        self.expect_error(["compile", "--dict", bad, "-o", out], 7, bad + ":2:")
        self.assertFalse(os.path.exists(out))

    def test_tsv_next_to_a_compiled_dictionary(self):
        tsv = os.path.join(self.dir.name, "user.tsv")
        with open(tsv, "w") as f:
            f.write(USER_TSV)
        self.expect_error(["--dict", self.snapshot, "--dict", tsv], 24, tsv)

    def test_damaged_files(self):
        with open(self.snapshot, "rb") as f:
            good = f.read()
        damaged = os.path.join(self.dir.name, "damaged.chipdict")
        for what, data in [("truncated", good[: len(good) // 2]),
                           ("header only", good[:100]),
                           ("flipped", good[:5000] + bytes([good[5000] ^ 1]) + good[5001:]),
                           ("not one", b"type\tid\tcanonical\taliases\n")]:
            with self.subTest(what):
                with open(damaged, "wb") as f:
                    f.write(data)
                self.expect_error(["--dict", damaged], 22, damaged, b"Huawei\n")

    def test_missing_file(self):
        self.expect_error(["--dict", os.path.join(self.dir.name, "none.chipdict")], 1, "none.chipdict")


if __name__ == "__main__":
    unittest.main()
