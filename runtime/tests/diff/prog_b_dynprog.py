from functools import lru_cache
import sys

def edit_distance(a, b):
    memo = {}
    def go(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[key] = r
        return r
    return go(0, 0), len(memo)

def edit_script(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        dp[i][0] = i
    for j in range(m + 1):
        dp[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = a[i - 1] != b[j - 1]
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append(f"sub {a[i-1]}->{b[j-1]}@{i-1}")
            i, j = i - 1, j - 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            ops.append(f"del {a[i-1]}@{i-1}")
            i -= 1
        else:
            ops.append(f"ins {b[j-1]}@{i}")
            j -= 1
    return dp[n][m], ops[::-1]

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution"), ("same", "same")]:
    d, states = edit_distance(a, b)
    d2, ops = edit_script(a, b)
    assert d == d2
    print(f"{a!r:>12} -> {b!r:<12} d={d} states={states} ops={ops}")

@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    x, y = lcs(a[1:], b), lcs(a, b[1:])
    return x if len(x) >= len(y) else y

print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))
info = lcs.cache_info()
print(type(info).__name__, info.hits > 0, info.misses > 0, info.maxsize, info.currsize == info.misses)
lcs.cache_clear()
print(lcs.cache_info())

def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, v = items[i - 1]
            chosen.append(name)
            c -= w
    return best[-1][-1], sorted(chosen)

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
for cap in (0, 50, 100, 200, 400):
    print("knapsack", cap, knapsack(items, cap))

@lru_cache(maxsize=128)
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])

print([count_change(n, (25, 10, 5, 1)) for n in (0, 1, 5, 11, 30, 100)])
print(count_change(300, (50, 25, 10, 5, 1)))

def lis(seq):
    tails, back, idx = [], [None] * len(seq), []
    import bisect
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        back[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i]); i = back[i]
    return out[::-1]

print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([3, 3, 3]), lis(list(range(10, 0, -1))))

def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for i in range(k, n + 1):
            p[i] += p[i - k]
    return p[n]

print([partitions(n) for n in range(15)], partitions(200))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(150), fib.cache_info().currsize, fib.__name__, fib.__wrapped__.__name__)

def matrix_chain(dims):
    n = len(dims) - 1
    cost = {}
    split = {}
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            if i == j:
                cost[i, j] = 0
                continue
            cost[i, j] = min((cost[i, k] + cost[k + 1, j] + dims[i] * dims[k + 1] * dims[j + 1], k) for k in range(i, j))
            cost[i, j], split[i, j] = cost[i, j]
    def paren(i, j):
        if i == j:
            return f"M{i}"
        k = split[i, j]
        return f"({paren(i, k)} x {paren(k + 1, j)})"
    return cost[0, n - 1], paren(0, n - 1)

print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30]))
print(sys.getrecursionlimit() >= 1000)
