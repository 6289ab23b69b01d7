"""The container ABCs behind collections.abc, for Ember.

Each ABC lists the methods a concrete class must supply and contributes mixin methods
built on them; the one-trick ABCs also recognise classes structurally (by the methods
their MRO defines), and the builtin containers are registered at the end of each group.
"""

from abc import ABCMeta, abstractmethod
import sys

__all__ = """
    Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator
    Hashable Iterable Iterator Generator Reversible Sized Container Callable Collection
    Set MutableSet Mapping MutableMapping MappingView KeysView ItemsView ValuesView
    Sequence MutableSequence ByteString
""".split()

# The classes report this module name, as CPython's do.
__name__ = "collections.abc"

# Builtin iterator, view and function-like types, kept as module attributes under the
# names CPython gives them; the ABC groups below register them.
for _name, _sample in (
        ("bytes_iterator", iter(b"")),
        ("bytearray_iterator", iter(bytearray())),
        ("dict_keyiterator", iter({}.keys())),
        ("dict_valueiterator", iter({}.values())),
        ("dict_itemiterator", iter({}.items())),
        ("list_iterator", iter([])),
        ("list_reverseiterator", iter(reversed([]))),
        ("range_iterator", iter(range(0))),
        ("longrange_iterator", iter(range(1 << 1000))),
        ("set_iterator", iter(set())),
        ("str_iterator", iter("")),
        ("tuple_iterator", iter(())),
        ("zip_iterator", iter(zip())),
        ("dict_keys", {}.keys()),
        ("dict_values", {}.values()),
        ("dict_items", {}.items()),
        ("mappingproxy", type.__dict__)):
    globals()[_name] = type(_sample)
del _name, _sample

generator = type((lambda: (yield))())
# `Iterable[int]` and friends are parameterized generics, as the builtin containers'.
GenericAlias = type(list[int])


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


_probe = _sample_coroutine()
coroutine = type(_probe)
_probe.close()
async_generator = type(_sample_async_generator())
del _probe, _sample_coroutine, _sample_async_generator


def _first_in_mro(mro, name):
    # The class attribute `name` as attribute lookup would find it; None when absent.
    for klass in mro:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return None


def _check_methods(C, *methods):
    """True when C's MRO defines every one of `methods` (a None entry blocks a method);
    otherwise NotImplemented, so that the usual subclass rules decide."""
    mro = C.__mro__
    for name in methods:
        if _first_in_mro(mro, name) is None:
            return NotImplemented
    return True


def _duck_typed(*required):
    """Class decorator giving an ABC a __subclasshook__ that accepts any class defining
    `required` -- for that ABC itself only, not for its subclasses."""
    def install(abc_cls):
        def __subclasshook__(cls, C):
            if cls is not abc_cls:
                return NotImplemented
            return _check_methods(C, *required)
        __subclasshook__.__qualname__ = f"{abc_cls.__qualname__}.__subclasshook__"
        abc_cls.__subclasshook__ = classmethod(__subclasshook__)
        return abc_cls
    return install


def _raise_thrown(typ, val, tb):
    # throw()/athrow() with the legacy (type, value, traceback) arguments.
    if val is None:
        val = typ if tb is None else typ()
    raise val if tb is None else val.with_traceback(tb)


def _close_by_throwing(obj, kind):
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(f"{kind} ignored GeneratorExit")


# ---- One-trick ABCs and the awaitable/iterator families ----

@_duck_typed("__hash__")
class Hashable(metaclass=ABCMeta):
    """Classes whose instances have a usable __hash__."""

    @abstractmethod
    def __hash__(self):
        return 0

    __slots__ = ()


@_duck_typed("__await__")
class Awaitable(metaclass=ABCMeta):
    """Objects usable in an await expression."""

    @abstractmethod
    def __await__(self):
        yield

    __slots__ = ()

    __class_getitem__ = classmethod(GenericAlias)


