import traceback, sys
def inner():
    return [f.f_code.co_name for f, _ in traceback.walk_stack(None)][:3]
def outer():
    return inner()
print(outer())
def deep():
    return [name for name, in [(s.name,) for s in traceback.StackSummary.extract(traceback.walk_stack(None))]][:2]
def top():
    return deep()
print(top())
fr = sys._getframe()
print([f.f_code.co_name for f, n in traceback.walk_stack(fr)][:1])
eg = ExceptionGroup("grp", [ValueError(i) for i in range(5)] + [ExceptionGroup("sub", [TypeError("t")])])
te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
print(te.max_group_width, te.max_group_depth)
print("".join(te.format()))
e1 = ValueError("a"); e2 = KeyError("b"); e1.__context__ = e2; e2.__context__ = e1
print("".join(traceback.format_exception(e1)))
