"""asyncio.coroutines: telling coroutines and coroutine functions apart."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

# co_flags bits the compiler sets on `async def` functions.
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100

# Marker some libraries set on generator-based coroutine functions.
_is_coroutine = object()


async def _probe():
    pass


def _coro_type():
    # The type of a coroutine object, found once by making (and closing) one.
    c = _probe()
    t = type(c)
    c.close()
    return t


_CoroutineType = _coro_type()
_iscoroutine_typecache = {_CoroutineType}


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    # unwrap bound methods and functools.partial objects
    while True:
        inner = getattr(func, '__func__', None)
        if inner is None:
            inner = getattr(func, 'func', None) if type(func).__name__ == 'partial' else None
        if inner is None:
            break
        func = inner
    code = getattr(func, '__code__', None)
    if code is None:
        return False
    return bool(code.co_flags & _CO_COROUTINE)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    t = type(obj)
    if t in _iscoroutine_typecache:
        return True
    # Objects implementing the Coroutine ABC by hand count too.
    if (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close')
            and hasattr(t, '__await__')):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(t)
        return True
    return False
