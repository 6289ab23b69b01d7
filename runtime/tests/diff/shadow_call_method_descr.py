# CALL_METHOD_DESCR: builtin methods called in place, a receiver of the wrong type, finalisers of popped values.
class MyList(list):
    pass
def f(xs, ys):
    out = []
    for i in range(60):
        out.append(i)
        xs.append(i)
    s = ",".join(["a", "b"])
    return len(out), s, len(xs)
for _ in range(60):
    r = f([], MyList())
print(r)
# receiver of the wrong type at a site specialised for list.append
def g(m, o):
    return m(o, 1)
for _ in range(60):
    g(list.append, [])
try:
    g(list.append, (1,))
except TypeError as e:
    print(e)
class D:
    def __del__(self):
        print("del D")
def h(L):
    L.append(D())
    L.pop()
    print("after pop")
for _ in range(55):
    h([])
