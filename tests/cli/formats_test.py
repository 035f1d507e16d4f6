"""The output formats of the chipner command line: --format html|spacy|conll,
the JSON Schema of the default output, --progress and --help.

CHIPNER names the binary under test, CHIPNER_SOURCE_DIR the source tree (for
docs/output.schema.json). The corpus round trips read
$CHIPNER_SHARED_DIR/corpus/*.jsonl (default: <source>/../shared) at test
time and are skipped when it is absent; no corpus text is copied here.
"""
import glob
import json
import os
import re
import subprocess
import tempfile
import unittest
from html.parser import HTMLParser

import schema_subset

CHIPNER = os.environ.get("CHIPNER", "chipner")
SOURCE_DIR = os.environ.get(
    "CHIPNER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("CHIPNER_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))
CORPORA = sorted(glob.glob(os.path.join(SHARED_DIR, "corpus", "*.jsonl")))

SAMPLE = "\n".join([
    "Huawei Ascend 910C on SMIC N+2 (7 nm), $1.5 billion",
    "Яндекс вложит 1,5 млрд рублей; <script>alert('x')</script> & TSMC N3E",
    "华为 和 中芯国际 7nm",
    "",
    "no entities here",
]).encode() + b"\n"


def run(args, data=b"", check=True):
    result = subprocess.run([CHIPNER, *args], input=data, capture_output=True, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr.decode(errors='replace')}")
    return result


def json_lines(data):
    return [json.loads(line) for line in data.decode().splitlines()]


def byte_to_codepoint(text, offset):
    return len(text.encode()[:offset].decode())


def conll_documents(data):
    """Splits CoNLL output into documents: each ends at a blank line."""
    documents, current = [], []
    for line in data.decode().split("\n")[:-1]:
        if line == "":
            documents.append(current)
            current = []
        else:
            current.append(line)
    assert current == [], "output does not end with a blank line"
    return documents


def conll_spans(text, lines):
    """(start, end, label) byte spans rebuilt from token lines, by finding
    each token in the text after the previous one (docs/cli.md)."""
    raw, cursor, spans = text.encode(), 0, []
    for line in lines:
        if line.startswith("# "):
            continue
        token, tag = line.split("\t")
        start = raw.index(token.encode(), cursor)
        cursor = start + len(token.encode())
        if tag.startswith("B-"):
            spans.append([start, cursor, tag[2:]])
        elif tag.startswith("I-"):
            assert spans and spans[-1][2] == tag[2:], line
            spans[-1][1] = cursor
        else:
            assert tag == "O", line
    return [tuple(s) for s in spans]


class MarkCounter(HTMLParser):
    """Counts elements with a data-type attribute and collects their text."""

    def __init__(self):
        super().__init__()
        self.marks, self.sections, self.scripts = [], 0, 0
        self._in_mark = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-type" in attrs:
            self.marks.append([attrs["data-type"], "", attrs.get("title", "")])
            self._in_mark = True
        self.sections += tag == "section"
        self.scripts += tag == "script"

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1][1] += data


def parse_html(data):
    counter = MarkCounter()
    counter.feed(data.decode())
    counter.close()
    return counter


class Spacy(unittest.TestCase):
    def test_same_entities_as_json_in_code_points(self):
        docs = json_lines(run([], SAMPLE).stdout)
        spacy = json_lines(run(["--format", "spacy"], SAMPLE).stdout)
        self.assertEqual(len(spacy), len(docs))
        for doc, sp in zip(docs, spacy):
            self.assertEqual(set(sp), {"text", "ents"})
            self.assertEqual(sp["text"], doc["text"])
            expected = [(byte_to_codepoint(doc["text"], e["start"]),
                         byte_to_codepoint(doc["text"], e["end"]), e["type"])
                        for e in doc["entities"]]
            self.assertEqual([(e["start"], e["end"], e["label"]) for e in sp["ents"]], expected)
            for e in sp["ents"]:
                self.assertTrue(sp["text"][e["start"]:e["end"]].strip())

    def test_jsonl_bad_record_keeps_its_error_line(self):
        out = json_lines(run(["--jsonl", "--format", "spacy"], b'{"text":"TSMC"}\nnot json\n').stdout)
        self.assertEqual(out[0]["ents"][0]["label"], "COMPANY")
        self.assertEqual(out[1]["line"], 2)


