"""Container types beyond the builtins, for Ember: deque (native), defaultdict,
OrderedDict, Counter, ChainMap, namedtuple() and the UserDict/UserList/UserString
wrappers meant for subclassing.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
from _collections import deque, _tuplegetter
from operator import (itemgetter as _itemgetter, eq as _eq, le as _le, ge as _ge,
                      add as _add, sub as _sub)
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

_collections_abc.MutableSequence.register(deque)

_Mapping = _collections_abc.Mapping


# ---- Shared helpers ----

# ids of the objects whose repr is being built, so that a container met again inside
# its own repr is shown as '...'.
_repr_active = set()


def _guarded(obj, render):
    # render(obj), or '...' when already inside a render of obj.
    token = id(obj)
    if token in _repr_active:
        return '...'
    _repr_active.add(token)
    try:
        return render(obj)
    finally:
        _repr_active.discard(token)


def _once_per_object(render):
    """Decorate a __repr__ so that a nested repr of the same object gives '...'."""
    def __repr__(self):
        return _guarded(self, render)
    __repr__.__qualname__ = render.__qualname__
    __repr__.__doc__ = render.__doc__
    return __repr__


# ---- defaultdict ----

def _factory_repr(d):
    return repr(d.default_factory)


class defaultdict(dict):
    """A dict that calls default_factory() to fill in a missing key on lookup
    (KeyError when the factory is None)."""
    __ember_tp_name__ = 'collections.defaultdict'
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        self[key] = filler = make()
        return filler

    def __repr__(self):
        # Only the factory needs a guard: dict's own repr handles a dict inside itself.
        factory_repr = _guarded(self, _factory_repr)
        return f'{type(self).__name__}({factory_repr}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        ctor_args = () if factory is None else (factory,)
        return type(self), ctor_args, None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ---- OrderedDict ----
#
# Ember's dict keeps insertion order, so OrderedDict is a dict subclass that adds the
# order-aware operations.  Its views are CPython's odict_keys/odict_values/odict_items
# (named so in reprs), iterating through the native dict views.

def _make_odict_view(name, base, native):
    def __iter__(self):
        return iter(native(self._mapping))

    def __reversed__(self):
        return reversed(native(self._mapping))

    def __len__(self):
        return dict.__len__(self._mapping)

    def __repr__(self):
        return f'{name}({list(self)!r})'

    def __contains__(self, key):
        return dict.__contains__(self._mapping, key)

    members = {'__iter__': __iter__, '__reversed__': __reversed__, '__len__': __len__,
               '__repr__': __repr__}
    if base is _collections_abc.KeysView:
        # Straight to the dict, as CPython's odict_keys (not through __getitem__).
        members['__contains__'] = __contains__
    for attr, method in members.items():
        method.__qualname__ = f'{name}.{attr}'
    members.update(__slots__=(), __module__='builtins')
    return type(name, (base,), members)


odict_keys = _make_odict_view('odict_keys', _collections_abc.KeysView, dict.keys)
odict_values = _make_odict_view('odict_values', _collections_abc.ValuesView, dict.values)
odict_items = _make_odict_view('odict_items', _collections_abc.ItemsView, dict.items)


class OrderedDict(dict):
    'Dictionary that remembers insertion order'
    __ember_tp_name__ = 'collections.OrderedDict'

    def __init__(self, other=(), /, **kwds):
        dict.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        # Through self[key] = value, so that subclasses' __setitem__ sees every item.
        if isinstance(other, dict) or hasattr(other, 'keys'):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def move_to_end(self, key, last=True):
        """Move an existing key to the end, or to the front when last is false;
        KeyError when the key is missing."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # No linked list to splice: rebuild with the key first.
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        """Remove and return the newest (key, value) pair, or the oldest when last is
        false."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        # The end key, then a keyed pop (dict.popitem lists every item first).
        key = next(reversed(dict.keys(self)) if last else iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    @classmethod
    def fromkeys(cls, iterable, value=None):
        fresh = cls()
        for key in iterable:
            fresh[key] = value
        return fresh

    def __eq__(self, other):
        # Between two OrderedDicts the order counts too; against a dict it does not.
        verdict = dict.__eq__(self, other)
        if verdict is True and isinstance(other, OrderedDict):
            return all(map(_eq, self, other))
        return verdict

    def __ne__(self, other):
        verdict = self.__eq__(other)
        return verdict if verdict is NotImplemented else not verdict

    __hash__ = None

    @_once_per_object
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        extra = getattr(self, '__dict__', None) or None
        return type(self), (), extra, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ---- namedtuple ----

_KEYWORDS = frozenset("""
    False None True and as assert async await break class continue def del elif else
    except finally for from global if import in is lambda nonlocal not or pass raise
    return try while with yield
