# `object` has no `__dict__` descriptor of its own: classes whose instances have a dict
# get one in their own namespace, BaseException has one, and so on.
class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, n):
        self.balance += n


class Savings(Account):
    rate = 0.05


class Slotted:
    __slots__ = ("a",)


class SlottedDict:
    __slots__ = ("a", "__dict__")


class MyError(Exception):
    pass


print("__dict__" in object.__dict__, "__weakref__" in object.__dict__)
print(sorted(object.__dict__)[:6])
print(sorted(Account.__dict__.keys() - object.__dict__.keys()))
print(sorted(Savings.__dict__.keys() - object.__dict__.keys()))
print("__dict__" in Account.__dict__, "__dict__" in Savings.__dict__, "__dict__" in Slotted.__dict__)
print("__dict__" in SlottedDict.__dict__, "__dict__" in BaseException.__dict__, "__dict__" in MyError.__dict__)
print(sorted(set(dir(object)) - set(dir(Slotted))), sorted(set(dir(Account())) - set(dir(object()))))
a = Account()
a.deposit(5)
print(a.__dict__, vars(a))
a.__dict__ = {"balance": 9, "extra": 1}
print(a.balance, a.extra, vars(a))
try:
    a.__dict__ = []
except TypeError as e:
    print("TypeError:", e)
for obj in (object(), 5, "s", [1], Slotted()):
    try:
        obj.__dict__
    except AttributeError as e:
        print("AttributeError:", e)
    print("__dict__" in dir(obj))
s = SlottedDict()
s.x = 1
print(s.__dict__)
e = MyError("boom")
e.code = 3
print(e.__dict__, vars(e), ValueError().__dict__)
print(type(Account.__dict__["__dict__"]).__name__, type(BaseException.__dict__["__dict__"]).__name__)
print(Account.__dict__["__dict__"].__get__(a), Account.__dict__["__dict__"].__name__)
import types
ns = types.SimpleNamespace(x=1)
print(ns.__dict__, type(types.__dict__).__name__)
def f():
    pass
f.tag = "t"
print(f.__dict__)
