import traceback, sys, io, os
_real = sys.stdout
class _Strip(io.StringIO):
    pass
class _Out:
    def write(self, t):
        show(t)
    def flush(self):
        pass
OUT = _Out()
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(text):
    _real.write(text.replace(HERE, ''))
def parse(s):
    return int(s)
def load(items):
    out = []
    for it in items:
        out.append(parse(it) * 2)
    return out
try:
    load(["1", "x"])
except ValueError:
    traceback.print_exc(file=OUT)
try:
    d = {"a": {"b": None}}
    d["a"]["b"]["c"]
except TypeError:
    show(traceback.format_exc() + '\n')
def outer():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
try:
    outer()
except RuntimeError as e:
    show("".join(traceback.format_exception(e)) + "\n")
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print(len(traceback.format_tb(tb)))
class Obj:
    attr = None
try:
    Obj().attr.missing
except AttributeError:
    traceback.print_exc(file=OUT)
try:
    x = [1, 2, 3]
    y = x[1] + x[10]
except IndexError:
    traceback.print_exc(limit=1, file=OUT)
try:
    raise ExceptionGroup("eg", [ValueError("a"), KeyError("b")])
except ExceptionGroup:
    traceback.print_exc(file=OUT)
def f(a, b):
    return a.upper() + b
try:
    f("x", 5)
except TypeError as e:
    traceback.print_exception(type(e), e, e.__traceback__, file=OUT)
s = traceback.extract_stack()
print(type(s).__name__, s[-1].name, s[-1].lineno)
try:
    eval("1 +")
except SyntaxError:
    traceback.print_exc(file=OUT)
try:
    exec("def g():\n    return undefined\ng()")
except NameError:
    traceback.print_exc(file=OUT)
