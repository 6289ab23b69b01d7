# Iterating ranges whose bounds leave 64 bits: a lazy longrange_iterator, of any length.
import itertools

big = 2**70
r = range(big)
it = iter(r)
print(type(it).__name__, next(it), next(it), it.__length_hint__() == big - 2)
print(list(itertools.islice(range(big, big * 2, 3), 4)))
print(list(itertools.islice(reversed(range(big)), 3)), type(reversed(range(big))).__name__)
print(list(itertools.islice(range(-big, 0, big // 4), 10)))
print(list(range(2**64, 2**64 + 3)), list(reversed(range(2**64, 2**64 + 3))))
print(list(range(-2**64, -2**64 - 6, -2)), list(reversed(range(-2**64, -2**64 - 6, -2))))
print(list(range(big, big)), list(reversed(range(big, 0))), list(iter(range(big, big - 1))))
for i in range(big - 2, big + 2):
    print(i, end=" ")
print()
total = 0
for i in range(10**20, 10**25, 10**24):
    total += i
print(total)
found = None
for n in range(2**63 - 5, 2**64):
    if n % 7 == 0:
        found = n
        break
print(found)
e = enumerate(range(big, big + 2))
print(list(e), sum(range(2**63, 2**63 + 4)), max(range(2**65, 2**65 + 3)))
it = iter(range(2**100, 2**100 + 2))
print(next(it), next(it), next(it, "done"), next(it, "done"), it.__length_hint__())
print(iter(it) is it, 2**69 in r, r[-1], len(range(2**62, 2**62 + 5)))
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(sorted(range(2**64 + 2, 2**64 - 2, -1)), list(zip(range(big, big + 3), "abc")))
