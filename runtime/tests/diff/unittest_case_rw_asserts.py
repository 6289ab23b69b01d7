# unittest.case assertion methods: messages, diffs, shortening, context managers, aliases.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
    except AssertionError as e:
        print(label, "FAIL:", str(e))
    except Exception as e:
        print(label, "RAISED", type(e).__name__, e)
    else:
        print(label, "ok", r if r is None else type(r).__name__)


# Sequences: every branch of the difference report.
class NoLen:
    def __eq__(self, other):
        return False

    def __repr__(self):
        return "NoLen()"


class BadIndex(list):
    def __getitem__(self, i):
        raise IndexError(i)


show("seq nolen1", t.assertSequenceEqual, NoLen(), [1])
show("seq nolen2", t.assertSequenceEqual, [1], NoLen())
show("seq badidx1", t.assertSequenceEqual, BadIndex([1, 2]), [1, 3])
show("seq badidx2", t.assertSequenceEqual, [1, 2], BadIndex([1, 3]))
show("seq extra1", t.assertSequenceEqual, [1, 2, 3, 4], [1, 2])
show("seq extra2", t.assertSequenceEqual, [1], [1, 5, 6])
show("seq extra1 badidx", t.assertSequenceEqual, BadIndex([1, 2, 3]), [])
show("seq extra2 badidx", t.assertSequenceEqual, [], BadIndex([1, 2, 3]))
show("seq type", t.assertSequenceEqual, [1], [1], seq_type=tuple)
show("seq type2", t.assertSequenceEqual, (1,), [1], seq_type=tuple)
show("seq same elems diff types", t.assertSequenceEqual, [1, 2], (1, 2))
show("seq same", t.assertSequenceEqual, "abc", "abc")
show("seq strs", t.assertSequenceEqual, "abc", "abd")
show("seq msg", t.assertSequenceEqual, [1], [2], "mine")
show("list", t.assertListEqual, [1, [2, 3]], [1, [2, 4]])
show("tuple", t.assertTupleEqual, (1, 2, 3), (1, 2))
show("long items", t.assertListEqual, ["x" * 120, 1], ["x" * 119 + "y", 1])
# Shortened reprs: a long common prefix, and long differing tails.
show("short1", t.assertEqual, "p" * 200 + "a", "p" * 200 + "b")
show("short2", t.assertEqual, "p" * 30 + "a" * 100, "p" * 30 + "b" * 100)
show("short3", t.assertEqual, "a" * 79, "b" * 79)
show("short4", t.assertEqual, 10 ** 90, 10 ** 90 + 1)
show("short5", t.assertEqual, b"z" * 100, b"z" * 99 + b"y")

# Dicts and sets.
show("dict", t.assertDictEqual, {"a": 1}, {"a": 1, "b": 2})
show("dict arg2", t.assertDictEqual, {}, None)
show("dict same", t.assertDictEqual, {1: 2}, {1: 2})
show("set", t.assertSetEqual, {1, 2}, {2, 3})
show("set only1", t.assertSetEqual, {"x"}, set())
show("set bad1", t.assertSetEqual, 1, {1})
show("set bad2", t.assertSetEqual, {1}, 3)
show("set typeerr", t.assertSetEqual, {1}, [[1]])
show("frozen", t.assertEqual, frozenset(), frozenset({9}))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    show("subset ok", t.assertDictContainsSubset, {"a": 1}, {"a": 1, "b": 2})
    show("subset miss", t.assertDictContainsSubset, {"a": 1, "z": 0}, {"a": 2})
    show("subset mism", t.assertDictContainsSubset, {"a": 1, "b": 3}, {"a": 2, "b": 4})
    show("subset missing only", t.assertDictContainsSubset, {"q": 1, "r": 2}, {})
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

# Counting.
show("count ok", t.assertCountEqual, [1, 2, 2], [2, 1, 2])
show("count hashable", t.assertCountEqual, "aabbc", "abccd")
show("count unhashable", t.assertCountEqual, [[1], [1], {2: 3}], [[1], {2: 3}, {2: 3}, [4]])
show("count unhashable ok", t.assertCountEqual, [[1], {}], [{}, [1]])
show("count msg", t.assertCountEqual, [1], [2], "cm")
t.maxDiff = 10
show("count trunc", t.assertCountEqual, [1, 2, 3], [4, 5, 6])
t.maxDiff = 640

