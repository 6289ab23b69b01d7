"""Generate a small API reference for a set of classes using inspect."""
import abc
import inspect


class Shape(abc.ABC):
    """Base of all shapes.

    Subclasses implement area() and perimeter().
    """

    units = "cm"

    def __init__(self, name: str):
        self.name = name

    @abc.abstractmethod
    def area(self) -> float:
        """Surface of the shape."""

    @abc.abstractmethod
    def perimeter(self) -> float:
        ...

    def describe(self, precision: int = 2) -> str:
        """One-line summary."""
        return f"{self.name}: area={self.area():.{precision}f}"

    @classmethod
    def from_spec(cls, spec: dict) -> "Shape":
        """Build from a mapping."""
        return cls(**spec)

    @staticmethod
    def validate(value, *, minimum=0):
        return value >= minimum

    @property
    def label(self):
        """Upper-cased name."""
        return self.name.upper()


class Rect(Shape):
    def __init__(self, w: float, h: float, name: str = "rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    """A rectangle with equal sides."""

    sides = 4

    def __init__(self, side, **kw):
        super().__init__(side, side, **kw)


class Circle(Shape):
    def __init__(self, r, name="circle"):
        super().__init__(name)
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def perimeter(self):
        return 2 * 3.14159 * self.r


def document(cls):
    print("=" * 40)
    abstract = " (abstract)" if inspect.isabstract(cls) else ""
    print(f"class {cls.__name__}{inspect.signature(cls)}{abstract}")
    print("  mro:", " -> ".join(k.__name__ for k in inspect.getmro(cls)))
    doc = inspect.getdoc(cls)
    if doc:
        for line in doc.splitlines():
            print("  |", line)
    if inspect.isabstract(cls):
        print("  abstract methods:", sorted(cls.__abstractmethods__))
    groups = {}
    for attr in inspect.classify_class_attrs(cls):
        if attr.name.startswith("_"):
            continue
        if attr.defining_class is object or attr.defining_class is abc.ABC:
            continue
        groups.setdefault(attr.kind, []).append(attr)
    for kind in sorted(groups):
        print(f"  [{kind}]")
        for attr in sorted(groups[kind], key=lambda a: a.name):
            owner = attr.defining_class.__name__
            inherited = "" if attr.defining_class is cls else f" (from {owner})"
            if kind == "data":
                print(f"    {attr.name} = {attr.object!r}{inherited}")
                continue
            target = attr.object
            if isinstance(target, (staticmethod, classmethod)):
                target = target.__func__
            if isinstance(target, property):
                print(f"    {attr.name}{inherited}: {inspect.getdoc(target)}")
                continue
            try:
                sig = inspect.signature(target)
            except (TypeError, ValueError):
                sig = "(...)"
            summary = (inspect.getdoc(target) or "").split("\n")[0]
            print(f"    {attr.name}{sig}{inherited}" + (f"  -- {summary}" if summary else ""))


for c in (Shape, Rect, Square, Circle):
    document(c)

print("=" * 40)
funcs = inspect.getmembers(Square, inspect.isfunction)
print("functions on Square:", [n for n, _ in funcs])
print("methods bound:", [n for n, _ in inspect.getmembers(Square(2), inspect.ismethod)])
print("data members:", [(n, v) for n, v in inspect.getmembers(Square(3)) if not n.startswith("_") and not inspect.isroutine(v)])
print("static lookup:", type(inspect.getattr_static(Square, "from_spec")).__name__,
      type(inspect.getattr_static(Square, "label")).__name__,
      type(inspect.getattr_static(Square(1), "w")).__name__)


def show_tree(tree, level=0):
    for entry in tree:
        if isinstance(entry, list):
            show_tree(entry, level + 1)
        else:
            klass, bases = entry
            print("  " * level + klass.__name__, [b.__name__ for b in bases])


show_tree(inspect.getclasstree([Square, Circle, Rect, Shape]))
show_tree(inspect.getclasstree([Square, Circle], unique=True))
shapes = [Square(2), Rect(1, 3), Circle(1), Shape.from_spec.__func__(Circle, {"r": 2})]
for s in shapes:
    print(s.describe(), s.label, Shape.validate(s.area(), minimum=5))
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
