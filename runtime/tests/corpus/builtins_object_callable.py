# object(), callable(), id-free identity, __class__, super-less attribute behaviour.
o = object()
print(type(o).__name__, isinstance(o, object), callable(o), callable(object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(print), callable("s"), callable(lambda: 0), callable(type), callable(int), callable([].append))
class CallMe:
    def __call__(self, *a, **k):
        return ("called", a, sorted(k.items()))
class NotCallable:
    pass
print(callable(CallMe()), CallMe()(1, x=2), callable(NotCallable()), callable(NotCallable))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
try:
    (1)()
except TypeError as e:
    print("TypeError", e)
try:
    "abc"()
except TypeError as e:
    print("TypeError", e)
print(o.__class__ is object, (1).__class__, "a".__class__.__name__, [].__class__.__class__)
print(object.__name__, object.__doc__ is not None, object.__bases__, isinstance(object, type), issubclass(type, object))
class WithInit:
    def __init__(self, v):
        self.v = v
try:
    WithInit()
except TypeError as e:
    print("TypeError", e)
try:
    WithInit(1, 2)
except TypeError as e:
    print("TypeError", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
print(str(NoInit) == "<class '__main__.NoInit'>", repr(int), repr(type(None)), str(object))
print(hasattr(o, "__dict__"), hasattr(NoInit(), "__dict__"), NoInit().__dict__)
print(object.__eq__(o, o), object.__ne__(o, 1), object.__eq__(o, 1))
print(NoInit().__eq__(1), NoInit.__hash__ is object.__hash__, NoInit.__str__ is object.__str__)
