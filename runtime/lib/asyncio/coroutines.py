"""asyncio.coroutines: telling coroutines and coroutine functions apart."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

_CO_COROUTINE = 0x80    # the co_flags bit of `async def` code

# Old generator-based coroutine decorators mark their functions with this.
_is_coroutine = object()


def _live_types():
    # Taken from samples, so that importing asyncio need not load the types module.
    class Sample:
        async def coro(self):
            pass

        def gen(self):
            yield

    it, coro = Sample(), Sample().coro()
    found = type(Sample.gen), type(it.gen), type(coro), type(it.gen())
    coro.close()
    return found


_FunctionType, _MethodType, _CoroutineType, _GeneratorType = _live_types()

# Types known to make coroutines (3.11 still counts generators), and types known not
# to; the latter only while abc's cache token stays the same, as for an ABC's own
# negative cache. Both are capped in size.
_iscoroutine_typecache = {_CoroutineType, _GeneratorType}
_not_coroutine_types = set()
_not_coroutine_token = None

# Bound on first use.
_partial = _Coroutine = _cache_token = None


def iscoroutinefunction(func):
    """True for `async def` functions (also behind bound methods and partials) and
    for functions marked by a legacy coroutine decorator."""
    global _partial
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    # Look through bound methods and functools.partial layers, in any nesting.
    while type(func) is not _FunctionType:
        if type(func) is _MethodType:
            func = func.__func__
            continue
        if _partial is None:
            from functools import partial as _partial
        if not isinstance(func, _partial):
            return False
        func = func.func
    return bool(func.__code__.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """True for coroutines, generators and whatever implements the Coroutine ABC."""
    global _Coroutine, _cache_token, _not_coroutine_token
    kind = type(obj)
    if kind in _iscoroutine_typecache:
        return True
    if _Coroutine is None:
        from _collections_abc import Coroutine as _Coroutine
        from abc import get_cache_token as _cache_token
    token = _cache_token()
    if token != _not_coroutine_token:
        _not_coroutine_types.clear()
        _not_coroutine_token = token
    elif kind in _not_coroutine_types:
        return False
    found = isinstance(obj, _Coroutine)
    cache = _iscoroutine_typecache if found else _not_coroutine_types
    if len(cache) < 100:
        cache.add(kind)
    return found
