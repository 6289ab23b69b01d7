d = {'a': 1, 'b': 2}
print(d.popitem(), d)
try: {}.popitem()
except Exception as e: print(type(e).__name__, e)
print(dict.fromkeys('abc'), dict.fromkeys([1,2], 0))
class D(dict):
    def __setitem__(self, k, v): print('set', k, v); super().__setitem__(k, v)
print(D.fromkeys('ab', 1), type(D.fromkeys('a')))
print({'a':1} | {'b':2}, type(D(a=1) | {'c':3}))
x = {'a':1}; x |= {'b':2}; x |= [('c', 3)]; print(x)
try: {} | [1]
except Exception as e: print(type(e).__name__, e)
print(list(reversed({'a':1,'b':2,'c':3})))
class M(dict):
    def __missing__(self, k): return k * 2
print(M()['ab'], 'a' in {'a':1}, {'a':1}.__contains__('b'))
try: {}.update({}, {})
except Exception as e: print(type(e).__name__, e)
d = {}; d.update(a=1); d.update([('b', 2)], c=3); print(d, d.setdefault('z'), d)