# Strings.
show("mle", t.assertMultiLineEqual, "one\ntwo\nthree", "one\nTWO\nthree")
show("mle one line", t.assertMultiLineEqual, "alpha", "alpfa")
show("mle newline", t.assertMultiLineEqual, "a\n", "a")
show("mle arg1", t.assertMultiLineEqual, 1, "x")
show("mle same", t.assertMultiLineEqual, "s", "s")
T._diffThreshold = 20
show("mle big", t.assertMultiLineEqual, "q" * 30, "q" * 29 + "r")
del T._diffThreshold

# Numbers.
show("almost nan", t.assertAlmostEqual, float("inf"), float("inf"))
show("almost places0", t.assertAlmostEqual, 1.4, 1.6, places=0)
show("almost places msg", t.assertAlmostEqual, 1, 2, 3, "m")
show("almost delta ok", t.assertAlmostEqual, 5, 6, delta=1)
show("notalmost delta", t.assertNotAlmostEqual, 5, 6, delta=1)
show("notalmost both", t.assertNotAlmostEqual, 5, 6, places=1, delta=1)
show("notalmost equal", t.assertNotAlmostEqual, 3, 3)
show("notalmost delta eq", t.assertNotAlmostEqual, 3, 3, delta=10)
show("almost types", t.assertAlmostEqual, "a", 1)

# Comparisons, identity, membership, instances.
show("less", t.assertLess, "b", "a", "why")
show("greater", t.assertGreater, [1], [2])
show("in dict", t.assertIn, "k", {"j": 1})
show("notin", t.assertNotIn, "b", "abc")
show("is", t.assertIs, [], [])
show("isnot", t.assertIsNot, t, t)
show("isinstance", t.assertIsInstance, [], dict, "xx")
show("notisinstance", t.assertNotIsInstance, [], (dict, list))
show("isnone", t.assertIsNone, "x")
show("true", t.assertTrue, "", "empty")
show("false", t.assertFalse, "s")

# Regexes.
show("regex empty", t.assertRegex, "abc", "")
show("regex bytes", t.assertRegex, b"abc", b"z")
show("regex compiled", t.assertRegex, "abc", __import__("re").compile("^b"))
show("notregex", t.assertNotRegex, "hello world", "o w")
show("notregex ok", t.assertNotRegex, "hello", "z")

# assertRaises and friends.
show("raises kw", t.assertRaises, ValueError, foo=1)
show("raises not type", t.assertRaises, 3, int)
show("raises tuple bad", t.assertRaises, (ValueError, 3))
show("raises callable", t.assertRaises, ZeroDivisionError, lambda: 1 / 0)
show("raises nothing", t.assertRaises, KeyError, len, [])
show("raises nothing obj", t.assertRaises, KeyError, print.__call__, end="")
show("raises other", t.assertRaises, KeyError, int, "x")
show("raisesregex", t.assertRaisesRegex, ValueError, "^inv", int, "q")
show("raisesregex no", t.assertRaisesRegex, ValueError, "^zzz", int, "q")
show("raisesregex bad", t.assertRaisesRegex, ValueError, "(", int, "q")
cm = t.assertRaises(OSError)
print(type(cm).__name__, cm.expected.__name__, cm.msg, cm.obj_name)
with cm:
    raise FileNotFoundError(2, "gone")
print(type(cm.exception).__name__, cm.exception.errno, cm.exception.__traceback__)
print(type(cm).__class_getitem__(int))
try:
    with t.assertRaisesRegex(KeyError, "a", msg="m2"):
        pass
except AssertionError as e:
    print("ctx regex msg:", e)
try:
    with t.assertRaisesRegex(KeyError, "nope"):
        raise KeyError("a")
except AssertionError as e:
    print("ctx regex nomatch:", e)


def warner(cat, text):
    warnings.warn(text, cat)


