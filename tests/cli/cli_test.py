"""Behaviour of the chipner command line, run as a user runs it.

CHIPNER names the binary under test. Each test checks what a pipeline relies
on: one output line per input line, in order, valid JSON, and exit codes.
"""
import json
import os
import subprocess
import tempfile
import unittest

CHIPNER = os.environ.get("CHIPNER", "chipner")


def run(args, data=b"", check=True):
    result = subprocess.run([CHIPNER, *args], input=data, capture_output=True, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr.decode(errors='replace')}")
    return result


def lines(result):
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


class Modes(unittest.TestCase):
    def test_one_object_per_line(self):
        out = lines(run([], "Huawei and TSMC\n\nno entities here\n".encode()))
        self.assertEqual(len(out), 3)
        self.assertEqual(out[0]["text"], "Huawei and TSMC")
        self.assertEqual([e["text"] for e in out[0]["entities"]], ["Huawei", "TSMC"])
        self.assertEqual(out[1], {"text": "", "entities": []})

    def test_final_line_without_newline_and_crlf(self):
        out = lines(run([], b"Huawei\r\nTSMC"))
        self.assertEqual([o["text"] for o in out], ["Huawei", "TSMC"])

    def test_doc_mode_is_one_object(self):
        result = run(["--doc"], "Huawei\nTSMC\n".encode())
        out = lines(result)
        self.assertEqual(len(out), 1)
        self.assertEqual([e["start"] for e in out[0]["entities"]], [0, 7])

    def test_empty_input_gives_no_output(self):
        self.assertEqual(run([], b"").stdout, b"")

    def test_files_are_read_in_order(self):
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
            open(a, "w").write("Huawei\n")
            open(b, "w").write("TSMC\n")
            out = lines(run([a, "-", b], b"SMIC\n"))
        self.assertEqual([o["text"] for o in out], ["Huawei", "SMIC", "TSMC"])

    def test_missing_input_file_is_reported(self):
        result = run(["/nonexistent/x.txt"], check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"/nonexistent/x.txt", result.stderr)


class Jsonl(unittest.TestCase):
    def test_object_kept_byte_for_byte(self):
        line = b'{"id": 7, "text": "Huawei \\u0026 TSMC", "x": [1.50]}'
        out = run(["--jsonl"], line + b"\n").stdout
        self.assertTrue(out.startswith(line[:-1] + b',"entities":['), out)
        obj = json.loads(out)
        self.assertEqual(obj["x"], [1.5])
        self.assertEqual([e["text"] for e in obj["entities"]], ["Huawei", "TSMC"])

    def test_bad_lines_get_error_objects_in_place(self):
        data = b'{"text": "Huawei"}\nnot json\n[1]\n{"body": "x"}\n{"text": 3}\n{"text": "TSMC"}\n'
        out = lines(run(["--jsonl"], data))
        self.assertEqual(len(out), 6)
        self.assertIn("entities", out[0])
        for i in range(1, 5):
            self.assertIn("error", out[i])
            self.assertEqual(out[i]["line"], i + 1)
        self.assertEqual(out[5]["entities"][0]["text"], "TSMC")

    def test_strict_exits_1_at_a_bad_record(self):
        result = run(["--jsonl", "--strict"], b'{"text": "a"}\nnope\n{"text": "b"}\n', check=False)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(len(result.stdout.splitlines()), 1)
        self.assertIn(b"line 2", result.stderr)

    def test_field_option(self):
        out = lines(run(["--jsonl", "--field", "body"], b'{"body": "TSMC"}\n'))
        self.assertEqual(out[0]["entities"][0]["text"], "TSMC")


