"""Tools that act on or return functions (Ember's functools)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS',
           'WRAPPER_UPDATES', 'total_ordering', 'cache', 'cmp_to_key', 'lru_cache',
           'reduce', 'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from collections import namedtuple as _namedtuple
import _functools as _native

_GenericAlias = type(list[int])


def __getattr__(name):
    # functools.recursive_repr is reprlib's; reprlib pulls in threading, so it is
    # fetched on first use instead of making every `import functools` dearer.
    if name != "recursive_repr":
        raise AttributeError(f"module 'functools' has no attribute '{name}'")
    from reprlib import recursive_repr
    globals()[name] = recursive_repr
    return recursive_repr


# ---------------------------------------------------------------- wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)
_ABSENT = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped` (name, docs, attributes) and returns it."""
    for attr in assigned:
        value = getattr(wrapped, attr, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, attr, value)
    for attr in updated:
        merged_into = getattr(wrapper, attr)
        merged_into.update(getattr(wrapped, attr, {}))
    # Last, so that a __wrapped__ copied over with __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

# For each root comparison, how to get the three others from its result r:
# (negate r first?, then combine: "" keep, "eq" -> r or a == b, "ne" -> r and a != b).
_ORDER_RECIPES = {
    '__lt__': (('__gt__', True, "ne"), ('__le__', False, "eq"), ('__ge__', True, "")),
    '__le__': (('__ge__', True, "eq"), ('__lt__', False, "ne"), ('__gt__', True, "")),
    '__gt__': (('__lt__', True, "ne"), ('__ge__', False, "eq"), ('__le__', True, "")),
    '__ge__': (('__le__', True, "eq"), ('__gt__', False, "ne"), ('__lt__', True, "")),
}


def _derive_comparison(root, negate, combine):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if combine == "eq":
            return r or self == other
        if combine == "ne":
            return r and self != other
        return r
    return compare


def _build_derived():
    # One shared function per (target, root) pair, named after both as in CPython.
    made = {}
    for root, recipes in _ORDER_RECIPES.items():
        for target, negate, combine in recipes:
            fn = _derive_comparison(root, negate, combine)
            fn.__name__ = fn.__qualname__ = f"_{target[2:4]}_from_{root[2:4]}"
            made[root, target] = fn
    return made


_DERIVED = _build_derived()


def total_ordering(cls):
    """Class decorator: fills in the rich comparisons missing beside one given."""
    defined = [op for op in _ORDER_RECIPES
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)    # preference order: __lt__, __le__, __gt__, __ge__
    for target, _, _ in _ORDER_RECIPES[root]:
        if target not in defined:
            fn = _DERIVED[root, target]
            fn.__name__ = target
            setattr(cls, target, fn)
    return cls


# ---------------------------------------------------------------- cmp_to_key

def _key_operand(other):
    if type(other) is not _KeyWrapper:
        raise TypeError("other argument must be K instance")
    return other.obj