""".split())


def _name_error(name):
    # The exception to raise when `name` cannot name a namedtuple type or field.
    if type(name) is not str:
        return TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        return ValueError('Type names and field names must be valid identifiers: '
                          f'{name!r}')
    if name in _KEYWORDS:
        return ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    return None


def _renamed(names):
    # rename=True: an unusable or repeated name becomes '_<position>'.
    met = set()
    result = []
    for position, name in enumerate(names):
        unusable = (name in met or name.startswith('_') or name in _KEYWORDS
                    or not name.isidentifier())
        result.append(f'_{position}' if unusable else name)
        met.add(name)
    return result


def _compiled_new(typename, params, defaults):
    # __new__ has the fields as real parameters (so Python's own argument errors apply),
    # hence compiled from source.  Its globals' __name__ becomes its __module__.
    scope = {'_tuple_new': tuple.__new__, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {params}): return _tuple_new(_cls, ({params}))', scope)
    new = scope['__new__']
    new.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        new.__defaults__ = defaults
    return new


def _caller_module():
    # __name__ of the module that called namedtuple(); None when it cannot be told.
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass called typename whose items can also be read as the named
    attributes, e.g. Point = namedtuple('Point', 'x y'); Point(1, 2).y == 2.

    field_names: a sequence of names, or one string of names separated by spaces and/or
    commas.  rename: replace invalid or repeated names with positional ones (_0, _1 ...).
    defaults: values for the rightmost fields.  module: the class's __module__.
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    if rename:
        fields = _renamed(fields)

    for name in (typename, *fields):
        error = _name_error(name)
        if error is not None:
            raise error
    met = set()
    for name in fields:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in met:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        met.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    fields = tuple(fields)
    arity = len(fields)
    # The parameter list, which also serves as the docstring's signature ('x,' for one).
    params = ', '.join(fields) + (',' if arity == 1 else '')
    item_format = '(' + ', '.join(name + '=%r' for name in fields) + ')'
    tuple_new = tuple.__new__

    def _make(cls, iterable):
        made = tuple_new(cls, iterable)
        if len(made) != arity:
            raise TypeError(f'Expected {arity} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        # kwds.pop(name, current) takes each replacement out; leftovers are unknown names.
        updated = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return updated

    def __repr__(self):
        return type(self).__name__ + item_format % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    docs = {
        _make: f'Make a new {typename} object from a sequence or iterable',
        _replace: f'Return a new {typename} object replacing specified fields with new values',
        __repr__: 'Return a nicely formatted representation string',
        _asdict: 'Return a new dict which maps field names to their values.',
        __getnewargs__: 'Return self as a plain tuple.  Used by copy and pickle.',
    }
    namespace = {
        '__doc__': f'{typename}({params})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _compiled_new(typename, params, defaults),
        '__match_args__': fields,
    }
    for method, doc in docs.items():
        method.__doc__ = doc
        method.__qualname__ = f'{typename}.{method.__name__}'
        namespace[method.__name__] = method
    namespace['__new__'].__qualname__ = f'{typename}.__new__'
    namespace['_make'] = classmethod(_make)
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')

    made_class = type(typename, (tuple,), namespace)
    if module is None:
        module = _caller_module()
    if module is not None:
        made_class.__module__ = module
    return made_class


# ---- Counter ----

def _tally(counts, iterable):
    # One more for each occurrence, through the mapping's own get/__setitem__.
    if type(counts) is Counter and type(iterable) in _PLAIN_SEQUENCES:
        # No user code can look at counts while these are walked: tally in a plain
        # dict (quicker to store into), then add that in, even after an error.
        fresh = {}
        current = fresh.get
        try:
            for item in iterable:
                fresh[item] = current(item, 0) + 1
        finally:
            if not counts:
                dict.update(counts, fresh)
            else:
                current = counts.get
                for item, count in fresh.items():
                    counts[item] = current(item, 0) + count
        return
    current = counts.get
    for item in iterable:
        counts[item] = current(item, 0) + 1


_PLAIN_SEQUENCES = (list, tuple, str)


def _smaller(mine, theirs):
    # On a tie, theirs (as CPython's Counter picks).
    return mine if mine < theirs else theirs


def _combined(first, second, pick, alone):
    """A Counter of the positive values of pick(first[k], second[k]) for the keys of
    first, then, for keys only second has, of second[k] (alone=1) or of its negation
    (alone=-1); alone=0 skips those."""
    if not isinstance(second, Counter):
        return NotImplemented
    out = Counter()
    for key, count in first.items():
        merged = pick(count, second[key])
        if merged > 0:
            out[key] = merged
    if alone:
        for key, count in second.items():
            if key not in first:
                if alone < 0:
                    count = 0 - count
                if count > 0:
                    out[key] = count
    return out


def _positive_part(pairs):
    out = Counter()
    for key, count in pairs:
        if count > 0:
            out[key] = count
    return out


def _every_count(relation):
    # A comparison holding when relation(self[k], other[k]) holds for every key of both.
    def compare(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(relation(self[key], other[key])
                   for side in (self, other) for key in side)
    return compare


class Counter(dict):
    """A dict from items to their counts (a multiset).  Missing items count zero;
    counts may be zero or negative, and the arithmetic operators keep only positive
    results.  Counter('abca') == Counter({'a': 2, 'b': 1, 'c': 1})."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # One count given to every key makes no multiset sense; Counter(iterable) it is.
        raise NotImplementedError('Counter.fromkeys() is undefined.  '
                                  'Use Counter(iterable) instead.')

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs from the highest count down (ties in insertion order);
        only the first n when n is given."""
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """An iterator repeating each item as many times as its count (items with a
        count below one are left out)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an iterable,
        then from the keyword arguments."""
        if iterable is not None:
            if not isinstance(iterable, _Mapping):
                _tally(self, iterable)
            elif not self:
                dict.update(self, iterable)   # nothing to add to: plain copy
            else:
                current = self.get
                for item, count in iterable.items():
                    self[item] = count + current(item, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts away (results may go to zero or below): from a mapping of
        counts, or one per element of an iterable, then from the keyword arguments."""
        if iterable is not None:
            current = self.get
            if isinstance(iterable, _Mapping):
                for item, count in iterable.items():
                    self[item] = current(item, 0) - count
            else:
                for item in iterable:
                    self[item] = current(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # Deleting a missing item is fine: its count was already zero.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)   # counts that do not order: insertion order
        return f'{name}({shown!r})'

    # Comparisons as multisets: missing items count zero.
    __eq__ = _every_count(_eq)
    __le__ = _every_count(_le)
    __ge__ = _every_count(_ge)

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    __hash__ = None

    def __add__(self, other):
        return _combined(self, other, _add, 1)

    def __sub__(self, other):
        return _combined(self, other, _sub, -1)

    def __or__(self, other):
        return _combined(self, other, max, 1)

    def __and__(self, other):
        return _combined(self, other, _smaller, 0)

    def __pos__(self):
        return _positive_part(self.items())

    def __neg__(self):
        return _positive_part((key, 0 - count) for key, count in self.items())

    def _keep_positive(self):
        for item in [item for item, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._keep_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for item, theirs in other.items():
            if theirs > self[item]:
                self[item] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for item, count in self.items():
            theirs = other[item]
            if theirs < count:
                self[item] = theirs
        return self._keep_positive()


for _name in ('__eq__', '__le__', '__ge__'):
    getattr(Counter, _name).__name__ = _name
    getattr(Counter, _name).__qualname__ = f'Counter.{_name}'
del _name


# ---- ChainMap ----

class ChainMap(_collections_abc.MutableMapping):
    """Several mappings searched in turn as one.  Lookups try each of .maps in order;
    writes, deletions and pops go to maps[0] only."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __getitem__(self, key):
        # mapping[key] rather than `in`, so a defaultdict's default applies.
        for mapping in self.maps:
            try:
                value = mapping[key]
            except KeyError:
                continue
            return value
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys ordered as a dict merged from the last map to the first would order them.
        order = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                order[key] = None
        return iter(order)

    def __bool__(self):
        return any(self.maps)

    @_once_per_object
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(repr(m) for m in self.maps)})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict made by dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap with a copy of maps[0] in front of the same other maps."""
        maps = self.maps
        return type(self)(maps[0].copy(), *maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default, updated with kwargs) in front of
        this one's maps."""
        if m is None:
            child = kwargs
        else:
            child = m
            if kwargs:
                child.update(kwargs)
        return type(self)(child, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the maps but the first."""
        return type(self)(*self.maps[1:])

    def __delitem__(self, key):
        front = self.maps[0]
        try:
            del front[key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def popitem(self):
        """Remove and return some (key, value) pair of maps[0]."""
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value (or the default given)."""
        front = self.maps[0]
        try:
            return front.pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty maps[0]; the other maps are untouched."""
        self.maps[0].clear()

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return type(self)(flat)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---- UserDict, UserList, UserString ----
#
# Each keeps the real container in .data and forwards to it; operations that make a new
# container wrap the result in the subclass (self.__class__).

def _dict_data(other):
    return other.data if isinstance(other, UserDict) else other


def _list_data(other):
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    # The right operand of + and += as a list.
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


def _str_data(other):
    return other.data if isinstance(other, UserString) else other


class UserDict(_collections_abc.MutableMapping):
    """A dict stand-in that keeps its items in the dict .data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # A subclass may define __missing__, as for dict.
        missing = getattr(self.__class__, '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (dict, UserDict)):
            return self.__class__(self.data | _dict_data(other))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, UserDict)):
            return self.__class__(_dict_data(other) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _dict_data(other)
        return self

    def __copy__(self):
        # A new instance sharing the attributes but not the data dict.
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        cls = self.__class__
        if cls is UserDict:
            return UserDict(self.data.copy())
        # A subclass may hold more state: copy.copy the rest around an empty .data, then
        # refill the copy through its own __setitem__.
        import copy
        kept = self.data
        try:
            self.data = {}
            twin = copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        fresh = cls()
        for key in iterable:
            fresh[key] = value
        return fresh


class UserList(_collections_abc.MutableSequence):
    """A list stand-in that keeps its items in the list .data."""

    def __repr__(self):
        return repr(self.data)

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        # A copy of the items in our own list; the (costlier) ABC test only for non-lists.
        if type(initlist) is not list and isinstance(initlist, UserList):
            initlist = initlist.data
        self.data[:] = initlist

    def __eq__(self, other):
        return self.data == _list_data(other)

    def __lt__(self, other):
        return self.data < _list_data(other)

    def __le__(self, other):
        return self.data <= _list_data(other)

    def __gt__(self, other):
        return self.data > _list_data(other)

    def __ge__(self, other):
        return self.data >= _list_data(other)

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    # The list methods proper, forwarded to .data.

    def pop(self, i=-1):
        return self.data.pop(i)

    def insert(self, i, item):
        self.data.insert(i, item)

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(_list_data(other))

    def remove(self, item):
        self.data.remove(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    def copy(self):
        return self.__class__(self)

    def clear(self):
        self.data.clear()

    def __copy__(self):
        twin = self.__class__.__new__(self.__class__)
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'][:]
        return twin


def _str_rewrapped(name):
    # A no-argument str method whose str result comes back as the subclass.
    def method(self):
        return self.__class__(getattr(self.data, name)())
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    return method


def _str_forwarded(name):
    # A no-argument str method (a predicate) whose result is passed through.
    def method(self):
        return getattr(self.data, name)()
    method.__name__ = name
    method.__qualname__ = f'UserString.{name}'
    return method


class UserString(_collections_abc.Sequence):
    """A str stand-in that keeps its text in the str .data; methods that give a new
    string give one of the same (sub)class."""

    def __init__(self, seq):
        # The str test first: it is the common case, and cheaper than the ABC's.
        if not isinstance(seq, str):
            seq = seq.data[:] if isinstance(seq, UserString) else str(seq)
        self.data = seq

    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __complex__(self):
        return complex(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        return self.data == _str_data(string)

    def __lt__(self, string):
        return self.data < _str_data(string)

    def __le__(self, string):
        return self.data <= _str_data(string)

    def __gt__(self, string):
        return self.data > _str_data(string)

    def __ge__(self, string):
        return self.data >= _str_data(string)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __len__(self):
        return len(self.data)

    def __contains__(self, char):
        return _str_data(char) in self.data

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return self.__class__(self.data + other)

    def __radd__(self, other):
        prefix = other if isinstance(other, str) else str(other)
        return self.__class__(prefix + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    # Case mapping and the is* predicates, generated.
    for _name in ('capitalize', 'casefold', 'lower', 'swapcase', 'title', 'upper'):
        locals()[_name] = _str_rewrapped(_name)
    for _name in ('isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
                  'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
        locals()[_name] = _str_forwarded(_name)
    del _name

    # Padding, stripping and other reshaping: the result is wrapped.

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_data(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_data(suffix)))

    def replace(self, old, new, maxsplit=-1):
        replaced = self.data.replace(_str_data(old), _str_data(new), maxsplit)
        return self.__class__(replaced)

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    maketrans = str.maketrans

    # Searching: plain results.  find, rfind and count accept a UserString needle;
    # index and rindex take what str takes.

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_str_data(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_str_data(sub), start, end)

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_str_data(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    # Splitting, joining, formatting and encoding: plain str (or bytes) results.

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def join(self, seq):
        return self.data.join(seq)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)


# `import collections` makes collections.abc available, as on CPython (whose start-up
# imports it).
from . import abc