class Conll(unittest.TestCase):
    def test_tags_rebuild_the_json_spans(self):
        docs = json_lines(run([], SAMPLE).stdout)
        conll = conll_documents(run(["--format", "conll"], SAMPLE).stdout)
        self.assertEqual(len(conll), len(docs))
        for doc, lines in zip(docs, conll):
            self.assertEqual(conll_spans(doc["text"], lines),
                             [(e["start"], e["end"], e["type"]) for e in doc["entities"]])

    def test_bad_record_is_a_comment_and_a_blank_line(self):
        out = run(["--jsonl", "--format", "conll"], b'{"text":"TSMC"}\n[1]\n{"text":"SMIC"}\n').stdout
        documents = conll_documents(out)
        self.assertEqual(len(documents), 3)
        self.assertTrue(documents[1][0].startswith("# error: line 2: "))


class Html(unittest.TestCase):
    def test_one_mark_per_entity_and_everything_escaped(self):
        docs = json_lines(run([], SAMPLE).stdout)
        page = run(["--format", "html"], SAMPLE).stdout
        self.assertTrue(page.startswith(b"<!DOCTYPE html>"))
        self.assertNotIn(b"<script>alert", page)
        self.assertIn(b"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark", page)
        self.assertNotRegex(page, rb"(src|href)=")  # nothing fetched
        parsed = parse_html(page)
        self.assertEqual(parsed.sections, len(docs))
        self.assertEqual(parsed.scripts, 1)
        entities = [e for d in docs for e in d["entities"]]
        self.assertEqual([(m[0], m[1]) for m in parsed.marks],
                         [(e["type"], e["text"]) for e in entities])
        money = [m for m in parsed.marks if m[0] == "MONEY"]
        self.assertIn("currency: USD", money[0][2])

    def test_jsonl_records_and_errors_are_sections(self):
        data = (b'{"id":"a<1>","text":"Huawei"}\nnot json\n{"text":"TSMC"}\n'
                b'{"id":42,"text":""}\n')
        page = run(["--jsonl", "--format", "html"], data).stdout
        parsed = parse_html(page)
        self.assertEqual(parsed.sections, 4)
        self.assertIn(b"<h2>a&lt;1&gt;</h2>", page)  # the record's id heads it
        self.assertIn(b"<h2>42</h2>", page)
        self.assertEqual([m[1] for m in parsed.marks], ["Huawei", "TSMC"])

    def test_doc_mode_is_one_section(self):
        parsed = parse_html(run(["--doc", "--format", "html"], SAMPLE).stdout)
        self.assertEqual(parsed.sections, 1)

    def test_custom_labels_get_a_colour(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "labs.tsv")
            with open(path, "w") as f:
                f.write("type\tid\tcanonical\taliases\n"
                        "UNIVERSITY\tstanford\tStanford\tStanford\n")
            page = run(["--dict", path, "--format", "html"], b"Stanford and Huawei\n").stdout
        parsed = parse_html(page)
        self.assertIn("UNIVERSITY", [m[0] for m in parsed.marks])
        self.assertRegex(page, rb'data-type="UNIVERSITY" style="background:hsl\(')


class Schema(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.path.join(SOURCE_DIR, "docs", "output.schema.json")) as f:
            cls.schema = json.load(f)
        try:
            import jsonschema
            jsonschema.Draft202012Validator.check_schema(cls.schema)
            cls.validate = staticmethod(lambda value, schema: jsonschema.validate(
                value, schema, cls=jsonschema.Draft202012Validator))
        except ImportError:
            cls.validate = staticmethod(schema_subset.validate)

    def check(self, lines):
        for value in lines:
            self.validate(value, self.schema)
            schema_subset.validate(value, self.schema)  # both agree

    def test_plain_doc_jsonl_and_error_outputs_are_valid(self):
        self.check(json_lines(run([], SAMPLE).stdout))
        self.check(json_lines(run(["--doc", "--offsets", "codepoints"], SAMPLE).stdout))
        records = b'{"id": 1, "text": "$5m and SMIC"}\nnot json\n{"x": 1}\n'
        out = json_lines(run(["--jsonl"], records).stdout)
        self.assertEqual([("entities" in o, "error" in o) for o in out],
                         [(True, False), (False, True), (False, True)])
        self.check(out)

    def test_schema_rejects_what_chipner_never_writes(self):
        bad = [
            {"text": "x", "entities": [{"type": "MONEY", "start": 0, "end": 1, "text": "x"}]},
            {"text": "x", "entities": [{"type": "COMPANY", "start": -1, "end": 1, "text": "x"}]},
            {"text": "x", "entities": {}},
            {"error": "x", "line": 0},
            {"error": "x"},
            {"text": "x", "entities": [{"type": "COMPANY", "start": 0, "end": 1, "text": "x",
                                        "nm": 7}]},
        ]
        for value in bad:
            with self.assertRaises(Exception, msg=value):
                self.validate(value, self.schema)
            with self.assertRaises(schema_subset.ValidationError, msg=value):
                schema_subset.validate(value, self.schema)

    @unittest.skipUnless(CORPORA, "no corpus in " + SHARED_DIR)
    def test_corpus_output_is_valid(self):
        for path in CORPORA:
            with open(path, "rb") as f:
                self.check(json_lines(run(["--jsonl"], f.read()).stdout))


