# An API-response normaliser whose tests compare big nested records; the
# failures exercise pprint-based diffs, maxDiff truncation, unhashable
# assertCountEqual and sequence diffs of records.
import io
import re
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


def normalise(user):
    out = {
        "id": int(user["id"]),
        "name": user["name"].strip().title(),
        "email": user.get("email", "").lower() or None,
        "tags": sorted(set(user.get("tags", []))),
        "address": {k: v.strip() for k, v in user.get("address", {}).items()},
        "scores": [round(s, 1) for s in user.get("scores", [])],
    }
    if "nickname" in user:
        out["nickname"] = user["nickname"]
    return out


RAW = [
    {"id": "7", "name": "  ada lovelace ", "email": "ADA@Example.com",
     "tags": ["math", "poet", "math"], "address": {"city": " London ", "zip": "N1 "},
     "scores": [9.87, 8.01, 10]},
    {"id": "12", "name": "alan turing", "tags": ["cs", "math", "running"],
     "address": {"city": "Wilmslow", "street": " Adlington Rd"}, "scores": [],
     "nickname": "prof"},
    {"id": "3", "name": "grace hopper", "email": "", "scores": [7.25, 7.35, 7.45]},
]


class NormaliseTests(unittest.TestCase):
    maxDiff = None

    def test_first_record(self):
        self.assertEqual(normalise(RAW[0]), {
            "id": 7, "name": "Ada Lovelace", "email": "ada@example.com",
            "tags": ["math", "poetry"], "address": {"city": "London", "zip": "N1"},
            "scores": [9.9, 8.0, 10.0]})

    def test_second_record(self):
        self.assertDictEqual(normalise(RAW[1]), {
            "id": 12, "name": "Alan Turing", "email": None,
            "tags": ["cs", "math", "running"],
            "address": {"city": "Wilmslow", "street": "Adlington Road"},
            "scores": []})

    def test_all_records_list(self):
        got = [normalise(r) for r in RAW]
        want = [dict(g) for g in got]
        want[2] = dict(want[2], scores=[7.2, 7.4, 7.4], name="Grace B. Hopper")
        self.assertListEqual(got, want)

    def test_truncated_diff(self):
        self.maxDiff = 200
        got = [normalise(r) for r in RAW]
        self.assertEqual(got, list(reversed(got)))

    def test_no_diff_at_all(self):
        self.maxDiff = 0
        self.assertEqual(normalise(RAW[2]), {"id": 3})

    def test_count_equal_unhashable(self):
        got = [normalise(r)["tags"] for r in RAW]
        self.assertCountEqual(got, [[], ["cs", "math", "running"], ["math", "poet"], ["x"]])

    def test_count_equal_mixed(self):
        self.assertCountEqual([1, "1", 1.0, (1,)], ["1", (1,), 2, 1, 1])

    def test_tuple_of_ids(self):
        ids = tuple(normalise(r)["id"] for r in RAW)
        self.assertTupleEqual(ids, (7, 12, 3, 4))

    def test_long_multiline_string(self):
        lines = [f"{normalise(r)['id']:>4} {normalise(r)['name']}" for r in RAW]
        report = "\n".join(lines * 3)
        expected = report.replace("Turing", "Turning").replace("   3", "  03")
        self.assertEqual(report, expected)

    def test_set_difference(self):
        tags = set().union(*(normalise(r)["tags"] for r in RAW))
        self.assertEqual(tags, {"math", "cs", "poet", "chess"})

    def test_frozenset_difference(self):
        self.assertSetEqual(frozenset([1, 2]), {2, 3})

    def test_bytes(self):
        self.assertEqual(b"ada lovelace" * 4, b"ada lovelace" * 3 + b"ada lovelacE")

    def test_seq_type_mismatch(self):
        self.assertSequenceEqual("abc", ["a", "b", "c"], seq_type=str)

    def test_seq_len_diff(self):
        self.assertSequenceEqual(range(5), [0, 1, 2])


if __name__ == "__main__":
    suite = unittest.TestLoader().loadTestsFromTestCase(NormaliseTests)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(clean(buf.getvalue()))
