"""asyncio.format_helpers: how callbacks and coroutines are shown in reprs."""

import functools


def _short_repr(obj):
    # reprlib's abbreviations (at most 30 characters for a string, a few
    # items of a container), as CPython's asyncio shows values.
    global _reprlib
    if _reprlib is None:
        import reprlib as _reprlib
    return _reprlib.repr(obj)


_reprlib = None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_short_repr(a) for a in args)
    if kwargs:
        items.extend(f'{k}={_short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    # Each partial layer is shown as its wrapped callable's call, with the
    # outer call's arguments appended after it.
    while isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        func, args, kwargs = func.func, func.args, func.keywords
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    text += _format_args_and_kwargs(args, kwargs)
    return text + suffix


def _get_function_source(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    # Plain functions only (bound methods show no source, as in CPython).
    if type(func).__name__ == 'function':
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None)
    if code is None:
        # Ember's coroutine objects do not expose their frame.
        return name
    frame = getattr(coro, 'cr_frame', None)
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
