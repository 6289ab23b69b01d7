"""Names for the runtime's built-in types, SimpleNamespace and dynamic class creation (Ember).

Written from the documented behaviour of CPython 3.11's types module.
"""
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    _frame = getattr(_exc.__traceback__, 'tb_frame', None)
    FrameType = type(_frame) if _frame is not None else None
    del _frame

GetSetDescriptorType = type(FunctionType.__dict__['__code__']) \
    if '__code__' in FunctionType.__dict__ else type(type.__dict__['__name__'])


# Functions' attributes are all computed here, so a `__slots__` member gives the type.
class _Slotted:
    __slots__ = ('_member',)


MemberDescriptorType = type(_Slotted.__dict__['_member'])
del _Slotted

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _c, _ag, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _ns_repr_running:
            return f'{name}(...)'
        _ns_repr_running.add(key)
        try:
            items = (f'{k}={v!r}' for k, v in self.__dict__.items())
            return f"{name}({', '.join(items)})"
        finally:
            _ns_repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_ns_repr_running = set()


# ---- dynamic class creation ----

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    # type() takes __module__ from the calling frame's globals: here, this module.
    if isinstance(ns, dict):
        ns.setdefault('__module__', __name__)
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute(property):
    """Route attribute access on a class to __getattr__ (used by enum)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Makes a generator function awaitable (the decorator of generator-based coroutines)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, "__code__", None)
    if type(func) is FunctionType and type(code) is CodeType:
        flags = code.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func  # awaitable already
        if flags & _CO_GENERATOR:
            # Its generators become awaitable: `await` drives them like coroutines.
            func.__code__ = code.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func
    import functools
    import collections.abc as abc

    def awaitable_result(*args, **kwargs):
        result = func(*args, **kwargs)
        kind = type(result)
        if kind is CoroutineType or (
                kind is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return result
        if isinstance(result, abc.Generator) and not isinstance(result, abc.Coroutine):
            return _GeneratorWrapper(result)
        return result

    return functools.wraps(func)(awaitable_result)


class _GeneratorWrapper:
    """Makes a generator-like object awaitable: what types.coroutine returns when the
    decorated callable gives something other than an awaitable generator."""

    def __init__(self, gen):
        self._it = gen
        self._plain = type(gen) is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    # The generator protocol, forwarded to the wrapped object.
    def send(self, value):
        return self._it.send(value)

    def throw(self, *exc):
        return self._it.throw(*exc)

    def close(self):
        return self._it.close()

    def __next__(self):
        return next(self._it)

    def __iter__(self):
        return self._it if self._plain else self

    __await__ = __iter__


def _forwarded(name):
    return property(lambda self: getattr(self._it, name))


# Its introspection attributes read the wrapped generator's, under both spellings.
for _gi, _cr in (("gi_code", "cr_code"), ("gi_frame", "cr_frame"),
                 ("gi_running", "cr_running"), ("gi_yieldfrom", "cr_await")):
    setattr(_GeneratorWrapper, _gi, _forwarded(_gi))
    setattr(_GeneratorWrapper, _cr, _forwarded(_gi))
del _gi, _cr


__all__ = [n for n in globals() if n[:1] != '_']
