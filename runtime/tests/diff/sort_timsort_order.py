# Sorting calls the comparison with the same arguments in the same order as CPython
# (timsort: runs, binary insertion, powersort merges, galloping), and a comparison that
# raises leaves the list in the order the sort had reached.
import functools, random
log = []
limit = [None]
class Boom(Exception): pass
def cmp(a, b):
    log.append((a, b))
    if limit[0] is not None and len(log) >= limit[0]:
        raise Boom()
    return (a > b) - (a < b)
def digest(seq):
    h = 0
    for a, b in seq:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h
def gen(r, n, kind):
    if kind == 0: return [r.randrange(n * 2 + 1) for _ in range(n)]
    if kind == 1: return [r.randrange(5) for _ in range(n)]
    if kind == 2:
        l = sorted(r.randrange(1000) for _ in range(n))
        for _ in range(max(1, n // 20)):
            i, j = r.randrange(n), r.randrange(n); l[i], l[j] = l[j], l[i]
        return l
    if kind == 3:
        l = []
        while len(l) < n:
            k = r.randrange(1, 200); s = r.randrange(1000)
            run = list(range(s, s + k)); 
            if r.random() < 0.5: run.reverse()
            l.extend(run)
        return l[:n]
    if kind == 4:
        a = sorted(r.randrange(10**6) for _ in range(n // 2)); b = sorted(r.randrange(10**6) for _ in range(n - n // 2))
        return a + b if r.random() < 0.5 else b[::-1] + a
    return list(range(n, 0, -1))
r = random.Random(1)
total = 0
for trial in range(150):
    n = r.choice([1, 2, 3, 10, 63, 64, 65, 100, 127, 128, 200, 500, 1000, 1500])
    kind = r.randrange(6)
    l = gen(r, n, kind)
    rev = r.random() < 0.3
    log.clear(); limit[0] = None
    out = sorted(l, key=functools.cmp_to_key(cmp), reverse=rev)
    full = len(log)
    d = digest(log)
    res = [n, kind, rev, full, d, digest(enumerate(out))]
    if full:
        limit[0] = r.randrange(1, full + 1)
        log.clear()
        l2 = [functools.cmp_to_key(cmp)(x) for x in l]
        # cmp_to_key objects compare via cmp; sort the list in place
        ll = list(l)
        try:
            ll.sort(key=functools.cmp_to_key(cmp), reverse=rev)
        except Boom:
            res.append(digest(enumerate(ll)))
        res.append(len(log))
    print(*res)
