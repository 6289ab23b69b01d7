def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print('  reset due to', e)
            total, count, avg = 0.0, 0, None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) >= 2:
            return 'done'

res = []
d = delegator(res)
print(next(d))
for v in [10, 20, 30]:
    print(d.send(v))
print(d.throw(ValueError('bad')))
print(d.send(5), d.send(None), d.send(7), d.send(9))
try:
    d.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
print(res)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('  GeneratorExit caught')
        raise
    finally:
        print('  finally')
g = closer()
print(next(g))
g.close()
g.close()
print(list(g))
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 'oops'
g = bad_closer(); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)

def pipeline_src(n):
    for i in range(n):
        yield i
def pmap(f, it):
    for x in it:
        yield f(x)
def pfilter(p, it):
    yield from (x for x in it if p(x))
def chunk(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf); buf = []
    if buf:
        yield tuple(buf)
out = chunk(pfilter(lambda v: v % 3, pmap(lambda v: v * v, pipeline_src(500))), 7)
cs = list(out)
print(len(cs), cs[:3], cs[-1], sum(map(sum, cs)))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'inc': n += 1
        elif cmd == 'dec': n -= 1
        elif isinstance(cmd, int): n = cmd
c = counter(); next(c)
for i in range(300):
    c.send('inc' if i % 3 else 'dec')
print(c.send(None), c.send(100), c.send('dec'))
try:
    c.throw(KeyError, KeyError('k'))
except KeyError as e:
    print('KeyError', e)
print(c.gi_frame is None, c.gi_running)

def inner_ret():
    yield 1
    return 'inner-value'
def outer():
    v = yield from inner_ret()
    yield v
    w = yield from [7, 8]
    yield w
print(list(outer()))

def gen_exc():
    yield 1
    raise IndexError('from gen')
try:
    for x in gen_exc():
        pass
except IndexError as e:
    print('IndexError', e)
def stop_inside():
    yield 1
    raise StopIteration('x')
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
g = (i for i in range(3))
print(next(g), list(g), next(g, 'dflt'))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def reenter():
    yield next(g3)
g3 = reenter()
try:
    next(g3)
except ValueError as e:
    print('ValueError', e)
gen = averager()
print(gen.__name__, gen.__qualname__, type(gen).__name__, gen.gi_code.co_name)
try:
    gen.send(5)
except TypeError as e:
    print('TypeError', e)
def thrower():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'handled'
    yield 'after'
t = thrower(); next(t)
print(t.throw(ZeroDivisionError), next(t))
import itertools
print(list(itertools.islice(itertools.count(5, 3), 4)), list(itertools.takewhile(lambda x: x < 10, itertools.count())))
