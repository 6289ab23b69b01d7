# Classes: instance/class attributes, methods, __init__, __repr__, class-level counters.
class Account:
    bank = "Ember Bank"
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
        self.number = Account.count
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def __str__(self):
        return f"#{self.number} {self.owner}: {self.balance}"
a = Account("ann", 100)
b = Account("bob")
print(a, b, repr(a), [a, b])
a.deposit(50).withdraw(30)
print(a.balance, a.bank, Account.bank, Account.count)
try:
    b.withdraw(10)
except ValueError as e:
    print("ValueError", e)
try:
    b.deposit(-1)
except ValueError as e:
    print("ValueError", e)
a.bank = "Personal override"
print(a.bank, b.bank, Account.bank)
del a.bank
print(a.bank)
print(type(a).__name__, a.__class__ is Account, isinstance(a, Account))
print(sorted(vars(a)), Account.__name__, Account.__qualname__)
m = a.deposit
print(m(1).balance, m.__self__ is a, m.__func__ is Account.deposit)
print(Account.deposit(a, 9).balance)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [1, 2]
print(vars(e), hasattr(e, "x"), hasattr(Empty, "x"))
class WithClassList:
    shared = []
    def add(self, v):
        self.shared.append(v)
w1, w2 = WithClassList(), WithClassList()
w1.add(1); w2.add(2)
print(WithClassList.shared, w1.shared is w2.shared)
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c >= -273.15
    def __repr__(self):
        return f"Temperature({self.celsius:.1f})"
print(Temperature.from_fahrenheit(212), Temperature.valid(-300), Temperature(5).valid(5))
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, n):
        self.ops.append(("+", n)); return self
    def mul(self, n):
        self.ops.append(("*", n)); return self
    def result(self, start=0):
        for op, n in self.ops:
            start = start + n if op == "+" else start * n
        return start
print(Chain().add(3).mul(4).add(1).result(), Chain().result(7))
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point() == (0, 0), len({Point(1, 1), Point(1, 1)}))
print(Point(3, 4).__dict__, Point.__init__.__name__)
