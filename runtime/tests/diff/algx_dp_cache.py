import sys
from functools import lru_cache, cache, reduce
from itertools import accumulate, combinations
import operator

sys.setrecursionlimit(5000)


def coin_change_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for v in range(c, total + 1):
            ways[v] += ways[v - c]
    return ways[total]


def min_coins(coins, total):
    @lru_cache(maxsize=None)
    def go(rem):
        if rem == 0:
            return 0
        best = float("inf")
        for c in coins:
            if c <= rem:
                best = min(best, go(rem - c) + 1)
        return best
    r = go(total)
    info = go.cache_info()
    return (r if r != float("inf") else -1), info.currsize


print("ways(1,2,5 -> 100):", coin_change_ways([1, 2, 5], 100))
print("ways(uk coins -> 200):", coin_change_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
print("min coins:", [min_coins((1, 7, 10), n) for n in (14, 15, 23, 0)], min_coins((4, 6), 7))


@cache
def partitions(n, k):
    """Number of partitions of n into parts of size at most k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print("p(n):", [partitions(n, n) for n in range(0, 16)], partitions(100, 100))
print("cache:", partitions.cache_info().misses > 100, partitions.cache_info().maxsize)


def knapsack(items, cap):
    best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return best[-1][-1], sorted(chosen)


items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10), (3, 7), (7, 13), (5, 8)]
print("knapsack:", knapsack(items, 15), knapsack(items, 0), knapsack([], 10))
brute = max((sum(v for _, v in combo), combo) for r in range(len(items) + 1) for combo in combinations(items, r) if sum(w for w, _ in combo) <= 15)
print("brute force agrees:", brute[0] == knapsack(items, 15)[0])


def matrix_chain(dims):
    @lru_cache(None)
    def cost(i, j):
        if i == j:
            return 0, str(i)
        best = None
        for k in range(i, j):
            a, pa = cost(i, k)
            b, pb = cost(k + 1, j)
            total = a + b + dims[i] * dims[k + 1] * dims[j + 1]
            if best is None or total < best[0]:
                best = (total, f"({pa}x{pb})")
        return best
    return cost(0, len(dims) - 2)


print("matrix chain:", matrix_chain((40, 20, 30, 10, 30)), matrix_chain((10, 20, 30)), matrix_chain((5, 10, 3, 12, 5, 50, 6)))


def word_break(s, words):
    words = frozenset(words)

    @lru_cache(None)
    def go(i):
        if i == len(s):
            return [[]]
        out = []
        for j in range(i + 1, len(s) + 1):
            if s[i:j] in words:
                out.extend([s[i:j]] + rest for rest in go(j))
        return out
    return [" ".join(x) for x in go(0)]


print("word break:", word_break("catsanddog", ["cat", "cats", "and", "sand", "dog"]))
print("word break:", word_break("pineapplepenapple", ["apple", "pen", "applepen", "pine", "pineapple"]))
print("word break:", word_break("catsandog", ["cats", "dog", "sand", "and", "cat"]))


def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t[0][0]


print("lcs lens:", lcs_table("ABCBDAB", "BDCABA"), lcs_table("", "x"), lcs_table("dynamic", "programming"))


@lru_cache(maxsize=4)
def slow_square(x):
    return x * x


for x in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    slow_square(x)
print("bounded cache:", slow_square.cache_info())
slow_square.cache_clear()
print("after clear:", slow_square.cache_info(), slow_square(9), slow_square.__wrapped__(9), slow_square.__name__)


@lru_cache(maxsize=None, typed=True)
def describe(x):
    return f"{type(x).__name__}:{x!r}"


print([describe(v) for v in (1, 1.0, True, 1, "1")], describe.cache_info().currsize)


def max_subarray(a):
    best = cur = a[0]
    start = best_l = best_r = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur, start = a[i], i
        else:
            cur += a[i]
        if cur > best:
            best, best_l, best_r = cur, start, i
    return best, a[best_l:best_r + 1]


print("kadane:", max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
pref = list(accumulate([3, -1, 4, 1, -5, 9], initial=0))
print("prefix sums:", pref, "range(1,4):", pref[4] - pref[1], reduce(operator.mul, range(1, 8)))


def edit_paths(n, m):
    grid = [[1] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            grid[i][j] = grid[i - 1][j] + grid[i][j - 1]
    return grid[n][m]


print("lattice paths:", [edit_paths(k, k) for k in range(1, 11)], edit_paths(20, 20))


def egg_drop(eggs, floors):
    dp = [0] * (eggs + 1)
    moves = 0
    while dp[eggs] < floors:
        moves += 1
        for e in range(eggs, 0, -1):
            dp[e] = dp[e] + dp[e - 1] + 1
    return moves


print("egg drop:", egg_drop(2, 100), egg_drop(3, 1000), egg_drop(1, 10))
