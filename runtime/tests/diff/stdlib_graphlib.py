from graphlib import TopologicalSorter, CycleError
import graphlib

def attempt(label, f, *a):
    try:
        r = f(*a)
        print(label, repr(r))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e.args)

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(tuple(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
print([*ts.static_order()])
attempt('prepare twice', ts.prepare)
attempt('add after', ts.add, 5)

ts = TopologicalSorter({'a': ['b'], 'b': ['c'], 'c': ['a']})
attempt('cycle', ts.prepare)
ts = TopologicalSorter({1: [2], 2: [3], 3: [4], 4: [2], 5: [1]})
try:
    ts.prepare()
except CycleError as e:
    print('CycleError', e, repr(e), e.args, isinstance(e, ValueError))
ts = TopologicalSorter({'x': ['x']})
attempt('self loop', ts.prepare)
try:
    list(TopologicalSorter({'a': 'bc', 'b': 'a', 'c': 'b'}).static_order())
except CycleError as e:
    print(e.args[1])

ts = TopologicalSorter()
attempt('get_ready early', ts.get_ready)
attempt('is_active early', ts.is_active)
attempt('done early', ts.done, 1)
attempt('bool early', bool, ts)

ts = TopologicalSorter({'b': ['a'], 'c': ['a'], 'd': ['b', 'c'], 'e': []})
ts.prepare()
print(bool(ts), ts.is_active())
r = ts.get_ready()
print(r)
attempt('done unknown', ts.done, 'zz')
attempt('done not ready', ts.done, 'd')
ts.done('a')
attempt('done twice', ts.done, 'a')
print(ts.get_ready(), ts.get_ready())
ts.done('b', 'c', 'e')
print(ts.get_ready(), ts.is_active())
ts.done('d')
print(ts.is_active(), bool(ts), ts.get_ready())

ts = TopologicalSorter()
ts.add('A')
ts.add('B', 'A')
ts.add('B', 'C')
ts.add('A', 'C')
print(list(ts.static_order()))
print(list(TopologicalSorter().static_order()))
print(TopologicalSorter[int])
print(sorted(graphlib.__all__), CycleError.__mro__[1])
deps = {'build': ['compile', 'link'], 'link': ['compile'], 'compile': ['fetch'], 'test': ['build'], 'deploy': ['test', 'build']}
print(list(TopologicalSorter(deps).static_order()))
g = TopologicalSorter(deps)
g.prepare()
order = []
while g.is_active():
    batch = g.get_ready()
    order.append(sorted(batch))
    g.done(*batch)
print(order)
try:
    ts = TopologicalSorter({1: [[]]})
except TypeError as e:
    print('TypeError', e)
