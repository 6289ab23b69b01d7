# except* and exception groups: splitting, nesting, re-raising, new raises, metadata.
def show(label, f):
    try:
        f()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, repr(e))

def nested():
    raise ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k")])

def catch_values():
    try:
        nested()
    except* ValueError as e:
        print("  values:", repr(e))
show("only values", catch_values)

def catch_all_kinds():
    try:
        nested()
    except* ValueError as e:
        print("  V", repr(e))
    except* TypeError as e:
        print("  T", repr(e))
    except* KeyError as e:
        print("  K", repr(e))
show("all kinds", catch_all_kinds)

def reraise_bare():
    try:
        nested()
    except* TypeError:
        raise
show("bare raise keeps shape", reraise_bare)

def raise_new():
    try:
        nested()
    except* ValueError:
        raise RuntimeError("new")
show("new raise", raise_new)

def raise_new_all_handled():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only")
show("new raise alone", raise_new_all_handled)

def naked():
    try:
        raise OSError("naked")
    except* OSError as e:
        print("  naked caught", repr(e), repr(e.exceptions[0]))
show("naked", naked)

def naked_unmatched():
    try:
        raise OSError("naked")
    except* ValueError:
        print("  not here")
show("naked unmatched", naked_unmatched)

def tuple_types():
    try:
        nested()
    except* (ValueError, KeyError) as e:
        print("  tuple", repr(e))
show("tuple", tuple_types)

def bad_type():
    try:
        nested()
    except* ExceptionGroup:
        pass
show("bad type", bad_type)

def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("  base", type(e).__name__, repr(e))
show("base group", base_group)

eg = ExceptionGroup("x", [ValueError(1), TypeError(2), ExceptionGroup("y", [ValueError(3)])])
print(eg.split(ValueError))
print(eg.split(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(KeyError), eg.subgroup((TypeError, KeyError)))
print(eg.derive([KeyError(9)]), eg.message, eg.exceptions)
try:
    eg.split(3)
except TypeError as e:
    print("TypeError", e)
eg.__notes__ = ["note"]
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__cause__, type(m).__name__)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG("derived " + self.message, excs)
print(MyEG("m", [ValueError(1), TypeError(2)]).split(ValueError))
print(ExceptionGroup("s", (ValueError(1),)), BaseExceptionGroup("c", [ValueError(1)]).__class__.__name__)
for bad in [("m", []), ("m", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
