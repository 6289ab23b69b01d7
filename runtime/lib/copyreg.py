"""copyreg (Ember): what pickle and copy consult beyond an object's own methods.

Reduction functions registered per type, the reconstructors that reductions name, the
slot names of a class, and the registry of extension codes for pickled globals.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}  # type -> reduction function, filled by pickle()


def _insist_callable(obj, what):
    if not callable(obj):
        raise TypeError(f"{what} must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Makes pickle_function the reduction function for instances of ob_type."""
    _insist_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only vetted: old pickles named one, nothing records it now.
    if constructor_ob is not None:
        _insist_callable(constructor_ob, "constructors")


def constructor(object):
    """Vets object as a constructor for pickle() (nothing is recorded)."""
    _insist_callable(object, "constructors")


# The reductions registered for builtin types that lack a __reduce__ of their own.

def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str comes back as functools.reduce(operator.or_, (int, str)).
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# ---- protocols 0 and 1: an instance as its builtin part plus its attributes

_HEAPTYPE = 1 << 9
_BUILTIN_PARTS = (int, float, complex, str, bytes, tuple, list, dict, set, frozenset)


def _builtin_part(cls):
    # The nearest class in the MRO that is not a Python class: the part of an instance
    # that protocol 0 saves as a value (object: nothing).
    for c in cls.__mro__:
        if c is object or c in _BUILTIN_PARTS:
            return c
        if hasattr(c, '__flags__') and not c.__flags__ & _HEAPTYPE:
            return c
    return object


def _reconstructor(cls, base, state):
    """Undoes _reduce_ex: a new `cls` object whose `base` part is built from `state`."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def _reduce_ex(self, proto):
    """object.__reduce_ex__ at protocols 0 and 1, for instances of Python classes."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_part(cls)
    if base is cls and base is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    state = None if base is object else base(self)
    custom = getattr(type(self), '__getstate__', None) is not getattr(object, '__getstate__', None)
    getstate = getattr(self, '__getstate__', None)
    if getstate is not None and custom:
        attrs = getstate()
    elif getattr(cls, "__slots__", None):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    else:
        attrs = getattr(self, '__dict__', None)
    reduction = (_reconstructor, (cls, base, state))
    return reduction + (attrs,) if attrs else reduction


# ---- protocol 2 and later: objects made through __new__

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol 4's form: __new__ with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ members of cls and its bases, private ones mangled
    (cached as cls.__slotnames__ where the class allows it)."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            declared = c.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = (declared,)
            owner = c.__name__.lstrip('_')
            for name in declared:
                if name in ("__dict__", "__weakref__"):
                    continue
                private = name.startswith('__') and not name.endswith('__')
                names.append(f'_{owner}{name}' if private and owner else name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass  # the answer stands without the cache
    return names


# ---- extension codes: small integers pickled in place of a global's module and name

_extension_registry = {}  # (module, name) -> code
_inverted_registry = {}   # code -> (module, name)
_extension_cache = {}     # code -> the object, once loaded


def add_extension(module, name, code):
    code = int(code)
    if not 0 < code < 1 << 31:
        raise ValueError("code out of range")
    key = (module, name)
    old_code, old_key = _extension_registry.get(key), _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return  # registered already, the same way
    if old_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, old_code))
    if old_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, old_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
