"""Storage backends as an ABC hierarchy with template methods and virtual subclasses."""
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import MutableMapping, Iterable, Sized, Container, Hashable, Callable, Iterator


class Backend(ABC):
    """Template method: save() validates then delegates to _write()."""
    name = "abstract"

    def __init__(self):
        self.ops = []

    def save(self, key, value):
        if not isinstance(key, str) or not key:
            raise ValueError(f"{self.name}: invalid key {key!r}")
        self.ops.append(("save", key))
        self._write(key, self.encode(value))
        return self

    def load(self, key):
        self.ops.append(("load", key))
        return self.decode(self._read(key))

    def encode(self, value):
        return repr(value)

    def decode(self, raw):
        return eval(raw, {"__builtins__": {}})

    @abstractmethod
    def _write(self, key, raw):
        ...

    @abstractmethod
    def _read(self, key):
        ...

    @property
    @abstractmethod
    def size(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Backend:
            if all(any(m in B.__dict__ for B in C.__mro__) for m in ("_write", "_read", "size")):
                return True
        return NotImplemented


class MemoryBackend(Backend):
    name = "memory"

    def __init__(self):
        super().__init__()
        self._data = {}

    def _write(self, key, raw):
        self._data[key] = raw

    def _read(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(f"{self.name}: no such key {key!r}") from None

    @property
    def size(self):
        return len(self._data)


class LoggingBackend(MemoryBackend):
    name = "logging"

    def _write(self, key, raw):
        print(f"  [log] write {key} ({len(raw)} bytes)")
        super()._write(key, raw)


class UpperBackend(MemoryBackend):
    name = "upper"

    def encode(self, value):
        return repr(value.upper() if isinstance(value, str) else value)


class Incomplete(Backend):
    def _write(self, key, raw):
        pass


class DuckStore:
    def _write(self, key, raw):
        pass

    def _read(self, key):
        return "None"

    size = 0


for cls in (MemoryBackend, LoggingBackend, UpperBackend):
    b = cls()
    b.save("a", 1).save("b", [1, 2]).save("c", "text")
    print(cls.name, b.size, b.load("b"), b.load("c"), b.ops[-2:])
    try:
        b.load("zzz")
    except KeyError as e:
        print("  KeyError:", e)
    try:
        b.save("", 1)
    except ValueError as e:
        print("  ValueError:", e)

for cls in (Backend, Incomplete):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Backend.__abstractmethods__), sorted(Incomplete.__abstractmethods__), MemoryBackend.__abstractmethods__)
print(issubclass(DuckStore, Backend), isinstance(DuckStore(), Backend), issubclass(dict, Backend))


class Tabular(metaclass=ABCMeta):
    @abstractmethod
    def rows(self):
        ...

Tabular.register(list)
Tabular.register(tuple)
print(isinstance([], Tabular), isinstance((), Tabular), isinstance("", Tabular), issubclass(list, Tabular))
print(Tabular.register(dict) is dict, isinstance({}, Tabular))


class Registry(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._store = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._store[self._norm(key)]

    def __setitem__(self, key, value):
        self._store[self._norm(key)] = value

    def __delitem__(self, key):
        del self._store[self._norm(key)]

    def __iter__(self):
        return iter(sorted(self._store))

    def __len__(self):
        return len(self._store)

    @staticmethod
    def _norm(key):
        return key.strip().lower().replace("-", "_")

    def __repr__(self):
        return f"Registry({dict(self.items())})"


r = Registry({"Content-Type": "json"}, Accept="text")
r["X-Trace"] = "1"
r.setdefault("content_type", "xml")
print(r, len(r), r["content-type"], "ACCEPT" in r, r.get("missing", "-"))
print(r.pop("x_trace"), r.popitem(), list(r.keys()), list(r.values()), list(r.items()))
r.update([("A-B", 1)], c_d=2)
print(r, r == {"accept": "text", "a_b": 1, "c_d": 2} or dict(r))
r.clear()
print(r, len(r))
try:
    r.popitem()
except KeyError as e:
    print("KeyError:", e)
print(isinstance(r, MutableMapping), isinstance(r, Iterable), isinstance(r, Sized), isinstance(r, Hashable))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = Countdown(3)
print(isinstance(cd, Iterator), isinstance(cd, Iterable), list(cd), list(cd))
print(isinstance(len, Callable), isinstance(Countdown, Callable), isinstance(cd, Callable))
print(isinstance(3, Container), isinstance("abc", Container), isinstance([], Hashable), isinstance((), Hashable))


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0.0

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2 + super().area()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Square(2), Circle(1), Square(1.5)]
for sh in sorted(shapes, key=Shape.area):
    print(sh.describe())
print(sum(s.area() for s in shapes).__round__(3))


class Late(ABC):
    pass

Late.go = abstractmethod(lambda self: None)
print(Late.__abstractmethods__, type(Late()).__name__)
