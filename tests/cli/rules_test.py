"""Rule files, gazetteers, custom labels, --explain and --all-candidates
through the chipner CLI (issue #5). Run by CTest with CHIPNER set."""

import json
import os
import subprocess
import tempfile
import unittest

CHIPNER = os.environ.get("CHIPNER", "chipner")


def run(args, text):
    result = subprocess.run([CHIPNER, *args], input=text.encode(),
                            capture_output=True, check=False)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


class RulesCli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_custom_labels_from_rule_file(self):
        rules = self.write("labs.jsonl", "\n".join([
            json.dumps({"label": "LAB", "pattern": "Zhejiang Lab",
                        "id": "zhejiang-lab"}),
            json.dumps({"label": "AI_MODEL", "pattern": [
                {"LOWER": "deepseek"}, {"ORTH": "-"},
                {"TEXT": {"REGEX": "^[VR]\\d$"}}]}),
        ]) + "\n")
        code, out, err = run(["--rules", rules, "--explain"],
                             "Zhejiang Lab trained DeepSeek-V3 on Huawei chips\n")
        self.assertEqual(code, 0, err)
        entities = json.loads(out)["entities"]
        by_text = {e["text"]: e for e in entities}
        self.assertEqual(by_text["Zhejiang Lab"]["type"], "LAB")
        self.assertEqual(by_text["Zhejiang Lab"]["rule"], rules + ":1")
        self.assertEqual(by_text["DeepSeek-V3"]["type"], "AI_MODEL")
        self.assertEqual(by_text["DeepSeek-V3"]["rule"], rules + ":2")
        self.assertTrue(by_text["Huawei"]["source"].startswith(
            "<embedded>/companies.tsv:"))

    def test_gazetteers(self):
        mapping = self.write("fabs.txt", "Fab 18\tFAB_SITE\n")
        self.write("labs.lst", "Zhejiang Lab&id=zhejiang-lab\n")
        index = self.write("lists.def", "labs.lst:lab\n")
        code, out, err = run(["--gazetteer", mapping, "--gazetteer", index],
                             "TSMC Fab 18 and Zhejiang Lab\n")
        self.assertEqual(code, 0, err)
        labels = {e["text"]: e["type"] for e in json.loads(out)["entities"]}
        self.assertEqual(labels["Fab 18"], "FAB_SITE")
        self.assertEqual(labels["Zhejiang Lab"], "LAB")

    def test_bad_rule_file_names_file_and_line(self):
        rules = self.write("bad.jsonl",
                           '{"label": "X", "pattern": "a"}\n'
                           '{"label": "X", "pattern": [{"LEMMA": "be"}]}\n')
        code, _, err = run(["--rules", rules], "x\n")
        self.assertEqual(code, 1)
        self.assertIn(rules + ":2:", err)
        self.assertIn("LEMMA", err)
        self.assertIn("[E18]", err)

    def test_all_candidates(self):
        code, out, err = run(["--all-candidates"], "Alibaba Cloud\n")
        self.assertEqual(code, 0, err)
        entities = json.loads(out)["entities"]
        self.assertEqual(entities[0]["text"], "Alibaba Cloud")
        self.assertNotIn("discarded", entities[0])
        self.assertEqual(entities[1]["text"], "Alibaba")
        self.assertTrue(entities[1]["discarded"])
        code, out, _ = run([], "Alibaba Cloud\n")
        self.assertEqual(len(json.loads(out)["entities"]), 1)


if __name__ == "__main__":
    unittest.main()
