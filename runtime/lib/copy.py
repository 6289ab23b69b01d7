"""Generic (shallow and deep) copying operations, for Ember.

Written from the documented behaviour of CPython 3.11's copy module: `__copy__`,
`__deepcopy__(memo)`, `__reduce_ex__(4)`/`__reduce__` with `_reconstruct`, and for plain
instances (when the class defines no reduction of its own) the object protocol: a new
instance from `cls.__new__(cls, *__getnewargs__())` without calling `__init__`, then the
state (`__getstate__()`, or `__dict__` and slots) applied.
"""

from copyreg import dispatch_table
import types
import weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # the old name, still imported by some programs


# Objects of these types are never duplicated: a copy (shallow or deep) is the object.
_SHARED = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex,
    str, bytes, type, range, property, weakref.ref,
    types.CodeType, types.BuiltinFunctionType, types.FunctionType,
})


def _same(x, memo=None):
    return x


# Shallow copiers by exact type; tuple, frozenset and slice are immutable containers, so
# their shallow copy is themselves too.
_copy_dispatch = dict.fromkeys(_SHARED | {tuple, frozenset, slice}, _same)
_copy_dispatch.update({
    list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy,
})


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    quick = _copy_dispatch.get(cls)
    if quick is not None:
        return quick(x)
    if issubclass(cls, type):  # metaclass instances are classes: shared
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    reduced = _reduce(x, cls, "shallow")
    return x if isinstance(reduced, str) else _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None, _missing=[]):
    """Return a deep copy of x; memo maps id() of originals to their copies."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _missing)
    if done is not _missing:
        return done
    cls = type(x)
    quick = _deepcopy_dispatch.get(cls)
    if quick is not None:
        result = quick(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        # No per-type copier: the object's own hook, else its reduction.
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            reduced = _reduce(x, cls, "deep")
            result = x if isinstance(reduced, str) else _reconstruct(x, memo, *reduced)
    if result is not x:
        memo[key] = result
        _hold(x, memo)
    return result


def _hold(x, memo):
    """Keeps x alive as long as the memo, so that no other object can reuse its id() while
    the memo maps that id to x's copy. The list lives in the memo under the memo's own id."""
    memo.setdefault(id(memo), []).append(x)


def _deep_list(x, memo, deepcopy=deepcopy):
    out = []
    memo[id(x)] = out  # registered first: the list may contain itself
    add = out.append
    for item in x:
        add(deepcopy(item, memo))
    return out


def _deep_tuple(x, memo, deepcopy=deepcopy):
    parts = [deepcopy(item, memo) for item in x]
    # If x reaches itself through a mutable member, copying the members copied x already.
    already = memo.get(id(x))
    if already is not None:
        return already
    for new, old in zip(parts, x):
        if new is not old:
            return tuple(parts)
    return x  # nothing inside changed: the tuple can be shared


def _deep_dict(x, memo, deepcopy=deepcopy):
    out = {}
    memo[id(x)] = out
    for k, v in x.items():
        out[deepcopy(k, memo)] = deepcopy(v, memo)
    return out


def _deep_method(x, memo):
    receiver = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, receiver)
    except TypeError:
        # A runtime whose method type cannot be called binds through the function.
        return x.__func__.__get__(receiver, type(receiver))


_deepcopy_dispatch = dict.fromkeys(_SHARED, _same)
_deepcopy_dispatch.update({
    list: _deep_list, tuple: _deep_tuple, dict: _deep_dict, types.MethodType: _deep_method,
})


# ---- the reduction protocol ----

_IMMUTABLE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _reduce(x, cls, kind):
    """The reduction of x: a reducer registered with copyreg.pickle() for its class, else
    its own __reduce_ex__/__reduce__ when its class defines one, else the default object
    reduction."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce__", None):
        return reductor(x)
    return _object_reduce(x, cls, kind)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        declared = c.__dict__.get('__slots__')
        if declared is None:
            continue
        # A single string names one slot.
        for name in (declared,) if isinstance(declared, str) else declared:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = f'_{stripped}{name}'
            names.append(name)
    return names


def _object_reduce(x, cls, kind):
    """`object.__reduce_ex__(4)`: (__newobj__, (cls, *newargs), state, listitems,
    dictitems)."""
    has_dict = hasattr(x, '__dict__')
    # Sets and bytearrays reduce to a call of their class with their items (as their own
    # __reduce__ does in CPython).
    for base in cls.__mro__:
        if base in (set, frozenset):
            return (cls, (list(x),), (dict(x.__dict__) or None) if has_dict else None)
        if base is bytearray:
            return (cls, (bytes(x),), (dict(x.__dict__) or None) if has_dict else None)
        if base is slice:
            return (cls, (x.start, x.stop, x.step))
    slots = _slot_names(cls)
    if not has_dict and not any('__slots__' in c.__dict__ for c in cls.__mro__):
        # Only instances of Python classes are copied this way.
        raise TypeError(f"cannot pickle '{cls.__name__}' object")

    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None and getnewargs is not getattr(tuple, '__getnewargs__', None):
            args = getnewargs(x)
        else:
            args = ()
            for base in cls.__mro__:
                if base in _IMMUTABLE_BASES:
                    args = (base(x),)
                    break
    args = tuple(args)

    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = getstate(x)
    else:
        state = None
        if has_dict:
            dct = x.__dict__
            if dct:
                state = dict(dct)
        if slots:
            slotstate = {}
            for name in slots:
                try:
                    slotstate[name] = getattr(x, name)
                except AttributeError:
                    pass
            if slotstate:
                state = (state, slotstate)

    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Builds the copy of x from its reduction; memo is None for a shallow copy."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        add = y.append
        for item in listiter:
            add(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _apply_state(y, state):
    """`__setstate__(state)` if y has one, else the default: state is a __dict__ update or a
    (dict state, slot state) pair."""
    setter = getattr(y, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        dict_part, slot_part = state
    else:
        dict_part, slot_part = state, None
    # A None part is skipped.
    if dict_part is not None:
        y.__dict__.update(dict_part)
    if slot_part is not None:
        for name, value in slot_part.items():
            setattr(y, name, value)


del types