class _KeyWrapper(object):
    # One type for every cmp_to_key result and its keys (as _functools' keyobject):
    # keys compare with any key, using the left one's comparison function.
    __slots__ = ['obj', '_cmp']
    __ember_tp_name__ = 'functools.KeyWrapper'
    __hash__ = None

    def __call__(self, obj=_ABSENT):
        if obj is _ABSENT:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        key = object.__new__(_KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def __eq__(self, other):
        return self._cmp(self.obj, _key_operand(other)) == 0

    def __ne__(self, other):
        return self._cmp(self.obj, _key_operand(other)) != 0

    def __lt__(self, other):
        return self._cmp(self.obj, _key_operand(other)) < 0

    def __le__(self, other):
        return self._cmp(self.obj, _key_operand(other)) <= 0

    def __gt__(self, other):
        return self._cmp(self.obj, _key_operand(other)) > 0

    def __ge__(self, other):
        return self._cmp(self.obj, _key_operand(other)) >= 0


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = "KeyWrapper"
_KeyWrapper.__module__ = "functools"


def cmp_to_key(mycmp):
    """Turns an old-style cmp(a, b) function into a key= function."""
    factory = object.__new__(_KeyWrapper)
    factory._cmp = mycmp
    return factory


# ---------------------------------------------------------------- reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Folds the iterable from the left with the two-argument function."""
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    count = len(args)
    if not 2 <= count <= 3:
        bound = 'least' if count < 2 else 'most'
        raise TypeError(f'reduce expected at {bound} {2 if count < 2 else 3} arguments, '
                        f'got {count}')
    function = args[0]
    try:
        items = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if count == 3:
        acc = args[2]
    else:
        acc = next(items, _ABSENT)
        if acc is _ABSENT:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


# ---------------------------------------------------------------- partial

_reprs_in_progress = set()


def _call_text(func, args, keywords):
    shown = [repr(func)]
    shown += [repr(a) for a in args]
    shown += [f'{k}={v!r}' for k, v in keywords.items()]
    return ', '.join(shown)


class partial(_native.partial):
    """partial(func, *args, **keywords): func with some arguments filled in."""
    # The native base (`_functools.partial`) holds func, args and keywords and makes the
    # calls; this subclass gives instances their __dict__ and weak references.
    __ember_tp_name__ = 'functools.partial'
    __class_getitem__ = classmethod(_GenericAlias)

    def __repr__(self):
        kind = type(self)
        label = kind.__qualname__
        if kind.__module__ == 'functools':
            label = 'functools.' + label
        marker = id(self)
        if marker in _reprs_in_progress:
            return '...'
        _reprs_in_progress.add(marker)
        try:
            inner = _call_text(self.func, self.args, self.keywords)
        finally:
            _reprs_in_progress.discard(marker)
        return f"{label}({inner})"

    def __reduce__(self):
        state = (self.func, self.args, self.keywords, self.__dict__ or None)
        return type(self), (self.func,), state


class partialmethod:
    """Descriptor form of partial, for use in class bodies."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        # CPython always writes both separators, even around empty parts.
        kind = type(self)
        args = ', '.join(map(repr, self.args))
        kwds = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"{kind.__module__}.{kind.__qualname__}({self.func!r}, {args}, {kwds})"

    def _plain_method(self):
        # Used when func is not a descriptor binding to something new.
        spec = self

        def _method(cls_or_self, /, *args, **keywords):
            return spec.func(cls_or_self, *spec.args, *args, **{**spec.keywords, **keywords})
        _method._partialmethod = self  # for inspect.signature
        _method.__isabstractmethod__ = self.__isabstractmethod__
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None and not isinstance(self.func, partial):
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _ABSENT)
                if owner is not _ABSENT:
                    result.__self__ = owner
                return result
        return self._plain_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- lru_cache

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                         module='functools')

def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function in a cache of at most `maxsize` entries
    (least recently used dropped first; None for no bound)."""
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


class _lru_cache_wrapper(_native._lru_cache_wrapper):
    # The cache and its calls are native (`_functools`); instances of this subclass take
    # the attributes update_wrapper copies from the wrapped function.
    pass


def cache(user_function, /):
    """Unbounded memoizing decorator: lru_cache(maxsize=None)."""
    return _cached(user_function, None, False)


# ---------------------------------------------------------------- singledispatch

def _merge_linearizations(seqs):
    # C3 merge: repeatedly take the first head that is in no other list's tail.
    seqs = [list(seq) for seq in seqs if seq]
    out = []
    while seqs:
        for seq in seqs:
            head = seq[0]
            if not any(head in other[1:] for other in seqs):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        out.append(head)
        for seq in seqs:
            if seq[0] == head:
                del seq[0]
        seqs = [seq for seq in seqs if seq]
    return out


def _linearize_with_abcs(cls, abcs):
    # cls's MRO with the ABCs from abcs that cls itself introduces woven in; they go
    # after the bases up to (and including) the last base that is an ABC.
    bases = cls.__bases__
    split = 0
    for pos in range(len(bases), 0, -1):
        if hasattr(bases[pos - 1], '__abstractmethods__'):
            split = pos
            break
    head, tail = list(bases[:split]), list(bases[split:])
    pending = list(abcs)
    own = [k for k in pending
           if issubclass(cls, k) and not any(issubclass(b, k) for b in bases)]
    for k in own:
        pending.remove(k)
    groups = [[cls]]
    for part in (head, own, tail):
        groups.extend(_linearize_with_abcs(b, pending) for b in part)
    groups += [head, own, tail]
    return _merge_linearizations(groups)


def _mro_with_registered(cls, candidates):
    # cls's MRO extended with the registered classes (mostly ABCs) that it only
    # matches virtually, ordered as consistently as the hierarchy allows.
    import types
    in_mro = set(cls.__mro__)
    related = [k for k in candidates
               if k not in in_mro and hasattr(k, '__mro__')
               and not isinstance(k, types.GenericAlias) and issubclass(cls, k)]
    related = [k for k in related
               if not any(k is not other and k in other.__mro__ for other in related)]
    wanted = set(related)
    ordered = []
    for k in related:
        # Known subclasses of k that cls also satisfies fix the order of the ABCs.
        chains = [[x for x in sub.__mro__ if x in wanted]
                  for sub in k.__subclasses__()
                  if sub not in in_mro and issubclass(cls, sub)]
        if not chains:
            ordered.append(k)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            ordered.extend(x for x in chain if x not in ordered)
    return _linearize_with_abcs(cls, ordered)


def _find_impl(cls, registry):
    # The implementation for the first registered class in cls's (ABC-extended) MRO;
    # two unrelated virtual matches in a row are refused as ambiguous.
    real_mro = cls.__mro__
    best = None
    for klass in _mro_with_registered(cls, registry.keys()):
        if best is None:
            if klass in registry:
                best = klass
            continue
        if (klass in registry and klass not in real_mro and best not in real_mro
                and not issubclass(best, klass)):
            raise RuntimeError(f"Ambiguous dispatch: {best} or {klass}")
        break
    return registry.get(best)


def _union_members(tp):
    # The member classes of X | Y or typing.Union[X, Y]; None for anything else.
    import types
    if isinstance(tp, types.UnionType):
        return tp.__args__
    import sys
    typing = sys.modules.get('typing')
    if typing is not None and typing.get_origin(tp) is typing.Union:
        return tp.__args__
    return None


def _dispatchable(tp):
    if isinstance(tp, type):
        return True
    members = _union_members(tp)
    return members is not None and all(isinstance(m, type) for m in members)


def _annotation_class(func):
    # The dispatch class given by the annotation of func's first parameter.
    ann = getattr(func, '__annotations__', {})
    if not ann:
        raise TypeError(
            f"Invalid first argument to `register()`: {func!r}. "
            f"Use either `@register(some_class)` or plain `@register` "
            f"on an annotated function.")
    argname, tp = next(iter(ann.items()))
    if not _dispatchable(tp):
        # String or partly-string annotations are resolved as typing would.
        from typing import get_type_hints
        argname, tp = next(iter(get_type_hints(func).items()))
    if not _dispatchable(tp):
        if _union_members(tp) is not None:
            raise TypeError(f"Invalid annotation for {argname!r}. "
                            f"{tp!r} not all arguments are classes.")
        raise TypeError(f"Invalid annotation for {argname!r}. {tp!r} is not a class.")
    return tp


def singledispatch(func):
    """Turns func into a generic function dispatching on its first argument's type."""
    import abc
    import types
    registry = {object: func}
    memo = {}
    token = None    # abc cache token, tracked once an ABC is registered

    def dispatch(cls):
        """The implementation chosen for instances of cls."""
        nonlocal token
        if token is not None:
            # a class registered with some ABC since may change the answers
            now = abc.get_cache_token()
            if token != now:
                memo.clear()
                token = now
        try:
            return memo[cls]
        except KeyError:
            impl = memo[cls] = _find_impl(cls, registry)
            return impl
        except TypeError:
            return _find_impl(cls, registry)

    def register(cls, func=None):
        """Adds an implementation, for cls or for the first parameter's annotation."""
        if not _dispatchable(cls):
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            func, cls = cls, _annotation_class(cls)
        elif func is None:
            return lambda f: register(cls, f)
        nonlocal token
        for klass in _union_members(cls) or (cls,):
            registry[klass] = func
            if token is None and hasattr(klass, '__abstractmethods__'):
                token = abc.get_cache_token()
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if args:
            return dispatch(args[0].__class__)(*args, **kw)
        raise TypeError(f'{funcname} requires at least 1 positional argument')

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = memo.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__')):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """As the register of singledispatch."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        choose = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return choose(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---------------------------------------------------------------- cached_property

class cached_property:
    """Property computed once per instance, then kept in the instance __dict__."""
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.attrname = None  # until __set_name__
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
        elif known != name:
            raise TypeError("Cannot assign the same cached_property to two different "
                            f"names ({known!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        who = type(instance).__name__
        try:
            slots = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {who!r} "
                            f"instance to cache {name!r} property.") from None
        value = slots.get(name, _ABSENT)
        if value is _ABSENT:
            value = self.func(instance)
            try:
                slots[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {who!r} instance does not "
                                f"support item assignment for caching {name!r} property."
                                ) from None
        return value
