# CALL_BUILTIN_TYPE: calls of builtin types (range, int, str, tuple, enumerate, zip...)
# straight to their native __new__, and the cases around it.
def make(t, *a):
    return t(*a)

def use_range(n):
    return sum(range(n))

print(sum(use_range(i) for i in range(100)))
print([make(int, "12"), make(str, 3.5), make(tuple, "ab"), make(float, "1e3")])
for t, a in [(int, ("ff", 16)), (str, (b"x", "ascii")), (tuple, ([1, 2],)), (frozenset, ("aab",))]:
    for _ in range(60):
        r = make(t, *a)
    print(t.__name__, r if not isinstance(r, frozenset) else sorted(r))

def conv(x):
    return int(x)

for v in ["1", 2.7, True, "  -3 "] * 20:
    r = conv(v)
print(r)
try:
    conv("x")
except ValueError as e:
    print("ValueError", e)

def gen_fail():
    yield 1
    raise KeyError("inside")

def to_tuple(g):
    return tuple(g)

for _ in range(60):
    to_tuple(iter([1]))
try:
    to_tuple(gen_fail())
except KeyError as e:
    print("KeyError", e)

class MyInt(int):
    def __init__(self, v):
        print("MyInt.__init__", v)

class Weird:
    def __int__(self):
        return 5
    def __index__(self):
        return 6

print([conv(Weird()) for _ in range(3)], int(MyInt(4)))
def en(xs):
    return list(enumerate(xs, 1)), list(zip(xs, xs[1:]))
for _ in range(60):
    r = en("abc")
print(r)
def call_it(t):
    return t()
print([call_it(t) for t in (int, str, tuple, float, frozenset, bool)] * 1)
for _ in range(60):
    call_it(int)
print(call_it(list), call_it(dict), call_it(lambda: "fn"))
class Sub(str):
    pass
print([make(Sub, "s") for _ in range(3)][-1], type(make(Sub, "s")).__name__)
print(type(make(type, 3)).__name__, make(type, "x").__name__)
try:
    make(range)
except TypeError as e:
    print("TypeError", e)
try:
    make(int, "1", 2, 3)
except TypeError as e:
    print("TypeError", e)
