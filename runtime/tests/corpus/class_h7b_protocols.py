from collections.abc import MutableMapping, Sequence, Iterator, Iterable, Container, Hashable, Sized, Callable, MutableSequence, Set
import contextlib

class LRU(MutableMapping):
    def __init__(self, cap):
        self.cap = cap
        self._d = {}
        self.evicted = []
    def __getitem__(self, k):
        v = self._d.pop(k)
        self._d[k] = v
        return v
    def __setitem__(self, k, v):
        self._d.pop(k, None)
        self._d[k] = v
        if len(self._d) > self.cap:
            old = next(iter(self._d))
            self.evicted.append(old)
            del self._d[old]
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"LRU({list(self._d.items())})"

c = LRU(3)
for i in range(10):
    c[i % 5] = i
    if i % 3 == 0:
        _ = c.get(0)
print(c, c.evicted)
print(c.setdefault(99, 'x'), c.pop(99), c.pop('zz', None), 4 in c, c.get(42, 'none'), sorted(c.keys()), len(c.items()))
c.update({'a': 1}, b=2)
print(c, list(c._d.values()), dict(c._d) == c._d, isinstance(c, MutableMapping))
try:
    c.popitem(); c.popitem(); c.popitem(); c.popitem()
except KeyError as e:
    print('KeyError', e.args)

class Span(Sequence):
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step
    def __len__(self):
        return max(0, (self.hi - self.lo + self.step - 1) // self.step)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError('Span index out of range')
        return self.lo + i * self.step
s = Span(3, 30, 4)
print(len(s), list(s), s[2], s[-1], s[1:5], s[::-2], 11 in s, 12 in s, s.index(19), s.count(7), list(reversed(s))[:3])
try:
    s.index(8)
except ValueError as e:
    print('ValueError', e)

class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter(Iterator):
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(1000)
print(list(f), sum(f), max(f), list(zip(f, 'abc')), isinstance(iter(f), Iterator), iter(iter(f)).__class__.__name__)
print([isinstance(x, Hashable) for x in (1, [], (), {}, 'a', frozenset())], isinstance(len, Callable), issubclass(list, MutableSequence), isinstance({}.keys(), Set))

class Timer:
    depth = 0
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        Timer.depth += 1
        self.log.append('  ' * Timer.depth + 'enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('  ' * Timer.depth + f'exit {self.name} {et.__name__ if et else "-"}')
        Timer.depth -= 1
        return isinstance(ev, LookupError)
log = []
with Timer('outer', log):
    with Timer('mid', log) as t:
        with Timer('inner', log):
            {}['missing']
        log.append('after inner ' + t.name)
    try:
        with Timer('err', log):
            raise ValueError
    except ValueError:
        log.append('caught ValueError')
print('\n'.join(log))

@contextlib.contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield len(out)
    except ZeroDivisionError as e:
        out.append(f"<!-- {e} -->")
    else:
        out.append('<!-- ok -->')
    finally:
        out.append(f"</{name}>")
out = []
with tag('html', out):
    with tag('body', out) as n:
        out.append(str(n))
        1 / 0
print(''.join(out))
with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
with contextlib.ExitStack() as st:
    ms = [st.enter_context(tag(t, out)) for t in 'abc']
    st.callback(out.append, 'cb')
print(ms, out[-8:])
r = contextlib.nullcontext(5)
with r as v:
    print(v)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured', 1, 2, sep='|')
print(repr(buf.getvalue()))
class Closer:
    def close(self): print('closed!')
with contextlib.closing(Closer()):
    pass
