# Geometry helpers tested with numeric/identity/exception asserts, many failing
# on purpose; prints just the final message line(s) of every failure.
import logging
import math
import unittest
import warnings


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def length(self):
        return math.hypot(self.x, self.y)

    def unit(self):
        n = self.length()
        if n == 0:
            raise ZeroDivisionError("cannot normalise the zero vector")
        return Vec(self.x / n, self.y / n)


log = logging.getLogger("geom")


def polygon_area(points):
    if len(points) < 3:
        log.warning("degenerate polygon with %d points", len(points))
        return 0.0
    if len(points) > 6:
        warnings.warn("large polygon", RuntimeWarning)
    s = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    log.info("area computed for %d points", len(points))
    return abs(s) / 2


class GeomTests(unittest.TestCase):
    def test_almost_places(self):
        self.assertAlmostEqual(Vec(1, 1).length(), 1.4142, places=3)
        self.assertAlmostEqual(Vec(1, 1).length(), 1.41, places=3)

    def test_almost_delta(self):
        self.assertAlmostEqual(Vec(3, 4).length(), 5.5, delta=0.25)

    def test_not_almost(self):
        self.assertNotAlmostEqual(0.1 + 0.2, 0.3)

    def test_almost_both(self):
        self.assertAlmostEqual(1.0, 1.1, places=2, delta=0.5)

    def test_raises_regex_wrong_msg(self):
        with self.assertRaisesRegex(ZeroDivisionError, r"divide by \w+"):
            Vec(0, 0).unit()

    def test_raises_not_raised(self):
        with self.assertRaises(ZeroDivisionError):
            Vec(1, 0).unit()

    def test_raises_callable(self):
        self.assertRaises(TypeError, Vec(1, 2).__add__, None)
        self.assertRaises(ValueError, Vec(1, 2).__add__, Vec(0, 0))

    def test_raises_tuple_name(self):
        with self.assertRaises((KeyError, IndexError)):
            pass

    def test_is_none(self):
        self.assertIsNone(Vec(0, 0))

    def test_is_not_none(self):
        self.assertIsNotNone(None, "vector missing")

    def test_is(self):
        a = Vec(1, 2)
        self.assertIs(a, Vec(1, 2))

    def test_isinstance(self):
        self.assertIsInstance((1, 2), Vec)

    def test_not_isinstance(self):
        self.assertNotIsInstance(Vec(1, 1), object)

    def test_greater(self):
        self.assertGreater(Vec(1, 1).length(), 2)

    def test_less_equal(self):
        self.assertLessEqual(3, 2, msg="budget exceeded")

    def test_regex(self):
        self.assertRegex(repr(Vec(1, 2)), r"^Point\(")

    def test_not_regex(self):
        self.assertNotRegex(repr(Vec(10, 2)), r"\d{2}")

    def test_true_false(self):
        self.assertFalse(Vec(1, 2).length())

    def test_not_equal(self):
        self.assertNotEqual(Vec(1, 2), Vec(1, 2))

    def test_logs(self):
        with self.assertLogs("geom", level="INFO") as cm:
            polygon_area([(0, 0), (1, 0)])
            polygon_area([(0, 0), (4, 0), (4, 3)])
        self.assertEqual(cm.output, ["WARNING:geom:degenerate polygon with 2 points",
                                     "INFO:geom:area computed for 3 points"])
        print("records:", [r.getMessage() for r in cm.records])

    def test_logs_missing(self):
        with self.assertLogs("geom", level="ERROR"):
            polygon_area([(0, 0)])

    def test_no_logs(self):
        with self.assertNoLogs("geom", level="WARNING"):
            polygon_area([(0, 0)])

    def test_warns(self):
        pts = [(math.cos(i), math.sin(i)) for i in range(8)]
        with self.assertWarns(RuntimeWarning) as cm:
            polygon_area(pts)
        print("warning:", cm.warning, type(cm.warning).__name__)

    def test_warns_regex_fail(self):
        pts = [(i, i * i) for i in range(7)]
        with self.assertWarnsRegex(RuntimeWarning, "huge"):
            polygon_area(pts)

    def test_warns_not_triggered(self):
        with self.assertWarns(UserWarning):
            polygon_area([(0, 0), (1, 0), (0, 1)])

    def test_sequence(self):
        self.assertSequenceEqual([Vec(1, 1), Vec(2, 2)], (Vec(1, 1), Vec(2, 3)))

    def test_list_type(self):
        self.assertListEqual((1, 2), [1, 2])

    def test_dict_equal(self):
        self.assertDictEqual({"a": Vec(0, 1)}, {"a": Vec(0, 1), "b": None})

    def test_fail(self):
        self.fail("explicit failure with " + repr(Vec(9, 9)))


if __name__ == "__main__":
    names = unittest.TestLoader().getTestCaseNames(GeomTests)
    print(len(names), "tests")
    logging.basicConfig(level=logging.CRITICAL)
    for name in names:
        result = unittest.TestResult()
        GeomTests(name).run(result)
        if result.failures or result.errors:
            kind = "FAIL" if result.failures else "ERROR"
            tb = (result.failures or result.errors)[0][1]
            lines = tb.rstrip().splitlines()
            idx = max(i for i, l in enumerate(lines) if not l.startswith(" "))
            print(f"{name}: {kind}")
            for l in lines[idx:]:
                print("   ", l)
        else:
            print(f"{name}: ok")
