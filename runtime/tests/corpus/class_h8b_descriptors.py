"""Descriptors for validated records: a small ORM-like field layer."""


class Field:
    _counter = 0

    def __init__(self, default=None):
        Field._counter += 1
        self.order = Field._counter
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        if not hasattr(obj, self.private):
            raise AttributeError(f"{self.name} not set")
        delattr(obj, self.private)

    def validate(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Integer(Field):
    def __init__(self, minimum=None, maximum=None, **kw):
        super().__init__(**kw)
        self.minimum = minimum
        self.maximum = maximum

    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name}={value} below {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.name}={value} above {self.maximum}")
        return value


class String(Field):
    def __init__(self, max_len=20, strip=True, **kw):
        super().__init__(**kw)
        self.max_len = max_len
        self.strip = strip

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be str, not {type(value).__name__}")
        if self.strip:
            value = value.strip()
        if len(value) > self.max_len:
            raise ValueError(f"{self.name} too long ({len(value)} > {self.max_len})")
        return value


class Choice(Field):
    def __init__(self, *choices, **kw):
        super().__init__(**kw)
        self.choices = choices

    def validate(self, value):
        if value not in self.choices:
            raise ValueError(f"{self.name} must be one of {self.choices!r}, got {value!r}")
        return value


class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        own = sorted((v for v in ns.values() if isinstance(v, Field)), key=lambda f: f.order)
        for f in own:
            fields[f.name] = f
        cls._fields = fields
        return cls


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for name, field in self._fields.items():
            if name in values:
                setattr(self, name, values.pop(name))
        if values:
            raise TypeError(f"{type(self).__name__} got unknown fields: {', '.join(sorted(values))}")

    def as_dict(self):
        return {name: getattr(self, name) for name in self._fields}

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"{type(self).__name__}({inner})"


class Person(Model):
    name = String(max_len=10)
    age = Integer(minimum=0, maximum=150, default=0)


class Employee(Person):
    role = Choice("dev", "ops", "mgr", default="dev")
    salary = Integer(minimum=0, default=1000)


print(list(Person._fields))
print(list(Employee._fields))
print(Person.name, Employee.salary)
p = Person(name="  Ada  ", age=36)
print(p)
print(p.as_dict())
e = Employee(name="Linus", role="ops")
print(e)
e.salary = 5000
e.age += 1
print(e)
print(vars(e))

tests = [
    lambda: Person(name=3),
    lambda: Person(name="x" * 11),
    lambda: Person(name="ok", age=-1),
    lambda: Person(name="ok", age=200),
    lambda: Person(name="ok", age=True),
    lambda: Employee(name="ok", role="ceo"),
    lambda: Employee(name="ok", pay=1, bonus=2),
    lambda: setattr(e, "salary", 1.5),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "ok")
    except (TypeError, ValueError) as ex:
        print(i, type(ex).__name__, ex)

del e.salary
print(e.salary)
try:
    del e.salary
except AttributeError as ex:
    print("AttributeError:", ex)


# non-data descriptor vs instance dict precedence
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @Lazy
    def total(self):
        print("  computing total")
        return sum(self.rows)

    @Lazy
    def mean(self):
        print("  computing mean")
        return self.total / len(self.rows)


r = Report([3, 4, 5, 8])
print(r.mean)
print(r.mean, r.total)
print(Report.total.calls, Report.mean.calls)
print(sorted(vars(r)))
r.total = 100
print(r.total)


# data descriptor beats instance dict
class Const:
    def __get__(self, obj, owner):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Holder:
    x = Const()

h = Holder()
h.__dict__["x"] = 7
print(h.x, h.__dict__)
try:
    h.x = 3
except AttributeError as ex:
    print("AttributeError:", ex)


# property subclassing and getter/setter/deleter chaining
class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = float(v)

    @celsius.deleter
    def celsius(self):
        self._c = 0.0

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32,
                          lambda self, v: setattr(self, "celsius", (v - 32) * 5 / 9))


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, round(t.fahrenheit, 6))
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as ex:
    print("ValueError:", ex)
try:
    del t.fahrenheit
except AttributeError as ex:
    print("AttributeError:", ex)
ro = property(lambda self: 1)
class RO:
    v = ro
try:
    RO().v = 2
except AttributeError as ex:
    print("AttributeError:", ex)
print(isinstance(Temperature.celsius, property), Temperature.celsius.fset is not None)
