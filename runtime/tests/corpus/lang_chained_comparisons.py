# Chained comparisons, evaluation order and short-circuiting.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 < 2 > 5, 0 <= 0 < 1 <= 1)
print(-1 < 0 < 1 < 2 < 3 < 4 < 5)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 != None)
log = []
def v(n):
    log.append(n)
    return n
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) < v(5) > v(4) < v(0) < v(9), log)
# chained with in / not in / is
lst = [1, 2, 3]
print(1 in lst in [lst], 4 not in lst in [lst], None is None is None)
print("a" < "b" < "c", "abc" < "abd" < "b", (1, 2) < (1, 3) < (2,))
print(1 < 2.5 < 3, True < 2 < 3.5, 1 == 1.0 == True)
# comparisons return non-bool from rich comparisons
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return f"lt({self.v},{o.v})"
    def __gt__(self, o): return ""
a, b, c = R(1), R(2), R(3)
print(a < b)
print(a < b < c)
print(a > b < c)
# mixed types raising
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError", e)
try:
    print(1 < 2 < "a")
except TypeError as e:
    print("TypeError", e)
print(1 > 2 < "a")  # short-circuited, no error
print([1, 2] == [1, 2] != [2, 1])
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print(nan < 1, nan > 1, nan <= nan, [nan] == [nan])
one = 1
print(one is one if False else "skip")
