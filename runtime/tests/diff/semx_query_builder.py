"""A tiny query builder: operator overloading that returns expression trees."""
import functools
import operator


class Expr:
    def _wrap(self, other):
        return other if isinstance(other, Expr) else Const(other)

    def __eq__(self, other):
        return Cmp("=", self, self._wrap(other))

    def __ne__(self, other):
        return Cmp("!=", self, self._wrap(other))

    def __lt__(self, other):
        return Cmp("<", self, self._wrap(other))

    def __le__(self, other):
        return Cmp("<=", self, self._wrap(other))

    def __gt__(self, other):
        return Cmp(">", self, self._wrap(other))

    def __ge__(self, other):
        return Cmp(">=", self, self._wrap(other))

    def __and__(self, other):
        return Logic("AND", self, self._wrap(other))

    def __rand__(self, other):
        return Logic("AND", self._wrap(other), self)

    def __or__(self, other):
        return Logic("OR", self, self._wrap(other))

    def __invert__(self):
        return Not(self)

    def __add__(self, other):
        return Arith("+", self, self._wrap(other))

    def __radd__(self, other):
        return Arith("+", self._wrap(other), self)

    def __mul__(self, other):
        return Arith("*", self, self._wrap(other))

    def __rmul__(self, other):
        return Arith("*", self._wrap(other), self)

    def __neg__(self):
        return Arith("-", Const(0), self)

    def __bool__(self):
        raise TypeError(f"cannot use {type(self).__name__} expression {self.sql()} as a boolean")

    def __contains__(self, item):
        raise TypeError("use .isin() instead of 'in'")

    def isin(self, values):
        return InList(self, [self._wrap(v) for v in values])

    __hash__ = object.__hash__

    def __repr__(self):
        return f"<{type(self).__name__} {self.sql()}>"


class Col(Expr):
    def __init__(self, name):
        self.name = name

    def sql(self):
        return self.name

    def eval(self, row):
        return row[self.name]


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def sql(self):
        return repr(self.value) if not isinstance(self.value, str) else "'" + self.value.replace("'", "''") + "'"

    def eval(self, row):
        return self.value


class Binary(Expr):
    ops = {}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def sql(self):
        return f"({self.left.sql()} {self.op} {self.right.sql()})"

    def eval(self, row):
        return self.ops[self.op](self.left.eval(row), self.right.eval(row))


class Cmp(Binary):
    ops = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le,
           ">": operator.gt, ">=": operator.ge}


class Arith(Binary):
    ops = {"+": operator.add, "*": operator.mul, "-": operator.sub}


class Logic(Binary):
    ops = {"AND": lambda a, b: a and b, "OR": lambda a, b: a or b}


class Not(Expr):
    def __init__(self, inner):
        self.inner = inner

    def sql(self):
        return f"NOT {self.inner.sql()}"

    def eval(self, row):
        return not self.inner.eval(row)


class InList(Expr):
    def __init__(self, col, values):
        self.col, self.values = col, values

    def sql(self):
        return f"{self.col.sql()} IN ({', '.join(v.sql() for v in self.values)})"

    def eval(self, row):
        return self.col.eval(row) in [v.eval(row) for v in self.values]


class Table:
    def __init__(self, name, rows):
        self.name, self.rows = name, rows

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return Col(name)

    def __getitem__(self, name):
        return Col(name)

    def where(self, *conds):
        cond = functools.reduce(operator.and_, conds)
        print("SQL:", f"SELECT * FROM {self.name} WHERE {cond.sql()}")
        return [r["id"] for r in self.rows if cond.eval(r)]


rows = [
    {"id": 1, "name": "ann", "age": 31, "dept": "eng", "salary": 100},
    {"id": 2, "name": "bob", "age": 25, "dept": "ops", "salary": 70},
    {"id": 3, "name": "o'neil", "age": 45, "dept": "eng", "salary": 150},
    {"id": 4, "name": "dee", "age": 38, "dept": "hr", "salary": 90},
]
users = Table("users", rows)
print(users.where(users.age > 30))
print(users.where(users.dept == "eng", users.salary >= 120))
print(users.where((users.age < 30) | (users.dept == "hr")))
print(users.where(~(users.dept != "eng")))
print(users.where(users["name"] == "o'neil"))
print(users.where(users.salary * 1.1 + 5 > 100))
print(users.where(2 * users.age + -users.salary < 0))
print(users.where(users.dept.isin(["ops", "hr"]), users.age <= 38))
print(repr(users.age == 3), repr(3 == users.age), repr(3 < users.age), repr(5 + users.age))
print(repr(users.age != None), repr(None == users.age))
for bad in [lambda: bool(users.age > 3), lambda: 1 < users.age < 5, lambda: users.age and 1,
            lambda: 3 in users.age, lambda: users._secret, lambda: users.age + users.name == [1],
            lambda: users.age in [users.name], lambda: sorted([users.age, users.name])]:
    try:
        print("ok?", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(len({users.age, users.age}), users.age in {users.age: 1} if False else "skip dict")
exprs = [users.age, users["name"]]
print(exprs.index(exprs[0]), users.name)
try:
    exprs.index(exprs[1])
except TypeError as e:
    print("index:", e)
try:
    exprs.remove(users["dept"])
except TypeError as e:
    print("remove:", e)
