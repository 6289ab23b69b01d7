"""Field metadata via Annotated + NewType and a validating model base."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, MISSING
from typing import Annotated, NewType, get_type_hints, get_origin, get_args, Any, ClassVar

UserId = NewType("UserId", int)
Email = NewType("Email", str)


class Range:
    def __init__(self, lo: float, hi: float) -> None:
        self.lo, self.hi = lo, hi

    def __repr__(self) -> str:
        return f"Range({self.lo}, {self.hi})"

    def check(self, name: str, v: Any) -> str | None:
        if not (self.lo <= v <= self.hi):
            return f"{name}={v!r} outside [{self.lo}, {self.hi}]"
        return None


class MaxLen:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"MaxLen({self.n})"

    def check(self, name: str, v: Any) -> str | None:
        return f"{name} too long ({len(v)} > {self.n})" if len(v) > self.n else None


class Model:
    registry: ClassVar[dict[str, type]] = {}

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        Model.registry[cls.__name__] = cls

    def validate(self) -> list[str]:
        problems = []
        hints = get_type_hints(type(self), include_extras=True)
        for name, tp in hints.items():
            if get_origin(tp) is not Annotated:
                continue
            base, *meta = get_args(tp)
            value = getattr(self, name)
            for m in meta:
                if isinstance(m, str):
                    continue
                msg = m.check(name, value)
                if msg:
                    problems.append(msg)
        return problems


@dataclass
class User(Model):
    id: UserId
    email: Annotated[Email, MaxLen(20), 'contact']
    age: Annotated[int, Range(0, 150)] = 0
    score: Annotated[float, Range(0.0, 1.0), 'normalised'] = 0.5
    nick: Annotated[str, MaxLen(8)] = ""


@dataclass
class Admin(User):
    level: Annotated[int, Range(1, 3)] = 1
    perms: list[str] = field(default_factory=list)


users = [
    User(UserId(1), Email("a@x.io"), 30),
    User(UserId(2), Email("very.long.address@example.com"), 200, 1.5),
    Admin(UserId(3), Email("root@x"), 40, nick="superuser", level=5),
]
for u in users:
    print(u)
    print("  problems:", u.validate())

print(sorted(Model.registry))
print(UserId, Email, UserId.__name__, UserId.__supertype__, repr(UserId))
print(UserId(5), type(UserId(5)))
hints = get_type_hints(User)
print(hints)
ex = get_type_hints(Admin, include_extras=True)
for k in ex:
    print(f"  {k}: {ex[k]!r}")
print(User.__annotations__)
for f in fields(Admin):
    has_default = f.default is not MISSING
    print(f.name, repr(f.type), f.default if has_default else ("factory" if f.default_factory is not MISSING else "required"))

A = Annotated[int, "a"]
B = Annotated[A, "b"]
print(B, get_args(B), B.__metadata__, B.__origin__)
print(Annotated[list[int], Range(1, 2)] == Annotated[list[int], Range(1, 2)])
print(Annotated[int, "x"] == Annotated[int, "x"], hash(Annotated[int, "x"]) == hash(Annotated[int, "x"]))
print(list[Annotated[int, "m"]], Annotated[int | None, "opt"])
print(get_type_hints(Admin.validate), get_type_hints(Range.check))
try:
    Annotated[int]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
