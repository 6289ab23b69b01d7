# reversed() over lists and tuples: positions, lists shrinking or growing meanwhile, and
# __length_hint__ as CPython's reversed and list_reverseiterator give it.
l = list(range(10))
it = reversed(l)
print(next(it), next(it))
del l[5:]
print(list(it))
l2 = [1, 2, 3]
it2 = reversed(l2)
print(next(it2)); l2.append(9); print(list(it2))
t = (1, 2, 3)
print(list(reversed(t)), list(reversed([])), list(reversed(())))
it3 = reversed([1, 2]); print(list(it3), list(it3))
class L(list): pass
print(list(reversed(L([4, 5, 6]))))
l4 = [1, 2, 3, 4]
it4 = reversed(l4)
next(it4)
l4.clear()
print(list(it4))
print(it4.__length_hint__() if hasattr(it4, '__length_hint__') else 'nohint')
r = reversed([1, 2, 3, 4])
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
r = reversed((5, 6))
print(r.__length_hint__(), list(r), r.__length_hint__())
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(r.__length_hint__(), list(r))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
r = reversed(Seq())
print(r.__length_hint__(), list(r), r.__length_hint__())
