import gc
class E(enumerate):
    def extra(self): return "extra"
class F(E): pass
class Z(zip): pass
class M(map): pass
class Fi(filter): pass
class R(reversed): pass
e = F("ab", 1); e.note = 5
print(list(e), e.note, e.extra(), isinstance(e, enumerate))
print(list(Z("ab", "cd")), list(M(str, [1, 2])), list(Fi(None, [0, 3])), list(R([1, 2, 3])))
class S(enumerate):
    __slots__ = ("a",)
s = S("x"); s.a = 1; print(next(s), s.a)
for bases in [(enumerate, zip), (enumerate, list), (zip, map)]:
    try:
        type("X", bases, {}); print("made", bases)
    except TypeError as ex: print(ex)
class C(enumerate, object): pass
print(list(C("q")))
x = E([1]); x.me = x; del x; gc.collect()
lst = []; z = Z(lst); lst.append(z); del z, lst; print(gc.collect() >= 0)
print("done")
