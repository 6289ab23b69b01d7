"""Size-limited object representations (Repr, repr) and the recursive_repr decorator."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from threading import get_ident
except ImportError:
    def get_ident():
        return 1


# What functools.wraps would copy (reprlib cannot import functools). 3.11 sets no
# __wrapped__ here.
_COPIED = ('__module__', '__doc__', '__name__', '__qualname__')


def _copy_identity(source, target):
    for attr in _COPIED:
        setattr(target, attr, getattr(source, attr))
    target.__annotations__ = getattr(source, '__annotations__', {})


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a nested call for the same object, in the same
    thread, gives fillvalue instead of recursing."""

    def decorate(method):
        inside = set()   # (object id, thread id) of the calls under way

        def wrapper(self):
            token = (id(self), get_ident())
            if token in inside:
                return fillvalue
            inside.add(token)
            try:
                return method(self)
            finally:
                inside.discard(token)

        _copy_identity(method, wrapper)
        return wrapper

    return decorate


def _sorted_if_possible(items):
    # Sets and dicts are shown sorted when their items compare, else in iteration order.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _shorten(s, limit, fill):
    """s cut in the middle to about limit characters, fill marking the cut."""
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + fill + s[len(s) - j:]
    return s


# The limits a Repr starts with (its attributes, which callers may change).
_DEFAULT_LIMITS = {
    'maxlevel': 6, 'maxtuple': 6, 'maxlist': 6, 'maxarray': 5, 'maxdict': 4,
    'maxset': 6, 'maxfrozenset': 6, 'maxdeque': 6, 'maxstring': 30, 'maxlong': 40,
    'maxother': 30,
}


class Repr:
    """Builds representations whose sizes and nesting depth are limited by attributes."""

    def __init__(self):
        self.fillvalue = '...'
        for name, limit in _DEFAULT_LIMITS.items():
            setattr(self, name, limit)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type name: repr_list, repr_dict, ... (spaces become underscores).
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        return (method or self.repr_instance)(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        # At the depth limit a non-empty container is the fill value alone; else its
        # first maxiter items, the fill value marking the rest. A one-item container
        # gets `trail` (the tuple's comma).
        count = len(x)
        if count and level <= 0:
            body = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            body = ', '.join(shown + [self.fillvalue] * (count > maxiter))
            if count == 1:
                right = trail + right
        return left + body + right

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pairs = ['%s: %s' % (self.repr1(k, level - 1), self.repr1(x[k], level - 1))
                 for k in islice(_sorted_if_possible(x), self.maxdict)]
        if len(x) > self.maxdict:
            pairs.append(self.fillvalue)
        return '{' + ', '.join(pairs) + '}'

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            # Cut the string itself (not its repr) so escapes stay whole.
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__ still gets a representation.
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return _shorten(text, self.maxother, self.fillvalue)


def _container_method(left, right, limit, trail='', empty=None, ordered=False):
    # A repr_<type> method for a container shown as left + items + right.
    def method(self, x, level):
        if empty is not None and not x:
            return empty
        items = _sorted_if_possible(x) if ordered else x
        return self._repr_iterable(items, level, left, right, getattr(self, limit), trail)
    return method


for _name, _spec in {
    'tuple': ('(', ')', 'maxtuple', ','),
    'list': ('[', ']', 'maxlist'),
    'set': ('{', '}', 'maxset', '', 'set()', True),
    'frozenset': ('frozenset({', '})', 'maxfrozenset', '', 'frozenset()', True),
    'deque': ('deque([', '])', 'maxdeque'),
}.items():
    _method = _container_method(*_spec)
    _method.__name__ = _method.__qualname__ = 'repr_' + _name
    _method.__qualname__ = 'Repr.repr_' + _name
    setattr(Repr, 'repr_' + _name, _method)
del _name, _spec, _method


aRepr = Repr()
repr = aRepr.repr
