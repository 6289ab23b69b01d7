# mappingproxy: the read-only view behind class __dict__ (and the type itself).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    x = 1
    y = "two"
    def meth(self):
        return 3
class B(A):
    z = 9
mp = A.__dict__
MP = type(mp)
print(MP.__name__, type(B.__dict__) is MP)
public = lambda m: sorted(k for k in m if not k.startswith("__"))
print(public(A.__dict__), public(B.__dict__))
print(mp["x"], mp["y"], mp["meth"](None), "x" in mp, "z" in mp, "z" in B.__dict__)
t("missing", lambda: mp["nope"])
t("get", lambda: mp.get("x"))
t("get default", lambda: mp.get("nope"))
t("get default 2", lambda: mp.get("nope", 42))
t("get none", lambda: mp.get())
t("get many", lambda: mp.get(1, 2, 3))
t("setitem", lambda: mp.__setitem__)
def assign():
    mp["x"] = 5
t("assign", assign)
def augment():
    global mp
    mp |= {}
t("ior", augment)
print(sorted(k for k in mp.keys() if not k.startswith("__")))
print([v for k, v in mp.items() if k in ("x", "y")])
print(len([v for v in mp.values()]) == len(mp))
c = mp.copy()
print(type(c).__name__, c["x"], c is not mp)
t("keys arg", lambda: mp.keys(1))
p = MP({"b": 2, "a": 1, "c": 3})
print(p, str(p), repr(p), len(p), list(p), list(p.keys()), list(p.values()), list(p.items()))
print(p == {"a": 1, "b": 2, "c": 3}, p != {"a": 1}, {"a": 1, "b": 2, "c": 3} == p)
t("p copy", lambda: p.copy())
t("p in", lambda: ("a" in p, "q" in p, 1 in p))
t("p getitem", lambda: p["c"])
t("p hash", lambda: hash(p))
t("p lt", lambda: p < {"a": 1})
t("reversed", lambda: list(reversed(p)))
t("new list", lambda: MP([1, 2]))
t("new tuple", lambda: MP((1, 2)))
t("new int", lambda: MP(5))
t("new none", lambda: MP())
t("new two", lambda: MP({}, {}))
t("new kw", lambda: MP(mapping={"k": "v"}))
t("new bad kw", lambda: MP(other={}))
class M:
    def __getitem__(self, k):
        if k == "key":
            return "value"
        raise KeyError(k)
    def keys(self):
        return ["key"]
    def __iter__(self):
        return iter(["key"])
    def __len__(self):
        return 1
    def get(self, k, d=None):
        return "got:" + str(k) + ":" + str(d)
    def __repr__(self):
        return "M()"
mm = MP(M())
print(mm, mm["key"], list(mm), len(mm), "key" in mm, mm.get("a"), mm.get("a", 1))
t("mm missing", lambda: mm["other"])
# live view of the underlying dict
src = {"one": 1}
live = MP(src)
src["two"] = 2
print(live, len(live), "two" in live)
del src["one"]
print(live, list(live.items()))
# class dict reflects later additions
A.added = "late"
print(mp["added"], "added" in A.__dict__)