@unittest.skipUnless(CORPORA, "no corpus in " + SHARED_DIR)
class CorpusRoundTrips(unittest.TestCase):
    def test_spacy_and_conll_agree_with_json(self):
        for path in CORPORA:
            with open(path, "rb") as f:
                data = f.read()
            records = json_lines(run(["--jsonl"], data).stdout)
            spacy = json_lines(run(["--jsonl", "--format", "spacy"], data).stdout)
            conll = conll_documents(run(["--jsonl", "--format", "conll"], data).stdout)
            self.assertEqual(len(records), len(spacy), path)
            self.assertEqual(len(records), len(conll), path)
            for record, sp, lines in zip(records, spacy, conll):
                text = record["text"]
                self.assertEqual(sp["text"], text)
                byte_spans = [(e["start"], e["end"], e["type"]) for e in record["entities"]]
                self.assertEqual(
                    {(e["start"], e["end"], e["label"]) for e in sp["ents"]},
                    {(byte_to_codepoint(text, s), byte_to_codepoint(text, e), t)
                     for s, e, t in byte_spans}, record.get("id"))
                self.assertEqual(conll_spans(text, lines), byte_spans, record.get("id"))


class Progress(unittest.TestCase):
    def test_forced_progress_goes_to_stderr_only(self):
        with tempfile.NamedTemporaryFile(suffix=".txt") as f:
            f.write(SAMPLE * 2000)
            f.flush()
            plain = run(["--no-progress", f.name])
            shown = run(["--progress", f.name])
        self.assertEqual(plain.stderr, b"")
        self.assertEqual(shown.stdout, plain.stdout)
        lines = shown.stderr.decode().splitlines()
        self.assertTrue(lines)
        pattern = r"chipner: [\d.]+ [kMG]?B / [\d.]+ [kMG]?B \(\d+%\), \d+ docs"
        for line in lines:
            self.assertRegex(line, pattern)
        self.assertRegex(lines[-1], r"\(100%\), 10000 docs, .*done in \d+:\d\d$")

    def test_off_by_default_when_stderr_is_not_a_terminal(self):
        self.assertEqual(run([], SAMPLE).stderr, b"")

    def test_progress_from_a_pipe_has_no_total(self):
        result = run(["--progress"], SAMPLE)
        self.assertRegex(result.stderr.decode(), r"^chipner: \d+ B, 5 docs")

    def test_progress_and_no_progress_exclude_each_other(self):
        self.assertEqual(run(["--progress", "--no-progress"], check=False).returncode, 2)


class Help(unittest.TestCase):
    OWN_OPTIONS = ["--doc", "--jsonl", "--field", "--format", "--offsets", "--types",
                   "--dict", "--no-default-dict", "--strict", "--threads",
                   "--max-line-bytes", "--progress", "--no-progress"]

    def test_every_option_has_help_with_an_example(self):
        text = run(["--help"]).stdout.decode()
        options, footer = text.split("\nExamples:", 1)
        # Each option's block runs to the next line that starts an option.
        blocks = re.split(r"\n  (?=-)", options.split("\nOptions:", 1)[1])
        described = {re.match(r"[-\w,]+", b.strip()).group(0).split(",")[-1]: b
                     for b in blocks if b.strip()}
        for name, block in described.items():
            if name in ("--help", "--version"):
                continue
            self.assertRegex(block, r"\w+ \w+", f"{name} has no help")
        for name in self.OWN_OPTIONS:
            self.assertIn(name, described)
            self.assertIn("e.g.", described[name], name)
        for fmt in ("html", "spacy", "conll"):
            self.assertIn(f"--format {fmt}", footer)
        self.assertIn("--progress", footer)
        self.assertIn("docs/cli.md", footer)


if __name__ == "__main__":
    unittest.main()
