"""Weak references and the containers built on them (Ember's own implementation)."""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
import itertools as _itertools
import _collections_abc
import operator as _operator

_GenericAlias = type(list[int])

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def _proxy_target(p):
    o = object.__getattribute__(p, "_ref_")()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


def _unwrap(x):
    # Operands that are proxies themselves stand for their referents, as in CPython.
    t = type(x)
    return _proxy_target(x) if t is ProxyType or t is CallableProxyType else x


def _forward_binary(op):
    def forward(self, other):
        return op(_proxy_target(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _proxy_target(self))
    return forward, reflected


def _forward_unary(op):
    def forward(self):
        return op(_proxy_target(self))
    return forward


class ProxyType:
    """A proxy forwarding attribute access and operators to a weakly referenced object."""

    __ember_tp_name__ = "weakref.ProxyType"
    __slots__ = ("_ref_",)

    def __init__(self, obj, callback=None):
        if callback is not None:
            object.__setattr__(self, "_ref_", ref(obj, lambda r, p=self: callback(p)))
        else:
            object.__setattr__(self, "_ref_", ref(obj))

    _target_ = _proxy_target

    def __getattribute__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    # isinstance() consults __class__, which names the referent's class.
    @property
    def __class__(self):
        return type(_proxy_target(self))

    def __dir__(self):
        return object.__dir__(_proxy_target(self))

    def __repr__(self):
        o = object.__getattribute__(self, "_ref_")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(o).__name__, id(o))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __next__(self):
        o = _proxy_target(self)
        if not hasattr(type(o), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(o).__name__)
        return next(o)

    def __pow__(self, other, mod=None):
        if mod is None:
            return pow(_proxy_target(self), _unwrap(other))
        return pow(_proxy_target(self), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other):
        return pow(_unwrap(other), _proxy_target(self))

    def __ipow__(self, other):
        return _operator.ipow(_proxy_target(self), _unwrap(other))

    def __setitem__(self, k, v):
        _proxy_target(self)[_unwrap(k)] = v

    def __delitem__(self, k):
        del _proxy_target(self)[_unwrap(k)]

    # These two call the referent's method itself (no fallback to the sequence protocol).
    def __reversed__(self):
        return _proxy_target(self).__reversed__()

    def __bytes__(self):
        return _proxy_target(self).__bytes__()

    __str__ = _forward_unary(str)
    __bool__ = _forward_unary(bool)
    __len__ = _forward_unary(len)
    __iter__ = _forward_unary(iter)
    __neg__ = _forward_unary(_operator.neg)
    __pos__ = _forward_unary(_operator.pos)
    __abs__ = _forward_unary(abs)
    __invert__ = _forward_unary(_operator.invert)
    __int__ = _forward_unary(int)
    __float__ = _forward_unary(float)
    __index__ = _forward_unary(_operator.index)
    __getitem__ = _forward_binary(_operator.getitem)[0]
    __contains__ = _forward_binary(_operator.contains)[0]
    __eq__ = _forward_binary(_operator.eq)[0]
    __ne__ = _forward_binary(_operator.ne)[0]
    __lt__ = _forward_binary(_operator.lt)[0]
    __le__ = _forward_binary(_operator.le)[0]
    __gt__ = _forward_binary(_operator.gt)[0]
    __ge__ = _forward_binary(_operator.ge)[0]
    __add__, __radd__ = _forward_binary(_operator.add)
    __sub__, __rsub__ = _forward_binary(_operator.sub)
    __mul__, __rmul__ = _forward_binary(_operator.mul)
    __matmul__, __rmatmul__ = _forward_binary(_operator.matmul)
    __truediv__, __rtruediv__ = _forward_binary(_operator.truediv)
    __floordiv__, __rfloordiv__ = _forward_binary(_operator.floordiv)
    __mod__, __rmod__ = _forward_binary(_operator.mod)
    __divmod__, __rdivmod__ = _forward_binary(divmod)
    __lshift__, __rlshift__ = _forward_binary(_operator.lshift)
    __rshift__, __rrshift__ = _forward_binary(_operator.rshift)
    __and__, __rand__ = _forward_binary(_operator.and_)
    __or__, __ror__ = _forward_binary(_operator.or_)
    __xor__, __rxor__ = _forward_binary(_operator.xor)
    __iadd__ = _forward_binary(_operator.iadd)[0]
    __isub__ = _forward_binary(_operator.isub)[0]
    __imul__ = _forward_binary(_operator.imul)[0]
    __imatmul__ = _forward_binary(_operator.imatmul)[0]
    __itruediv__ = _forward_binary(_operator.itruediv)[0]
    __ifloordiv__ = _forward_binary(_operator.ifloordiv)[0]
    __imod__ = _forward_binary(_operator.imod)[0]
    __ilshift__ = _forward_binary(_operator.ilshift)[0]
    __irshift__ = _forward_binary(_operator.irshift)[0]
    __iand__ = _forward_binary(_operator.iand)[0]
    __ior__ = _forward_binary(_operator.ior)[0]
    __ixor__ = _forward_binary(_operator.ixor)[0]


