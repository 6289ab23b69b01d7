"""Names for the runtime's built-in types, SimpleNamespace and dynamic class creation (Ember).

Written from the documented behaviour of CPython 3.11's types module.
"""
import sys


def _specimens():
    """One object of each interpreter type this module names, by the type's public name."""
    def plain():
        pass

    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    free = 0

    def closure():
        return free

    class Holder:
        __slots__ = ("member",)

        def method(self):
            pass

    pending = coro()
    pending.close()  # never awaited: closing it avoids the "never awaited" warning
    try:
        raise TypeError
    except TypeError as caught:
        tb = caught.__traceback__
    code_attr = type(plain).__dict__.get("__code__")
    return {
        "FunctionType": plain,
        "LambdaType": lambda: None,
        "CodeType": plain.__code__,
        "MappingProxyType": type.__dict__,
        "CellType": closure.__closure__[0],
        "GeneratorType": gen(),
        "CoroutineType": pending,
        "AsyncGeneratorType": agen(),
        "MethodType": Holder().method,
        "BuiltinFunctionType": len,
        "BuiltinMethodType": [].append,
        "WrapperDescriptorType": object.__init__,
        "MethodWrapperType": object().__str__,
        "MethodDescriptorType": str.join,
        "ClassMethodDescriptorType": dict.__dict__["fromkeys"],
        "ModuleType": sys,
        "TracebackType": tb,
        "GetSetDescriptorType": code_attr if code_attr is not None
        else type.__dict__["__name__"],
        "MemberDescriptorType": Holder.__dict__["member"],
        "GenericAlias": list[int],
        "UnionType": int | str,
        "EllipsisType": ...,
        "NoneType": None,
        "NotImplementedType": NotImplemented,
    }, getattr(tb, "tb_frame", None)


_found, _frame = _specimens()
globals().update({_name: type(_obj) for _name, _obj in _found.items()})
FrameType = None if _frame is None else type(_frame)
del _found, _frame, _specimens, sys


class SimpleNamespace:
    """A simple attribute-based namespace."""

    __ember_tp_name__ = 'types.SimpleNamespace'  # as error messages name it

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

    # Orderings also go to the dicts (so they fail as dicts do).
    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_ns_repr_running = set()


# ---- dynamic class creation ----

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would: bases resolved, metaclass found and
    prepared, exec_body(ns) filling the namespace."""
    entries = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, entries, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if entries is not bases:
        namespace['__orig_bases__'] = bases  # as the class statement records them
    return meta(name, entries, namespace, **kwds)


def resolve_bases(bases):
    """bases with each non-class that has __mro_entries__ replaced by what it returns
    (PEP 560); the same tuple when nothing changes."""
    out = []
    changed = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if hook is None:
            out.append(base)
            continue
        replacement = hook(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(replacement)
        changed = True
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds): the metaclass a class statement would use, the
    namespace its __prepare__ gives, and the keywords left for the metaclass call."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:  # the first base's metaclass, reconciled with the others' below
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


_META_CONFLICT = ("metaclass conflict: the metaclass of a derived class must be a "
                  "(non-strict) subclass of the metaclasses of all its bases")


def _calculate_meta(meta, bases):
    """The most derived metaclass among meta and the bases' metaclasses."""
    best = meta
    for base in bases:
        candidate = type(base)
        if issubclass(best, candidate):
            continue
        if not issubclass(candidate, best):
            raise TypeError(_META_CONFLICT)
        best = candidate
    return best


class DynamicClassAttribute:
    """An attribute that instances see through their getter while the class falls through
    to its metaclass's __getattr__ (enum members named like properties rely on this)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return self._call(self.fget, "unreadable attribute", instance)
        # Looked up on the class: only an abstract attribute shows itself there.
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        self._call(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        self._call(self.fdel, "can't delete attribute", instance)

    @staticmethod
    def _call(accessor, missing, *args):
        if accessor is None:
            raise AttributeError(missing)
        return accessor(*args)

    def _with(self, **change):
        parts = {"fget": self.fget, "fset": self.fset, "fdel": self.fdel}
        parts.update(change)
        made = type(self)(parts["fget"], parts["fset"], parts["fdel"], self.__doc__)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        made = self._with(fget=fget)
        if self.overwrite_doc:
            made.__doc__ = fget.__doc__
        return made

    def setter(self, fset):
        return self._with(fset=fset)

    def deleter(self, fdel):
        return self._with(fdel=fdel)


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
