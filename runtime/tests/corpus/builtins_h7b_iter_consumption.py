# generator/iterator protocol corner cases in builtins
class CountingIter:
    def __init__(self, n): self.i = 0; self.n = n; self.calls = 0
    def __iter__(self): return self
    def __next__(self):
        self.calls += 1
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
it = CountingIter(5)
print(list(zip(it, 'ab')), it.calls, list(it))
it = CountingIter(5)
print(list(zip('ab', it)), it.calls)
it = CountingIter(10)
print(any(x > 2 for x in it), it.calls, all(x < 5 for x in it), it.calls)
it = CountingIter(10)
print(3 in it, it.calls, next(it))
it = CountingIter(4)
print(dict(zip(it, it)))
it = CountingIter(7)
print(list(map(lambda a, b: a * b, it, it)))
import itertools
it = CountingIter(10)
print(list(itertools.islice(it, 2, 5)), it.calls, next(it))
it = CountingIter(6)
a, b = itertools.tee(it, 2)
print(next(a), next(a), next(b), it.calls)
def g():
    x = yield 1
    print('got', x)
    yield 2
gen = g()
print(list(zip(gen, range(1))), next(gen))
class LH:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 1000
print(list(LH()), len(list(LH())))
import operator
print(operator.length_hint(LH()), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 7))
class BadLH:
    def __iter__(self): return iter([])
    def __length_hint__(self): return -1
try: list(BadLH())
except ValueError as e: print('VE', e)
it = iter([1, 2, 3])
print(sum(it, 10), list(it))
e = enumerate(CountingIter(3)); print(next(e), list(e))
r = reversed([1, 2, 3]); next(r); print(list(r), list(r))
print(sorted(CountingIter(4), reverse=True), min(CountingIter(3)), max(CountingIter(0), default='d'))
it = CountingIter(3)
for x in it:
    if x == 2: break
print(it.calls, list(it))
def gen_with_return():
    yield 1
    return 'rv'
print(list(gen_with_return()), [x for x in gen_with_return()])
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(GetItemSeq()), list(enumerate(GetItemSeq())), 20 in GetItemSeq(), list(reversed([*GetItemSeq()])))
it = iter(GetItemSeq()); print(next(it), list(it), next(it, 'end'))
