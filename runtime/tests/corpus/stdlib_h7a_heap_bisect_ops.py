import heapq, bisect, operator
from operator import itemgetter, attrgetter, methodcaller
tasks = [(3, "write"), (1, "plan"), (2, "code"), (1, "alpha"), (5, "ship")]
h = list(tasks); heapq.heapify(h); print(h)
print([heapq.heappop(h) for _ in range(3)], h)
heapq.heappush(h, (0, "zero")); print(heapq.heappushpop(h, (4, "x")), heapq.heapreplace(h, (9, "y")), h)
print(heapq.nlargest(2, tasks), heapq.nsmallest(2, tasks, key=lambda t: t[1]), heapq.nlargest(3, [1, 5, 2], key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge("ace", "bd", key=str.upper)), list(heapq.merge([3, 1], [4, 2], reverse=True)))
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 4, 4))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=itemgetter(1)), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=itemgetter(1)); print(recs)
def grade(score, bps=[60, 70, 80, 90], g="FDCBA"): return g[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
class P:
    def __init__(s, n, a): s.name, s.age = n, a; s.addr = type("A", (), {"city": n.upper()})()
    def greet(s, x, punct="!"): return f"{x} {s.name}{punct}"
ps = [P("bo", 30), P("al", 25), P("cy", 30)]
print([p.name for p in sorted(ps, key=attrgetter("age", "name"))], attrgetter("addr.city")(ps[0]), attrgetter("name", "age")(ps[1]))
print(itemgetter(1, 0)("ab"), itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter("k")({"k": 5}))
print(methodcaller("greet", "hi")(ps[0]), methodcaller("greet", "yo", punct="?")(ps[1]), methodcaller("upper")("x"))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.getitem([1, 2], -1), operator.pow(2, 10))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.length_hint(iter(range(7))))
print(operator.iadd([1], [2]), operator.floordiv(7, 2), operator.mod(-7, 3), operator.lshift(1, 4), operator.xor(5, 3), operator.inv(5), operator.index(7))
try: itemgetter(5)([1])
except IndexError as e: print("IndexError:", e)
try: attrgetter("zz")(ps[0])
except AttributeError as e: print("AttributeError:", e)
try: operator.index(1.5)
except TypeError as e: print("TypeError:", e)
import statistics as st
d = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(d), st.median(d), st.mode(d), st.pstdev(d), round(st.stdev(d), 6), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.multimode("aabbc"), st.fmean([1, 2]), st.variance([1, 2, 3, 4]), st.quantiles(range(1, 11), n=4), st.harmonic_mean([1, 2, 4]))
try: st.mean([])
except st.StatisticsError as e: print("StatisticsError:", e)
from fractions import Fraction as F
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
print(F(3, 4) + F(1, 6), F("0.125"), F(1.5), F(7, -21), F(5, 3) // 1, float(F(1, 3)), F(1, 3) ** 2, round(F(7, 2)), F(22, 7).limit_denominator(5))
print(D("1.10") + D("2.205"), D("10") / D("3"), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D(0.1), D("1e3").normalize(), D("-0"), D("3.14") * 2)
print(f"{D('1234.5'):,.2f}", f"{F(1, 3):.4f}" if hasattr(F, "__format__") and F.__format__ is not object.__format__ else "nofmt", sum([D("0.1")] * 3) == D("0.3"), D("1.0") == 1, D("NaN").is_nan())
try: F(1, 0)
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: D("abc")
except Exception as e: print(type(e).__name__)
