# An exercise grader: student solutions are checked by weighted tests, a
# custom result turns outcomes into points, and unittest.main is driven with
# defaultTest and exit=True (the SystemExit code is caught and shown).
import io
import re
import sys
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


# --- "student" solutions, some of them wrong -------------------------------
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return n            # bug: should be str(n)


def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]


def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


def weight(points):
    def deco(fn):
        fn.points = points
        return fn
    return deco


class Exercises(unittest.TestCase):
    @weight(3)
    def test_fizzbuzz(self):
        expected = ["1", "2", "Fizz", "4", "Buzz", "Fizz", "7"]
        for n, want in enumerate(expected, 1):
            with self.subTest(n=n):
                self.assertEqual(fizzbuzz(n), want)

    @weight(2)
    def test_palindrome(self):
        for s in ("Racecar", "A man, a plan, a canal: Panama", ""):
            with self.subTest(s=s):
                self.assertTrue(is_palindrome(s))
        self.assertFalse(is_palindrome("grader"))

    @weight(2)
    def test_flatten(self):
        self.assertEqual(flatten([1, [2, [3, [4]]], 5]), [1, 2, 3, 4, 5])
        self.assertEqual(flatten((1, (2,))), [1, 2])

    @weight(1)
    def test_bonus_unimplemented(self):
        func = globals().get("rot13")
        if func is None:
            self.skipTest("rot13 not submitted")
        self.assertEqual(func("abc"), "nop")


class GradingResult(unittest.TextTestResult):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.bad_subtests = {}
        self.points = {}

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self.bad_subtests.setdefault(test._testMethodName, []).append(
                dict(subtest.params))

    def stopTest(self, test):
        super().stopTest(test)
        name = test._testMethodName
        method = getattr(test, name)
        full = getattr(method, "points", 0)
        failed = any(t is test for t, _ in self.failures + self.errors)
        skipped = any(t is test for t, _ in self.skipped)
        if skipped:
            self.points[name] = (0, 0)
        elif failed or name in self.bad_subtests:
            self.points[name] = (0, full)
        else:
            self.points[name] = (full, full)


class GradingRunner(unittest.TextTestRunner):
    resultclass = GradingResult
    last = None

    def __init__(self, **kw):
        kw["stream"] = OUT
        kw["verbosity"] = 1
        super().__init__(**kw)

    def run(self, test):
        GradingRunner.last = result = super().run(test)
        return result


OUT = io.StringIO()

if __name__ == "__main__":
    for default in (None, "Exercises.test_palindrome", ["Exercises.test_flatten",
                                                      "Exercises.test_bonus_unimplemented"]):
        OUT.seek(0)
        OUT.truncate()
        try:
            unittest.main(module=__name__, defaultTest=default, argv=["grade"],
                          testRunner=GradingRunner)
        except SystemExit as e:
            code = e.code
        print(f"### defaultTest={default!r} exit code={code!r}")
        print(clean(OUT.getvalue()))
        res = GradingRunner.last
        got = sum(p for p, _ in res.points.values())
        possible = sum(q for _, q in res.points.values())
        for name in sorted(res.points):
            print(f"  {name:28} {res.points[name][0]}/{res.points[name][1]}")
        for name, params in sorted(res.bad_subtests.items()):
            print(f"  failed cases in {name}: {params}")
        print(f"  score: {got}/{possible}")
