# iter(), next() with default, iter(callable, sentinel), consuming behaviour.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("hi")
print(list(s), next(s, "exhausted"))
d = {"a": 1, "b": 2}
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)), counter)
lines = iter(["first", "second", "", "never"])
print(list(iter(lambda: next(lines), "")))
class Stream:
    def __init__(self, data):
        self.data = list(data)
    def read(self):
        return self.data.pop(0) if self.data else None
st = Stream("abc")
for ch in iter(st.read, None):
    print("read", ch)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
try:
    next("not an iterator")
except TypeError as e:
    print("TypeError", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError", e)
r = iter(range(3))
print(type(r).__name__, list(r), type(iter([])).__name__, type(iter(())).__name__)
print(type(iter({})).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
def first_n(iterable, n):
    it = iter(iterable)
    return [next(it) for _ in range(n)]
print(first_n(range(100), 5), first_n("abcdef", 3))
try:
    first_n([1], 2)
except StopIteration:
    print("StopIteration from next in list comprehension propagates")
def pairs(iterable):
    it = iter(iterable)
    return list(zip(it, it))
print(pairs(range(7)))
nums = iter(range(10))
evens = [n for n in nums if n % 2 == 0]
print(evens, list(nums))
it2 = iter([1, 2, 3, 4, 5])
for x in it2:
    if x == 2:
        print("skipping", next(it2))
    print("x", x)
print(sum(iter([1, 2, 3])), max(iter([4, 9, 2])), sorted(iter("cab")), "b" in iter("abc"))
it3 = iter([1, 2, 3, 4])
print(2 in it3, list(it3))
