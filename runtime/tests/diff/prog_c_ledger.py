# Double-entry ledger with custom exception hierarchies, exception chaining,
# notes, context managers (class-based, contextlib, ExitStack) and traceback
# formatting of caught errors.
import contextlib
import traceback
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation


class LedgerError(Exception):
    """Base of all ledger problems."""


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed, available):
        super().__init__(f"{account}: need {needed}, have {available}")
        self.account, self.needed, self.available = account, needed, available


class FrozenAccount(LedgerError):
    pass


class UnbalancedTransaction(LedgerError, ValueError):
    pass


def money(x) -> Decimal:
    try:
        return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation as e:
        raise LedgerError(f"not an amount: {x!r}") from e


class Account:
    def __init__(self, name, balance="0", overdraft="0"):
        self.name = name
        self.balance = money(balance)
        self.overdraft = money(overdraft)
        self.frozen = False

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance})"


class Transaction:
    """Context manager: postings apply on success, roll back on any error."""

    def __init__(self, ledger, memo):
        self.ledger, self.memo = ledger, memo
        self.postings = []
        self.snapshot = None

    def post(self, name, amount):
        acct = self.ledger.accounts[name]
        amount = money(amount)
        if acct.frozen:
            raise FrozenAccount(f"{name} is frozen")
        if acct.balance + amount < -acct.overdraft:
            raise InsufficientFunds(name, -amount, acct.balance + acct.overdraft)
        acct.balance += amount
        self.postings.append((name, amount))

    def __enter__(self):
        self.snapshot = {n: a.balance for n, a in self.ledger.accounts.items()}
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            total = sum((amt for _, amt in self.postings), Decimal(0))
            if total != 0:
                exc = UnbalancedTransaction(f"{self.memo!r} off by {total}")
                self._rollback()
                raise exc
            self.ledger.journal.append((self.memo, tuple(self.postings)))
            return False
        self._rollback()
        if isinstance(exc, LedgerError):
            exc.add_note(f"while processing {self.memo!r}")
        return False

    def _rollback(self):
        for n, bal in self.snapshot.items():
            self.ledger.accounts[n].balance = bal


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []

    def open(self, *accts):
        for a in accts:
            self.accounts[a.name] = a

    def transfer(self, src, dst, amount, memo=None):
        with Transaction(self, memo or f"{src}->{dst}") as tx:
            tx.post(src, -money(amount))
            tx.post(dst, money(amount))

    def balances(self):
        return {n: str(a.balance) for n, a in sorted(self.accounts.items())}


def describe(exc):
    lines = traceback.format_exception_only(type(exc), exc)
    out = [l.rstrip("\n") for l in lines]
    chain = exc.__cause__ or exc.__context__
    if chain is not None:
        how = "cause" if exc.__cause__ is not None else "context"
        out.append(f"  [{how}] " + traceback.format_exception_only(type(chain), chain)[-1].strip())
    return out


L = Ledger()
L.open(Account("cash", "100"), Account("bank", "2500.50", overdraft="100"),
       Account("rent"), Account("food"), Account("savings", "10"))

attempts = [
    ("bank", "rent", "1200", "march rent"),
    ("cash", "food", "45.555", None),
    ("cash", "food", "80", "feast"),
    ("bank", "savings", "1350.50", "sweep"),
    ("bank", "cash", "250", "atm"),
    ("food", "cash", "1e999999", "bogus"),
    ("bank", "cash", "abc", "typo"),
]
for src, dst, amt, memo in attempts:
    try:
        L.transfer(src, dst, amt, memo)
        print("ok   ", memo or f"{src}->{dst}", L.balances())
    except LedgerError as e:
        for line in describe(e):
            print("fail ", line)
    except Exception as e:
        print("other", type(e).__name__, e)

L.accounts["savings"].frozen = True
try:
    L.transfer("savings", "cash", "5", "raid")
except FrozenAccount as e:
    print(describe(e), e.__notes__)

try:
    with Transaction(L, "lopsided") as tx:
        tx.post("cash", "10")
except UnbalancedTransaction as e:
    print(isinstance(e, ValueError), describe(e))
print(L.balances())

# contextlib helpers
@contextlib.contextmanager
def audit(tag, log):
    log.append(f"enter {tag}")
    try:
        yield tag.upper()
    except KeyError as e:
        log.append(f"swallowed {e!r} in {tag}")
    else:
        log.append(f"clean {tag}")
    finally:
        log.append(f"exit {tag}")


log = []
with audit("a", log) as t:
    log.append(t)
with audit("b", log):
    {}["missing"]
with contextlib.ExitStack() as stack:
    for tag in "xyz":
        log.append(stack.enter_context(audit(tag, log)))
    stack.callback(log.append, "callback ran")
print(log)
with contextlib.suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("after suppress")

try:
    try:
        int("twelve")
    except ValueError:
        raise LedgerError("parse failed")
except LedgerError as e:
    print(describe(e), e.__suppress_context__)
try:
    raise LedgerError("quiet") from None
except LedgerError as e:
    print(describe(e), e.__suppress_context__, e.__cause__)

print(traceback.format_exception_only(InsufficientFunds, InsufficientFunds("x", 1, 0)))
e = KeyError("k")
e.add_note("first")
e.add_note("second")
print(traceback.format_exception_only(type(e), e))
print([c.__name__ for c in UnbalancedTransaction.__mro__])
print(money("2.345"), money("2.355"), money(-1.005), Decimal("10") / Decimal("3"))
print(sum(Decimal(v) for v in L.balances().values()))
print(L.journal[0])
