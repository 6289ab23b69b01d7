# f(*x), [*x] and (*x,) ask a Python class for its length hint after taking the iterator,
# as CPython's PySequence_Tuple and list_extend do (so __len__'s errors come out; a
# TypeError from it is ignored); {*x} does not ask.
class C:
    def __init__(self, err):
        self.err = err
        self.log = []
    def __iter__(self):
        self.log.append("iter")
        return iter([1, 2])
    def __len__(self):
        self.log.append("len")
        raise self.err("len")
def f(*a):
    return a
for err in (NotImplementedError, TypeError):
    for name, g in [("call", lambda c: f(*c)), ("list", lambda c: [*c]), ("tuple", lambda c: (*c,)),
                    ("set", lambda c: {*c}), ("print", lambda c: print(*c))]:
        c = C(err)
        try:
            print(name, g(c), c.log)
        except NotImplementedError as e:
            print(name, "NotImplementedError", e, c.log)
