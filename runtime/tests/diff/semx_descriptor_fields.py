"""A small validated-record framework built on descriptors."""


class Field:
    _counter = 0

    def __init__(self, *, default=None, required=False):
        Field._counter += 1
        self.order = Field._counter
        self.default = default
        self.required = required
        self.name = None
        self.owner_name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner_name = owner.__name__
        self.storage = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.storage)
        except AttributeError:
            if self.required:
                raise AttributeError(f"{self.owner_name}.{self.name} is required and unset") from None
            return self.default

    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        try:
            delattr(obj, self.storage)
        except AttributeError:
            raise AttributeError(f"{self.name} not set") from None

    def validate(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.owner_name}.{self.name}>"


class IntField(Field):
    def __init__(self, *, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        if self.lo is not None and value < self.lo:
            raise ValueError(f"{self.name}={value} below {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValueError(f"{self.name}={value} above {self.hi}")
        return value


class StrField(Field):
    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be str")
        return value.strip()


class Record:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        fields = {}
        for klass in reversed(cls.__mro__):
            for k, v in vars(klass).items():
                if isinstance(v, Field):
                    fields[k] = v
        cls._fields = sorted(fields.values(), key=lambda f: f.order)

    def __init__(self, **kw):
        for f in self._fields:
            if f.name in kw:
                setattr(self, f.name, kw.pop(f.name))
        if kw:
            raise TypeError(f"unexpected fields: {sorted(kw)}")

    def __repr__(self):
        parts = []
        for f in self._fields:
            try:
                parts.append(f"{f.name}={getattr(self, f.name)!r}")
            except AttributeError:
                parts.append(f"{f.name}=<unset>")
        return f"{type(self).__name__}({', '.join(parts)})"


class Person(Record):
    name = StrField(required=True)
    age = IntField(lo=0, hi=150, default=0)


class Employee(Person):
    salary = IntField(lo=0)
    title = StrField(default="staff")

    @property
    def label(self):
        return f"{self.name} ({self.title})"

    @label.setter
    def label(self, value):
        name, _, title = value.partition("/")
        self.name = name
        self.title = title or "staff"


class Manager(Employee):
    @Employee.label.getter
    def label(self):
        return "Mgr " + super().label


def attempt(fn):
    try:
        r = fn()
        print("  ok:", r)
    except Exception as e:
        print("  err:", type(e).__name__, e)


print([f.name for f in Manager._fields])
print(Person.name, Employee.salary, Manager.age)
p = Person(name="  Ann ", age=31)
print(p, p.name, p.age)
attempt(lambda: Person(age=5).name)
attempt(lambda: Person(name="x", age=-1))
attempt(lambda: Person(name="x", age=True))
attempt(lambda: Person(name=3))
attempt(lambda: Person(name="x", nick="y", zz=1))
e = Employee(name="Bo", salary=100)
print(e, e.label)
e.label = "Bob/engineer"
print(e, e.label)
m = Manager(name="Cy", salary=5, title="boss")
print(m.label)
m.label = "Dee"
print(m, m.label)
del m.salary
print(m.salary)
attempt(lambda: m.__delattr__("salary"))
print(type(Manager.__dict__["label"]).__name__, Manager.label.fset is Employee.label.fset)
print(Manager.label.fget.__name__, Manager.label.fget.__qualname__)
attempt(lambda: setattr(Person(name="z"), "label", 1))
print(vars(e) == {"_f_name": "Bob", "_f_salary": 100, "_f_title": "engineer"})
print(sorted(vars(e)))
prop = property(lambda self: 1)
class Q:
    x = prop
q = Q()
attempt(lambda: setattr(q, "x", 2))
attempt(lambda: delattr(q, "x"))
print(property.__doc__ is not None, prop.__isabstractmethod__)
