# exec/eval/compile with namespaces, locals(), and the SyntaxError/IndentationError messages
# of many common mistakes.
print(sum([0.1] * 3), sum([1e100, 1.0, -1e100]), sum(range(10), start=5), sum([[1], [2]], []))
print(range(0), range(1, 10, 2), range(10) == range(0, 10, 1), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)), 5 in range(1, 10, 2), range(1, 10, 2).index(7), range(1, 10, 2).count(4))
print(reversed(range(5)).__class__.__name__, list(reversed(range(1, 10, 3))), range(-5, 5)[-1], len(range(10**20)), range(10**20)[-1])
print(slice(1, 2), slice(None, None, -1), slice(1, 2).start, slice(3).stop, slice(1, 2) == slice(1, 2))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None, []])), list(enumerate("ab", start=10)))
cnt = iter([3, 2, 1, 0, 5].pop, 0)
print(list(cnt))
print(min([], default="empty"), max([1, 3, 2], key=lambda x: -x), min("bca"), max((1, "a"), (1, "b")), max(1, 2, 3, key=lambda v: v % 3))
try:
    max()
except TypeError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    min([1], [2], default=0)
except TypeError as e:
    print(e)
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True), sorted(pairs, reverse=True))
words = ["Banana", "apple", "cherry", "Apple"]
words.sort(key=str.lower)
print(words, sorted(words), sorted(words, key=len, reverse=True))
print(list(zip()), list(zip([1])), list(zip("ab", range(5), [None] * 3)))
print(all([]), any([]), all([1, 0]), any([0, 0.0, ""]), any(x > 2 for x in range(5)))
print(divmod(-7, 2), abs(-7), bin(-5), hex(-255), oct(-8), bool([]), bool([0]), callable(print), callable(1))
print(chr(97), ord("a"), ascii("ñ\n"), repr("ñ\n"), format(0.5, "%"), type(1.0).__name__, isinstance(1, (str, (float, int))))
print(list(iter("abc")), next(iter({}), "none"), id(1) == id(1), globals()["__name__"], __name__, __doc__)
print(vars(type("X", (), {"a": 1}))["a"], dir(type("Y", (), {"b": 1, "a": 2}))[-2:], sorted(vars(object()) if False else {}))
ns = {}
exec("x = 1\ndef f():\n    return x + 1\ny = f()", ns)
print(ns["y"], sorted(k for k in ns if not k.startswith("__")), "__builtins__" in ns)
print(eval("a + b", {"a": 1}, {"b": 2}), eval("[i*i for i in range(3)]"), eval("len('abc')", {}))
loc = {}
exec("z = 5", None, loc)
print(loc)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), code.co_filename, type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.text)
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    compile("x = ", "f.py", "exec")
except SyntaxError as e:
    print(e)
try:
    exec("return 5")
except SyntaxError as e:
    print(e)
try:
    exec("break")
except SyntaxError as e:
    print(e)
try:
    exec("def g():\n    nonlocal q")
except SyntaxError as e:
    print(e)
try:
    exec("f(x for x in y, 1)")
except SyntaxError as e:
    print(e)
try:
    exec("a = 1\n  b = 2")
except IndentationError as e:
    print(type(e).__name__, e)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e)
try:
    exec("x = (1,\n")
except SyntaxError as e:
    print(e)
try:
    exec("'abc")
except SyntaxError as e:
    print(e)
try:
    exec("1 = x")
except SyntaxError as e:
    print(e)
try:
    exec("f() = 1")
except SyntaxError as e:
    print(e)
try:
    exec("del f()")
except SyntaxError as e:
    print(e)
try:
    exec("x += 1, y = 2")
except SyntaxError as e:
    print(e)
try:
    exec("print 'hello'")
except SyntaxError as e:
    print(e)
try:
    exec("a b")
except SyntaxError as e:
    print(e)
try:
    exec("def f(a, a): pass")
except SyntaxError as e:
    print(e)
try:
    exec("def f(a=1, b): pass")
except SyntaxError as e:
    print(e)
try:
    exec("lambda: (yield)")
    print("ok lambda yield")
except SyntaxError as e:
    print(e)
try:
    exec("class A:\n    return 1")
except SyntaxError as e:
    print(e)
try:
    exec("for x in 1, 2: pass\nelse pass")
except SyntaxError as e:
    print(e)
try:
    exec("x = 08")
except SyntaxError as e:
    print(e)
try:
    exec("x = 1_")
except SyntaxError as e:
    print(e)
try:
    exec("f(**a, *b)")
except SyntaxError as e:
    print(e)
try:
    exec("f(a=1, 2)")
except SyntaxError as e:
    print(e)
try:
    exec("[x for x in range(3)] = 1")
except SyntaxError as e:
    print(e)
try:
    exec("None = 1")
except SyntaxError as e:
    print(e)
try:
    exec("x: int = 1 = 2")
except SyntaxError as e:
    print(e)
try:
    exec("async def f():\n    yield from x")
except SyntaxError as e:
    print(e)
try:
    exec("def f():\n    x = 1\n    global x")
except SyntaxError as e:
    print(e)
try:
    exec("import a.b as")
except SyntaxError as e:
    print(e)
try:
    exec("if x = 1: pass")
except SyntaxError as e:
    print(e)
try:
    exec("{1: 2, 3}")
except SyntaxError as e:
    print(e)
try:
    exec("a, *b, *c = x")
except SyntaxError as e:
    print(e)
try:
    exec("*a = x")
except SyntaxError as e:
    print(e)
try:
    exec("print(*)")
except SyntaxError as e:
    print(e)
try:
    exec("f'{}'")
except SyntaxError as e:
    print(e)
try:
    exec("f'{x!z}'")
except SyntaxError as e:
    print(e)
try:
    exec("continue")
except SyntaxError as e:
    print(e)
try:
    exec("x = yield")
except SyntaxError as e:
    print(e)
try:
    exec("await x")
except SyntaxError as e:
    print(e)
try:
    exec("def f(*): pass")
except SyntaxError as e:
    print(e)
try:
    exec("def f(**k, a): pass")
except SyntaxError as e:
    print(e)
try:
    exec("x = [1, 2")
except SyntaxError as e:
    print(e)
try:
    exec("x = 1)")
except SyntaxError as e:
    print(e)
try:
    exec("while True\n    pass")
except SyntaxError as e:
    print(e)
try:
    exec("else: pass")
except SyntaxError as e:
    print(e)
try:
    exec("try:\n    pass\nprint(1)")
except SyntaxError as e:
    print(e)
