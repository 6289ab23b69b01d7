# Iterator classes: separate iterator objects, reusable iterables, infinite iterators, linked structures.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, nxt=None):
            self.value, self.next = value, nxt
    class _Iter:
        def __init__(self, node):
            self.node = node
        def __iter__(self):
            return self
        def __next__(self):
            if self.node is None:
                raise StopIteration
            v = self.node.value
            self.node = self.node.next
            return v
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1
    def __iter__(self):
        return self._Iter(self.head)
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), list(ll), sum(ll), 3 in ll)
ll.reverse()
print(ll, [x * 2 for x in ll], LinkedList())
it1, it2 = iter(ll), iter(ll)
print(next(it1), next(it1), next(it2))
class Fib:
    def __init__(self, limit=None):
        self.limit = limit
    def __iter__(self):
        a, b, n = 0, 1, 0
        while self.limit is None or n < self.limit:
            yield a
            a, b = b, a + b
            n += 1
print(list(Fib(10)), list(zip(range(3), Fib())))
class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        return Range2DIter(self)
class Range2DIter:
    def __init__(self, r):
        self.r, self.i = r, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.r.rows * self.r.cols:
            raise StopIteration
        pos = divmod(self.i, self.r.cols)
        self.i += 1
        return pos
print(list(Range2D(2, 3)), len(list(Range2D(4, 4))))
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]
pk = Peekable("abc")
print(pk.peek(), next(pk), pk.peek(), pk.peek(), list(pk), pk.peek("END"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = Countdown(3)
print(list(cd), list(cd), [*Countdown(2), *Countdown(1)])
class Chunks:
    def __init__(self, data, size):
        self.data, self.size = data, size
    def __iter__(self):
        for i in range(0, len(self.data), self.size):
            yield self.data[i:i + self.size]
    def __len__(self):
        return -(-len(self.data) // self.size)
ch = Chunks("abcdefghij", 3)
print(list(ch), len(ch), list(map(len, ch)))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for r in self.rows:
            yield from r
    def columns(self):
        for c in range(len(self.rows[0])):
            yield [r[c] for r in self.rows]
    def diagonals(self):
        n = len(self.rows)
        yield [self.rows[i][i] for i in range(n)]
        yield [self.rows[i][n - 1 - i] for i in range(n)]
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(list(m), sum(m), max(m))
for col in m.columns():
    print("column", col)
for d in m.diagonals():
    print("diagonal", d, sum(d))
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for t in range(self.times):
            for i in self.items:
                yield (t, i)
for t, item in Cycle("xy", 3):
    print("cycle", t, item)
class Walker:
    def __init__(self, start, stop, step):
        self.cur, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if (self.step > 0 and self.cur >= self.stop) or (self.step < 0 and self.cur <= self.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v
print(list(Walker(0, 1, 0.25)), list(Walker(10, 0, -3)), list(Walker(5, 5, 1)))
