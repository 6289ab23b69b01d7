# collections.deque subclasses: construction, __init__ on copies (copy, +, *), reduce/pickle/deepcopy with instance state, comparisons with plain deques, __slots__, overridden methods, __new__'s errors.
import collections, copy, pickle
class D(collections.deque):
    def __init__(self, *a, **k):
        print('init', a, k); super().__init__(*a, **k)
d = D([1, 2], 5); d.x = 1
r = d.__reduce__(); print(r[:3], list(r[3]))
print(repr(d.copy()), repr(d + D([3])), repr(d * 2), type(d * 2).__name__, d == collections.deque([1, 2]), repr(D([1])))
e = copy.deepcopy(d); print(repr(e), e.x)
f = pickle.loads(pickle.dumps(d)); print(repr(f), f.x, f.maxlen)
print(collections.deque([1]).__reduce__()[:3], collections.deque([1], 2).__reduce__()[:3])
class Plain(collections.deque):
    pass
p = Plain("abc"); p.appendleft("z"); p.rotate(1)
print(p, isinstance(p, collections.deque), p[0], len(p), list(reversed(p)), p.count("a"), p.maxlen)
print(p + collections.deque("x"), collections.deque("x") + p, p == collections.deque("czab"), p < Plain("d"))
try:
    p + [1]
except TypeError as e:
    print(e)
class Stack(collections.deque):
    __slots__ = ("name",)
    def push(self, v):
        self.append(v)
s = Stack(); s.push(1); s.name = "st"; print(s, s.name, vars(type(s)).get("__slots__"))
class Q(collections.deque):
    def __len__(self):
        return 99
print(len(Q([1])), bool(Q()), collections.deque.__len__(Q([1, 2])))
try:
    collections.deque.__new__(int)
except TypeError as e:
    print(e)
print(type(copy.copy(p)).__name__, copy.copy(p))
try:
    collections.deque.__new__(3)
except TypeError as e:
    print(e)
print(collections.deque.__new__(Plain), type(collections.deque.__new__(Plain)).__name__)
