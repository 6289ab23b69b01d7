# Container protocol: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.cells[r][c]
        if isinstance(key, slice):
            return [row[:] for row in self.cells[key]]
        return self.cells[key]
    def __setitem__(self, key, value):
        r, c = key
        self.cells[r][c] = value
    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = None
    def __contains__(self, value):
        return any(value in row for row in self.cells)
    def __iter__(self):
        for row in self.cells:
            yield from row
    def __reversed__(self):
        return reversed(list(self))
    def __repr__(self):
        return "\n".join(" ".join(f"{v!s:>4}" for v in row) for row in self.cells)
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(g)
print(len(g), g[0, 1], g[1], g[0:1], 5 in g, 9 in g, list(g), list(reversed(g)))
del g[0, 1]
print(g[0], sum(v for v in g if v), bool(Grid(0, 0)), bool(g))
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(6)
print(list(s), s[-1], s[1:4], s[::-2], 16 in s, 15 in s, list(reversed(s)), sorted(s, reverse=True))
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
a, b, *rest = Seq(4)
print(a, b, rest, max(Seq(4)), list(enumerate(Seq(3))))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dict(dd), len(dd), dd.get("z"), "z" in dd)
class Counts(dict):
    def __missing__(self, key):
        return 0
c = Counts()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()), c["q"], "q" in c)
class KeyTransform(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
kt = KeyTransform()
kt["Hello"] = 1
print(kt["HELLO"], kt, kt.get("hello"))
class NoContains:
    def __iter__(self):
        print("  __iter__ used for 'in'")
        return iter([1, 2, 3])
print(2 in NoContains(), 5 in NoContains())
class NoLen:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
try:
    len(NoLen())
except TypeError as e:
    print("TypeError", e)
print(list(NoLen()), 2 in NoLen())
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __iter__(self):
        return reversed(self._items)
st = Stack()
for i in "abc":
    st.push(i)
print(len(st), list(st), st.pop(), bool(st), list(st))
st.pop(); st.pop()
try:
    st.pop()
except IndexError as e:
    print("IndexError", e, bool(st))
