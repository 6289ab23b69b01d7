# A hand-written enum: metaclass with __prepare__-free member collection, iteration, lookup and flags.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v) and not isinstance(v, (classmethod, staticmethod, property))}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        members_map = {}
        cls._by_value = {}
        for k, v in members.items():
            if v in cls._by_value:
                alias_of = cls._by_value[v]
                members_map[k] = alias_of
                type.__setattr__(cls, k, alias_of)
                continue
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            members_map[k] = inst
            cls._by_value[v] = inst
            type.__setattr__(cls, k, inst)
        cls._members = members_map
        return cls
    def __iter__(cls):
        return iter(cls._by_value.values())
    def __len__(cls):
        return len(cls._by_value)
    def __getitem__(cls, name):
        try:
            return cls._members[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a member of {cls.__name__}") from None
    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None
    def __contains__(cls, item):
        return isinstance(item, cls) and item.name in cls._members
    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"
    def __reduce__(self):
        return (type(self), (self.value,))
    def __hash__(self):
        return hash(self.name)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
    @property
    def is_warm(self):
        return self in (Color.RED,)

print(list(Color), len(Color), Color.RED, repr(Color.BLUE), Color(2), Color["CRIMSON"], Color.CRIMSON is Color.RED)
print(Color.RED.describe(), Color.default(), Color.RED.is_warm, Color.BLUE.is_warm, Color.RED in Color, 1 in Color)
print({c: c.value for c in Color}, sorted(Color, key=lambda c: -c.value), [c.name for c in Color if c.value > 1])
for bad in [lambda: Color(9), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5)]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
Color.extra = "ok"
print(Color.extra, isinstance(Color.RED, Color), type(Color).__name__, Color.__mro__[1].__name__, Color.RED.__reduce__())

class Flag:
    def __init__(self, value, names):
        self.value = value
        self.names = names
    @classmethod
    def define(cls, *names):
        return {n: cls(1 << i, (n,)) for i, n in enumerate(names)}
    def __or__(self, other):
        return Flag(self.value | other.value, tuple(sorted(set(self.names) | set(other.names))))
    def __and__(self, other):
        return Flag(self.value & other.value, tuple(n for n in self.names if n in other.names))
    def __xor__(self, other):
        return Flag(self.value ^ other.value, tuple(sorted(set(self.names) ^ set(other.names))))
    def __invert__(self):
        return Flag(~self.value & 0b111, tuple(n for n in ("READ", "WRITE", "EXEC") if n not in self.names))
    def __contains__(self, other):
        return self.value & other.value == other.value
    def __bool__(self):
        return self.value != 0
    def __eq__(self, other):
        return isinstance(other, Flag) and self.value == other.value
    def __hash__(self):
        return self.value
    def __repr__(self):
        return "|".join(self.names) or "NONE"

P = Flag.define("READ", "WRITE", "EXEC")
rw = P["READ"] | P["WRITE"]
print(rw, rw.value, P["READ"] in rw, P["EXEC"] in rw, ~rw, rw & P["WRITE"], rw ^ P["READ"], bool(rw & P["EXEC"]), rw & P["EXEC"])
perms = {"alice": rw, "bob": P["READ"], "root": ~Flag(0, ())}
for user, p in sorted(perms.items()):
    print(f"{user:6} {p!r:18} {p.value:03b} {'can write' if P['WRITE'] in p else 'read only'}")
print(len({rw, P["READ"] | P["WRITE"], P["EXEC"]}), rw == P["WRITE"] | P["READ"])
