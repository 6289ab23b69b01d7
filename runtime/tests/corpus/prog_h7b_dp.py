from functools import lru_cache, cache, reduce
from itertools import accumulate, combinations, product

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], ''.join(reversed(out))

def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def knapsack(items, cap):
    dp = [0] * (cap + 1)
    keep = [[False] * (cap + 1) for _ in items]
    for k, (w, v) in enumerate(items):
        for c in range(cap, w - 1, -1):
            if dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
                keep[k][c] = True
    chosen = []
    c = cap
    for k in range(len(items) - 1, -1, -1):
        if keep[k][c]:
            chosen.append(k); c -= items[k][0]
    return dp[cap], sorted(chosen)

@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return partitions(n - k, k) + partitions(n, k - 1)

@cache
def coin_ways(n, coins=(1, 2, 5, 10, 20, 50, 100, 200)):
    if n == 0: return 1
    if not coins: return 0
    c = coins[-1]
    return sum(coin_ways(n - c * i, coins[:-1]) for i in range(n // c + 1))

def lis(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails): tails.append(x)
        else: tails[i] = x
    return len(tails)

def matrix_chain(dims):
    n = len(dims) - 1
    dp = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            dp[i][j] = min(dp[i][k] + dp[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1] for k in range(i, j))
    return dp[0][n - 1]

pairs = [("AGGTAB", "GXTXAYB"), ("kitten", "sitting"), ("intention", "execution"), ("", "abc"), ("abcdef", "abcdef")]
for a, b in pairs:
    print(a, b, lcs(a, b), edit(a, b))
items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10), (3, 7), (7, 13), (5, 8)]
for cap in (5, 10, 15, 20):
    print(cap, knapsack(items, cap))
print([partitions(n, n) for n in range(0, 30)])
print(partitions.cache_info())
print(coin_ways(200), coin_ways.cache_info().hits > 0)
seq = [(i * 37) % 101 for i in range(200)]
print(lis(seq), lis(sorted(seq)), lis(seq[::-1]))
print(matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30]), matrix_chain([1, 2, 3, 4, 3]))
print(list(accumulate(range(1, 11), lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max, initial=0)))
print(reduce(lambda a, b: a * 10 + b, range(10)))
best = max(combinations(range(1, 12), 3), key=lambda t: (t[0] * t[1] - t[2]) % 11)
print(best)
print(sum(1 for p in product(range(4), repeat=4) if sum(p) == 6))
tri = [[(i * 7 + j * 3) % 10 for j in range(i + 1)] for i in range(15)]
for i in range(len(tri) - 2, -1, -1):
    for j in range(i + 1):
        tri[i][j] += max(tri[i + 1][j], tri[i + 1][j + 1])
print(tri[0][0])
partitions.cache_clear()
print(partitions.cache_info())
