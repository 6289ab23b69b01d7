# ExceptionGroup construction rules, split/subgroup/derive metadata, except* contexts, traceback identity.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
eg.add_note("note!")
try:
    raise eg
except ExceptionGroup as e:
    caught = e
m, r = caught.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, r.__notes__, m.__traceback__ is caught.__traceback__, m.__context__, m.__cause__)
print(repr(caught.subgroup(lambda x: isinstance(x, KeyError))))
print(caught.subgroup(ValueError).exceptions)
print(caught.split(OSError))
print(repr(caught.derive([KeyError(9)])))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
me = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(me.split(ValueError)))
print(type(me.subgroup(TypeError)).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as v: print(v)
try:
    ExceptionGroup("x", [1])
except ValueError as v: print(v)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as v: print(v)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as v: print(v)
print(str(eg), eg.message, eg.args)
print(repr(ExceptionGroup("a", (ValueError(1),))))
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("star val", repr(e), e.__traceback__ is not None)
        raise KeyError("from star")
try:
    f()
except ExceptionGroup as e:
    print("outer", repr(e), [repr(x.__context__) for x in e.exceptions])
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        print("naked wrapped", repr(e))
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
except ValueError as e:
    print("plain", repr(e))
try:
    try:
        raise TypeError(5)
    except* ValueError:
        pass
except TypeError as e:
    print("unmatched naked", repr(e))
try:
    1 / 0
except ZeroDivisionError as z:
    t1 = z.__traceback__
    print(t1 is z.__traceback__, z.__traceback__.tb_frame is z.__traceback__.tb_frame)
    z.__traceback__ = t1
    print(z.__traceback__ is t1)
class MyExc(Exception):
    pass
class MyEG2(MyExc, ExceptionGroup):
    pass
try:
    MyEG2("m", [KeyboardInterrupt()])
except TypeError as v:
    print(v)
print(type(MyEG2("m", [ValueError()])).__name__)
