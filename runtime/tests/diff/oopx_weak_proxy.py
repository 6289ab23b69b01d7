"""Scene graph whose nodes point to parents through weakref.proxy, plus proxied numeric handles."""
import gc
import operator
import weakref


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)

    __hash__ = None

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Node:
    def __init__(self, name, offset, parent=None):
        self.name = name
        self.offset = offset
        self.children = []
        self.parent = weakref.proxy(parent, self._orphaned) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    def _orphaned(self, proxy):
        print(f"  {self.name}: parent collected")

    def world(self):
        if self.parent is None:
            return self.offset
        try:
            return self.parent.world() + self.offset
        except ReferenceError:
            return self.offset

    def path(self):
        try:
            return (self.parent.path() + "/" if self.parent is not None else "") + self.name
        except ReferenceError:
            return "?/" + self.name


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


def main():
    root = Node("root", Vec(10, 10))
    arm = Node("arm", Vec(1, 0), root)
    hand = Node("hand", Vec(0, 2), arm)
    print(hand.world(), hand.path(), arm.parent.name, type(arm.parent).__name__)
    print(isinstance(arm.parent, Node), arm.parent.__class__.__name__, isinstance(arm.parent, weakref.ProxyType))
    print([c.name for c in arm.parent.children], len(arm.parent.children))

    v = Vec(3, 4)
    p = weakref.proxy(v)
    q = weakref.proxy(Vec(9, 9)) if False else None
    print(p + Vec(1, 1), Vec(1, 1) + p, p - p, p * 2, 2 * p, -p, abs(p))
    print(p == v, v == p, p == p, p != Vec(0, 0), p < Vec(10, 10), Vec(1, 1) < p, [str(x) for x in sorted([Vec(5, 5), p, Vec(0, 1)])])
    print(list(p), p[1], len(p), bool(p), 4 in p, operator.getitem(p, 0), str(p))
    print(p in [v], v in [p], max([Vec(1, 0), p]), q)
    try:
        reversed(p)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        bytes(p)
    except AttributeError as e:
        print("AttributeError:", e)
    handle = p
    handle += Vec(1, 1)
    print(type(handle).__name__, handle, v)
    try:
        hash(p)
    except TypeError as e:
        print("TypeError:", e)
    try:
        next(p)
    except TypeError as e:
        print("TypeError:", e)
    try:
        p @ p
    except TypeError as e:
        print("TypeError:", e)
    try:
        round(p)
    except TypeError as e:
        print("TypeError:", e)
    try:
        format(p, ">10")
    except TypeError as e:
        print("TypeError:", e)

    counter = Counter()
    cp = weakref.proxy(counter)
    print(type(cp).__name__, cp(), cp(5), cp.n, callable(cp), callable(p))
    try:
        reversed(cp)
    except TypeError as e:
        print("TypeError:", e)
    try:
        hash(cp)
    except TypeError as e:
        print("TypeError:", e)
    nums = [10, 20, 30]

    class Idx:
        def __index__(self):
            return 2
    ix = Idx()
    print(nums[weakref.proxy(ix)], operator.index(weakref.proxy(ix)))

    del root
    gc.collect()
    print(arm.world(), hand.world(), hand.path())
    try:
        arm.parent.name
    except ReferenceError as e:
        print("ReferenceError:", e)
    del v, handle
    gc.collect()
    for action in (lambda: p.x, lambda: p + Vec(1, 1), lambda: len(p), lambda: p == 1, lambda: str(p)):
        try:
            action()
        except ReferenceError as e:
            print("ReferenceError:", e)


main()
