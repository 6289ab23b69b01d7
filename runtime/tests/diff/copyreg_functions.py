# copyreg: slot names (mangled, cached), protocol 0/1 reductions, extension codes and
# their errors, registered reduction functions used by copy.
import copyreg, copy, pickle
class P:
    __slots__ = ("a", "__b", "__dict__")
class _Q(P):
    __slots__ = ("c",)
print(copyreg._slotnames(P), copyreg._slotnames(_Q), _Q.__slotnames__, copyreg._slotnames(int))
class L(list):
    pass
l = L([1, 2]); l.x = 5
for proto in (0, 1, 2):
    r = pickle.loads(pickle.dumps(l, proto)); print(proto, type(r).__name__, r, r.x)
print(l.__reduce_ex__(0)[1], l.__reduce_ex__(1)[2])
class S:
    __slots__ = ("v",)
s = S(); s.v = 1
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print(e)
copyreg.add_extension("m", "n", 240)
copyreg.add_extension("m", "n", 240)
for args in [("m", "n", 241), ("m2", "n", 240), ("x", "y", 0), ("x", "y", 2**31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(e)
copyreg.remove_extension("m", "n", 240)
try:
    copyreg.remove_extension("m", "n", 240)
except ValueError as e:
    print(e)
for f in [lambda: copyreg.pickle(int, 5), lambda: copyreg.constructor(3), lambda: copyreg.pickle(int, lambda x: (int, (0,)), 3)]:
    try: f()
    except TypeError as e: print(e)
class C: pass
copyreg.pickle(C, lambda c: (C, ()))
print(type(copy.copy(C())).__name__, C in copyreg.dispatch_table)
print(copyreg.__newobj__(L, [3]), copyreg.__newobj_ex__(dict, (), {}))
