"""Less common protocol hooks used by frameworks: __mro_entries__, __class_getitem__,
__instancecheck__, __set_name__, __init_subclass__, __missing__, __index__ and friends."""


class TypedList:
    def __class_getitem__(cls, item):
        name = getattr(item, "__name__", repr(item))
        return type(f"TypedList[{name}]", (cls,), {"item_type": item})

    item_type = object

    def __init__(self, *items):
        self.items = []
        for it in items:
            self.append(it)

    def append(self, it):
        if not isinstance(it, self.item_type):
            raise TypeError(f"{type(self).__name__} cannot hold {type(it).__name__}")
        self.items.append(it)

    def __repr__(self):
        return f"{type(self).__name__}({self.items})"


IntList = TypedList[int]
print(IntList(1, 2, 3), IntList.__name__, IntList.item_type, TypedList[str]("a"))
try:
    IntList(1, "2")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(IntList, TypedList), TypedList[int] is TypedList[int])


class Mixer:
    """An object usable as a base class that expands into real bases."""

    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        return self.bases


class Walks:
    def move(self):
        return "walk"


class Swims:
    def swim(self):
        return "swim"


class Duck(Mixer(Walks, Swims)):
    pass


print([c.__name__ for c in Duck.__mro__], Duck().move(), Duck().swim())
print(Duck.__orig_bases__[0].__class__.__name__, [b.__name__ for b in Duck.__bases__])


class DuckTypeMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckTypeMeta):
    required = ("quack",)


class Robot:
    def quack(self):
        return "beep-quack"


print(isinstance(Robot(), Quacker), isinstance(1, Quacker), issubclass(Robot, Quacker), issubclass(int, Quacker))
print(isinstance(Robot(), (int, Quacker)), isinstance(3, (str, (float, int))))


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __repr__(self):
        return f"Field({self.owner}.{self.name})"


class Form:
    username = Field()
    password = Field()
    alias = username


print(Form.username, Form.password, Form.alias)
late = Field()
Form.late = late
print(hasattr(late, "name"))
late.__set_name__(Form, "late")
print(late)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")

try:
    class UsesBroken:
        thing = Broken()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise TypeError(f"plugin {key!r} already registered by {Plugin.registry[key].__name__}")
        Plugin.registry[key] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class JsonLines(Json, name="jsonl"):
    pass

print(sorted(Plugin.registry), Plugin.registry["json"].__name__)
try:
    class Again(Plugin, name="csv"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Weird(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class DefaultCounter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


dc = DefaultCounter()
for w in "the cat and the hat and the bat".split():
    dc[w] += 1
print(sorted(dc.items()), dc.get("zebra"), "zebra" in dc, dc["zebra"], "zebra" in dc)


class Chain(dict):
    def __init__(self, parent=None, **kw):
        super().__init__(**kw)
        self.parent = parent

    def __missing__(self, key):
        if self.parent is None:
            raise KeyError(key)
        return self.parent[key]


root = Chain(a=1, b=2)
mid = Chain(root, b=20)
leaf = Chain(mid, c=300)
print(leaf["a"], leaf["b"], leaf["c"], leaf.get("a"), "a" in leaf)
try:
    leaf["zz"]
except KeyError as e:
    print("KeyError:", e)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(8):Idx(3)], bin(Idx(10)), oct(Idx(8)), hex(Idx(255)))
print("abc" * Idx(2), [0] * Idx(3), range(Idx(4))[-1], int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
print(int.__index__(5), (5).__index__(), round(2.5), round(Idx(3).n))
import operator
print(operator.index(Idx(9)))
try:
    data[Idx(99)]
except IndexError as e:
    print("IndexError:", e)


class Reversible:
    def __init__(self, *v):
        self.v = v

    def __len__(self):
        return len(self.v)

    def __getitem__(self, i):
        return self.v[i]

    def __reversed__(self):
        print("  custom __reversed__")
        return iter(self.v[::-1])


r = Reversible(1, 2, 3)
print(list(reversed(r)), list(r), 2 in r)


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(reversed(SeqOnly())), list(SeqOnly()), sorted(SeqOnly(), reverse=True))


class LenHint:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __length_hint__(self):
        return 5

print(operator.length_hint(LenHint()), operator.length_hint([1, 2]), operator.length_hint(iter([]), 7), list(LenHint()))


class CallCounter:
    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append((args, tuple(sorted(kwargs.items()))))
        return len(self.calls)


cc = CallCounter()
print(cc(1), cc(2, k=3), list(map(cc, "ab")), cc.calls, callable(cc), callable(CallCounter))


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & int(o))

    def __rand__(self, o):
        return Bits(int(o) & self.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rlshift__(self, n):
        return n << self.v

    def __invert__(self):
        return Bits(~self.v & 0xFF)

    def __int__(self):
        return self.v

    def __repr__(self):
        return f"Bits({self.v:08b})"


b = Bits(0b1011)
print(b & 6, 6 & b, b << 2, 1 << Bits(4), ~b, int(~~b))