class CallableProxyType(ProxyType):
    __ember_tp_name__ = "weakref.CallableProxyType"
    __slots__ = ()

    # CPython's callable proxies forward neither reversed() nor bytes().
    __reversed__ = None
    __bytes__ = None

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that raises ReferenceError once `obj` is gone."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method.

    A bound method is a fresh object at every attribute access, so this is a ref to the
    method's object that also refers weakly to its function, and rebuilds the method on
    call. It dies (and its callback runs, once) when either of the two goes."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            target, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def expire(_gone):
            # Shared by both references; it reaches the WeakMethod through a weak
            # reference of its own, so that this closure does not keep it alive.
            wm = back()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, target, expire)
        back = ref(self)
        self._func_ref = ref(func, expire)
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        target = super().__call__()
        func = self._func_ref()
        if target is None or func is None:
            return None
        return self._meth_type(func, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other  # dead ones are equal only to themselves

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = ref.__hash__


# The | operators and subscription shared by the two weak dictionaries.
def _mapping_or(self, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    merged = self.copy()
    merged.update(other)
    return merged


def _mapping_ror(self, other):
    if not isinstance(other, _collections_abc.Mapping):
        return NotImplemented
    merged = type(self)()
    merged.update(other)
    merged.update(self)
    return merged


def _mapping_ior(self, other):
    self.update(other)
    return self


def _mapping_class_getitem(cls, item):
    return _GenericAlias(cls, item)


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        me = ref(self)

        def remove(wr, key=None):
            s = me()
            if s is not None:
                cur = s.data.get(wr.key)
                if cur is wr:
                    del s.data[wr.key]

        self._remove = remove
        self.update(other, **kw)

    def _make(self, key, value):
        wr = _KeyedRef(value, self._remove, key)
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._make(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(iter(self))

    def values(self):
        out = []
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                out.append(o)
        return out

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            k, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return k, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    __or__ = _mapping_or
    __ror__ = _mapping_ror
    __ior__ = _mapping_ior
    __class_getitem__ = classmethod(_mapping_class_getitem)


class _KeyedRef:
    """A weak reference that remembers the key it is stored under."""

    __slots__ = ("_r", "key", "__weakref__")

    def __init__(self, obj, callback, key):
        me = self
        self._r = ref(obj, lambda r: callback(me))
        self.key = key

    def __call__(self):
        return self._r()


KeyedRef = _KeyedRef


def _ref_or_none(obj):
    try:
        return ref(obj)
    except TypeError:
        return None


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        me = ref(self)

        def remove(k):
            s = me()
            if s is not None:
                s.data.pop(k, None)

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        # Something that cannot be weakly referenced is never a key.
        wr = _ref_or_none(key)
        return wr is not None and wr in self.data

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for k, v in list(self.data.items()) if k() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for k, v in self.items():
            new[k] = v
        return new

    __copy__ = copy

    __or__ = _mapping_or
    __ror__ = _mapping_ror
    __ior__ = _mapping_ior
    __class_getitem__ = classmethod(_mapping_class_getitem)


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        me = ref(self)

        def remove(item):
            s = me()
            if s is not None:
                s.data.discard(item)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        # What cannot be weakly referenced cannot be a member.
        wr = _ref_or_none(item)
        return wr is not None and wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def update(self, other):
        for x in other:
            self.add(x)

    def copy(self):
        return type(self)(self)

    def __ior__(self, other):
        self.update(other)
        return self

    def _refs(self, items):
        return {ref(x) for x in items}

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    # Set algebra: every operand is any iterable of weakly referenceable objects.
    def union(self, other):
        res = self.copy()
        res.update(other)
        return res

    __or__ = union

    def difference(self, other):
        res = self.copy()
        res.difference_update(other)
        return res

    __sub__ = difference

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= self._refs(other)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        return type(self)(x for x in other if x in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.data &= self._refs(other)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def symmetric_difference(self, other):
        res = self.copy()
        res.symmetric_difference_update(other)
        return res

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= {ref(x, self._remove) for x in other}

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def issubset(self, other):
        return self.data <= self._refs(other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data >= self._refs(other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def isdisjoint(self, other):
        return not self.intersection(other)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class finalize:
    """Calls `func(*args, **kwargs)` when `obj` dies, or earlier when called; at most once.

    Finalizers still alive when the program ends run then (newest first) unless their
    `atexit` attribute was set false, as CPython's do: the first one registers the exit
    hook with the atexit module."""

    _registry = {}
    _counter = _itertools.count()
    _registered_with_atexit = False
    _shutdown = False

    __slots__ = ("_key", "__weakref__")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        key = next(finalize._counter)
        self._key = key
        wr = ref(obj, lambda r, k=key: finalize._fire(k))
        # [weakref, func, args, kwargs, atexit]
        finalize._registry[key] = [wr, func, args, kwargs, True]

    @staticmethod
    def _fire(key):
        if finalize._shutdown:
            return
        info = finalize._registry.pop(key, None)
        if info is not None:
            info[1](*info[2], **(info[3] or {}))

    def __call__(self, _=None):
        info = finalize._registry.pop(self._key, None)
        if info is not None and not finalize._shutdown:
            return info[1](*info[2], **(info[3] or {}))

    def detach(self):
        info = finalize._registry.pop(self._key, None)
        if info is not None and info[0]() is not None:
            return (info[0](), info[1], info[2], info[3])

    def peek(self):
        info = finalize._registry.get(self._key)
        if info is not None and info[0]() is not None:
            return (info[0](), info[1], info[2], info[3])

    @property
    def alive(self):
        return self._key in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self._key)
        return bool(info) and info[4]

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self._key)
        if info is not None:
            info[4] = bool(value)

    @staticmethod
    def _exitfunc():
        # Runs the live finalizers marked for exit, newest first; one made meanwhile joins
        # the queue. An exception goes to sys.excepthook and the rest still run.
        import sys
        try:
            while True:
                pending = sorted(k for k, i in finalize._registry.items() if i[4])
                if not pending:
                    break
                while pending:
                    info = finalize._registry.get(pending[-1])
                    if info is not None and info[4]:
                        del finalize._registry[pending[-1]]
                        try:
                            info[1](*info[2], **(info[3] or {}))
                        except Exception:
                            sys.excepthook(*sys.exc_info())
                    pending.pop()
        finally:
            finalize._shutdown = True


_collections_abc.MutableSet.register(WeakSet)
