# Iterator protocol: __iter__/__next__, __getitem__ fallback, iter(callable, sentinel).
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
c = Countdown(3)
print(list(c), list(c))

class Reiterable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i * 10
r = Reiterable([1, 2, 3])
print(list(r), list(r), sum(r), max(r), 20 in r, 25 in r)

class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return "abcd"[i]
print(list(OldStyle()), "c" in OldStyle(), [x for x in OldStyle()])
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it))

class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)

vals = [5, 4, 3, 0, 7]
pos = [0]
def reader():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))

it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError", e)

# iterators are iterable
it = iter(range(5))
print(iter(it) is it, list(zip(it, it)))

# for loop calls iter once
class Logged:
    def __init__(self):
        self.log = []
    def __iter__(self):
        self.log.append("iter")
        return iter([1, 2])
lg = Logged()
for _ in lg:
    pass
for _ in lg:
    pass
print(lg.log)

# exhausted iterators
e = iter("ab")
print(list(e), list(e))
m = map(str, [1, 2])
print(list(m), list(m))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))

# unpacking uses the iterator protocol
a, b, c = Countdown(3)
print(a, b, c)
print(*Countdown(4))
print(sorted(Countdown(5)), tuple(Countdown(2)), dict.fromkeys(Countdown(2)))

# StopIteration value
class WithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("payload")
try:
    next(WithValue())
except StopIteration as e:
    print("value:", e.value, e.args)

# iterator over dict while reading values
d = {"a": 1, "b": 2}
it = iter(d.items())
print(next(it), next(it), next(it, "end"))
# reversed protocol
class Rev:
    def __reversed__(self):
        return iter("olleh")
print("".join(reversed(Rev())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(reversed(Seq())))
print(list(enumerate(Countdown(3), start=10)))
