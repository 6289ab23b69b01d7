"""Prime sieve variants plus stack and worklist katas built on slice surgery."""
import math
import sys
from collections import OrderedDict

LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 30000


def eratosthenes(n):
    flags = [True] * (n + 1)
    flags[0:2] = [False, False]
    for i in range(2, math.isqrt(n) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]


def odd_only(n):
    if n < 2:
        return []
    size = (n - 1) // 2
    flags = [True] * (size + 1)
    flags[0] = False
    for i in range(1, (math.isqrt(n) - 1) // 2 + 1):
        if flags[i]:
            p = 2 * i + 1
            start = (p * p - 1) // 2
            flags[start::p] = [False] * len(range(start, size + 1, p))
    return [2] + [2 * i + 1 for i in range(1, size + 1) if flags[i]]


def sundaram(n):
    k = (n - 1) // 2
    marks = [False] * (k + 1)
    for i in range(1, k + 1):
        j = i
        while i + j + 2 * i * j <= k:
            marks[i + j + 2 * i * j] = True
            j += 1
    return ([2] if n >= 2 else []) + [2 * i + 1 for i in range(1, k + 1) if not marks[i]]


def incremental():
    """Unbounded generator (dict of upcoming composites)."""
    upcoming = {}
    q = 2
    while True:
        if q not in upcoming:
            yield q
            upcoming[q * q] = [q]
        else:
            for p in upcoming.pop(q):
                upcoming.setdefault(p + q, []).append(p)
        q += 1


def reverse_in_groups(seq, k):
    out = list(seq)
    for start in range(0, len(out), k):
        out[start:start + k] = out[start:start + k][::-1]
    return out


def interleave_halves(seq):
    out = list(seq)
    half = (len(out) + 1) // 2
    out[::2], out[1::2] = seq[:half], seq[half:]
    return out


def eval_postfix(tokens):
    stack = []
    arity = {"+": 2, "-": 2, "*": 2, "max3": 3, "sum*": None}
    for tok in tokens:
        if tok not in arity:
            stack.append(int(tok))
            continue
        n = arity[tok] if arity[tok] is not None else len(stack)
        if n > len(stack):
            raise IndexError(f"{tok} needs {n} operands, stack has {len(stack)}")
        args = stack[-n:] if n else []
        del stack[-n:]
        if tok == "+":
            stack.append(args[0] + args[1])
        elif tok == "-":
            stack.append(args[0] - args[1])
        elif tok == "*":
            stack.append(args[0] * args[1])
        elif tok == "max3":
            stack.append(max(args))
        else:
            stack.append(sum(args))
    return stack


def drain_worklist(graph, start):
    """Process nodes newest-first from a dict used as an ordered worklist."""
    pending = {start: 0}
    order = []
    seen = set()
    while pending:
        node, depth = pending.popitem()
        if node in seen:
            continue
        seen.add(node)
        order.append(f"{node}@{depth}")
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                pending[nxt] = depth + 1
    return order


if __name__ == "__main__":
    a = eratosthenes(LIMIT)
    b = odd_only(LIMIT)
    c = sundaram(LIMIT)
    gen = incremental()
    d = [next(gen) for _ in range(len(a))]
    print(len(a), a == b == c == d, a[:12], a[-4:])
    for lo in (2, 10, 100, 1000, 10000):
        hi = lo * 3
        print(f"primes in [{lo:>5}, {hi:>6}): {sum(1 for p in a if lo <= p < hi):>5}")
    print([len(odd_only(n)) for n in (0, 1, 2, 3, 10, 11, 100)], [len(sundaram(n)) for n in (1, 2, 3, 10, 11, 100)])
    digits = [sum(map(int, str(p))) for p in a]
    print("digit-sum histogram:", sorted({s: digits.count(s) for s in set(digits)}.items())[:8])
    emirps = [p for p in a if p > 10 and int(str(p)[::-1]) != p and int(str(p)[::-1]) in set(a)]
    print(len(emirps), emirps[:10])

    data = list(range(1, 18))
    print(reverse_in_groups(data, 4))
    print(interleave_halves(data))
    print(interleave_halves("abcdefg"))
    nums = list(range(20))
    nums[::3] = [n * 100 for n in nums[::3]]
    del nums[1::4]
    nums[-2:] = []
    nums[2:2] = ["x", "y"]
    print(nums)
    try:
        nums[::2] = [0]
    except ValueError as e:
        print("ValueError:", e)
    for expr in ["1 2 + 3 *", "5 1 9 max3 2 -", "1 2 3 4 sum*", "4 5 6 7 + max3", "1 max3"]:
        try:
            print(f"{expr:<18} -> {eval_postfix(expr.split())}")
        except IndexError as e:
            print(f"{expr:<18} !! {e}")
    g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
    print(drain_worklist(g, "a"))
    od = OrderedDict.fromkeys("kata")
    od["z"] = 1
    print(od.popitem(), od.popitem(last=False), list(od))
    stack = list(range(50))
    while len(stack) > 5:
        del stack[-7:]
        stack.append(len(stack))
    print(stack)
