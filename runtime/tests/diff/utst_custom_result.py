# A bank-account module with a custom TestResult/TextTestResult that tallies
# outcomes per class, plus a resultclass-based runner with buffer and failfast.
import collections
import io
import re
import sys
import unittest


def clean(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("wd", amount))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)


class TallyResult(unittest.TestResult):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.tally = collections.defaultdict(collections.Counter)
        self.events = []

    def _cls(self, test):
        return type(test).__name__

    def startTest(self, test):
        super().startTest(test)
        self.events.append(("start", test._testMethodName))

    def stopTest(self, test):
        super().stopTest(test)
        self.events.append(("stop", test._testMethodName))

    def addSuccess(self, test):
        super().addSuccess(test)
        self.tally[self._cls(test)]["ok"] += 1

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.tally[self._cls(test)]["fail"] += 1
        self.events.append(("fail-type", err[0].__name__, str(err[1])))

    def addError(self, test, err):
        super().addError(test, err)
        self.tally[self._cls(test)]["error"] += 1
        self.events.append(("error-type", err[0].__name__, str(err[1])))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.tally[self._cls(test)]["skip"] += 1

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.tally[self._cls(test)]["xfail"] += 1

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.tally[self._cls(test)]["xpass"] += 1

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        key = "sub-ok" if err is None else "sub-bad"
        self.tally[self._cls(test)][key] += 1
        self.events.append(("sub", str(subtest.params if hasattr(subtest, "params") else ""),
                            subtest._subDescription(), err is None))


class DepositTests(unittest.TestCase):
    def setUp(self):
        self.acct = Account("ann", 10)

    def test_deposit(self):
        self.acct.deposit(5)
        self.assertEqual(self.acct.balance, 15)

    def test_bad_amounts(self):
        for amt in (5, 0, -3, 2):
            with self.subTest(amount=amt):
                self.acct.deposit(amt)

    def test_history(self):
        self.acct.deposit(1)
        self.acct.deposit(2)
        self.assertEqual(self.acct.history, [("dep", 1), ("dep", 3)])

    @unittest.expectedFailure
    def test_known_bug_interest(self):
        self.assertEqual(self.acct.balance * 1.1, 11)

    @unittest.expectedFailure
    def test_fixed_bug(self):
        self.assertEqual(self.acct.balance, 10)


class TransferTests(unittest.TestCase):
    def setUp(self):
        self.a = Account("ann", 50)
        self.b = Account("bob", 5)

    def test_transfer(self):
        self.a.transfer(self.b, 20)
        self.assertEqual((self.a.balance, self.b.balance), (30, 25))

    def test_overdraw(self):
        self.b.transfer(self.a, 100)

    @unittest.skipIf(sys.maxsize > 2, "only on tiny machines")
    def test_tiny(self):
        pass

    def test_chatty(self):
        print("moving money around")
        print("ann:", self.a.balance, file=sys.stderr)
        self.assertEqual(self.a.balance, 0)

    def test_quiet_ok(self):
        print("this output is swallowed because the test passes")


def build_suite():
    loader = unittest.TestLoader()
    return unittest.TestSuite([loader.loadTestsFromTestCase(DepositTests),
                               loader.loadTestsFromTestCase(TransferTests)])


if __name__ == "__main__":
    res = TallyResult()
    build_suite().run(res)
    for cls in sorted(res.tally):
        print(cls, sorted(res.tally[cls].items()))
    for ev in res.events:
        print("  ", ev)
    print("totals:", res.testsRun, len(res.failures), len(res.errors), len(res.skipped),
          len(res.expectedFailures), len(res.unexpectedSuccesses), res.wasSuccessful())

    class CountingTextResult(unittest.TextTestResult):
        def addSuccess(self, test):
            super().addSuccess(test)
            self.stream.write("  [counted]\n")

    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, verbosity=2, buffer=True,
                                     resultclass=CountingTextResult)
    r2 = runner.run(build_suite())
    print(clean(buf.getvalue()))
    print(type(r2).__name__, r2.testsRun)

    buf = io.StringIO()
    r3 = unittest.TextTestRunner(stream=buf, verbosity=1, failfast=True).run(build_suite())
    print(clean(buf.getvalue()))
    print("failfast stopped after", r3.testsRun, "shouldStop", r3.shouldStop)
