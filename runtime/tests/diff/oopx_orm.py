"""ORM-like model layer: descriptors with __set_name__, metaclass field collection."""


class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class Field:
    _counter = 0
    py_type = object

    def __init__(self, *, default=None, required=True, column=None):
        self.default = default
        self.required = required
        self.column = column
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name
        if self.column is None:
            self.column = name.upper()

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.attr)
        except AttributeError:
            if self.required and self.default is None:
                raise AttributeError(f"field {self.name!r} of {objtype.__name__} is unset") from None
            return self.default

    def __set__(self, obj, value):
        if value is None and not self.required:
            setattr(obj, self.attr, None)
            return
        if not isinstance(value, self.py_type) or isinstance(value, bool) and self.py_type is int:
            raise ValidationError(self.name, f"expected {self.py_type.__name__}, got {type(value).__name__}")
        self.validate(value)
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        try:
            delattr(obj, self.attr)
        except AttributeError:
            raise AttributeError(f"cannot delete unset field {self.name!r}") from None

    def validate(self, value):
        pass

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r}, column={self.column!r})"


class IntField(Field):
    py_type = int

    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max

    def validate(self, value):
        if self.min is not None and value < self.min:
            raise ValidationError(self.name, f"{value} < {self.min}")
        if self.max is not None and value > self.max:
            raise ValidationError(self.name, f"{value} > {self.max}")


class StrField(Field):
    py_type = str

    def __init__(self, *, max_len=None, **kw):
        super().__init__(**kw)
        self.max_len = max_len

    def validate(self, value):
        if self.max_len is not None and len(value) > self.max_len:
            raise ValidationError(self.name, f"too long ({len(value)} > {self.max_len})")


class ModelMeta(type):
    models = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        return ns

    def __new__(mcls, name, bases, ns, table=None, **kw):
        fields = {}
        for base in reversed(bases):
            fields.update(getattr(base, "_fields", {}))
        own = [(k, v) for k, v in ns.items() if isinstance(v, Field)]
        own.sort(key=lambda kv: kv[1].order)
        fields.update(own)
        ns["_fields"] = fields
        ns["_table"] = table or name.lower() + "s"
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if fields:
            mcls.models[name] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__}() got unexpected field(s): {', '.join(sorted(unknown))}")
        for name, field in self._fields.items():
            if name in values:
                setattr(self, name, values[name])

    def __repr__(self):
        parts = []
        for name in self._fields:
            try:
                parts.append(f"{name}={getattr(self, name)!r}")
            except AttributeError:
                parts.append(f"{name}=<unset>")
        return f"{type(self).__name__}({', '.join(parts)})"

    def _key(self):
        return tuple(getattr(self, n, None) for n in self._fields)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((type(self).__name__,) + self._key())

    def insert_sql(self):
        cols = [f.column for f in self._fields.values()]
        vals = [repr(getattr(self, n)) for n in self._fields]
        return f"INSERT INTO {self._table} ({', '.join(cols)}) VALUES ({', '.join(vals)})"


class User(Model, table="people"):
    id = IntField(min=1)
    name = StrField(max_len=8)
    email = StrField(required=False, column="mail")


class Admin(User):
    level = IntField(default=1, max=5)


def main():
    print(repr(User), len(User), repr(Admin), len(Admin))
    print(list(User._fields), list(Admin._fields))
    print(User.__dict__["name"], Admin.level)
    print(sorted(ModelMeta.models))
    u = User(id=1, name="ann")
    print(u, u.email)
    print(u.insert_sql())
    a = Admin(id=2, name="root", email="r@x")
    print(a, a.level)
    a.level = 3
    print(a.insert_sql())
    for bad in [dict(id=0, name="x"), dict(id="1", name="x"), dict(id=True, name="x"),
                dict(id=5, name="toolongname"), dict(id=5, name="x", age=3), dict(id=5, level=9)]:
        try:
            print(Admin(**bad))
        except ValidationError as e:
            print("ValidationError:", e, "| field =", e.field, "| isinstance ValueError:", isinstance(e, ValueError))
        except TypeError as e:
            print("TypeError:", e)
    partial = User(name="bob")
    print(partial)
    try:
        partial.id
    except AttributeError as e:
        print("AttributeError:", e)
    del u.name
    print(u)
    try:
        del u.name
    except AttributeError as e:
        print("AttributeError:", e)
    u1, u2, u3 = User(id=1, name="a"), User(id=1, name="a"), Admin(id=1, name="a")
    print(u1 == u2, u1 == u3, u1 != u3, hash(u1) == hash(u2), len({u1, u2, u3}))
    print(sorted(k for k in vars(u1)))
    print(type(User).__name__, type(Admin).__mro__)
    print(isinstance(User.__dict__["id"], IntField), User.id.min, User.id.column)


main()
