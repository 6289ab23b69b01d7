# {**d}, f(**d) and dict(d) of a dict subclass take its stored items unless the subclass
# overrides __iter__ (CPython's dict_merge); a __getitem__ or keys() override alone is
# not consulted, and a mapping that is not a dict goes through keys() and [].
class G(dict):
    def __getitem__(self, k):
        return "G"
    def keys(self):
        return ["zz"]
class I(dict):
    def __iter__(self):
        return iter(["a"])
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return "I"
class M:
    def keys(self):
        return ["m"]
    def __getitem__(self, k):
        return k * 2
def f(**kw):
    return sorted(kw.items())
for d in (G(a=1, b=2), I(a=1, b=2), M()):
    print(type(d).__name__, sorted({**d}.items()), f(**d), sorted(dict(d).items()))
    x = {}
    x.update(d)
    print(sorted(x.items()), sorted({"q": 0, **d}.items()))