@_duck_typed("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    """An awaitable driven from outside through send, throw and close."""

    def close(self):
        _close_by_throwing(self, "coroutine")

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    __slots__ = ()


@_duck_typed("__aiter__")
class AsyncIterable(metaclass=ABCMeta):
    """Objects usable in `async for`."""

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __slots__ = ()

    __class_getitem__ = classmethod(GenericAlias)


@_duck_typed("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    """Supplies __anext__; is its own asynchronous iterable."""

    def __aiter__(self):
        return self

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    __slots__ = ()


@_duck_typed("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    """Supplies asend and athrow; gets __anext__ and aclose."""

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    async def __anext__(self):
        return await self.asend(None)

    __slots__ = ()

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


@_duck_typed("__iter__")
class Iterable(metaclass=ABCMeta):
    """Objects usable in `for`."""

    @abstractmethod
    def __iter__(self):
        return
        yield

    __slots__ = ()

    __class_getitem__ = classmethod(GenericAlias)


@_duck_typed("__iter__", "__next__")
class Iterator(Iterable):
    """Supplies __next__; is its own iterable."""

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration once there are no more."""
        raise StopIteration

    __slots__ = ()

    def __iter__(self):
        return self


@_duck_typed("__reversed__", "__iter__")
class Reversible(Iterable):
    """Iterables that reversed() accepts."""

    @abstractmethod
    def __reversed__(self):
        return
        yield

    __slots__ = ()


@_duck_typed("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    """Supplies send and throw; gets __next__ and close."""

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    def __next__(self):
        return self.send(None)

    __slots__ = ()

    def close(self):
        _close_by_throwing(self, "generator")


@_duck_typed("__len__")
class Sized(metaclass=ABCMeta):
    """Objects that len() accepts."""

    @abstractmethod
    def __len__(self):
        return 0

    __slots__ = ()


@_duck_typed("__contains__")
class Container(metaclass=ABCMeta):
    """Objects supporting the `in` operator."""

    @abstractmethod
    def __contains__(self, x):
        return False

    __slots__ = ()

    __class_getitem__ = classmethod(GenericAlias)


@_duck_typed("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


Coroutine.register(coroutine)
AsyncGenerator.register(async_generator)
Generator.register(generator)
for _kind in (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
              dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
              longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_kind)
del _kind


# ---- Callable and its `Callable[[args], result]` alias ----

@_duck_typed("__call__")
class Callable(metaclass=ABCMeta):
    """Objects that can be called."""

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __slots__ = ()

    # The alias's __args__ are the argument types then the result, flattened (see
    # _CallableGenericAlias below).
    def __class_getitem__(cls, params):
        return _CallableGenericAlias(cls, params)


def _is_param_spec_like(obj):
    """An argument list that is not a list: `...`, a ParamSpec or a Concatenate[...]."""
    if obj is Ellipsis:
        return True
    kind = type(obj).__name__
    return kind in ("ParamSpec", "_ConcatenateGenericAlias")


def _alias_item_repr(obj):
    # How a GenericAlias shows one of its arguments (`int`, `mod.Cls`, `...`).
    shown = repr(GenericAlias(tuple, (obj,)))
    return shown[len("tuple["):-1]


def _regroup(args):
    # Flat (arg, ..., result) back to the ([arg, ...], result) that Callable[] takes.
    if len(args) == 2 and _is_param_spec_like(args[0]):
        return args
    return list(args[:-1]), args[-1]


class _CallableGenericAlias(GenericAlias):
    """The alias `Callable[[int, str], bool]` makes: __args__ is (int, str, bool)."""

    __slots__ = ()

    def __new__(cls, origin, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        arg_types, result = params
        if isinstance(arg_types, (list, tuple)):
            flat = (*arg_types, result)
        elif _is_param_spec_like(arg_types):
            flat = (arg_types, result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {arg_types}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_spec_like(args[0]):
            return super().__repr__()
        shown = ", ".join(_alias_item_repr(a) for a in args[:-1])
        prefix = super().__repr__().split("[", 1)[0]
        return f"{prefix}[[{shown}], {_alias_item_repr(args[-1])}]"

    def __reduce__(self):
        return _CallableGenericAlias, (Callable, _regroup(self.__args__))

    def __getitem__(self, item):
        # Substitute type variables through a plain alias, then regroup the result.
        if not isinstance(item, tuple):
            item = (item,)
        params = self.__parameters__
        if (len(params) == 1 and type(params[0]).__name__ == "ParamSpec" and item
                and not isinstance(item[0], list) and not _is_param_spec_like(item[0])):
            item = (item,)      # Callable[P, int][int, str] means P = [int, str]
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        if len(item) != len(params):
            raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments "
                            f"for {self!r}; actual {len(item)}, expected {len(params)}")
        args = GenericAlias(self.__origin__, self.__args__)[item].__args__
        if isinstance(args[0], (tuple, list)):
            args = (list(args[0]), args[-1])    # P was replaced by a list of types
        else:
            args = _regroup(args)
        return _CallableGenericAlias(Callable, args)


# ---- Sets ----

def _set_operand(s, other):
    # The right-hand side of a set difference/xor as a Set, or None when unusable.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


def _included(small, big):
    return len(small) <= len(big) and all(item in big for item in small)


class Set(Collection):
    """A finite iterable container: given __contains__, __iter__ and __len__, it gets
    the comparisons and the set operators (results built by _from_iterable)."""

    __slots__ = ()

    def __le__(self, other):
        if isinstance(other, Set):
            return _included(self, other)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return _included(other, self)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        """Build a result set; override when the constructor takes something else."""
        return cls(it)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for part in (self, other) for item in part)
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """An order-independent hash, the one frozenset uses, for hashable subclasses."""
        top = sys.maxsize
        width_mask = 2 * top + 1
        # XOR commutes with masking, so the per-item mixes are masked once, after.
        acc = (len(self) + 1) * 1927868237
        for item in self:
            h = hash(item)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
        acc &= width_mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width_mask
        if acc > top:
            acc -= width_mask + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that also supplies add and discard; gets remove, pop, clear and the
    in-place operators."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Like discard, but KeyError when value is absent."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def clear(self):
        """Empty the set, one pop at a time."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def pop(self):
        """Remove and return an arbitrary member; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError from None
        self.discard(value)
        return value

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __isub__(self, it):
        if it is not self:
            for value in it:
                self.discard(value)
        else:
            self.clear()
        return self

    def __ixor__(self, it):
        # Each value of `it` flips membership; `x ^= x` empties x.
        if it is not self:
            toggles = it if isinstance(it, Set) else self._from_iterable(it)
            for value in toggles:
                flip = self.discard if value in self else self.add
                flip(value)
        else:
            self.clear()
        return self

    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self


Set.register(frozenset)
MutableSet.register(set)


# ---- Mappings and their views ----

class Mapping(Collection):
    """Read-only key/value access: given __getitem__, __iter__ and __len__, it gets get,
    __contains__, the keys/items/values views and ==."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        """The value stored under key; KeyError when there is none."""
        raise KeyError

    def get(self, key, default=None):
        """self[key], or default when the key is missing."""
        try:
            value = self[key]
        except KeyError:
            value = default
        return value

    def __contains__(self, key):
        """Whether self[key] succeeds (KeyError means the key is absent)."""
        try:
            self[key]
        except KeyError:
            found = False
        else:
            found = True
        return found

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # Mappings are not sequences: reversed() must not fall back to __getitem__ indexing.
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    def __len__(self):
        return len(self._mapping)

    def __init__(self, mapping):
        self._mapping = mapping

    __class_getitem__ = classmethod(GenericAlias)


def _plain_set(cls, it):
    # Set operations on keys and items views give plain sets.
    return set(it)


class KeysView(MappingView, Set):
    """The keys of a mapping, as a Set."""

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping

    _from_iterable = classmethod(_plain_set)
    __slots__ = ()


class ItemsView(MappingView, Set):
    """The (key, value) pairs of a mapping, as a Set."""

    _from_iterable = classmethod(_plain_set)
    __slots__ = ()

    def __contains__(self, item):
        key, value = item
        mapping = self._mapping
        try:
            found = mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    """The values of a mapping."""

    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            found = mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that also supplies __setitem__ and __delitem__; gets pop, popitem,
    clear, update and setdefault."""

    __slots__ = ()

    @abstractmethod
    def __delitem__(self, key):
        """Remove key; KeyError when it is missing."""
        raise KeyError

    @abstractmethod
    def __setitem__(self, key, value):
        """Store value under key."""
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; default (or KeyError) when missing."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def clear(self):
        """Remove every item, one popitem at a time."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError from None

    def update(self, other=(), /, **kwds):
        """Store the items of a mapping, of an object with keys(), or of an iterable of
        pairs, then the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key], first storing default there when the key is missing."""
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


Mapping.register(mappingproxy)
KeysView.register(dict_keys)
ItemsView.register(dict_items)
ValuesView.register(dict_values)
MutableMapping.register(dict)


# ---- Sequences ----

class Sequence(Reversible, Collection):
    """Read-only indexed access: given __getitem__ and __len__, it gets iteration, in,
    reversed(), index and count."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        """The item at index (an int or a slice); IndexError when out of range."""
        raise IndexError

    def __iter__(self):
        # Index upwards until the sequence says IndexError.
        pos = 0
        while True:
            try:
                item = self[pos]
            except IndexError:
                return
            yield item
            pos += 1

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for pos in range(len(self) - 1, -1, -1):
            yield self[pos]

    def index(self, value, start=0, stop=None):
        """The first position of value within [start, stop); ValueError if absent."""
        if start is not None and start < 0:
            start = max(0, len(self) + start)
        if stop is not None and stop < 0:
            stop = len(self) + stop
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if item is value or item == value:
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        total = 0
        for item in self:
            if item is value or item == value:
                total += 1
        return total


class ByteString(Sequence):
    """The common ABC of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that also supplies __setitem__, __delitem__ and insert; gets append,
    clear, reverse, extend, pop, remove and +=."""

    __slots__ = ()

    @abstractmethod
    def insert(self, index, value):
        """Put value just before position index."""
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        """Remove the item(s) at index (an int or a slice)."""
        raise IndexError

    @abstractmethod
    def __setitem__(self, index, value):
        """Replace the item(s) at index (an int or a slice)."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item, popping from the end."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        size = len(self)
        for lo in range(size // 2):
            hi = size - 1 - lo
            self[lo], self[hi] = self[hi], self[lo]

    def extend(self, values):
        """Append each item of values (a snapshot, when extending with itself)."""
        for item in list(values) if values is self else values:
            self.append(item)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        item = self[index]
        del self[index]
        return item

    def __iadd__(self, values):
        self.extend(values)
        return self

    def remove(self, value):
        """Delete the first item equal to value; ValueError when there is none."""
        del self[self.index(value)]


for _kind in (tuple, str, range, memoryview):
    Sequence.register(_kind)
for _kind in (bytes, bytearray):
    ByteString.register(_kind)
for _kind in (list, bytearray):
    MutableSequence.register(_kind)
del _kind

# os defines its environ mapping before this module is loaded (see os._register_environ_abcs).
_os_hook = getattr(sys.modules.get("os"), "_register_environ_abcs", None)
if _os_hook is not None:
    _os_hook(MutableMapping)
del _os_hook
# Likewise array.array, when array was imported first.
_array_hook = getattr(sys.modules.get("array"), "_register_sequence_abc", None)
if _array_hook is not None:
    _array_hook(MutableSequence)
del _array_hook
