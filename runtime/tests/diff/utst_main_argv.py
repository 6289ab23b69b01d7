# A shopping-cart module whose tests are driven through unittest.main(argv=...)
# with -v/-q/-k/-f/-b options, exit=False, and custom testRunner objects.
import contextlib
import io
import re
import sys
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.1, "cheese": 4.0}


class Cart:
    def __init__(self):
        self.lines = {}

    def add(self, item, qty=1):
        if item not in PRICES:
            raise LookupError(f"unknown item {item}")
        self.lines[item] = self.lines.get(item, 0) + qty

    def total(self, discount=0):
        gross = sum(PRICES[i] * q for i, q in self.lines.items())
        return round(gross * (1 - discount), 2)


@contextlib.contextmanager
def opened_cart(log):
    log.append("enter cart")
    try:
        yield Cart()
    finally:
        log.append("exit cart")


class CartTests(unittest.TestCase):
    log = []

    def setUp(self):
        self.cart = self.enterContext(opened_cart(self.log))

    def test_add_and_total(self):
        self.cart.add("apple", 4)
        self.cart.add("milk")
        self.assertEqual(self.cart.total(), 3.1)

    def test_discount(self):
        self.cart.add("cheese", 2)
        self.assertEqual(self.cart.total(0.25), 6.5)

    def test_unknown_item(self):
        self.cart.add("caviar")

    def test_discount_rounding(self):
        self.cart.add("bread", 3)
        self.assertEqual(self.cart.total(0.1), 6.07)

    def test_print_noise(self):
        print("cart contents:", self.cart.lines)
        self.assertTrue(self.cart.lines)


class PriceTests(unittest.TestCase):
    def test_all_positive(self):
        for name, price in sorted(PRICES.items()):
            with self.subTest(name):
                self.assertGreater(price, 1)

    def test_names_lower(self):
        self.assertTrue(all(n.islower() for n in PRICES))


class QuietRunner(unittest.TextTestRunner):
    def __init__(self, **kw):
        kw["stream"] = STREAM
        super().__init__(**kw)


def run(argv):
    global STREAM
    STREAM = io.StringIO()
    CartTests.log.clear()
    old_out = sys.stdout
    sys.stdout = cap = io.StringIO()
    try:
        prog = unittest.main(module=__name__, argv=["cart_tests"] + argv, exit=False,
                             testRunner=QuietRunner)
    finally:
        sys.stdout = old_out
    print("=== argv:", argv)
    if cap.getvalue():
        print("[stdout during run]")
        print(cap.getvalue(), end="")
    print(clean(STREAM.getvalue()))
    r = prog.result
    print("verbosity", prog.verbosity, "failfast", prog.failfast, "buffer", prog.buffer,
          "patterns", prog.testNamePatterns)
    print("result:", r.testsRun, len(r.failures), len(r.errors), r.wasSuccessful())
    print("log:", CartTests.log[:6], len(CartTests.log))


if __name__ == "__main__":
    run([])
    run(["-v"])
    run(["-q", "PriceTests"])
    run(["-k", "discount", "-v"])
    run(["-k", "*_total", "-k", "names", "-v"])
    run(["-f"])
    run(["-b", "-v", "CartTests.test_print_noise", "CartTests.test_unknown_item"])
    run(["-v", "CartTests.test_add_and_total"])
