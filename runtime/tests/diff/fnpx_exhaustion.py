"""How iterators behave once used up, and what bad calls say."""
import itertools as it
import operator


def drain(label, iterator):
    first = list(iterator)
    second = list(iterator)
    print(f"{label:14} first={first!r:28} second={second!r}")

drain("map", map(abs, [-1, 2, -3]))
drain("filter", filter(None, [0, 1, "", "x"]))
drain("zip", zip("ab", "xyz"))
drain("genexpr", (c * 2 for c in "hi"))
drain("reversed", reversed([1, 2]))
drain("enumerate", enumerate("ab", start=5))
drain("chain", it.chain([1], [2]))
drain("islice", it.islice(range(10), 2, 6, 3))
drain("groupby", ((k, len(list(g))) for k, g in it.groupby("aabccc")))
drain("accumulate", it.accumulate([1, 2, 3]))
drain("pairwise", it.pairwise([1, 2, 3]))
drain("zip_longest", it.zip_longest([1], [2, 3]))
drain("starmap", it.starmap(operator.sub, [(5, 3), (1, 1)]))
drain("combinations", it.combinations(range(3), 2))
drain("repeat", it.repeat("r", 2))
drain("iter(callable)", iter(iter([1, 2, 0, 4]).__next__, 0))
drain("dict keys", iter({"k": 1, "j": 2}))
drain("str iter", iter("ok"))

# next with default, StopIteration value
g = iter([])
print(next(g, "default"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)

# groupby: groups invalidated once outer advances
groups = it.groupby("aaabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
saved = [(k, g) for k, g in it.groupby("xxyz")]
print([(k, list(g)) for k, g in saved])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)])

# tee: independent copies, original should not be used
src = iter(range(5))
a, b = it.tee(src)
print(next(a), next(a), next(b), list(a), list(b))
c, d, e = it.tee("xyz", 3)
print(list(c), list(zip(d, e)))
t1, = it.tee([9, 8], 1)
t1c, t1d = it.tee(t1)
print(list(t1c), list(t1d), type(t1).__name__)
print(it.tee([1], 0))
try:
    it.tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)

# generator that raises StopIteration inside -> RuntimeError
def leaky():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaky()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# generator return value via yield from
def inner():
    got = yield "inner-start"
    return f"inner got {got}"

def outer():
    result = yield from inner()
    yield result

gen = outer()
print(next(gen))
print(gen.send("PING"))
print(next(gen, "done"))

# errors from bad calls
bad_calls = [
    ("zip strict", lambda: list(zip([1, 2], [1], strict=True))),
    ("zip strict 2", lambda: list(zip([1], [1, 2], strict=True))),
    ("map none", lambda: list(map(None, [1]))),
    ("next non-iter", lambda: next([1])),
    ("iter int", lambda: iter(5)),
    ("iter sentinel", lambda: iter([1], 0)),
    ("combos neg", lambda: it.combinations("ab", -1)),
    ("permutations r", lambda: it.permutations("ab", "x")),
    ("product repeat", lambda: it.product("ab", repeat=-1)),
    ("chain noniter", lambda: list(it.chain(1, 2))),
    ("starmap nontuple", lambda: list(it.starmap(abs, [5]))),
    ("accumulate str", lambda: list(it.accumulate([1, "a"]))),
    ("cycle int", lambda: it.cycle(3)),
    ("count str", lambda: it.count("a")),
    ("compress", lambda: it.compress([1])),
    ("repeat neg", lambda: list(it.repeat(1, -3))),
    ("gen send new", lambda: (x for x in "a").send(1)),
    ("zip_longest kw", lambda: it.zip_longest([1], fill=0)),
]
for label, call in bad_calls:
    try:
        result = call()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

# closed generator
def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("  counter cleanup at", n)

cg = counter()
print(next(cg), next(cg))
cg.close()
print(next(cg, "closed"))
cg2 = counter()
next(cg2)
try:
    cg2.throw(ValueError("boom"))
except ValueError as e:
    print("thrown back:", e)
print(list(it.combinations([], 0)), list(it.permutations([], 0)), list(it.product()))
print(list(it.combinations("ab", 3)), list(it.permutations("ab", 3)))
