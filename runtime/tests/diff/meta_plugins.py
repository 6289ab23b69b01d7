class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.plugins:
            raise ValueError(f"duplicate plugin {key!r}")
        cls.plugin_name = key
        cls.priority = priority
        Plugin.plugins[key] = cls

    def run(self, data):
        raise NotImplementedError(type(self).__name__ + ".run")

class Upper(Plugin, priority=5):
    def run(self, data):
        return data.upper()

class Reverse(Plugin, name="rev", priority=10):
    def run(self, data):
        return data[::-1]

class Strip(Plugin):
    def run(self, data):
        return data.strip()

class Lazy(Plugin, name="lazy"):
    pass

def pipeline(data):
    for cls in sorted(Plugin.plugins.values(), key=lambda c: (-c.priority, c.plugin_name)):
        try:
            data = cls().run(data)
            print(f"  {cls.plugin_name:6} -> {data!r}")
        except NotImplementedError as e:
            print(f"  {cls.plugin_name:6} skipped: {type(e).__name__}: {e}")
    return data

print(pipeline("  hello world "))

try:
    class Dup(Plugin, name="rev"):
        pass
except ValueError as e:
    print(type(e).__name__, e)
print("Dup" in [c.__name__ for c in Plugin.plugins.values()])

try:
    class Extra(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# chaining through mixins
class Tracker:
    seen = []
    def __init_subclass__(cls, **kw):
        Tracker.seen.append(("Tracker", cls.__name__, sorted(kw)))
        super().__init_subclass__(**kw)

class Tagged:
    def __init_subclass__(cls, tags=(), **kw):
        cls.tags = tuple(tags)
        Tracker.seen.append(("Tagged", cls.__name__, tags))
        super().__init_subclass__(**kw)

class Model(Tracker, Tagged):
    pass

class Row(Model, tags=["db", "row"]):
    pass

class Cell(Row):
    pass

for entry in Tracker.seen:
    print(entry)
print(Row.tags, Cell.tags, Model.tags)

# __init_subclass__ sees class after __set_name__
class Col:
    def __set_name__(self, owner, name):
        self.name = name
        owner._cols = getattr(owner, "_cols", ()) + (name,)

class Table:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, "cols:", cls.__dict__.get("_cols"))

class People(Table):
    first = Col()
    last = Col()

# class decorators adding methods
def auto_repr(cls):
    fields = [k for k, v in vars(cls).items() if isinstance(v, Col)]
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f, None)!r}" for f in fields) + ")"
    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    cls.__repr__ = __repr__
    return cls

def comparable(*keys):
    def deco(cls):
        def _key(self):
            return tuple(getattr(self, k) for k in keys)
        def __lt__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return _key(self) < _key(other)
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return _key(self) == _key(other)
        cls.__lt__ = __lt__
        cls.__eq__ = __eq__
        cls.__hash__ = lambda self: hash(_key(self))
        return cls
    return deco

@comparable("last", "first")
@auto_repr
class Person(Table):
    first = Col()
    last = Col()
    def __init__(self, first, last):
        self.__dict__["first"] = first
        self.__dict__["last"] = last

ps = [Person("ada", "lovelace"), Person("alan", "turing"), Person("grace", "hopper"), Person("ada", "byron")]
print(sorted(ps))
print(Person("x", "y") == Person("x", "y"), Person("x", "y") != Person("x", "z"))
print(len({Person("x", "y"), Person("x", "y")}))
print(Person.__repr__.__qualname__)
try:
    print(Person("a", "b") < 3)
except TypeError as e:
    print(type(e).__name__, e)
print(Person("a", "b") == 3)
try:
    print(Person("a", "b") >= Person("a", "c"))
except TypeError as e:
    print(type(e).__name__, e)
print(Person("a", "b") > Person("a", "a"))
