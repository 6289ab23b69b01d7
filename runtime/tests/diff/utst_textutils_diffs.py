# A small text-utilities module with its own test-suite; several tests fail on
# purpose so that the assertion diffs (strings, lists, dicts, tuples, sets) show.
import io
import re
import sys
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


def wrap_words(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        lines.append(cur)
    return lines


def word_freq(text):
    freq = {}
    for w in re.findall(r"[a-z']+", text.lower()):
        freq[w] = freq.get(w, 0) + 1
    return freq


def title_case(s):
    small = {"a", "an", "the", "of", "and", "in"}
    out = []
    for i, w in enumerate(s.split()):
        out.append(w if (i and w in small) else w.capitalize())
    return " ".join(out)


POEM = ("the quick brown fox jumps over the lazy dog and then the dog "
        "wakes up and chases the fox around the old farm yard")


class WrapTests(unittest.TestCase):
    maxDiff = None

    def test_wrap_ok(self):
        self.assertEqual(wrap_words("aa bb cc dd", 5), ["aa bb", "cc dd"])

    def test_wrap_lines_mismatch(self):
        expected = ["the quick brown fox", "jumps over the lazy dog",
                    "and then the dog wakes", "up and chases the fox",
                    "around the old farm yard"]
        self.assertEqual(wrap_words(POEM, 22), expected)

    def test_joined_multiline(self):
        got = "\n".join(wrap_words(POEM, 30)) + "\n"
        want = ("the quick brown fox jumps over\n"
                "the lazy dog and then the dog\n"
                "wakes up and chases the fox\n"
                "around the old farm yard\n")
        self.assertMultiLineEqual(got, want)

    def test_long_single_line(self):
        self.assertEqual(" ".join(wrap_words(POEM, 10)), POEM.replace("fox", "cat"))


class FreqTests(unittest.TestCase):
    def test_freq_dict(self):
        got = word_freq("The cat and the hat. The END and the start")
        self.assertEqual(got, {"the": 4, "cat": 1, "and": 2, "hat": 1,
                               "end": 1, "start": 2})

    def test_freq_items_tuple(self):
        got = tuple(sorted(word_freq("b a b c").items()))
        self.assertTupleEqual(got, (("a", 1), ("b", 2), ("c", 2)))

    def test_freq_keys_set(self):
        self.assertSetEqual(set(word_freq("x y z")), {"x", "y", "w"})

    def test_count_equal(self):
        self.assertCountEqual(list("hello"), list("olleh!"))

    def test_short_diff_truncated(self):
        self.maxDiff = 80
        self.assertEqual(list(range(30)), list(range(1, 31)))


class TitleTests(unittest.TestCase):
    def test_title(self):
        self.assertEqual(title_case("the lord of the rings"), "The Lord of the Rings")

    def test_title_wrong(self):
        self.assertEqual(title_case("war and peace"), "War And Peace",
                         msg="conjunctions stay lower case")

    def test_title_long_msg(self):
        self.longMessage = False
        self.assertEqual(title_case("a tale"), "A tale", "custom only")

    def test_in(self):
        self.assertIn("Hobbit", title_case("the hobbit or there and back"))
        self.assertNotIn("zzz", ["a", "zzz"])


if __name__ == "__main__":
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for case in (WrapTests, FreqTests, TitleTests):
        suite.addTests(loader.loadTestsFromTestCase(case))
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(clean(buf.getvalue()))
    print("run", result.testsRun, "failures", len(result.failures),
          "errors", len(result.errors), "ok", result.wasSuccessful())
    for test, tb in result.failures:
        print("FAILED:", test.id(), "|", tb.strip().splitlines()[-1][:70])
