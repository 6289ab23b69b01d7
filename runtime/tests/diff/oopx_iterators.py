"""Paginated data source: iterator classes, generator methods, length hints and itertools glue."""
import itertools
import operator


class Page:
    def __init__(self, number, rows):
        self.number = number
        self.rows = rows

    def __repr__(self):
        return f"Page({self.number}, {len(self.rows)} rows)"


class PageIterator:
    def __init__(self, source):
        self.source = source
        self.next_page = 0
        self.fetches = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.next_page >= self.source.pages:
            raise StopIteration
        start = self.next_page * self.source.page_size
        rows = self.source.data[start:start + self.source.page_size]
        self.next_page += 1
        self.fetches += 1
        return Page(self.next_page, rows)

    def __length_hint__(self):
        return self.source.pages - self.next_page


class DataSource:
    def __init__(self, data, page_size):
        self.data = list(data)
        self.page_size = page_size

    @property
    def pages(self):
        return -(-len(self.data) // self.page_size)

    def __iter__(self):
        return PageIterator(self)

    def rows(self):
        for page in self:
            yield from page.rows

    def __reversed__(self):
        for i in range(len(self.data) - 1, -1, -1):
            yield self.data[i]

    def __len__(self):
        return len(self.data)


class Accumulator:
    """Coroutine-style generator wrapped in a class."""
    def __init__(self):
        self._gen = self._run()
        next(self._gen)
        self.closed_cleanly = False

    def _run(self):
        total = 0
        count = 0
        try:
            while True:
                try:
                    value = yield total / count if count else 0.0
                except ValueError as e:
                    print(f"  accumulator rejected: {e}")
                    continue
                if value is None:
                    continue
                total += value
                count += 1
        finally:
            self.closed_cleanly = True
            print("  accumulator closed")

    def send(self, v):
        return self._gen.send(v)

    def reject(self, msg):
        return self._gen.throw(ValueError(msg))

    def close(self):
        self._gen.close()


class HintOnly:
    def __length_hint__(self):
        return 7


class BadHint:
    def __length_hint__(self):
        return -1


class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


def main():
    src = DataSource(range(1, 12), 4)
    print(src.pages, len(src), list(src))
    it = iter(src)
    print(operator.length_hint(it), next(it), operator.length_hint(it))
    print(list(it), operator.length_hint(it), it.fetches)
    print(next(it, "exhausted"), list(it))
    print(list(src.rows()), list(reversed(src))[:3])
    gen = src.rows()
    print(type(gen).__name__, gen.__name__, gen.__qualname__, next(gen), next(gen))
    gen.close()
    print(list(gen), next(gen, "closed"))

    acc = Accumulator()
    for v in (10, 20, None, 30):
        print("avg", acc.send(v))
    print("after throw:", acc.reject("negative"))
    print("avg", acc.send(40))
    acc.close()
    print(acc.closed_cleanly)
    try:
        acc.send(1)
    except StopIteration as e:
        print("StopIteration", e.value)

    print(operator.length_hint(HintOnly()), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 5))
    try:
        operator.length_hint(BadHint())
    except ValueError as e:
        print("ValueError:", e)

    f = Fib(100)
    print(list(f), sum(f), max(f), 21 in f, 22 in f)
    print(list(itertools.islice(f, 3, 8)), list(itertools.takewhile(lambda x: x < 10, f)))
    pairs = list(zip(f, itertools.count(1)))
    print(pairs[:4], len(pairs))
    print(list(itertools.chain(Fib(5), src.rows()))[:10])
    grouped = {k: [p.number for p in g] for k, g in itertools.groupby(DataSource(range(20), 3), key=lambda p: len(p.rows))}
    print(grouped)
    a, b = itertools.tee(Fib(30))
    print(list(a), next(b), list(b))
    print(list(map(operator.attrgetter("number"), src)), sorted(src, key=operator.attrgetter("number"), reverse=True))
    print(dict(enumerate(Fib(10), start=1)), list(filter(None, Fib(5))))
    print(*Fib(8), sep="|")
    first, *middle, last = Fib(50)
    print(first, middle, last)

    def gen_with_return():
        yield 1
        return "done"
    g = gen_with_return()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("return value:", e.value)

    def delegator():
        result = yield from gen_with_return()
        yield f"inner said {result}"
    print(list(delegator()))

    def bad_gen():
        yield 1
        raise StopIteration("leak")
    try:
        list(bad_gen())
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

    def running():
        yield next(me)
    me = running()
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    print(iter(it) is it, hasattr(src, "__next__"), callable(getattr(gen, "send")))


main()
