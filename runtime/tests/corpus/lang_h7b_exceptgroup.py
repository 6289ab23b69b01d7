import asyncio

def check(n):
    errs = []
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(f"v{i}")
            if i % 3 == 1:
                raise TypeError(f"t{i}")
            raise KeyError(i)
        except Exception as e:
            errs.append(e)
    return ExceptionGroup("batch", errs)

eg = check(7)
print(repr(eg.message), len(eg.exceptions), str(eg))
try:
    raise eg
except* ValueError as g:
    print('ValueError group', [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print('TypeError group', [str(e) for e in g.exceptions])
except* KeyError as g:
    print('KeyError group', [e.args for e in g.exceptions])

match, rest = eg.split(ValueError)
print([str(e) for e in match.exceptions], [type(e).__name__ for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))
print(len(sub.exceptions), sub.message)
print(eg.subgroup(OSError))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m), repr(r))
print(repr(nested.derive([KeyError('x')])))

def handler():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError('a'), OSError('b')])
        except* ValueError:
            print('handled ValueError')
    except ExceptionGroup as e:
        print('leftover', repr(e))
handler()

try:
    try:
        raise ValueError('plain')
    except* ValueError as g:
        print('naked wrapped', repr(g))
except Exception as e:
    print('unexpected', e)

try:
    try:
        raise ExceptionGroup('x', [KeyError(1)])
    except* KeyError:
        raise RuntimeError('in handler')
except ExceptionGroup as e:
    print('raised in handler', repr(e), type(e.exceptions[0].__context__).__name__)
except RuntimeError as e:
    print('RuntimeError', e)

try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print('ValueError', e)
try:
    ExceptionGroup('bad', [1])
except ValueError as e:
    print('ValueError', e)
print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
try:
    raise ExceptionGroup('mixed', [ValueError(1), ValueError(2)])
except* (ValueError, TypeError) as g:
    print('tuple match', len(g.exceptions))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '*', excs)
try:
    raise MyGroup('mine', [ValueError(1), TypeError(2)])
except* ValueError as g:
    print(type(g).__name__, g.message)
except* TypeError as g:
    print(type(g).__name__, g.message)

async def worker(i):
    await asyncio.sleep(0)
    if i % 2:
        raise ValueError(f'worker {i}')
    return i

async def main():
    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(worker(i))
    except* ValueError as g:
        results.append(sorted(str(e) for e in g.exceptions))
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(i * 2)) for i in range(5)]
    results.append([t.result() for t in ts])
    return results
print(asyncio.run(main()))
e = ValueError('note me')
e.add_note('first note')
e.add_note('second')
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError', err)
count = 0
for i in range(200):
    try:
        raise ExceptionGroup('g', [ValueError(i), TypeError(i)])
    except* ValueError:
        count += 1
    except* TypeError:
        count += 2
print(count)
