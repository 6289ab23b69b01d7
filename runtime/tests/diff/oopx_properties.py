"""Account model exercising properties, class/static methods, cached properties and introspection."""
import abc
import functools
import inspect


class Account:
    interest_rate = 0.02
    _count = 0

    def __init__(self, owner, balance=0, *, currency="EUR"):
        self.owner = owner
        self._balance = balance
        self.currency = currency
        Account._count += 1

    @property
    def balance(self):
        """Current balance in minor units."""
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print(f"  closing account of {self.owner}")
        self._balance = 0

    @property
    def owner_upper(self):
        return self.owner.upper()

    @classmethod
    def from_string(cls, text):
        owner, bal = text.split(":")
        return cls(owner, int(bal))

    @staticmethod
    def validate_owner(name):
        return name.isalpha()

    @classmethod
    def count(cls):
        return cls._count

    @functools.cached_property
    def statement(self):
        print("  (building statement)")
        return f"{self.owner}: {self._balance} {self.currency}"

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"


class Savings(Account):
    interest_rate = 0.05

    @Account.balance.setter
    def balance(self, value):
        if value < 100:
            raise ValueError("savings need at least 100")
        Account.balance.fset(self, value)

    def accrue(self):
        self._balance = round(self._balance * (1 + self.interest_rate))
        return self._balance


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...

    @classmethod
    @abc.abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def kind():
        ...


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def heavy(self):
        return 1


class Temp:
    def __init__(self):
        self._c = 0.0

    def _get(self):
        return self._c

    def _set(self, v):
        self._c = float(v)

    celsius = property(_get, _set, doc="Temperature in C")
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


def main():
    acc = Account("ann", 500)
    print(acc.balance, acc.owner_upper, Account.balance.__doc__)
    acc.balance = 250
    print(acc)
    for bad in (-5,):
        try:
            acc.balance = bad
        except ValueError as e:
            print("ValueError:", e)
    del acc.balance
    print(acc.balance)
    try:
        acc.owner_upper = "X"
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del acc.owner_upper
    except AttributeError as e:
        print("AttributeError:", e)
    b = Account.from_string("bob:42")
    print(b, Account.validate_owner("bob"), Account.validate_owner("b0b"), b.validate_owner("x"))
    print(Account.count(), b.count(), Savings.count())
    print(b.statement)
    print(b.statement, sorted(vars(b)))
    b._balance = 99
    print(b.statement)
    del b.statement
    print(b.statement)
    s = Savings.from_string("cy:1000")
    print(type(s).__name__, s, s.accrue(), s.interest_rate, Account.interest_rate)
    try:
        s.balance = 50
    except ValueError as e:
        print("ValueError:", e)
    s.balance = 150
    print(s.balance, Savings.balance.fget is Account.balance.fget, Savings.balance.fdel is Account.balance.fdel)

    prop = Account.__dict__["balance"]
    print(type(prop).__name__, prop.fget.__name__, prop.fset.__qualname__, callable(prop.fdel))
    print(type(Account.__dict__["from_string"]).__name__, type(Account.__dict__["validate_owner"]).__name__)
    sm = Account.__dict__["validate_owner"]
    print(sm("abc"), sm.__func__ is sm.__wrapped__, Account.__dict__["from_string"].__func__.__name__)
    bound = b.from_string
    print(bound.__self__ is Account, bound.__func__ is Account.__dict__["from_string"].__func__)
    m = b.__repr__
    print(m.__self__ is b, m.__name__, m.__qualname__, m == b.__repr__, m is b.__repr__)

    try:
        Shape()
    except TypeError as e:
        print("TypeError:", e)
    print(sorted(Shape.__abstractmethods__), inspect.isabstract(Shape))

    try:
        Slotted().heavy
    except TypeError as e:
        print("TypeError:", e)
    cp = functools.cached_property(lambda self: 1)
    try:
        cp.__get__(Account("z"), Account)
    except TypeError as e:
        print("TypeError:", e)
    print(Account.statement.__class__.__name__, Account.statement.attrname)

    sig = inspect.signature(Account)
    print(sig, list(sig.parameters), sig.parameters["currency"].kind)
    print(inspect.signature(Account.from_string), inspect.signature(b.from_string), inspect.signature(Account.validate_owner))
    print(inspect.signature(Savings.accrue), inspect.signature(s.accrue))
    print(inspect.getmro(Savings))
    members = inspect.getmembers(Account, predicate=lambda o: isinstance(o, property))
    print([name for name, _ in members])
    print(inspect.isfunction(Account.validate_owner), inspect.ismethod(Account.from_string), inspect.ismethod(b.accrue if hasattr(b, "accrue") else b.__repr__))
    print(type(inspect.getattr_static(Account, "from_string")).__name__, inspect.getattr_static(b, "balance").__class__.__name__)
    print(inspect.isdatadescriptor(Account.balance), inspect.ismethoddescriptor(Account.__dict__["from_string"]))

    t = Temp()
    t.celsius = 100
    print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
    try:
        t.fahrenheit = 3
    except AttributeError as e:
        print("AttributeError:", e)
    p2 = Temp.celsius.getter(lambda self: -1)
    print(p2.__get__(t), p2 is Temp.celsius, p2.fset is Temp.celsius.fset)


main()
