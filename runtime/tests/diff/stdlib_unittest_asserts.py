# unittest assertion methods: CPython's failure messages, diffs, truncation and longMessage.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, "FAIL:")
        print(str(e))
    except Exception as e:
        print(name, "RAISED", type(e).__name__, e)
    else:
        print(name, "ok")


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "extra")
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, 2), (1, 3))
check("assertEqual", [1, 2], (1, 2))
check("assertEqual", {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset([1]), frozenset([2]))
check("assertEqual", "abc\ndef\nghi\n", "abc\ndxf\nghi\n")
check("assertEqual", "hello world", "hello there")
check("assertEqual", "a" * 100, "a" * 90 + "b" * 10)
check("assertEqual", "x" * 50 + "y" * 100, "x" * 50 + "z" * 100)
check("assertEqual", list(range(100)), list(range(99)) + [1000])
check("assertEqual", {i: str(i) for i in range(60)}, {i: str(i + 1) for i in range(60)})
check("assertEqual", 1.0, 1)
check("assertEqual", None, 0)
check("assertNotEqual", 1, 1)
check("assertNotEqual", 1, 2)
check("assertTrue", 0)
check("assertTrue", [])
check("assertFalse", [1])
check("assertFalse", 0)
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", "a", "bcd")
check("assertIn", 3, [1, 2])
check("assertNotIn", 1, [1, 2])
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, bytes))
check("assertNotIsInstance", 1, int)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertLessEqual", 1, 1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, places=1, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertNotAlmostEqual", 1.0, 2.0)
check("assertRegex", "hello", "x+y")
check("assertRegex", "hello", "l+")
check("assertNotRegex", "hello", "l+")
check("assertCountEqual", [1, 1, 2], [1, 2, 2])
check("assertCountEqual", [1, 2, 3], [3, 2, 1])
check("assertCountEqual", [[1], [2]], [[2], [3], [3]])
check("assertCountEqual", "aab", "abc")
check("assertMultiLineEqual", "a\nb", "a\nc")
check("assertMultiLineEqual", "a\n", 3)
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSequenceEqual", [1, 2], (1, 3))
check("assertListEqual", [1], (1,))
check("assertTupleEqual", (1,), [1])
check("assertDictEqual", {}, [])
check("assertDictEqual", {"k": 1}, {"k": 2}, "dmsg")
check("assertSetEqual", {1}, {1})
check("assertSetEqual", {1}, [1])
check("assertSetEqual", set(), {1, 2})
check("fail")
check("fail", "boom")
check("assertRaises", ValueError, int, "z")
check("assertRaises", ValueError, int, "3")
check("assertRaises", "notatype")
check("assertRaisesRegex", ValueError, "invalid", int, "z")
check("assertRaisesRegex", ValueError, "nomatch", int, "z")

t.longMessage = False
check("assertEqual", 1, 2, "only mine")
check("assertEqual", 1, 2)
t.longMessage = True

t.maxDiff = None
check("assertEqual", list(range(100)), list(range(99)) + [1000])
t.maxDiff = 20
check("assertEqual", [1, 2, 3], [1, 2, 4])
t.maxDiff = 80 * 8

with t.assertRaises(KeyError) as cm:
    {}["missing"]
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)

try:
    with t.assertRaises(KeyError, msg="ctx msg"):
        pass
except AssertionError as e:
    print("ctx:", e)

try:
    with t.assertRaises(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("propagated:", e)

try:
    with t.assertRaises((KeyError, IndexError)):
        pass
except AssertionError as e:
    print("tuple:", e)

with t.assertRaisesRegex(ValueError, r"\d+") as cm:
    raise ValueError("code 42")
print("regex ok", cm.exception.args)

import warnings

with t.assertWarns(UserWarning) as cm:
    warnings.warn("careful", UserWarning)
print("warning:", cm.warning, type(cm.warning).__name__)

try:
    with t.assertWarns(DeprecationWarning):
        pass
except AssertionError as e:
    print("warns:", e)

with t.assertWarnsRegex(RuntimeWarning, "o+"):
    warnings.warn("foo", RuntimeWarning)

try:
    with t.assertWarnsRegex(RuntimeWarning, "zz"):
        warnings.warn("foo", RuntimeWarning)
except AssertionError as e:
    print("warnsregex:", e)

print(t.id(), str(t), repr(t))
print(t.shortDescription())
print(t.countTestCases())
print(T("runTest") == T("runTest"), hash(T("runTest")) == hash(T("runTest")))
try:
    T("nosuch")
except ValueError as e:
    print("ValueError:", str(e).replace(__name__, "M"))
