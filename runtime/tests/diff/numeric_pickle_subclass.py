import pickle
class I(int):
    pass
class S(str):
    pass
class L(list):
    pass
class T(tuple):
    pass
i = I(7); i.tag = 'x'
for p in range(6):
    for o in [i, S('ab'), L([1]), T((1, 2))]:
        try:
            s = pickle.dumps(o, p); r = pickle.loads(s)
            print(p, s, type(r).__name__, r, getattr(r, '__dict__', None))
        except Exception as e:
            print(p, type(e).__name__, e)
