from graphlib import TopologicalSorter, CycleError
import graphlib

g = {'d': {'b', 'c'}, 'c': {'a'}, 'b': {'a'}, 'e': set()}
ts = TopologicalSorter(g)
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0)
ts.add(3, 1)  # accumulate, duplicate predecessor
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    ts.done(*ready)
print(steps, bool(ts), ts.get_ready())

ts = TopologicalSorter({1: [2], 2: [3], 3: [1], 4: [1]})
try:
    ts.prepare()
except CycleError as e:
    print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))
try:
    list(TopologicalSorter({'a': 'a'}).static_order())
except CycleError as e:
    print(e.args)

ts = TopologicalSorter({'x': ['y']})
for call in (ts.get_ready, ts.is_active, ts.done, lambda: bool(ts)):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print(type(e).__name__, e)
try:
    ts.add('z')
except ValueError as e:
    print(type(e).__name__, e)
print(ts.get_ready(), ts.get_ready())
for bad in ('q', 'x'):
    try:
        ts.done(bad)
    except ValueError as e:
        print(type(e).__name__, e)
ts.done('y')
try:
    ts.done('y')
except ValueError as e:
    print(type(e).__name__, e)
print(ts.get_ready(), ts.is_active())
ts.done('x')
print(ts.is_active(), bool(ts))

# done() with no arguments, tuples as nodes
ts = TopologicalSorter()
ts.add((1, 2))
ts.add((3,), (1, 2))
ts.prepare()
ts.done()
r = ts.get_ready(); print(r); ts.done(*r); print(ts.get_ready())
print(TopologicalSorter[int], type(TopologicalSorter[int]).__name__)
print(graphlib.__all__, CycleError.__mro__[1].__name__)
print(list(TopologicalSorter().static_order()))
# static_order partially consumed then prepare again
ts = TopologicalSorter({'b': ['a']})
it = ts.static_order()
print(next(it))
try:
    ts.prepare()
except ValueError as e:
    print(e)
# larger graph order
g = {i: [j for j in range(i) if (i * j) % 7 == 1] for i in range(20)}
print(list(TopologicalSorter(g).static_order()))
try:
    TopologicalSorter({1: [2], 2: [3], 3: [4], 4: [2]}).prepare()
except CycleError as e:
    print(e.args[1])
