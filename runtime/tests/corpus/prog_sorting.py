# Sorting algorithms implemented by hand, checked against sorted(), with comparison counts.
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33
gen = lcg(2024)
data = [next(gen) % 1000 for _ in range(60)]
class Counter:
    def __init__(self):
        self.n = 0
    def lt(self, a, b):
        self.n += 1
        return a < b
def bubble(a, c):
    a = a[:]
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            if c.lt(a[j + 1], a[j]):
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a, c):
    a = a[:]
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and c.lt(x, a[j]):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
def selection(a, c):
    a = a[:]
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if c.lt(a[j], a[m]):
                m = j
        a[i], a[m] = a[m], a[i]
    return a
def merge_sort(a, c):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], c), merge_sort(a[mid:], c)
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if c.lt(r[j], l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
def quick_sort(a, c):
    if len(a) <= 1:
        return a[:]
    pivot = a[len(a) // 2]
    less = [x for x in a if c.lt(x, pivot)]
    more = [x for x in a if c.lt(pivot, x)]
    equal = [x for x in a if x == pivot]
    return quick_sort(less, c) + equal + quick_sort(more, c)
def heap_sort(a, c):
    a = a[:]
    n = len(a)
    def sift(i, n):
        while True:
            big = i
            for ch in (2 * i + 1, 2 * i + 2):
                if ch < n and c.lt(a[big], a[ch]):
                    big = ch
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def shell_sort(a, c):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and c.lt(x, a[j - gap]):
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap //= 2
    return a
def counting_sort(a, c):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, n in enumerate(counts) for _ in range(n)]
def radix_sort(a, c):
    a = a[:]
    exp = 1
    while a and max(a) // exp:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a
expected = sorted(data)
print("input:", data)
print("sorted:", expected)
for algo in [bubble, insertion, selection, merge_sort, quick_sort, heap_sort, shell_sort, counting_sort, radix_sort]:
    for name, inp in [("random", data), ("sorted", expected), ("reversed", expected[::-1]), ("empty", []), ("one", [5]), ("dups", [3, 1, 3, 1, 2, 2])]:
        c = Counter()
        out = algo(inp, c)
        ok = out == sorted(inp)
        print(f"{algo.__name__:14} {name:9} ok={ok} comparisons={c.n}")
records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
c = Counter()
stable = merge_sort([(r[1], i, r) for i, r in enumerate(records)], c)
print([r for _, _, r in stable])
