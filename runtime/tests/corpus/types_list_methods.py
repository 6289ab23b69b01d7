# list methods and their error messages.
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.count(1), l.index(1), l.index(1, 2), l.index(5, 0, 5), len(l))
l.append(7); print(l)
l.extend([8, 8]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "before last"); l.insert(-100, "very first")
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove("a"); l.remove(8); print(l)
l2 = l.copy(); l2.reverse(); print(l2)
l3 = [x for x in l if isinstance(x, int)]
l3.sort(); print(l3)
l3.sort(reverse=True); print(l3)
l3.clear(); print(l3)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1].index(2),
             lambda: [1, 2, 3].index(3, 0, 2), lambda: [1, "a"].sort(), lambda: [1][2], lambda: [][-1],
             lambda: [].insert(), lambda: [1, 2].pop("x"), lambda: list(5), lambda: [1, 2] + (3,),
             lambda: [1] * "a", lambda: [3, 2].sort(key=1), lambda: [].append(1, 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print([1, 2] + [3], [0] * 4, [[]] * 2, 3 * [1, 2], [1, 2] * 0, [] * 5)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 9], [1, [2]] == [1, [2]], [] < [0])
print(list(), list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list(x * 2 for x in [1, 2]))
m = [1, 2, 3]
m[1:2] = [20, 21, 22]; print(m)
m[-1] = "end"; print(m)
print(m[::-1], m[1::2], 20 in m, 99 not in m)
print(sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop(), end="; ")
print()
q = [1, 2, 3]
q += [4]
q.extend(q)
print(q, q.count(4))
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [5, 6].__getitem__(-1))
nested = [[1, 2], [3, 4]]
copy = nested.copy()
copy[0].append(99)
copy[1] = "replaced"
print(nested, copy)
idx = [10, 20, 30, 20, 10]
print([i for i, v in enumerate(idx) if v == 20], idx.index(20, 2), idx.index(10, -1))
print(list.__name__, type([]).__name__, isinstance([], list), [] is not [])
