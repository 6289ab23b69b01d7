# None, Ellipsis, NotImplemented singletons and their behaviour.
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis, bool(...))
print(NotImplemented, type(NotImplemented).__name__)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    n = None
    n[0]
except TypeError as e:
    print("TypeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    None < None
except TypeError as e:
    print("TypeError", e)
print(None == None, None != 0, None == False, [None] * 3, {None: None})
x = [1, ..., 3]
print(x, x[1] is ...)
def stub():
    ...
print(stub())
class Cmp:
    def __eq__(self, other):
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 1)
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[...], s[1:2, ...], s[..., 0], s[:, ::2])
print(type(None)() is None, type(...)() is ...)
try:
    NotImplemented + 1
except TypeError as e:
    print("TypeError", e)
