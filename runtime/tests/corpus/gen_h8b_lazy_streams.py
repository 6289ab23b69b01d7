"""A fluent lazy Stream class built on generators and itertools."""
import itertools
import operator
from collections import deque


class Stream:
    def __init__(self, iterable):
        self._it = iter(iterable)

    @classmethod
    def of(cls, *items):
        return cls(items)

    @classmethod
    def count(cls, start=0, step=1):
        return cls(itertools.count(start, step))

    @classmethod
    def iterate(cls, seed, fn):
        def gen():
            x = seed
            while True:
                yield x
                x = fn(x)
        return cls(gen())

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)

    def map(self, fn):
        return Stream(map(fn, self._it))

    def filter(self, pred):
        return Stream(filter(pred, self._it))

    def take(self, n):
        return Stream(itertools.islice(self._it, n))

    def skip(self, n):
        return Stream(itertools.islice(self._it, n, None))

    def take_while(self, pred):
        return Stream(itertools.takewhile(pred, self._it))

    def drop_while(self, pred):
        return Stream(itertools.dropwhile(pred, self._it))

    def chunk(self, size):
        def gen(it):
            while True:
                block = list(itertools.islice(it, size))
                if not block:
                    return
                yield block
        return Stream(gen(self._it))

    def window(self, size):
        def gen(it):
            win = deque(maxlen=size)
            for x in it:
                win.append(x)
                if len(win) == size:
                    yield tuple(win)
        return Stream(gen(self._it))

    def flat_map(self, fn):
        return Stream(itertools.chain.from_iterable(map(fn, self._it)))

    def distinct(self, key=None):
        def gen(it):
            seen = set()
            for x in it:
                k = key(x) if key else x
                if k not in seen:
                    seen.add(k)
                    yield x
        return Stream(gen(self._it))

    def enumerate(self, start=0):
        return Stream(enumerate(self._it, start))

    def zip(self, *others):
        return Stream(zip(self._it, *others))

    def peek(self, fn):
        def gen(it):
            for x in it:
                fn(x)
                yield x
        return Stream(gen(self._it))

    def scan(self, fn, initial=None):
        return Stream(itertools.accumulate(self._it, fn, initial=initial))

    def group_by(self, key):
        return Stream((k, list(g)) for k, g in itertools.groupby(self._it, key))

    def to_list(self):
        return list(self._it)

    def reduce(self, fn, initial):
        acc = initial
        for x in self._it:
            acc = fn(acc, x)
        return acc

    def first(self, default=None):
        return next(self._it, default)

    def __or__(self, fn):
        return fn(self)

    def __repr__(self):
        return "Stream(...)"


trace = []
s = (Stream.count(1)
     .peek(lambda x: trace.append(x))
     .filter(lambda x: x % 3 == 0)
     .map(lambda x: x * x)
     .take(5))
print("nothing consumed yet:", trace)
print(s.to_list())
print("consumed:", trace)

print(Stream.of(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5).distinct().to_list())
print(Stream.iterate(1, lambda x: x * 2).take_while(lambda x: x < 1000).to_list())
print(Stream(range(20)).skip(3).chunk(5).to_list())
print(Stream("abcdef").window(3).map("".join).to_list())
print(Stream(["a b", "c", "d e f"]).flat_map(str.split).enumerate(1).to_list())
print(Stream(range(1, 11)).scan(operator.mul).to_list())
print(Stream(range(5)).scan(operator.add, initial=100).to_list())
words = "apple avocado banana blueberry cherry cranberry date".split()
print(Stream(words).group_by(lambda w: w[0]).map(lambda kg: (kg[0], len(kg[1]))).to_list())
print(Stream(range(10)).drop_while(lambda x: x < 7).to_list(), Stream([]).first("empty"))
print(Stream(range(1, 6)).reduce(lambda a, b: a * 10 + b, 0))
print(Stream("xyz").zip(itertools.count(), "AB").to_list())
print(Stream(range(10)) | (lambda st: st.filter(lambda v: v % 2).to_list()))


def primes():
    yield 2
    found = [2]
    for n in itertools.count(3, 2):
        if all(n % p for p in itertools.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print(Stream(primes()).take(20).to_list())
print(Stream(primes()).window(2).filter(lambda w: w[1] - w[0] == 2).take(8).to_list())
it = Stream(primes())
print(next(it), next(it), it.first(), list(itertools.islice(it, 3)))

print(list(itertools.pairwise("abcd")), list(itertools.combinations("abcd", 2))[:4])
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.product("ab", repeat=2)))
print(list(itertools.combinations_with_replacement("xy", 3)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(itertools.repeat("z", 3)))
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")), list(itertools.filterfalse(str.isdigit, "a1b2c3")))
a, b, c = itertools.tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(c))
print(list(itertools.chain("ab", [1], (2,))), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
cyc = itertools.cycle("RGB")
print([next(cyc) for _ in range(7)])
groups = [(k, "".join(g)) for k, g in itertools.groupby("aaabccddddd")]
print(groups)
print(sorted((len(list(g)), k) for k, g in itertools.groupby(sorted("mississippi"))))
print(list(itertools.islice(itertools.count(0.5, 0.25), 5)), list(itertools.islice("abcdefg", 1, None, 2)))


def fibonacci_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b


for i, (a, b) in zip(range(10), fibonacci_pairs()):
    if i % 3 == 0:
        print(i, a, b, (b / a) if a else "inf")

gen = (x ** 2 for x in range(4))
print(type(gen).__name__, list(gen), list(gen))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([y for x in nested for y in x], sum(nested, []), list(itertools.chain(*nested)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
