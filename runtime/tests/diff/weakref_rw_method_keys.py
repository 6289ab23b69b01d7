"""weakref rewrite check: WeakMethod life cycle and equality, WeakKeyDictionary membership."""
import gc
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def hello(self, x=1):
        return "%s says %s" % (self.name, x)

    def __repr__(self):
        return "Thing(%s)" % self.name


a = Thing("a")
b = Thing("b")
events = []
wm = weakref.WeakMethod(a.hello, lambda r: events.append(("died", r is wm)))
print(wm()(), wm()(5), wm() == a.hello, wm().__self__ is a, wm().__func__ is Thing.hello)
wm2 = weakref.WeakMethod(a.hello)
wm3 = weakref.WeakMethod(b.hello)
print(wm == wm2, wm != wm2, wm == wm3, wm != wm3, hash(wm) == hash(wm2))
print(wm == a.hello, wm.__eq__(5), wm.__ne__(5), hash(wm) == hash(a))
for bad in [Thing.hello, len, 5, lambda: 0]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError", e)
del a
gc.collect()
print(wm(), wm2(), events)
print(wm == wm2, wm == wm, wm != wm2)
try:
    hash(wm2)
    print("hash ok")
except TypeError as e:
    print("TypeError", e)

class Slotted:
    __slots__ = ("__weakref__",)
    def m(self):
        return "slot"

s = Slotted()
ws = weakref.WeakMethod(s.m)
print(ws()())
del s
gc.collect()
print(ws())

keys = [Thing(str(i)) for i in range(4)]
wk = weakref.WeakKeyDictionary({keys[0]: 0, keys[1]: 1})
wk[keys[2]] = 2
print(len(wk), keys[0] in wk, keys[3] in wk, 5 in wk, "str" in wk, [] in wk, None in wk)
print(wk[keys[1]], wk.get(keys[3], "dflt"), wk.get(keys[2]))
try:
    wk[keys[3]]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    wk.get([])
except TypeError as e:
    print("TypeError", e)
del wk[keys[0]]
print(sorted(t.name for t in wk), len(wk))
del keys[1]
gc.collect()
print(len(wk), sorted((k.name, v) for k, v in wk.items()))
print(wk.setdefault(keys[0], 10), wk.pop(keys[0]), wk.pop(keys[0], "gone"))
wk.update({keys[2]: 22}, )
print(sorted(wk.values()))
wk.clear()
print(len(wk), keys[1] in wk)

wv = weakref.WeakValueDictionary()
objs = {n: Thing(n) for n in "xyz"}
wv.update(objs)
print(sorted(wv), "x" in wv, "q" in wv, wv["y"])
del objs["y"]
gc.collect()
print(sorted(wv), len(wv), wv.get("y"))
try:
    wv["y"]
except KeyError as e:
    print("KeyError", e)

ws = weakref.WeakSet(objs.values())
print(len(ws), objs["x"] in ws, 3 in ws)
del objs["x"]
gc.collect()
print(len(ws), sorted(t.name for t in ws))

log = []
t = Thing("fin")
f = weakref.finalize(t, log.append, "bye")
print(f.alive, f.peek()[2:], f.peek()[0] is t)
del t
gc.collect()
print(f.alive, log)
