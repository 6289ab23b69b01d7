import itertools

class Expr:
    def __init__(self, text, fn):
        self.text, self.fn = text, fn
    def __and__(self, other):
        return Expr(f"({self.text} AND {other.text})", lambda r: self.fn(r) and other.fn(r))
    def __or__(self, other):
        return Expr(f"({self.text} OR {other.text})", lambda r: self.fn(r) or other.fn(r))
    def __invert__(self):
        return Expr(f"NOT {self.text}", lambda r: not self.fn(r))
    def __bool__(self):
        raise TypeError("use & | ~ instead of and/or/not on expressions")
    def __repr__(self):
        return f"<Expr {self.text}>"

class Column:
    _ids = itertools.count()
    sql_type = "BLOB"
    def __init__(self, *, primary=False, nullable=True, default=None):
        self.primary, self.nullable, self.default = primary, nullable, default
        self.order = next(Column._ids)
    def __set_name__(self, owner, name):
        self.name = name
        self.model = owner.__name__
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)
    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValueError(f"{self.model}.{self.name} is NOT NULL")
        obj._values[self.name] = self.coerce(value)
        obj._dirty.add(self.name)
    def coerce(self, v):
        return v
    def _cmp(self, op, other, fn):
        return Expr(f"{self.name} {op} {other!r}", lambda r: fn(r._values.get(self.name), other))
    def __eq__(self, other): return self._cmp("=", other, lambda a, b: a == b)
    def __ne__(self, other): return self._cmp("!=", other, lambda a, b: a != b)
    def __lt__(self, other): return self._cmp("<", other, lambda a, b: a is not None and a < b)
    def __gt__(self, other): return self._cmp(">", other, lambda a, b: a is not None and a > b)
    __hash__ = object.__hash__
    def ddl(self):
        parts = [self.name, self.sql_type]
        if self.primary: parts.append("PRIMARY KEY")
        if not self.nullable: parts.append("NOT NULL")
        return " ".join(parts)

class Integer(Column):
    sql_type = "INTEGER"
    def coerce(self, v):
        return None if v is None else int(v)

class Text(Column):
    sql_type = "TEXT"
    def __init__(self, max_len=50, **kw):
        super().__init__(**kw)
        self.max_len = max_len
    def coerce(self, v):
        if v is not None and len(v) > self.max_len:
            raise ValueError(f"{self.name} longer than {self.max_len}")
        return v

class ModelMeta(type):
    tables = {}
    def __new__(mcls, name, bases, ns, table=None):
        cls = super().__new__(mcls, name, bases, ns)
        cols = {}
        for base in reversed(cls.__mro__):
            for k, v in vars(base).items():
                if isinstance(v, Column):
                    cols[k] = v
        cls._columns = dict(sorted(cols.items(), key=lambda kv: kv[1].order))
        cls._rows = []
        if ns.get("__abstract__"):
            return cls
        cls._table = table or name.lower() + "s"
        pks = [c for c in cls._columns.values() if c.primary]
        if len(pks) != 1:
            raise TypeError(f"{name} needs exactly one primary key, found {len(pks)}")
        cls._pk = pks[0].name
        mcls.tables[cls._table] = cls
        return cls
    def __getattr__(cls, name):
        if name.startswith("find_by_"):
            field = name[len("find_by_"):]
            if field not in cls._columns:
                raise AttributeError(f"{cls.__name__} has no column {field!r}")
            return lambda value: cls.where(cls._columns[field] == value)
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
    def __iter__(cls):
        return iter(cls._rows)
    def __len__(cls):
        return len(cls._rows)

class Model(metaclass=ModelMeta):
    __abstract__ = True
    def __init__(self, **values):
        self._values = {}
        self._dirty = set()
        unknown = set(values) - set(self._columns)
        if unknown:
            raise TypeError(f"unknown columns for {type(self).__name__}: {sorted(unknown)}")
        for name, col in self._columns.items():
            setattr(self, name, values.get(name, col.default))
    @classmethod
    def create_sql(cls):
        return f"CREATE TABLE {cls._table} (" + ", ".join(c.ddl() for c in cls._columns.values()) + ")"
    def save(self):
        if self not in type(self)._rows:
            type(self)._rows.append(self)
        changed = sorted(self._dirty)
        self._dirty.clear()
        return changed
    @classmethod
    def where(cls, expr):
        print(f"  query {cls._table}: {expr.text}")
        return [r for r in cls._rows if expr.fn(r)]
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self._columns) + ")"

class Timestamped(Model):
    __abstract__ = True
    created = Integer(default=0)

class User(Timestamped, table="accounts"):
    id = Integer(primary=True, nullable=False)
    name = Text(max_len=8, nullable=False)
    age = Integer()

class Post(Timestamped):
    id = Integer(primary=True, nullable=False)
    author = Integer()
    title = Text(max_len=20)

print(User.create_sql())
print(Post.create_sql())
print(sorted(ModelMeta.tables), User._pk, list(User._columns))

for i, (n, a) in enumerate([("ann", 31), ("bob", None), ("cy", 17), ("dee", "45")], 1):
    print(User(id=i, name=n, age=a, created=100 + i).save())
print(len(User), [u.name for u in User])

print(User.where((User.age > 18) & ~(User.name == "dee")))
print(User.where((User.age < 18) | (User.age == None)))
print(User.find_by_name("cy"), User.find_by_age(45))

for bad in [lambda: User.find_by_email("x"), lambda: User.nothing, lambda: User(id=9, name="waytoolongname"),
            lambda: User(id=None, name="x"), lambda: User(id=1, name="x", email="y"), lambda: User(id="one", name="q"),
            lambda: bool(User.age > 3), lambda: User.age > 3 and User.age < 9]:
    try:
        print("unexpected:", bad())
    except (AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

try:
    class NoPk(Model):
        x = Integer()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class TwoPk(Model):
        a = Integer(primary=True)
        b = Integer(primary=True)
except TypeError as e:
    print(type(e).__name__, e)

u = User.find_by_name("ann")[0]
u.age = 32
u.name = "annie"
print(u.save(), u.save(), u, User.id.ddl(), User.name.model, User.created.model)
print(User.age == 32, {User.age: "hashable"}[User.age])
