# Bank ledger simulation: accounts, transfers, custom exceptions, context-managed transactions.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"account {account.number} short by {needed:.2f}")
        self.account = account
        self.needed = needed

class AccountLocked(BankError):
    pass

class Account:
    _next = 1000
    def __init__(self, owner, balance=0.0, overdraft=0.0):
        self.owner = owner
        self.number = Account._next
        Account._next += 1
        self._balance = round(balance, 2)
        self.overdraft = overdraft
        self.locked = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _apply(self, amount, memo):
        if self.locked:
            raise AccountLocked(f"account {self.number} is locked")
        new = round(self._balance + amount, 2)
        if new < -self.overdraft:
            raise InsufficientFunds(self, -self.overdraft - new)
        self._balance = new
        self.history.append((memo, amount, new))

    def deposit(self, amount, memo="deposit"):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        self._apply(amount, memo)

    def withdraw(self, amount, memo="withdraw"):
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive, got {amount!r}")
        self._apply(-amount, memo)

    def __repr__(self):
        return f"<Account {self.number} {self.owner}: {self._balance:,.2f}>"

    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)

class Transaction:
    def __init__(self, bank):
        self.bank = bank
        self.snapshot = None
    def __enter__(self):
        self.snapshot = {n: (a._balance, len(a.history)) for n, a in self.bank.accounts.items()}
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.bank.log.append("commit")
            return False
        for n, (bal, hlen) in self.snapshot.items():
            acct = self.bank.accounts[n]
            acct._balance = bal
            del acct.history[hlen:]
        self.bank.log.append(f"rollback ({exc_type.__name__})")
        return issubclass(exc_type, BankError)

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, owner, *args, **kwargs):
        acct = Account(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        with Transaction(self):
            src.withdraw(amount, f"to {dst.number}")
            dst.deposit(amount, f"from {src.number}")
            return True
        return False
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)

bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob", 50.5, overdraft=25)
carol = bank.open("carol")
print(alice, bob, carol, bank.total())
print(bank.transfer(alice, bob, 30), bank.transfer(bob, carol, 100), bank.transfer(bob, carol, 70.25))
print(alice, bob, carol, bank.total())
carol.locked = True
print(bank.transfer(alice, carol, 10), alice.balance, carol.balance)
carol.locked = False
try:
    with Transaction(bank):
        alice.deposit(5)
        alice.withdraw(-1)
except ValueError as e:
    print("ValueError", e, alice.balance)
try:
    bob.withdraw(1000)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.needed, e.account is bob, isinstance(e, BankError))
print(bank.log)
for acct in sorted(bank.accounts.values()):
    print(f"{acct.number} {acct.owner:<6} {acct.balance:>9.2f}  " + "; ".join(f"{m}:{a:+.2f}" for m, a, _ in acct.history))
rates = {"alice": 0.015, "bob": 0.02, "carol": 0.0125}
for month in range(1, 4):
    for acct in bank.accounts.values():
        if acct.balance > 0:
            interest = round(acct.balance * rates[acct.owner] / 12, 2)
            if interest:
                acct.deposit(interest, f"interest m{month}")
print([(a.owner, a.balance) for a in bank.accounts.values()], bank.total())
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner, f"{richest.balance:.2f}", min(bank.accounts.values()).owner)
try:
    alice.balance = 10
except AttributeError as e:
    print("AttributeError", e)
print(sum(len(a.history) for a in bank.accounts.values()), [len(a.history) for a in bank.accounts.values()])
