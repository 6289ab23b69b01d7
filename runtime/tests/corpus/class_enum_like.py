# An Enum-like class built with a metaclass; iteration, lookup, comparison.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            setattr(cls, k, inst)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __contains__(cls, item):
        return isinstance(item, cls)
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
    def __hash__(self):
        return hash(self.name)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()} is #{self.value}"
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def gravity(self):
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)
print(list(Color), len(Color), Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2))
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, 1 in Color)
print([c.describe() for c in Color], {Color.RED: "stop", Color.GREEN: "go"}[Color(2)])
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
for p in Planet:
    print(p.name, f"{p.gravity():.2f}")
def traffic(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "unknown"
print([traffic(c) for c in Color])
class Flag:
    def __init__(self, bits=0):
        self.bits = bits
    def __or__(self, o):
        return Flag(self.bits | o.bits)
    def __and__(self, o):
        return Flag(self.bits & o.bits)
    def __contains__(self, o):
        return self.bits & o.bits == o.bits
    def __bool__(self):
        return bool(self.bits)
    def __repr__(self):
        names = [n for n, v in PERMS.items() if v.bits & self.bits]
        return "|".join(names) or "NONE"
PERMS = {"R": Flag(4), "W": Flag(2), "X": Flag(1)}
rw = PERMS["R"] | PERMS["W"]
print(rw, PERMS["W"] in rw, PERMS["X"] in rw, bool(rw & PERMS["X"]), rw & PERMS["R"], Flag())
class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7
    def is_weekend(self):
        return self.value >= 6
    def next(self):
        return Weekday(self.value % 7 + 1)
for d in Weekday:
    print(d, d.is_weekend(), "next:", d.next())
print(sorted(Weekday, key=lambda d: -d.value)[:3], len(Weekday), Weekday.FRI in Weekday, Color.RED in Weekday)
counts = {}
for v in [1, 3, 3, 7, 1, 1, 6]:
    day = Weekday(v)
    counts[day] = counts.get(day, 0) + 1
print(sorted((str(k), v) for k, v in counts.items()))
