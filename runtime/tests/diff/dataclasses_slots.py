from dataclasses import dataclass, field, InitVar, fields
import dataclasses
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(InitVar(int)), InitVar[int])
print(repr(dataclasses.MISSING)[:9])
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(repr=False, init=False)
class NoInit:
    a: int = 1
n = NoInit()
print(n.a, type(repr(n)).__name__)
r = repr(fields(S)[1]); print(r[:r.index("default_factory")], r[r.index("init="):])

@dataclass(frozen=True, slots=True)
class FS:
    x: int
fs = FS(3)
print(fs, fs == FS(3), hash(fs) == hash(FS(3)), FS.__slots__)
try:
    fs.x = 4
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class Child(S):
    c: int = 5
print(Child(1, 2, 3), Child.__slots__)
