# A matrix module whose tests are discovered with customised loaders
# (sort order, method prefix, name patterns, names that fail to import) and
# compared with custom type-equality functions and failureException.
import functools
import io
import re
import sys
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m))
                        for j in range(p)] for i in range(n)])

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        return f"Matrix({self.rows})"


class MatrixMismatch(AssertionError):
    pass


class MatrixTests(unittest.TestCase):
    failureException = MatrixMismatch

    def setUp(self):
        self.addTypeEqualityFunc(Matrix, self.assertMatrixEqual)

    def assertMatrixEqual(self, a, b, msg=None):
        if a.shape != b.shape:
            self.fail(self._formatMessage(msg, f"shapes differ: {a.shape} vs {b.shape}"))
        for i, (ra, rb) in enumerate(zip(a.rows, b.rows)):
            for j, (x, y) in enumerate(zip(ra, rb)):
                if x != y:
                    self.fail(self._formatMessage(msg, f"cell ({i},{j}): {x} != {y}"))

    def check_identity(self):
        eye = Matrix([[1, 0], [0, 1]])
        m = Matrix([[2, 3], [4, 5]])
        self.assertEqual(m @ eye, m)

    def check_product(self):
        a = Matrix([[1, 2], [3, 4]])
        self.assertEqual(a @ a, Matrix([[7, 10], [15, 23]]), "square of a")

    def check_transpose_shape(self):
        self.assertEqual(Matrix([[1, 2, 3]]).transpose(), Matrix([[1, 2, 3]]))

    def check_mismatch(self):
        Matrix([[1, 2]]) @ Matrix([[1, 2]])

    def check_plain_list(self):
        self.assertEqual([1, 2], [1, 3])

    def test_not_collected_with_custom_prefix(self):
        pass


def by_length_then_name(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


def show(title, suite):
    print(f"== {title}: {suite.countTestCases()} tests")
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            print("    suite:", [x.id() for x in t])
        else:
            print("   ", t.id())


if __name__ == "__main__":
    loader = unittest.TestLoader()
    loader.testMethodPrefix = "check"
    show("prefix check", loader.loadTestsFromTestCase(MatrixTests))

    loader.sortTestMethodsUsing = by_length_then_name
    show("sorted by length", loader.loadTestsFromTestCase(MatrixTests))

    loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
    show("reverse", loader.loadTestsFromTestCase(MatrixTests))

    loader.sortTestMethodsUsing = None
    print("unsorted names:", loader.getTestCaseNames(MatrixTests))

    pl = unittest.TestLoader()
    pl.testMethodPrefix = "check"
    pl.testNamePatterns = ["*product*", "*shape*"]
    show("patterns", pl.loadTestsFromTestCase(MatrixTests))

    mod = sys.modules[__name__]
    named = unittest.TestLoader().loadTestsFromNames(
        ["MatrixTests.check_product", "MatrixTests.nope", "NoSuchThing"], mod)
    show("by names", named)
    print("loader errors:", len(unittest.TestLoader().errors))

    loader = unittest.TestLoader()
    loader.testMethodPrefix = "check"
    loader.sortTestMethodsUsing = by_length_then_name
    suite = loader.loadTestsFromTestCase(MatrixTests)
    suite.addTests(named)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=2).run(suite)
    print(clean(buf.getvalue()))
    for t, tb in result.failures:
        print("failure class:", tb.strip().splitlines()[-1].split(":")[0], "in", t.id())
