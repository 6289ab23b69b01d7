# Indexing, slicing and iterating non-ASCII text (1- to 4-byte UTF-8 code points), long
# enough that positions are found through the position index, and bool arithmetic.
import itertools

parts = ["a", "é", "中", "😀", "ß", "z", "Ω", "🎉"]
s = "".join(parts[(i * 7 + i // 3) % len(parts)] for i in range(1000))
print(len(s), len(s.encode()), s[:12], s[-12:])
checks = [0, 1, 31, 32, 33, 63, 64, 65, 500, 998, 999, -1, -32, -33, -1000]
print([s[i] for i in checks])
print([ord(s[i]) for i in range(0, 1000, 37)])
# Random access in a scattered order, then sequential, then backwards.
order = [(i * 389) % 1000 for i in range(1000)]
print(sum(ord(s[i]) for i in order), sum(ord(s[i]) for i in range(1000)),
      sum(ord(s[i]) for i in range(999, -1, -1)))
for a, b in [(0, 5), (30, 70), (31, 33), (500, 500), (990, 2000), (-40, -3), (64, 32)]:
    t = s[a:b]
    print(a, b, len(t), t == "".join(s[i] for i in range(*slice(a, b).indices(1000))))
print(s[::97], s[1000:], s[-1001:3], s[5:900:131], s[::-150])
# Iteration, partly consumed, and with enumerate / zip.
it = iter(s)
head = list(itertools.islice(it, 40))
print("".join(head) == s[:40], next(it) == s[40], sum(1 for _ in it), it.__length_hint__())
print(sum(1 for i, c in enumerate(s) if c == s[i]), all(x == y for x, y in zip(s, list(s))))
print(s.find("🎉", 500), s.index("Ω", 100), s.rfind("中"), s.count("😀"), s[s.find("ß", 700)])
try:
    s[1000]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-1001]
except IndexError as e:
    print("IndexError:", e)
short = "héllo wörld"
print([short[i] for i in range(-len(short), len(short))], short[3:8], list(reversed(short)))
print([chr(i) for i in (65, 233, 255, 256, 20013, 128512)], chr(233) == "é", chr(97) == "a"[0])

# bool arithmetic: int's operators, but &, |, ^ of two bools stay bools.
k = 0
for c in "abracadabra":
    k += c == "a"
print(k, True + True, True - False, True * 7, False * 2.5, True / 2, True // 1, 7 % True)
print(True ** 2, True ** -1, True << 3, 16 >> True, True & 3, 3 | False, True ^ 2)
print(True & True, True | False, False ^ True, type(True & False).__name__, type(True & 1).__name__)
print(sum([True, True, False, True]), -True, ~True, abs(False), 10 + True, True - 10)
try:
    True // False
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % False
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(iter([1, 2, 3]).__length_hint__(), iter((1,)).__length_hint__(), iter(b"ab").__length_hint__())
it = iter("héllo"); next(it); next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
