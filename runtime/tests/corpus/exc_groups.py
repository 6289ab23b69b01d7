# ExceptionGroup, BaseExceptionGroup and except*.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg), eg.message, len(eg.exceptions), [repr(x) for x in eg.exceptions])
print(isinstance(eg, Exception), type(eg).__mro__[1].__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(KeyError)))
print(repr(eg.subgroup(lambda e: "2" in str(e))))
try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors:", repr(g))
except* TypeError as g:
    print("caught TypeErrors:", repr(g))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ValueError("v")])
    except* KeyError as g:
        print("handled", repr(g))
except ExceptionGroup as remaining:
    print("remaining", repr(remaining))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g), type(g).__name__)
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
print(repr(nested.split(TypeError)[0]), repr(nested.split(TypeError)[1]))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", ValueError())
except TypeError as e:
    print("TypeError", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
beg2 = BaseExceptionGroup("promoted", [ValueError("x")])
print(type(beg2).__name__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), KeyError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
def handler_order():
    log = []
    try:
        raise ExceptionGroup("g", [OSError("o"), ValueError("v"), KeyError("k")])
    except* (ValueError, KeyError) as g:
        log.append(("vk", [type(e).__name__ for e in g.exceptions]))
    except* OSError as g:
        log.append(("os", [type(e).__name__ for e in g.exceptions]))
    return log
print(handler_order())
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise KeyError("raised in except*")
except ExceptionGroup as e:
    print("new group:", repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print("KeyError", e)
eg2 = ExceptionGroup("msg", [ValueError(1)])
print(str(eg2), eg2.args)
print(str(ExceptionGroup("two", [ValueError(1), ValueError(2)])))