show("warns callable", t.assertWarns, UserWarning, warner, UserWarning, "w1")
show("warns not type", t.assertWarns, ValueError, warner, UserWarning, "w1")
show("warns none", t.assertWarns, UserWarning, len, "")
show("warns other cat", t.assertWarns, DeprecationWarning, warner, UserWarning, "w1")
show("warnsregex", t.assertWarnsRegex, UserWarning, "w\\d", warner, UserWarning, "w9")
show("warnsregex no", t.assertWarnsRegex, UserWarning, "zz", warner, UserWarning, "w9")
show("warns kw", t.assertWarns, UserWarning, msg="x", bad=1)
with t.assertWarns((UserWarning, RuntimeWarning)) as wcm:
    warnings.warn("rt", RuntimeWarning)
print(type(wcm.warning).__name__, wcm.warning, wcm.lineno > 0, wcm.filename == __file__)
try:
    with t.assertWarns(UserWarning, msg="wmsg"):
        pass
except AssertionError as e:
    print("ctx warns msg:", e)
# Repeated warnings from the same line still count in every block.
for i in range(2):
    with t.assertWarns(UserWarning):
        warner(UserWarning, "same")
print("repeat ok")

# Logs.
logger = logging.getLogger("rw.case")
with t.assertLogs(logger, "DEBUG") as lcm:
    logger.debug("d%s", 1)
    logger.critical("c")
print(lcm.output, [r.levelname for r in lcm.records], type(lcm).__name__)
with t.assertLogs(level=logging.WARNING) as lcm:
    logging.getLogger("any").warning("root-ish")
print(lcm.output)
show("logs none", lambda: t.assertLogs("rw.none", "ERROR").__enter__() and None)
try:
    with t.assertLogs("rw.none2", "ERROR"):
        logging.getLogger("rw.none2").warning("low")
except AssertionError as e:
    print("logs fail:", e)
try:
    with t.assertNoLogs("rw.x"):
        logging.getLogger("rw.x").info("i1")
        logging.getLogger("rw.x.y").error("e1")
except AssertionError as e:
    print("nologs fail:", e)
with t.assertNoLogs("rw.x", "ERROR") as r:
    logging.getLogger("rw.x").warning("fine")
print("nologs value", r)
try:
    with t.assertLogs("rw.exc"):
        raise KeyError("inside")
except KeyError as e:
    print("logs propagate", e)
print(logger.handlers, logger.propagate, logger.level)

# longMessage off, custom failureException, fail().
t.longMessage = False
show("long off", t.assertIn, 1, [], "custom")
show("long off2", t.assertIn, 1, [])
t.longMessage = True
show("fail none", t.fail)
show("fail msg", t.fail, "explicit")


class Mine(unittest.TestCase):
    failureException = KeyError

    def runTest(self):
        pass


m = Mine()
try:
    m.assertEqual(1, 2)
except KeyError as e:
    print("custom exc", repr(e))
try:
    with m.assertRaises(ValueError):
        pass
except KeyError as e:
    print("custom exc ctx", repr(e))

# Type-specific equality functions.
class Pt:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Pt(%d)" % self.x


def pt_eq(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException("points differ %d/%d %s" % (a.x, b.x, msg))


t.addTypeEqualityFunc(Pt, pt_eq)
show("typefunc", t.assertEqual, Pt(1), Pt(2), "pm")
show("typefunc ok", t.assertEqual, Pt(1), Pt(1))
t2 = T()
show("typefunc other inst", t2.assertEqual, Pt(1), Pt(1))
show("subclass no special", t.assertEqual, type("L", (list,), {})([1]), [2])

# Deprecated aliases warn and forward.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for name, args in [("assertEquals", (1, 1)), ("failUnlessEqual", (1, 1)),
                       ("assertNotEquals", (1, 2)), ("failIfEqual", (1, 2)),
                       ("assertAlmostEquals", (1, 1)), ("failUnlessAlmostEqual", (1, 1)),
                       ("assertNotAlmostEquals", (1, 2)), ("failIfAlmostEqual", (1, 2)),
                       ("failUnless", (1,)), ("assert_", (1,)), ("failIf", (0,)),
                       ("failUnlessRaises", (ValueError, int, "x")),
                       ("assertRaisesRegexp", (ValueError, "i", int, "x")),
                       ("assertRegexpMatches", ("ab", "b")),
                       ("assertNotRegexpMatches", ("ab", "c"))]:
        getattr(t, name)(*args)
    for x in w:
        print(x.category.__name__, x.message, x.filename == __file__)
    show("alias fails", t.assertEquals, 1, 2)
print(T.assertEquals.__name__, T.failIf.__name__)
