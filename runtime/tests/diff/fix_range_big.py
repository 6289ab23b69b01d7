# Ranges with bounds beyond 64 bits, tuple.index bounds.
big = 10 ** 20
r = range(big)
print(r, r[big // 10], r[-1], big // 2 in r, big in r, -1 in r, 5.0 in range(10), r.index(123), r.count(big - 1))
print(range(-big, big, 3)[::-7][:3], range(0, big, big // 4)[1:], list(range(big, big + 3)), bool(range(big, big)))
print(range(big, -big, -big // 2), list(range(big, -big, -big // 2)), range(2 ** 64 - 3, 2 ** 64)[1:])
print(range(big) == range(0, big, 1), range(big) == range(big - 1), hash(range(big)) == hash(range(0, big)))
print(r.start, r.stop, r.step, range(1, big, 2 ** 70).step, len(range(big - 5, big)), list(reversed(range(big - 3, big))))
print(range(5)[2 ** 70 // 2 ** 69], range(0, 2 ** 63 - 1, 2 ** 62)[1], range(10)[::-1][2:5], range(3)[True])
for f in [lambda: len(r), lambda: r[big], lambda: r[-big - 1], lambda: r.index(big), lambda: r[1.5],
          lambda: r[::0], lambda: list(iter(range(big, big + 2))), lambda: range(5)[2 ** 100], lambda: r["a":], lambda: range(1, 2, 0)]:
    try:
        print(f())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = (1, 2, 3, 2, 1)
print(t.index(1, 1), t.index(2, -3), t.index(3, 0, 3), t.index(1, -100, 100))
for args in [(1, 1, 4), (9,), (2, 4), ()]:
    try:
        print(t.index(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
