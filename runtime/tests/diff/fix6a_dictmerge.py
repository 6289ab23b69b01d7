# dict(m) and d.update(m) copy a dict subclass directly unless it overrides __iter__
# (its keys()/__getitem__ overrides are then not consulted, as in CPython).
class Logged(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k) * 10
    def keys(self):
        print("  keys")
        return super().keys()
class IterOverride(Logged):
    def __iter__(self):
        print("  iter")
        return super().__iter__()
for cls in (Logged, IterOverride):
    src = cls(a=1, b=2)
    print(cls.__name__, "dict():", dict(src))
    target = {"z": 0}
    target.update(src)
    print(cls.__name__, "update:", target)
    print(cls.__name__, "dict(kw):", dict(src, c=3))
class PlainMapping:
    def __init__(self, d):
        self.d = d
    def keys(self):
        return list(self.d)
    def __getitem__(self, k):
        return self.d[k] + 100
print(dict(PlainMapping({"x": 1})))
