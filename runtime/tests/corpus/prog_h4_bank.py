class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
        super().__init__(f"need {needed:.2f}, have {available:.2f}")

class Account:
    _next_id = 1000
    interest = 0.01
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def apply_interest(self):
        self._balance *= 1 + self.interest
    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner}: {self.balance:,.2f}>"
    def __str__(self):
        return f"{self.owner} has ${self.balance:,.2f}"
    def __lt__(self, other):
        return self.balance < other.balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)
    def __bool__(self):
        return self._balance > 0
    def __len__(self):
        return len(self.history)
    def __iter__(self):
        return iter(self.history)
    def __contains__(self, kind):
        return any(k == kind for k, _ in self.history)

class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amount)

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, amount=0):
        acct = cls(owner, amount)
        self.accounts[acct.id] = acct
        return acct
    def __getitem__(self, key):
        return self.accounts[key]
    def transfer(self, src, dst, amount):
        try:
            self[src].withdraw(amount)
        except (InsufficientFunds, RuntimeError) as e:
            return f"transfer failed: {e}"
        self[dst].deposit(amount)
        return "ok"
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(Savings, "bob", 2500.5)
c = bank.open(Account, "carol")
print(a, b, c, sep=" | ")
print(repr(a), repr(b), bool(c), bool(a))
print(bank.transfer(a.id, c.id, 30), bank.transfer(c.id, a.id, 100))
for _ in range(3):
    print(bank.transfer(b.id, a.id, 10.25))
print(len(a), len(b), "wd" in b, "dep" in c, list(c))
for acct in bank.accounts.values():
    acct.apply_interest()
print(sorted(bank.accounts.values()))
print(max(bank.accounts.values()).owner, f"{bank.total():,.3f}")
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
try:
    bank[1]
except KeyError as e:
    print("no account", e)
e = InsufficientFunds(5, 1)
print(e.args, e.needed, str(e))
print(a == bank[a.id], a != b, len({a, b, bank[a.id]}))
print(a.deposit(1).deposit(2).balance)
print(Savings.interest, Account.interest, b.interest, Savings.__base__.__name__, Savings.__bases__)
print(isinstance(b, Account), issubclass(Savings, Account), type(b) is Savings)
print(vars(c).keys(), sorted(Account.__dict__.keys() - object.__dict__.keys())[:6])
print([f"{h[0]}:{h[1]:>8.2f}" for h in a])
