# Builtin methods called unbound on the wrong type: CPython words the error by the
# method's kind (slot wrapper for special methods filling a type slot, method
# descriptor otherwise; dict/list/set keep explicit __getitem__/__contains__ methods).
cases = [
    (int.__add__, ("a", 1)), (bytes.__repr__, (5,)), (str.upper, (5,)),
    (str.__format__, (5, "")), (list.__len__, (5,)), (dict.__getitem__, (5, 1)),
    (str.__sizeof__, (5,)), (float.__round__, (5,)), (list.__reversed__, (5,)),
    (str.__contains__, (5, "a")), (dict.__contains__, (5, 1)), (set.__iter__, (5,)),
    (set.__contains__, ([], 1)), (frozenset.__contains__, ([], 1)),
    (object.__reduce_ex__, (5,)), (int.__bool__, (None,)), (list.__iadd__, (5, [])),
    (list.__getitem__, (5, 0)), (dict.get, (5, 1)), (float.__mul__, (2, 3.0)),
    (str.__lt__, (1, "a")), (tuple.__hash__, ([],)), (list.__setitem__, ((), 0, 1)),
    (str.join, (5, [])), (bytes.hex, ("ab",)), (int.__neg__, (1.5,)),
]
for f, args in cases:
    try:
        f(*args)
    except TypeError as e:
        print(f.__qualname__, "->", e)
    else:
        print(f.__qualname__, "-> no error")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        # A mixin mistake: calling int's repr on a non-int.
        return int.__repr__(self)


try:
    repr(Money(5))
except TypeError as e:
    print("Money:", e)

# __get__ keeps the "doesn't apply" wording for both kinds.
for f in (int.__add__, str.upper, list.__len__, dict.__getitem__):
    try:
        f.__get__(5.5)
    except TypeError as e:
        print("get:", e)
