import enum, math, operator, typing, dataclasses, tomllib
print(f"{-0.0:z.2f}", f"{-0.001:z.1f}", format(-0.0, "z"), f"{-1e-9:z.3e}", f"{0.0:z}")
print((255).to_bytes(), (1).to_bytes(2), int.from_bytes(b"\x01\x00"), (13).bit_count(), (-5).bit_length())
print(math.cbrt(27), math.exp2(10), operator.call(max, 1, 5))
class S(enum.StrEnum):
    A = enum.auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), f"{S.A}", S("bee"), S.A == "a", str(S.B))
class N(enum.IntEnum):
    ONE = 1
print(str(N.ONE), f"{N.ONE}", repr(N.ONE), format(N.ONE))
class Fl(enum.IntFlag):
    A = 1; B = 2
print(str(Fl.A | Fl.B), repr(Fl.A | Fl.B), f"{Fl.B}", Fl(4), repr(Fl(0)))
class F2(enum.Flag, boundary=enum.STRICT):
    X = 1; Y = 2
try: F2(7)
except ValueError as e: print("ValueError:", e)
class F3(enum.Flag, boundary=enum.CONFORM):
    X = 1; Y = 2
print(F3(7), repr(F3(7)))
class F4(enum.IntFlag, boundary=enum.KEEP):
    X = 1
print(F4(9), repr(F4(9)))
class Cfg(enum.Enum):
    A = 1
    helper = enum.nonmember(5)
    X = enum.member(7)
print(list(Cfg), Cfg.helper)
@enum.verify(enum.UNIQUE)
class U(enum.Enum):
    A = 1; B = 2
try:
    @enum.verify(enum.CONTINUOUS)
    class V(enum.IntEnum):
        A = 1; C = 3
except ValueError as e: print("ValueError:", e)
class Pl(enum.Enum):
    A = 1
    B = 2
    @property
    def lower(self): return self.name.lower()
print(Pl.A.lower, Pl._value2member_map_, Pl._member_names_)
print(repr(Pl.A), str(Pl.A), format(Pl.A), f"{Pl.A!s:>6}|")
@dataclasses.dataclass(slots=True, kw_only=True)
class D:
    a: int
    b: str = "x"
d = D(a=1); print(d, D.__slots__, hasattr(d, "__dict__"))
try: D(1)
except TypeError as e: print("TypeError:", e)
@dataclasses.dataclass(frozen=True, slots=True)
class FS:
    v: int
print(FS(1), hash(FS(1)) == hash(FS(1)), FS.__match_args__)
print(typing.Self, typing.Never, typing.LiteralString, typing.Required[int], typing.NotRequired[str])
class TD(typing.TypedDict):
    a: typing.Required[int]
    b: typing.NotRequired[str]
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
try: typing.assert_never(3)
except AssertionError as e: print("AssertionError:", e)
print(typing.assert_type(5, int), typing.reveal_type(7) if False else "")
doc = tomllib.loads('''
title = "TOML"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [ 8000, 8001 ]
enabled = true
temp = 79.5
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
color = "gray"
[a.b.c]
d = 'lit\\n'
inline = { x = 1, y = [1, 2] }
''')
print(doc["title"], doc["owner"]["name"], doc["owner"]["dob"].isoformat(), doc["database"], doc["products"], doc["a"])
try: tomllib.loads("x = ")
except tomllib.TOMLDecodeError as e: print("TOMLDecodeError:", e)
try: tomllib.loads("x = 1\nx = 2")
except tomllib.TOMLDecodeError as e: print("TOMLDecodeError:", e)
import datetime
print(datetime.UTC, datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC).isoformat(), datetime.date.fromisoformat("20210304"), datetime.datetime.fromisoformat("2021-03-04T05:06:07Z"))
print(datetime.time.fromisoformat("04:05"), datetime.datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"))
