# Copying and pickling partly consumed builtin iterators, renaming generators,
# cells made directly, and str() of objects whose __repr__ misbehaves.
import copy
import pickle
import types


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def advanced(it, n):
    for _ in range(n):
        next(it)
    return it


def reduce_form(it):
    r = it.__reduce__()
    return (r[0] is iter,) + tuple(r[1:])


show("list reduce", lambda: reduce_form(advanced(iter([1, 2, 3]), 1)))
show("tuple reduce", lambda: reduce_form(advanced(iter((1, 2, 3)), 2)))
show("str reduce", lambda: reduce_form(advanced(iter("abc"), 1)))
show("bytes reduce", lambda: reduce_form(advanced(iter(b"xyz"), 2)))
show("range reduce", lambda: reduce_form(advanced(iter(range(2, 20, 3)), 2)))
show("range reduce neg", lambda: reduce_form(advanced(iter(range(10, 0, -4)), 1)))


def exhausted_list():
    it = iter([1])
    list(it)
    return reduce_form(it)


show("exhausted list", exhausted_list)


def exhausted_bytes():
    it = iter(b"a")
    list(it)
    return reduce_form(it)


show("exhausted bytes", exhausted_bytes)

for seq in ([10, 20, 30, 40], (5, 6, 7), "hello", b"hey", range(1, 9, 2)):
    it = advanced(iter(seq), 2)
    c = copy.copy(it)
    d = copy.deepcopy(it)
    p = pickle.loads(pickle.dumps(it))
    print(type(seq).__name__, list(c), list(d), list(p), list(it))

shared = [[1], [2], [3]]
it = advanced(iter(shared), 1)
deep = copy.deepcopy(it)
first = next(deep)
first.append("x")
print(shared, first)


def setstate(seq, idx):
    it = iter(seq)
    it.__setstate__(idx)
    return list(it)


for seq in ([1, 2, 3], (1, 2, 3), "abc", range(3), range(0, 30, 10)):
    print([setstate(seq, i) for i in (-5, 0, 1, 3, 99)])
show("setstate str arg", lambda: setstate([1, 2], "1"))
show("setstate bool", lambda: setstate([1, 2], True))


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)


print(setstate(Seq(), 2), setstate(Seq(), -1), setstate(Seq(), 10))

# generators and coroutines can be renamed


def worker():
    yield "work"


g = worker()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Pool.renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
show("name int", lambda: setattr(g, "__name__", 5))
show("qualname none", lambda: setattr(g, "__qualname__", None))
show("del name", lambda: delattr(g, "__name__"))
print(next(g), worker.__name__)


async def job():
    return 1


c = job()
c.__name__ = "task"
print(c.__name__, c.__qualname__)
c.close()

# cells
cell = types.CellType(5)
print(cell.cell_contents)
cell.cell_contents = [1]
print(cell.cell_contents)
empty = types.CellType()
show("empty cell", lambda: empty.cell_contents)
show("two args", lambda: types.CellType(1, 2))
show("keyword", lambda: types.CellType(x=1))
empty.cell_contents = "now"
print(empty.cell_contents, "empty" in repr(types.CellType()))

# str() of objects whose repr is not a str


class BadRepr:
    def __repr__(self):
        return 42


class GoodStr(BadRepr):
    def __str__(self):
        return "good"


show("str bad repr", lambda: str(BadRepr()))
show("repr bad repr", lambda: repr(BadRepr()))
show("format bad repr", lambda: format(BadRepr()))
show("fstring bad repr", lambda: f"{BadRepr()}")
show("object.__str__", lambda: object.__str__(BadRepr()))
show("str good", lambda: str(GoodStr()))
show("print bad repr", lambda: print(BadRepr()))