class Options(unittest.TestCase):
    def test_offsets_codepoints_and_utf16(self):
        text = "Я😀 Huawei\n".encode()
        by = lines(run([], text))[0]["entities"][0]
        cp = lines(run(["--offsets", "codepoints"], text))[0]["entities"][0]
        u16 = lines(run(["--offsets", "utf16"], text))[0]["entities"][0]
        self.assertEqual((by["start"], cp["start"], u16["start"]), (7, 3, 4))

    def test_types_filter(self):
        out = lines(run(["--types", "PROCESS_NODE"], "Huawei 7-нм\n".encode()))
        self.assertEqual([e["type"] for e in out[0]["entities"]], ["PROCESS_NODE"])

    def test_user_dictionary_and_no_default(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "labs.tsv")
            open(path, "w").write("type\tid\tcanonical\taliases\nLAB\tbell-labs\tBell Labs\tBell Labs\n")
            out = lines(run(["--dict", path, "--no-default-dict"], b"Bell Labs and Huawei\n"))
        self.assertEqual(out[0]["entities"],
                         [{"type": "LAB", "start": 0, "end": 9, "text": "Bell Labs",
                           "id": "bell-labs", "canonical": "Bell Labs"}])

    def test_types_names_custom_labels_too(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "labs.tsv")
            with open(path, "w") as f:
                f.write("type\tid\tcanonical\taliases\n"
                        "LAB\tbell-labs\tBell Labs\tBell Labs\n"
                        "FAB\tfab-18\tFab 18\tFab 18\n")
            text = b"Bell Labs, Fab 18 and Huawei\n"
            only_lab = lines(run(["--dict", path, "--types", "LAB"], text))[0]["entities"]
            lab_and_company = lines(run(["--dict", path, "--types", "LAB,COMPANY"], text))[0]
        self.assertEqual([e["text"] for e in only_lab], ["Bell Labs"])
        self.assertEqual([e["type"] for e in lab_and_company["entities"]], ["LAB", "COMPANY"])

    def test_broken_dictionary_names_file_and_line(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "bad.tsv")
            open(path, "w").write("type\tid\tcanonical\taliases\nCOMPANY\tBad Id\tX\tX\n")
            result = run(["--dict", path], b"x\n", check=False)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:2:".encode(), result.stderr)

    def test_bad_usage_exits_2_with_one_line(self):
        for args in (["--offsets", "miles"], ["--types", "person"], ["--no-such-flag"],
                     ["--doc", "--jsonl"]):
            result = run(args, check=False)
            self.assertEqual(result.returncode, 2, args)
            self.assertEqual(len(result.stderr.strip().splitlines()), 1, result.stderr)

    def test_help_and_version(self):
        self.assertIn(b"Examples:", run(["--help"]).stdout)
        self.assertTrue(run(["--version"]).stdout.startswith(b"chipner "))


class Threads(unittest.TestCase):
    def test_output_is_identical_for_any_thread_count(self):
        data = "".join(f'{{"id": {i}, "text": "Huawei #{i} paid $1.{i} billion to TSMC"}}\n'
                       for i in range(20000)).encode() + b"broken\n"
        outputs = [run(["--jsonl", "--threads", str(t)], data).stdout for t in (1, 2, 3, 8)]
        self.assertEqual(len(outputs[0].splitlines()), 20001)
        for out in outputs[1:]:
            self.assertEqual(out, outputs[0])

    def test_strict_stops_at_the_first_bad_record_with_threads(self):
        data = b'{"text": "a"}\n' * 9000 + b"bad\n" + b'{"text": "b"}\n' * 9000
        result = run(["--jsonl", "--strict", "--threads", "4"], data, check=False)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(len(result.stdout.splitlines()), 9000)
        self.assertIn(b"line 9001", result.stderr)


class LongLines(unittest.TestCase):
    def test_plain_long_line_is_streamed_whole(self):
        sentence = "Huawei and TSMC. "
        line = ("x " * 600_000 + sentence * 100_000)
        out = lines(run([], (line + "\nSMIC\n").encode()))
        self.assertEqual(len(out), 2)
        self.assertEqual(out[0]["text"], line)
        self.assertEqual(len(out[0]["entities"]), 200_000)
        last = out[0]["entities"][-1]
        self.assertEqual(line[last["start"]:last["end"]], "TSMC")
        self.assertEqual(out[1]["entities"][0]["text"], "SMIC")

    def test_long_line_offsets_in_code_points(self):
        line = "Я " * 700_000 + "Huawei"
        out = lines(run(["--offsets", "codepoints"], line.encode()))
        e = out[0]["entities"][0]
        self.assertEqual(line[e["start"]:e["end"]], "Huawei")

    def test_jsonl_record_over_the_limit_is_an_error_line(self):
        big = b'{"text": "' + b"x" * 5000 + b'"}\n'
        data = b'{"text": "Huawei"}\n' + big + b'{"text": "TSMC"}\n'
        out = lines(run(["--jsonl", "--max-line-bytes", "4096"], data))
        self.assertEqual(len(out), 3)
        self.assertIn("longer than --max-line-bytes", out[1]["error"])
        self.assertEqual(out[1]["line"], 2)
        self.assertEqual(out[2]["entities"][0]["text"], "TSMC")


class BadInput(unittest.TestCase):
    def test_invalid_utf8_and_nul_bytes_keep_one_line_each(self):
        data = b"Huawei\xff\xfe TSMC\n\x00\x00SMIC\n\xed\xa0\x80 lone surrogate\n\xef\xbb\xbfHuawei\n"
        out = lines(run([], data))
        self.assertEqual(len(out), 4)
        self.assertEqual(out[0]["entities"][1]["start"], 9)
        self.assertEqual(out[1]["entities"][0]["text"], "SMIC")

    def test_long_line(self):
        data = ("x " * 2_000_000 + "Huawei\n").encode()
        out = lines(run([], data))
        self.assertEqual(out[0]["entities"][-1]["text"], "Huawei")


if __name__ == "__main__":
    unittest.main()
