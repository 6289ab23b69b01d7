# Concatenation errors for subclasses of the builtin sequences (namedtuples,
# list-based containers) match the builtin types' own messages.
from collections import namedtuple


def attempt(label, f):
    try:
        r = f()
    except TypeError as e:
        print(f"{label}: TypeError: {e}")
    else:
        print(f"{label}: {r!r}")


Point = namedtuple("Point", "x y")


class Stack(list):
    def push(self, v):
        self.append(v)
        return self


class Row(tuple):
    def total(self):
        return sum(self)


class Text(str):
    pass


class Blob(bytes):
    pass


p = Point(1, 2)
s = Stack([1, 2])
r = Row((3, 4))

attempt("point + int", lambda: p + 1)
attempt("point + list", lambda: p + [3])
attempt("point + tuple", lambda: p + (3,))
attempt("tuple + point", lambda: (0,) + p)
attempt("point * 2", lambda: p * 2)
attempt("point * 'x'", lambda: p * "x")
attempt("stack + int", lambda: s + 1)
attempt("stack + tuple", lambda: s + (3,))
attempt("stack + list", lambda: s + [3])
attempt("list + stack", lambda: [0] + s)
attempt("stack + row", lambda: s + r)
attempt("row + stack", lambda: r + s)
attempt("row + None", lambda: r + None)
attempt("int + row", lambda: 1 + r)
attempt("text + 1", lambda: Text("a") + 1)
attempt("blob + 1", lambda: Blob(b"a") + 1)
attempt("row - row", lambda: r - r)
attempt("stack * 1.5", lambda: s * 1.5)


def augmented():
    out = []
    acc = Stack()
    try:
        acc += 5
    except TypeError as e:
        out.append(str(e))
    acc += (1, 2)
    out.append(list(acc))
    row = Row((1,))
    try:
        row += [2]
    except TypeError as e:
        out.append(str(e))
    row += (2,)
    out.append((type(row).__name__, row))
    pt = Point(1, 2)
    try:
        pt += 3
    except TypeError as e:
        out.append(str(e))
    return out


for line in augmented():
    print("aug:", line)


class Weird(tuple):
    def __add__(self, other):
        return NotImplemented


class Taker:
    def __radd__(self, other):
        return ("radd", type(other).__name__)


attempt("weird + int", lambda: Weird() + 1)
attempt("weird + taker", lambda: Weird() + Taker())
attempt("row + taker", lambda: r + Taker())
attempt("stack + taker", lambda: s + Taker())
print(r.total(), s.push(9), p._replace(x=5))
