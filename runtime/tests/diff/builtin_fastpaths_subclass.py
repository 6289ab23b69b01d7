# Builtin fast paths (len, iter) must still honour overrides in subclasses.
class L(list):
    def __len__(self):
        return 42
    def __iter__(self):
        return iter(["from L"])

class T(tuple):
    def __len__(self):
        return 7
    def __iter__(self):
        yield "from T"

class S(str):
    def __iter__(self):
        return iter("xyz")

class D(dict):
    def __len__(self):
        return 5

print(len(L()), len(T()), len(D()), len(S("ab")))
print(list(L([1, 2])), [x for x in T((1, 2))], list(S("ab")))
for c in "ab":
    print(c)
for t in (1, 2):
    print(t)
for v in [3, 4]:
    print(v)
it = iter([1, 2])
print(type(it).__name__, next(it), list(it))
print(type(iter(())).__name__)
try:
    list.__iter__ = None
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
