l = [1]
l.extend((2, 3)); l.extend([4]); l.extend(l); l.extend(range(2)); l += (9,); l += [8]
print(l)
class T(tuple):
    def __iter__(self): return iter([0])
class L(list):
    def __iter__(self): return iter(["sub"])
l2 = []; l2.extend(T((5, 6))); l2.extend(L([7])); print(l2)
s = set(); s.add(1); s.add(1); print(s)
try: s.add()
except TypeError as e: print(e)
try: s.add(1, x=2)
except TypeError as e: print(e)
class E(enumerate): pass
class Z(zip): pass
print(list(E("ab", 1)), list(Z("ab", "cd")), list(map(str, (1, 2))), list(filter(None, [0, 1])), list(reversed([1, 2])))
for i, (a, b) in enumerate(zip("xy", [1, 2])): print(i, a, b)
