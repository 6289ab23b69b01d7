# list.__reversed__ reads the list's own storage (a subclass's __len__/__getitem__ are not
# used); dict.copy() and | read a dict subclass that overrides __iter__ through keys() and [].
class RL(list):
    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "gi"


r = RL([1, 2, 3])
print(list(reversed(r)), reversed(r).__length_hint__(), len(r))
it = reversed(r)
print(next(it))
r.clear()
print(list(it), list(reversed(r)))
r2 = RL([1, 2, 3])
it = reversed(r2)
next(it)
r2.pop()
r2.pop()
print(list(it))
it = reversed([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())


class RT(tuple):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return f"t{i}"


print(list(reversed(RT((7, 8, 9)))))


class RD(dict):
    def __iter__(self):
        return iter(["k"])

    def keys(self):
        print("keys called")
        return ["a"]

    def __getitem__(self, k):
        return "gv"


rd = RD(a=1, b=2)
print(rd.copy())
print(rd | {"z": 0})
print({"z": 0} | rd)
print(RD().copy(), RD() | {}, type(rd.copy()).__name__)


class Plain(dict):
    def keys(self):
        print("not called")
        return []


p = Plain(x=1)
print(p.copy(), p | {"y": 2}, {"y": 2} | p)
