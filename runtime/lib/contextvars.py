"""contextvars: context-local state (ContextVar, Context, Token) for Ember.

The current Context is a module global, which the green-thread scheduler
swaps per thread (registered below with _ember_thread.thread_global). A Context
keeps its variables in a dict. copy_context() shares that dict (asyncio makes
a context per task, almost always to leave it unchanged) and marks both
Contexts shared; a Context copies the dict before its first change.
"""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()


class Context:
    """A mapping of ContextVars to values; run() makes it current."""

    __slots__ = ('_data', '_shared', '_entered')

    def __init__(self):
        self._data = {}
        self._shared = False  # _data may be another Context's too
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError(
                f'cannot enter context: {self} is already entered')
        prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = prev
            self._entered = False

    def copy(self):
        return _share(self)

    def _own_data(self):
        # Copy-on-write: the first change after sharing gets its own dict.
        if self._shared:
            self._data = self._data.copy()
            self._shared = False
        return self._data

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


# The current Context. asyncio's Task assigns it directly around each step
# (cheaper than Context.run, and a task's context is never entered twice).
_current = Context()

# Each thread has its own current context; a new thread starts with an empty one.
import _ember_thread
_ember_thread.thread_global(globals(), '_current', Context)
del _ember_thread

# [True] once any ContextVar exists: until then no Context holds a variable,
# and asyncio skips its per-callback context bookkeeping on that word.
_vars_exist = [False]


_new_object = object.__new__


def _share(ctx):
    new = _new_object(Context)
    new._data = ctx._data
    new._shared = ctx._shared = True
    new._entered = False
    return new


def copy_context():
    """A new Context holding the current Context's variables."""
    return _share(_current)


class Token:
    """Returned by ContextVar.set(); ContextVar.reset(token) undoes the set."""

    __slots__ = ('_ctx', '_var', '_old_value', '_used')

    MISSING = _MISSING

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _MissingRepr:
    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _MISSING = _MissingRepr()


class ContextVar:
    """A context variable: its value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default
        _vars_exist[0] = True

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        try:
            return _current._data[self]
        except KeyError:
            pass
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current._own_data()
        old = data.get(self, _MISSING)
        data[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._ctx is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        data = _current._own_data()
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
