log = []
class L:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        log.append(('eq', self.n, getattr(o, 'n', o))); return NotImplemented
    def __hash__(self): return 1
    def __lt__(self, o):
        log.append(('lt', self.n, getattr(o, 'n', o))); return self.n < o.n
    def __repr__(self): return f'L{self.n}'
a, b, c = L(1), L(2), L(3)
def run(label, f):
    log.clear()
    try: r = f()
    except Exception as e: r = type(e).__name__
    print(label, r, log)
run('in list', lambda: b in [a, c])
run('list.index', lambda: [a, c].index(b))
run('list.count', lambda: [a, c, a].count(b))
run('list.remove', lambda: [a, c].remove(b))
run('in tuple', lambda: b in (a, c))
run('tuple.index', lambda: (a, c).index(b))
run('dict get', lambda: {a: 1}.get(b))
run('set in', lambda: b in {a})
run('list eq', lambda: [a, b] == [c, a])
run('tuple eq', lambda: (a,) == (b,))
run('dict eq', lambda: {1: a} == {1: b})
run('max', lambda: max([a, c, b]))
run('min', lambda: min([c, a, b]))
run('sorted', lambda: sorted([c, a, b]))
run('list lt', lambda: [a, b] < [a, c])
import bisect, heapq
run('bisect', lambda: bisect.bisect([a, c], b))
run('heap', lambda: heapq.nsmallest(2, [c, a, b]))
run('in deque', lambda: b in __import__('collections').deque([a, c]))
run('dict keys in', lambda: b in {a: 1}.keys())
run('operator.contains', lambda: __import__('operator').contains([a], b))
run('list.__contains__ same', lambda: a in [a])
