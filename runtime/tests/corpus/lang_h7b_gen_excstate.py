import sys
def g():
    try:
        yield 1
    except ValueError:
        print('in except, exc_info:', sys.exc_info()[0].__name__)
        yield 2
        print('after yield in except, exc_info:', sys.exc_info()[0].__name__)
        raise
it = g(); next(it)
print(it.throw(ValueError('v')))
print('outside:', sys.exc_info())
try: next(it)
except ValueError as e: print('reraised', e)
def g2():
    try:
        raise KeyError('a')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
it = g2()
print(next(it))
try:
    raise TypeError('outer')
except TypeError:
    print(next(it), sys.exc_info()[0].__name__)
def g3():
    yield
    raise
it = g3(); next(it)
try: next(it)
except RuntimeError as e: print('RE', e)
def ctx():
    try:
        yield
    finally:
        print('g finally exc:', sys.exc_info()[0])
x = ctx(); next(x)
try:
    raise IndexError
except IndexError:
    x.close()
def chain():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted')
c = chain(); next(c)
try: c.throw(ValueError('orig'))
except TypeError as e: print(repr(e), repr(e.__context__))
def ret_in_finally():
    try:
        yield 1
    finally:
        return 'fin'
r = ret_in_finally(); next(r)
try: r.throw(KeyError)
except StopIteration as e: print('SI', e.value)
r = ret_in_finally(); next(r)
print(r.close())
def yf_inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('inner closing'); raise
    finally:
        print('inner finally')
def yf_outer():
    try:
        yield from yf_inner()
    finally:
        print('outer finally')
o = yf_outer(); next(o); o.close()
class Thrown(Exception): pass
def catcher():
    while True:
        try:
            yield
        except Thrown as t:
            print('caught', t.args)
def deleg():
    yield from catcher()
d = deleg(); next(d)
d.throw(Thrown(1)); d.throw(Thrown, (2, 3)); d.throw(Thrown)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(99)
        return self.n
    def throw(self, *a): print('It.throw', a[0]); return 'thrown-val'
    def close(self): print('It.close')
def deleg2():
    r = yield from It()
    print('returned', r)
    yield 'end'
d = deleg2(); print(next(d), d.throw(ValueError), d.send(None) if False else next(d))
d.close()
def deleg3():
    r = yield from It()
    yield r
print(list(deleg3()))
def send_to_iter():
    yield from iter([1, 2])
s = send_to_iter(); next(s)
try: s.send(5)
except AttributeError as e: print('AE', e)
def gen_expr_scope():
    x = 10
    return list(x + i for i in range(3)), [x * i for i in range(3)], {i: x for i in range(2)}
print(gen_expr_scope())
try:
    list(1 / i for i in [1, 0])
except ZeroDivisionError as e:
    print('ZDE', e)
gi = (i for i in range(3))
print(gi.gi_frame is not None, gi.gi_running, gi.gi_code.co_name, next(gi), gi.gi_frame.f_lineno > 0)
