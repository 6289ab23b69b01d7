from __future__ import annotations

import dataclasses
import functools
import inspect
import sys
import types
import typing as t
from dataclasses import dataclass, field, InitVar
from typing import ClassVar, ForwardRef, get_type_hints


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list[Transaction] = field(default_factory=list)
    count: ClassVar[int] = 0
    limit: t.ClassVar[float] = 100.0
    seed: InitVar[float] = 0.0
    kind: dataclasses.InitVar[str] = "basic"

    def __post_init__(self, seed, kind):
        Account.count += 1
        self.kind_label = kind
        if seed:
            self.deposit(seed, "seed")

    def deposit(self, amount: float, memo: str = "") -> Transaction:
        tx = Transaction(amount, memo)
        self.history.append(tx)
        self.balance += amount
        return tx


@dataclass(order=True)
class Transaction:
    amount: float
    memo: str = ""


a = Account("ann", seed=10, kind="gold")
a.deposit(5.5, "tip")
print(a, a.kind_label, Account.count)
print([f.name for f in dataclasses.fields(Account)])
print({k: v._field_type for k, v in Account.__dataclass_fields__.items()})
print(Account.__annotations__)
print(get_type_hints(Account))
print(get_type_hints(Account.deposit))
print(inspect.signature(Account))
print(inspect.signature(Account.deposit))
print(sorted(a.history), max(a.history))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@logged
def transfer(src: Account, dst: Account, amount: float = 0) -> tuple[Transaction, Transaction]:
    return src.deposit(-amount, "out"), dst.deposit(amount, "in")


print(get_type_hints(transfer))
print(inspect.signature(transfer))
print(transfer.__annotations__ is transfer.__wrapped__.__annotations__, transfer(a, Account("bob"), 2))

print(repr(ForwardRef("Account")), ForwardRef("x") == ForwardRef("x"), ForwardRef("List[int]").__forward_arg__)
print(t.List["Account"], t.Optional["Transaction"], t.Dict[str, "int"])
print(get_type_hints(t.NamedTuple("NT", [("acct", "Account"), ("n", int)])))

mod = types.ModuleType("plugins")
sys.modules["plugins"] = mod
exec("""
from __future__ import annotations
from dataclasses import dataclass

class Helper:
    pass

@dataclass
class Plugin:
    name: str
    helper: Helper | None = None

def make(p: Plugin) -> Helper: ...
""", mod.__dict__)
print(mod.Plugin.__module__, get_type_hints(mod.Plugin), get_type_hints(mod.make))
print(mod.Plugin("x"), mod.Plugin.__annotations__)


class Outer:
    @dataclass
    class Inner:
        value: int
        link: Outer.Inner | None = None

    def build(self) -> Outer.Inner:
        return Outer.Inner(1, Outer.Inner(2))


print(Outer().build(), get_type_hints(Outer.Inner), Outer.Inner.__qualname__)


def factory():
    @dataclass
    class Local:
        peer: Local | None = None
        size: int = 0
    return Local


L = factory()
print(L(L(size=2)), L.__annotations__)
try:
    get_type_hints(L)
except NameError as e:
    print("NameError:", e)
print(get_type_hints(L, localns={"Local": L}))
