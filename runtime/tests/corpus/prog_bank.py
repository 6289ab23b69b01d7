# A bank account simulation with transactions, overdraft rules, interest and an audit log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance_str()}, cannot withdraw {amount / 100:.2f}")
        self.account, self.amount = account, amount
class AccountFrozen(Exception):
    pass
class Account:
    _next = 1000
    def __init__(self, owner, cents=0, overdraft=0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.cents = cents
        self.overdraft = overdraft
        self.frozen = False
        self.history = []
    def balance_str(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def deposit(self, cents, memo="deposit"):
        self._check()
        if cents <= 0:
            raise ValueError("deposit must be positive")
        self.cents += cents
        self.history.append((memo, cents, self.cents))
    def withdraw(self, cents, memo="withdrawal"):
        self._check()
        if cents <= 0:
            raise ValueError("withdrawal must be positive")
        if self.cents - cents < -self.overdraft:
            raise InsufficientFunds(self, cents)
        self.cents -= cents
        self.history.append((memo, -cents, self.cents))
    def __repr__(self):
        return f"<{self.number} {self.owner} {self.balance_str()}>"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.audit = []
    def open(self, owner, cents=0, overdraft=0):
        acc = Account(owner, cents, overdraft)
        self.accounts[acc.number] = acc
        self.audit.append(f"open {acc.number} for {owner}")
        return acc
    def transfer(self, src, dst, cents):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(cents, f"transfer to {dst}")
        except (InsufficientFunds, AccountFrozen, ValueError) as e:
            self.audit.append(f"FAILED transfer {src}->{dst} {cents}: {e}")
            return False
        try:
            b.deposit(cents, f"transfer from {src}")
        except AccountFrozen as e:
            a.deposit(cents, f"refund from {dst}")
            self.audit.append(f"REFUNDED transfer {src}->{dst}: {e}")
            return False
        self.audit.append(f"transfer {src}->{dst} {cents}")
        return True
    def apply_interest(self, rate_bp):
        for acc in self.accounts.values():
            if acc.cents > 0 and not acc.frozen:
                interest = acc.cents * rate_bp // 10000
                if interest:
                    acc.deposit(interest, f"interest {rate_bp}bp")
    def total(self):
        return sum(a.cents for a in self.accounts.values())
bank = Bank()
alice = bank.open("alice", 100_00)
bob = bank.open("bob", 50_00, overdraft=20_00)
carol = bank.open("carol")
print(alice, bob, carol)
print(bank.transfer(alice.number, bob.number, 30_00))
print(bank.transfer(bob.number, carol.number, 95_00))
print(bank.transfer(bob.number, carol.number, 90_00))
print(bank.transfer(carol.number, alice.number, 0))
carol.frozen = True
print(bank.transfer(alice.number, carol.number, 10_00))
carol.frozen = False
for month in range(1, 7):
    bank.apply_interest(125)
    print(f"month {month}: " + ", ".join(a.balance_str() for a in bank.accounts.values()), "total", bank.total())
try:
    bob.withdraw(10_000_00)
except InsufficientFunds as e:
    print("InsufficientFunds:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for line in bank.audit:
    print(line)
for acc in bank.accounts.values():
    print(acc.owner, len(acc.history))
    for memo, amount, bal in acc.history:
        print(f"   {memo:<22} {amount / 100:>10.2f} {bal / 100:>10.2f}")
