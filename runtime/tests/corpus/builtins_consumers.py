# Builtins that consume iterables: list/tuple/set/dict/str.join/sum/any/all short-circuit.
def gen(n, log):
    for i in range(n):
        log.append(i)
        yield i
log = []
print(any(x > 2 for x in gen(10, log)), log)
log = []
print(all(x < 2 for x in gen(10, log)), log)
log = []
print(next(x for x in gen(10, log) if x * x > 10), log)
log = []
print(sum(gen(5, log)), list(gen(3, [])), tuple(gen(3, [])), sorted(set(gen(4, []))), dict(enumerate(gen(3, []))))
print(",".join(str(i) for i in gen(4, [])), max(gen(6, [])), min(gen(6, []), key=lambda v: (v - 3) ** 2))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), tuple(c), sum(c), sorted(c), dict.fromkeys(c), [x * 2 for x in c], 3 in c, 9 in c)
print(list(map(lambda a, b: a * b, Countdown(3), Countdown(5))), list(zip(Countdown(2), "ab")))
print(bytes(Countdown(3)), bytearray(Countdown(2)), frozenset(Countdown(2)) == {1, 2})
it = iter(range(10))
print(list(zip(it, range(3))), list(it))
print(dict([("a", 1), ["b", 2], "cd"]), list({"x": 1, "y": 2}), set() == set([]))
print(str.join("", reversed("abc")), "".join(map(chr, range(65, 70))), "-".join(sorted("cba")))
try:
    dict(["abc"])
except ValueError as e:
    print("ValueError", e)
def raising():
    yield 1
    raise KeyError("inside generator")
try:
    list(raising())
except KeyError as e:
    print("KeyError", e)
try:
    sum(raising())
except KeyError as e:
    print("KeyError", e)
partial = []
try:
    for v in raising():
        partial.append(v)
except KeyError:
    print("partial", partial)
print(list(range(0)), tuple(), sorted([]), sum([], 0.0), max([], default="none"))
