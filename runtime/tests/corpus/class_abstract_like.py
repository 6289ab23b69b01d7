# Abstract-method enforcement written by hand (no abc module), template methods, mixins.
def abstractmethod(fn):
    fn.__isabstract__ = True
    return fn
class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = set()
        for klass in reversed(cls.__mro__):
            for k, v in vars(klass).items():
                if getattr(v, "__isabstract__", False):
                    abstract.add(k)
                elif k in abstract:
                    abstract.discard(k)
        cls.__abstracts__ = frozenset(abstract)
        return cls
    def __call__(cls, *args, **kwargs):
        if cls.__abstracts__:
            names = ", ".join(sorted(cls.__abstracts__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__call__(*args, **kwargs)
class Shape(metaclass=AbstractMeta):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.141592653589793 * self.r ** 2
    def perimeter(self):
        return 2 * 3.141592653589793 * self.r
class HalfDone(Shape):
    def area(self):
        return 0
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Circle(1).describe(), sorted(Shape.__abstracts__), sorted(HalfDone.__abstracts__), Circle.__abstracts__)
class JsonMixin:
    def to_json(self):
        def enc(v):
            if isinstance(v, str):
                return '"' + v + '"'
            if isinstance(v, bool):
                return "true" if v else "false"
            if v is None:
                return "null"
            if isinstance(v, (list, tuple)):
                return "[" + ",".join(enc(x) for x in v) + "]"
            return str(v)
        return "{" + ",".join(f'"{k}":{enc(v)}' for k, v in vars(self).items()) + "}"
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
class User(JsonMixin, EqMixin, ReprMixin):
    def __init__(self, name, admin=False, tags=()):
        self.name, self.admin, self.tags = name, admin, list(tags)
u = User("ann", True, ["x", "y"])
print(u, u.to_json(), u == User("ann", True, ["x", "y"]), u == User("bob"))
print([c.__name__ for c in User.__mro__])
class Game:
    def play(self):
        log = [self.start()]
        while not self.over():
            log.append(self.turn())
        log.append(self.finish())
        return log
    def start(self):
        return "start"
    def finish(self):
        return "finish"
class Countdown(Game):
    def __init__(self, n):
        self.n = n
    def over(self):
        return self.n == 0
    def turn(self):
        self.n -= 1
        return f"tick {self.n}"
    def finish(self):
        return "boom (" + super().finish() + ")"
print(Countdown(3).play())
class NotImplementedBase:
    def run(self):
        raise NotImplementedError
try:
    NotImplementedBase().run()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
shapes = [Circle(r) for r in (0.5, 1, 2, 3.5)]
for s in sorted(shapes, key=lambda s: -s.area()):
    print(s.describe())
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
class Rect(Square):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h
    def area(self):
        return self.side * self.h
    def perimeter(self):
        return 2 * (self.side + self.h)
for s in [Square(2), Rect(2, 5), Square(1.5), Rect(0.5, 0.25)]:
    print(s.describe(), type(s).__abstracts__)
class Plugin(metaclass=AbstractMeta):
    @abstractmethod
    def run(self, data): ...
    def __call__(self, data):
        return self.run(data)
class Upper(Plugin):
    def run(self, data):
        return data.upper()
class Reverse(Plugin):
    def run(self, data):
        return data[::-1]
class Twice(Plugin):
    def run(self, data):
        return data * 2
pipeline = [Upper(), Reverse(), Twice()]
data = "abc"
for p in pipeline:
    data = p(data)
    print(type(p).__name__, "->", data)
