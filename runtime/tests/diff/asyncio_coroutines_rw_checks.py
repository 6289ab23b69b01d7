import asyncio, functools, types
from asyncio import coroutines

async def native(): return 1
def plain(): return 2
def gen(): yield 1
async def agen(): yield 1

class K:
    async def am(self): pass
    def pm(self): pass
    @classmethod
    async def acm(cls): pass
    @staticmethod
    async def asm(): pass

k = K()
cases = [
    ('native', native), ('plain', plain), ('gen', gen), ('agen', agen),
    ('bound async', k.am), ('bound plain', k.pm), ('class async', K.acm),
    ('static async', K.asm), ('unbound async', K.am),
    ('partial async', functools.partial(native)),
    ('partial partial', functools.partial(functools.partial(native))),
    ('partial plain', functools.partial(plain)),
    ('partialmethod-bound', functools.partial(k.am)),
    ('lambda', lambda: None), ('int', 3), ('None', None), ('builtin', len),
    ('class', K), ('raw classmethod', K.__dict__['acm']), ('raw staticmethod', K.__dict__['asm']),
]
for label, f in cases:
    print(label, asyncio.iscoroutinefunction(f), coroutines.iscoroutinefunction(f))

def marked(): pass
marked._is_coroutine = coroutines._is_coroutine
print('marked', asyncio.iscoroutinefunction(marked))
class HasCode:
    __code__ = native.__code__
print('hascode', asyncio.iscoroutinefunction(HasCode()))

c = native()
print('coro', asyncio.iscoroutine(c)); c.close()
g = gen()
print('gen obj', asyncio.iscoroutine(g))
ag = agen()
print('agen obj', asyncio.iscoroutine(ag))
print('int', asyncio.iscoroutine(1), 'str', asyncio.iscoroutine('x'))

class ByHand:
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): return iter(())
print('byhand', asyncio.iscoroutine(ByHand()), asyncio.iscoroutine(ByHand()))
class Partial:
    def send(self, v): pass
    def __await__(self): return iter(())
print('partial-proto', asyncio.iscoroutine(Partial()))
print(sorted(coroutines.__all__))
print(asyncio.iscoroutine is coroutines.iscoroutine)
import collections.abc
class Later:
    def __await__(self): return iter(())
print('later before', asyncio.iscoroutine(Later()), asyncio.iscoroutine(Later()))
collections.abc.Coroutine.register(Later)
print('later after', asyncio.iscoroutine(Later()))
async def runner():
    t = asyncio.ensure_future(native())
    print('task', asyncio.iscoroutine(t), asyncio.iscoroutine(t))
    await t
asyncio.run(runner())
