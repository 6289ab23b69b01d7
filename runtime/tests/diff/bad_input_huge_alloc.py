# Allocations too large to make give MemoryError (or OverflowError past ssize_t) at
# once, as CPython does, instead of filling memory.
cases = [
    lambda: [0] * (10 ** 12),
    lambda: " " * (10 ** 12),
    lambda: bytearray(10 ** 13),
    lambda: list(range(10 ** 11)),
    lambda: tuple(range(10 ** 10)),
    lambda: list(range(10 ** 20)),
    lambda: sorted(range(10 ** 11)),
]
for i, make in enumerate(cases):
    try:
        make()
        print(i, "made")
    except (MemoryError, OverflowError) as e:
        print(i, type(e).__name__, e)
print(len(list(range(3, 100, 7))), list(range(5, -5, -4)), tuple(range(0)))
