"""A small bank: metaclass registry, descriptors, properties, __slots__, class methods,
and the error messages users see when they misuse them."""
import abc
from typing import ClassVar


class Registry(type):
    kinds = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if "kind" in kwargs:
            mcls.kinds[kwargs["kind"]] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

    def create(cls, kind, *args):
        return cls.kinds[kind](*args)


class Positive:
    """A data descriptor that only accepts non-negative numbers."""

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 0)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"{self.public} cannot be negative ({value})")
        setattr(obj, self.private, value)


class Account(abc.ABC, metaclass=type("RegistryABC", (Registry, abc.ABCMeta), {})):
    balance = Positive()
    overdraft = Positive()
    next_number: ClassVar[int] = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def __init_subclass__(cls, **kwargs):
        kwargs.pop("kind", None)
        super().__init_subclass__(**kwargs)
        cls.created = 0

    @abc.abstractmethod
    def monthly_fee(self):
        ...

    @property
    def available(self):
        return self.balance + self.overdraft

    @property
    def label(self):
        return f"{type(self).__name__}#{self.number}"

    @label.setter
    def label(self, value):
        raise AttributeError("labels are computed")

    def deposit(self, amount):
        self.balance = self.balance + amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available:
            raise ValueError(f"{self.label}: cannot withdraw {amount}, available {self.available}")
        new = self.balance - amount
        if new < 0:
            self.overdraft -= -new
            new = 0
        self.balance = new
        self.history.append(("wd", amount))
        return self

    @classmethod
    def open(cls, owner, *args):
        cls.created += 1
        return cls(owner, *args)

    @staticmethod
    def fmt(amount):
        return f"{amount:>10,.2f}"

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance})"


class Checking(Account, kind="chk"):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def monthly_fee(self):
        return 0 if self.balance >= 1000 else 5


class Savings(Account, kind="sav"):
    rate = 0.02

    def monthly_fee(self):
        return 0

    def add_interest(self):
        return self.deposit(round(self.balance * self.rate / 12, 2))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(sorted(Registry.kinds), type(Account).__name__, type(Account).__mro__[1].__name__)
a = Checking.open("ann", 250)
b = Account.create("sav", "bob", 5000)
print(a, b, a.label, b.label, a.available, Checking.created, Savings.created)
a.withdraw(300)
print(a.balance, a.overdraft, a.available, a.history)
try:
    a.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, e)
b.add_interest().add_interest()
print(b.balance, b.history, Savings.rate, b.monthly_fee(), a.monthly_fee(), Account.fmt(1234567.891))
for bad in [lambda: setattr(a, "balance", -5), lambda: setattr(a, "balance", "lots"), lambda: setattr(a, "label", "x"),
            lambda: Account("x"), lambda: setattr(Point(1, 2), "z", 3), lambda: Point(1, 2).__dict__,
            lambda: setattr(Account.available, "fget", None), lambda: delattr(Account.label, "fset"),
            lambda: Registry.create(Account, "zzz"), lambda: a.missing_method(),
            lambda: Checking("c", 1, 2, 3), lambda: Savings.add_interest(), lambda: Account.fmt(),
            lambda: super(Checking, a).monthly_fee(), lambda: Checking.open(),
            lambda: setattr(a, "available", 1), lambda: delattr(a, "owner") or a.owner]:
    try:
        r = bad()
        print("no error:", r)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
print(Account.balance.__class__.__name__, Account.balance.public, Account.available.fset, Account.label.fset.__name__)
print(isinstance(a, Account), issubclass(Savings, abc.ABC), Account.__abstractmethods__, Savings.__abstractmethods__)
print([c.__name__ for c in Checking.__mro__], Checking.__bases__[0].__name__, Checking.__qualname__)
print(vars(Point(1, 2)) if hasattr(Point(1, 2), "__dict__") else "slots only", Point.__slots__, Point(3, 4).x)
print(sorted(k for k in vars(a)), a.__class__.__name__, getattr(a, "nope", "default"))
accounts = [Account.create(k, n, bal) for k, n, bal in [("chk", "cy", 10), ("sav", "dee", 700), ("chk", "eve", 1500)]]
accounts.sort(key=lambda acc: (-acc.available, acc.owner))
for acc in accounts:
    print(f"{acc.label:<14}{acc.owner:<5}{Account.fmt(acc.balance)}{Account.fmt(acc.available)} fee={acc.monthly_fee()}")
print(sum(acc.balance for acc in accounts), max(accounts, key=lambda x: x.balance).owner, Account.next_number)
