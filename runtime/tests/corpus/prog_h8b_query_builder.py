"""A tiny query DSL: column objects overload comparison and boolean operators."""


class Expr:
    def __and__(self, other):
        return BoolOp("AND", self, other)

    def __or__(self, other):
        return BoolOp("OR", self, other)

    def __invert__(self):
        return Not(self)

    def __bool__(self):
        raise TypeError("use & and | instead of 'and'/'or' with query expressions")


class Column:
    def __init__(self, name):
        self.name = name

    def __set_name__(self, owner, name):
        self.name = name
        self.table = owner.__name__.lower()

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

    def _cmp(op):
        def method(self, other):
            return Compare(op, self, other)
        method.__name__ = f"cmp_{op}"
        return method

    __eq__ = _cmp("=")
    __ne__ = _cmp("!=")
    __lt__ = _cmp("<")
    __le__ = _cmp("<=")
    __gt__ = _cmp(">")
    __ge__ = _cmp(">=")
    __hash__ = object.__hash__
    del _cmp

    def in_(self, values):
        return Compare("IN", self, tuple(values))

    def like(self, pattern):
        return Compare("LIKE", self, pattern)

    def __repr__(self):
        return f"{self.table}.{self.name}"


class Compare(Expr):
    def __init__(self, op, col, value):
        self.op, self.col, self.value = op, col, value

    def sql(self):
        return f"{self.col.name} {self.op} {self.value!r}"

    def matches(self, row):
        v = row[self.col.name]
        if self.op == "=":
            return v == self.value
        if self.op == "!=":
            return v != self.value
        if self.op == "<":
            return v < self.value
        if self.op == "<=":
            return v <= self.value
        if self.op == ">":
            return v > self.value
        if self.op == ">=":
            return v >= self.value
        if self.op == "IN":
            return v in self.value
        if self.op == "LIKE":
            import fnmatch
            return fnmatch.fnmatchcase(v, self.value.replace("%", "*"))
        raise ValueError(self.op)


class BoolOp(Expr):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def sql(self):
        return f"({self.left.sql()} {self.op} {self.right.sql()})"

    def matches(self, row):
        if self.op == "AND":
            return self.left.matches(row) and self.right.matches(row)
        return self.left.matches(row) or self.right.matches(row)


class Not(Expr):
    def __init__(self, inner):
        self.inner = inner

    def sql(self):
        return f"NOT {self.inner.sql()}"

    def matches(self, row):
        return not self.inner.matches(row)


class Model:
    rows = []

    def __init_subclass__(cls):
        cls.rows = []
        cls.columns = [k for k, v in vars(cls).items() if isinstance(v, Column)]

    def __init__(self, **kw):
        for c in self.columns:
            setattr(self, c, kw[c])
        type(self).rows.append({c: kw[c] for c in self.columns})

    @classmethod
    def query(cls):
        return Query(cls)


class Query:
    def __init__(self, model, where=None, order=None, limit=None):
        self.model, self._where, self._order, self._limit = model, where, order, limit

    def _copy(self, **kw):
        d = dict(where=self._where, order=self._order, limit=self._limit)
        d.update(kw)
        return Query(self.model, **d)

    def where(self, expr):
        return self._copy(where=expr if self._where is None else self._where & expr)

    def order_by(self, col, desc=False):
        return self._copy(order=(col, desc))

    def limit(self, n):
        return self._copy(limit=n)

    def sql(self):
        s = f"SELECT {', '.join(self.model.columns)} FROM {self.model.__name__.lower()}"
        if self._where is not None:
            s += f" WHERE {self._where.sql()}"
        if self._order:
            s += f" ORDER BY {self._order[0].name}{' DESC' if self._order[1] else ''}"
        if self._limit is not None:
            s += f" LIMIT {self._limit}"
        return s

    def __iter__(self):
        rows = [r for r in self.model.rows if self._where is None or self._where.matches(r)]
        if self._order:
            rows.sort(key=lambda r: r[self._order[0].name], reverse=self._order[1])
        if self._limit is not None:
            rows = rows[: self._limit]
        return iter(rows)

    def __len__(self):
        return sum(1 for _ in self)


class User(Model):
    id = Column("id")
    name = Column("name")
    age = Column("age")
    city = Column("city")


data = [(1, "ann", 31, "oslo"), (2, "bob", 25, "rome"), (3, "cid", 42, "oslo"),
        (4, "dee", 19, "paris"), (5, "eve", 37, "rome"), (6, "fay", 25, "oslo"),
        (7, "gus", 58, "lima"), (8, "hal", 25, "paris")]
users = [User(id=i, name=n, age=a, city=c) for i, n, a, c in data]
print(User.columns, User.id, repr(User.age), users[2].name, users[2].age)

queries = [
    User.query(),
    User.query().where(User.age > 30),
    User.query().where(User.city == "oslo").where(User.age < 40),
    User.query().where((User.city == "rome") | (User.age <= 19)).order_by(User.name, desc=True),
    User.query().where(~User.city.in_(["oslo", "rome"])).order_by(User.age),
    User.query().where(User.name.like("%a%")).limit(2),
    User.query().where((User.age == 25) & ~(User.city == "paris")),
    User.query().order_by(User.age, desc=True).limit(3),
    User.query().where(User.age != 25).where(User.age >= 37),
]
for q in queries:
    print(q.sql())
    print("  ->", [r["name"] for r in q], len(q))

try:
    if User.age > 3 and User.age < 10:
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(User.age == 3).__name__, User.age.__eq__.__name__, hash(User.age) == hash(User.age))
print({User.age: "age", User.name: "name"}[User.age])
print(users[0].__dict__)
