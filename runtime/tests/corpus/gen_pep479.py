# StopIteration inside generators becomes RuntimeError (PEP 479); generator expressions too.
def leaks():
    it = iter([1])
    yield next(it)
    yield next(it)
try:
    print(list(leaks()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def safe():
    it = iter([1])
    yield next(it)
    try:
        yield next(it)
    except StopIteration:
        return
print(list(safe()))
def stop_with_value():
    yield 1
    raise StopIteration(42)
g = stop_with_value()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
def nexter(it):
    return next(it)
try:
    print(list(nexter(iter([])) for _ in range(3)))
except RuntimeError as e:
    print("genexp RuntimeError:", e)
except StopIteration:
    print("StopIteration leaked from genexp")
try:
    print([nexter(iter([])) for _ in range(3)])
except StopIteration:
    print("list comprehension lets StopIteration through")
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [x for x in It()], sum(It()))
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = gen_return_in_finally()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def raises_other():
    yield 1
    raise KeyError("kept as KeyError")
try:
    list(raises_other())
except KeyError as e:
    print("KeyError passes through:", e)
def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk
for n in (1, 2, 3, 4, 7):
    print(n, list(chunks(range(7), n)))
def first_or_error(gen):
    try:
        return next(gen)
    except StopIteration:
        return "empty"
print(first_or_error(x for x in []), first_or_error(x for x in [9]))
def wrapper():
    try:
        yield from leaks()
    except RuntimeError as e:
        yield f"wrapped: {e}"
print(list(wrapper()))
