import sys
def f(v):
    return int(v)
errors = []
for v in ["x", "y"]:
    try:
        f(v)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
try:
    try:
        raise OSError("first")
    except OSError as ctx:
        raise ExceptionGroup("outer", errors + [inner]) from ctx
except ExceptionGroup as eg:
    top = eg
many = ExceptionGroup("many", [ValueError(i) for i in range(17)])
try:
    raise top
except ExceptionGroup:
    pass
print("done")
raise ExceptionGroup("final", [top, many])
