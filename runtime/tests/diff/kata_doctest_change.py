"""Change-making, tower of hanoi and mastermind, verified with doctest.

>>> make_change(63, (1, 5, 10, 25))
[25, 25, 10, 1, 1, 1]
>>> count_ways(100, (1, 5, 10, 25, 50))
292
"""
import doctest
import sys
from functools import lru_cache
from itertools import product
from collections import Counter


class NoChange(Exception):
    def __init__(self, amount, coins):
        super().__init__(amount, coins)
        self.amount = amount
        self.coins = coins

    def __str__(self):
        return f"cannot make {self.amount} from {sorted(self.coins)}"


def make_change(amount, coins):
    """Fewest coins summing to amount (DP, not greedy).

    >>> make_change(6, (1, 3, 4))
    [3, 3]
    >>> make_change(0, (2,))
    []
    >>> make_change(3, (2,))
    Traceback (most recent call last):
        ...
    NoChange: cannot make 3 from [2]
    """
    INF = float("inf")
    best = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
                last[a] = c
    if best[amount] == INF:
        raise NoChange(amount, coins)
    out = []
    while amount:
        out.append(last[amount])
        amount -= last[amount]
    return sorted(out, reverse=True)


def count_ways(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def hanoi(n, src="A", dst="C", via="B"):
    """Generate moves.

    >>> list(hanoi(2))
    [(1, 'A', 'B'), (2, 'A', 'C'), (1, 'B', 'C')]
    >>> sum(1 for _ in hanoi(10))
    1023
    """
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)


def show_pegs(pegs, n):
    rows = []
    for level in range(n - 1, -1, -1):
        cells = []
        for name in "ABC":
            stack = pegs[name]
            disk = stack[level] if level < len(stack) else 0
            cells.append(("=" * (2 * disk - 1) if disk else "|").center(2 * n + 1))
        rows.append(" ".join(cells))
    return "\n".join(rows)


def score(secret, guess):
    """Return (black, white) pegs.

    >>> score("RGBY", "RGYB")
    (2, 2)
    >>> score("AABB", "BBAA")
    (0, 4)
    """
    black = sum(s == g for s, g in zip(secret, guess))
    common = sum((Counter(secret) & Counter(guess)).values())
    return black, common - black


@lru_cache(maxsize=None)
def all_codes(colours, length):
    return tuple("".join(p) for p in product(colours, repeat=length))


def solve_mastermind(secret, colours="RGBYOP"):
    candidates = list(all_codes(colours, len(secret)))
    guess = colours[0] * 2 + colours[1] * 2
    history = []
    while True:
        fb = score(secret, guess)
        history.append((guess, fb))
        if fb == (len(secret), 0):
            return history
        candidates = [c for c in candidates if score(c, guess) == fb]
        guess = candidates[0]


if __name__ == "__main__":
    failures, tests = doctest.testmod()
    print(f"doctest: {tests} tests, {failures} failures")
    for amount in (7, 11, 30, 99):
        try:
            coins = make_change(amount, (4, 7, 9))
            print(f"{amount:>3}: {coins} ({len(coins)} coins)")
        except NoChange as e:
            print(f"{amount:>3}: {e} args={e.args}")
    print(count_ways(200, (1, 2, 5, 10, 20, 50, 100, 200)))
    n = 3
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    print(show_pegs(pegs, n))
    for i, (disk, s, d) in enumerate(hanoi(n), 1):
        pegs[d].append(pegs[s].pop())
        assert pegs[d][-1] == disk
        print(f"move {i}: disk {disk} {s}->{d}")
    print(show_pegs(pegs, n))
    print(all_codes.cache_info())
    for secret in ("RGBY", "PPOO", "YRRB"):
        hist = solve_mastermind(secret)
        print(secret, len(hist), " ".join(f"{g}:{b}{w}" for g, (b, w) in hist))
    print(all_codes.cache_info().hits >= 2, len(all_codes("RGBYOP", 4)))
    sys.exit(0 if failures == 0 else 1)
