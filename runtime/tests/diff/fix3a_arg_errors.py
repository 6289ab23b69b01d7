# Argument-count checks and their messages for builtins and common methods: methods
# without parameters reject extra arguments (named by the receiver's type), list.count()
# and list.remove() without an argument raise TypeError, keyword forms of pow/round/sum,
# Argument Clinic wording for exact counts, reverse= read as an int, chr() range.
from collections import Counter, OrderedDict, defaultdict


def show(f):
    try:
        r = f()
        print("OK", repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, "|", e)


show(lambda: [1].count())
show(lambda: [1].remove())
show(lambda: [1].count(1, 2))
show(lambda: [3, 1].copy(1))
show(lambda: [3, 1].reverse(1))
show(lambda: [3, 1].clear(1, 2))
show(lambda: {'a': 1}.keys(1))
show(lambda: {'a': 1}.values(1))
show(lambda: {'a': 1}.items(1))
show(lambda: {'a': 1}.items(x=1))
show(lambda: {'a': 1}.copy(1))
show(lambda: {'a': 1}.clear(1))
show(lambda: {'a': 1}.popitem(1))
show(lambda: Counter('ab').keys(1))
show(lambda: Counter('ab').popitem(1))
show(lambda: defaultdict(int).items(1))
show(lambda: (5).bit_length(1))
show(lambda: (5).conjugate(1))
show(lambda: (5).as_integer_ratio(1))
show(lambda: (5).bit_count(1))
show(lambda: True.bit_length(1))
show(lambda: (2.5).is_integer(1))
show(lambda: (2.5).conjugate(1))
show(lambda: (2.5).hex(1))
show(lambda: (2.5).as_integer_ratio(1))
show(lambda: range(3).count())
show(lambda: range(3).index(1, 2))
show(lambda: memoryview(b'ab').tobytes('x'))
show(lambda: memoryview(b'ab').tobytes('C'))
show(lambda: memoryview(b'ab').tobytes(1, 2))
show(lambda: memoryview(b'ab').tolist(1))
show(lambda: memoryview(b'abc').hex(':'))
show(lambda: memoryview(b'abcd').hex('-', 2))
show(lambda: memoryview(object=b'ab').tobytes())
show(lambda: memoryview())
show(lambda: memoryview(b'', b''))

show(lambda: pow(base=2, exp=10))
show(lambda: pow(2, exp=3, mod=5))
show(lambda: pow(2))
show(lambda: pow())
show(lambda: pow(1, 2, 3, 4))
show(lambda: pow(2, 3, base=2))
show(lambda: round(number=2.567, ndigits=1))
show(lambda: round(2.567, ndigits=2))
show(lambda: round())
show(lambda: round(1, 2, 3))
show(lambda: round(1, bad=2))
show(lambda: sum([1, 2], start=10))
show(lambda: sum())
show(lambda: sum(1, 2, 3))
show(lambda: sum(iterable=[1]))
show(lambda: enumerate())
show(lambda: enumerate(1, 2, 3))
show(lambda: enumerate([], start=1, x=2))
show(lambda: list(enumerate(iterable='ab', start=5)))

for name, args in [("isinstance", (1,)), ("issubclass", ()), ("hasattr", (1, 2, 3)),
                   ("setattr", (1, 2)), ("delattr", (1,)), ("divmod", (1,)), ("sorted", ()),
                   ("sorted", ([], [])), ("chr", (2**40,)), ("chr", (-2**40,)), ("chr", (2**31,)),
                   ("chr", (-1,)), ("chr", (0x110000,)), ("dict", (1, 2)), ("tuple", (1, 2)),
                   ("float", (1, 2)), ("bool", (1, 2))]:
    show(lambda: __builtins__.__dict__[name](*args) if isinstance(__builtins__, type(show)) else getattr(__builtins__, name)(*args))

show(lambda: {}.update({}, {}))
show(lambda: sorted([2, 1], reverse=None))
show(lambda: sorted([2, 1], reverse='x'))
show(lambda: sorted([2, 1], reverse=2.5))
show(lambda: sorted([2, 1], reverse=2))
show(lambda: sorted([2, 1], reverse=True))
l = [1, 3, 2]
show(lambda: l.sort(reverse=None))
l.sort(reverse=1)
print(l)
