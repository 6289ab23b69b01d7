"""unittest.mock: mock objects that record how they are used, and patchers that
put them in place for a while."""

import builtins
import functools
import inspect
import pprint
import sys

from .util import safe_repr

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
           'PropertyMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'mock_open', 'FILTER_DIR')

# When true, dir() of a mock hides the machinery and shows what is useful.
FILTER_DIR = True


# ---------------------------------------------------------------- sentinels

class _SentinelObject(object):
    """One named marker; pickles by name so the same object comes back."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.' + self.name

    def __reduce__(self):
        return 'sentinel.' + self.name


class _Sentinel(object):
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        # copy/pickle probe __bases__ to tell classes apart; we are not one.
        if name == '__bases__':
            raise AttributeError
        marker = self._made.get(name)
        if marker is None:
            marker = self._made[name] = _SentinelObject(name)
        return marker


sentinel = _Sentinel()
# DEFAULT is public; the other two mark "never set" and "deleted" children internally.
DEFAULT, _missing, _deleted = sentinel.DEFAULT, sentinel.MISSING, sentinel.DELETED


class _ANY(object):
    """Compares equal to anything; a wildcard inside expected calls."""

    # Defining __eq__ leaves it unhashable, as in CPython.
    def __eq__(self, other):
        return True

    def __repr__(self):
        return '<ANY>'

    def __ne__(self, other):
        return False



ANY = _ANY()


def _raisable(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _is_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_spec_list(obj):
    return type(obj) in (list, tuple)


def _instances_callable(spec):
    """Whether calling is possible on spec, or on instances of it when a class."""
    if not isinstance(spec, type):
        return getattr(spec, '__call__', None) is not None
    return any(klass.__dict__.get('__call__') is not None for klass in spec.__mro__)


def _call_text(name, args, kwargs):
    shown = [repr(arg) for arg in args]
    shown.extend('%s=%r' % item for item in kwargs.items())
    return '%s(%s)' % (name, ', '.join(shown))


# ---------------------------------------------------------------- call objects

def _unpack_call(value):
    """(name or None, args, kwargs) from the shorter forms a call may be given in:
    (), (name,), (args,), (kwargs,), (name, args), (name, kwargs), (args, kwargs)."""
    if not value:
        return None, (), {}
    if len(value) == 1:
        (only,) = value
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return None, only, {}
        return None, (), only
    first, second = value
    if not isinstance(first, str):
        return None, first, second
    if isinstance(second, tuple):
        return first, second, {}
    return first, (), second


_TUPLE_NAMES = frozenset(tuple.__dict__)


class _Call(tuple):
    """A call as (name, args, kwargs), or just (args, kwargs) when two=True.

    The `call` object builds these: call.method(1).attr(x=2) and so on."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2 and not isinstance(value[0], str):
            # The form mocks record calls in, so it is taken first.
            args, kwargs = value
        elif size < 3:
            found, args, kwargs = _unpack_call(value)
            if found is not None:
                name = found
        else:
            args, kwargs = (), {}
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _triple(self):
        if len(self) == 2:
            return ('',) + tuple(self)
        return tuple(self)

    def __eq__(self, other):
        try:
            size = len(other)
        except TypeError:
            return NotImplemented
        if size > 3:
            return False
        mine, their_parent = getattr(self, '_mock_parent', None), getattr(other, '_mock_parent', None)
        if mine and their_parent and mine != their_parent:
            return False
        if len(self) == 3:
            name, args, kwargs = self
        else:
            name = ''
            args, kwargs = self
        if size == 3:
            other_name, other_args, other_kwargs = other
        else:
            other_name, other_args, other_kwargs = _unpack_call(tuple(other))
        if name and other_name != name:
            return False
        # The other side goes first so that ANY inside an expectation matches.
        return (other_args, other_kwargs) == (args, kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        # call(...) starts a fresh anonymous entry; call.a.b(...) chains to its parent.
        own = self._mock_name
        if own is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((own, args, kwargs), name=own + '()', parent=self)

    def __getattr__(self, attr):
        own = self._mock_name
        if own is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=own + '.' + attr, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        # Names tuple defines (count, index, __len__, ...) are call names here:
        # call.count(1) or call.__len__() record calls.
        if attr in _TUPLE_NAMES:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._triple()[1]

    @property
    def kwargs(self):
        return self._triple()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            text = self._mock_name or 'call'
            return 'call' + text if text.startswith('()') else text
        name, args, kwargs = self._triple()
        if not name:
            name = 'call'
        elif name.startswith('()'):
            name = 'call' + name
        else:
            name = 'call.' + name
        return _call_text(name, args, kwargs)

    def call_list(self):
        """Every call along the chain that built this one, outermost first."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        chain.reverse()
        return _CallList(chain)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls in which `in` also finds a list of calls as a consecutive run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        return any(self[start:start + width] == value
                   for start in range(len(self) - width + 1))

    def __repr__(self):
        return pprint.pformat(list(self))


# ---------------------------------------------------------------- mocks

# Keys a mock keeps in its __dict__ for itself; never made into child mocks.
_OWN_STATE = frozenset((
    '_mock_parent', '_mock_name', '_mock_new_name', '_mock_new_parent',
    '_mock_methods', '_mock_unsafe', '_mock_check_sig', '_mock_children',
    '_mock_wraps', '_mock_delegate', '_mock_called', '_mock_call_args',
    '_mock_call_count', '_mock_call_args_list', '_mock_mock_calls',
    '_mock_return_value', '_mock_side_effect', '_spec_class', '_spec_set',
))

# Attributes whose assignment skips the spec_set and child-mock handling.
_PLAIN_SET = frozenset((
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
))

# Magic methods that cannot be configured on a mock.
_UNSETTABLE_MAGICS = frozenset((
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
))

_TYPO_PREFIXES = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _adopt(parent, value, name, new_name):
    """Make value (if a free mock) a child of parent; True when that happened."""
    if not _is_mock(value):
        return False
    d = value.__dict__
    if (d['_mock_name'] or d['_mock_new_name'] or d['_mock_parent'] is not None
            or d['_mock_new_parent'] is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            # A mock cannot be placed under itself.
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        d['_mock_new_parent'] = parent
        d['_mock_new_name'] = new_name
    if name:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    return True


def _read_return_value(mock):
    value = mock._mock_return_value
    if value is DEFAULT:
        value = mock._get_child_mock(_new_parent=mock, _new_name='()')
        mock.__dict__['_mock_return_value'] = value
    return value


def _write_return_value(mock, value):
    mock.__dict__['_mock_return_value'] = value
    _adopt(mock, value, None, '()')


def _read_side_effect(mock):
    return mock._mock_side_effect


def _write_side_effect(mock, value):
    # Anything iterable (and not callable or an exception) is consumed in turn.
    if value is not None and not _raisable(value) and not callable(value):
        try:
            value = iter(value)
        except TypeError:
            pass
    mock.__dict__['_mock_side_effect'] = value


def _label(mock):
    return mock._mock_name or 'mock'


def _count_problem(mock, wording):
    return "Expected '%s' %s. Called %s times.%s" % (
        _label(mock), wording, mock.call_count, mock._calls_repr())


def _install_magic(mock, name, value):
    # Magic methods are looked up on the type, so they go on this mock's class.
    if _is_mock(value):
        _adopt(mock, value, None, name)
        setattr(type(mock), name, value)
        mock._mock_children[name] = value
        return value
    setattr(type(mock), name, _as_method(name, value))
    return lambda *args, **kw: value(mock, *args, **kw)


def _stored(key):
    """A property over one of the counters a mock keeps in its __dict__."""
    def read(self):
        return self.__dict__[key]

    def write(self, value):
        self.__dict__[key] = value
    return property(read, write)


class NonCallableMock(object):
    """A mock object: any attribute read is a new child mock, created once and kept."""

    def __new__(cls, /, *args, **kw):
        # A class of its own per instance, so magic methods can be set per mock.
        own = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = parent if _new_parent is None else _new_parent
        if spec_set is not None:
            spec, spec_set = spec_set, True
        if spec is None:
            # The common case, spelled out: creating mocks is a hot path.
            d['_spec_class'] = d['_mock_methods'] = None
            d['_spec_set'] = spec_set
        else:
            self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_unsafe'] = unsafe
        # A callable mock's __init__ may have stored its return value already.
        d.setdefault('_mock_return_value', DEFAULT)
        d['_mock_side_effect'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        names = spec
        spec_class = None
        if spec is not None and not _is_spec_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            names = dir(spec)
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = names

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes of this mock to those of spec (or the names in it)."""
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        """Set mock as attribute of this one, so that its calls are recorded here."""
        d = mock.__dict__
        d['_mock_parent'] = d['_mock_new_parent'] = None
        d['_mock_name'] = ''
        d['_mock_new_name'] = None
        setattr(self, attribute, mock)

    @property
    def __class__(self):
        spec_class = self.__dict__.get('_spec_class')
        return type(self) if spec_class is None else spec_class

    return_value = property(_read_return_value, _write_return_value)
    side_effect = property(_read_side_effect, _write_side_effect)

    called = _stored('_mock_called')
    call_count = _stored('_mock_call_count')
    call_args = _stored('_mock_call_args')
    call_args_list = _stored('_mock_call_args_list')
    mock_calls = _stored('_mock_mock_calls')

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all calls, here and in the child mocks."""
        seen = [] if visited is None else visited
        if id(self) in seen:
            return
        seen.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if child is not _deleted and _is_mock(child):
                child.reset_mock(seen, return_value=return_value,
                                 side_effect=side_effect)
        result = self._mock_return_value
        if result is not self and _is_mock(result):
            result.reset_mock(seen)

    def configure_mock(self, /, **kwargs):
        """Set attributes by keyword; dotted keys reach into child mocks."""
        for key in sorted(kwargs, key=lambda dotted: dotted.count('.')):
            *path, last = key.split('.')
            owner = self
            for step in path:
                owner = getattr(owner, step)
            setattr(owner, last, kwargs[key])

    def __getattr__(self, name):
        if name in _OWN_STATE:
            raise AttributeError(name)
        d = self.__dict__
        allowed = d.get('_mock_methods')
        if allowed is not None:
            if name not in allowed or name in _SETTABLE_MAGICS:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if (not d.get('_mock_unsafe') and name.startswith(_TYPO_PREFIXES)
                and not (allowed and name in allowed)):
            raise AttributeError(
                f'{name!r} is not a valid assertion. Use a spec '
                f'for the mock if {name!r} is meant to be an attribute.')
        children = d['_mock_children']
        child = children.get(name)
        if child is _deleted:
            raise AttributeError(name)
        if child is None:
            wrapped = d['_mock_wraps']
            if wrapped is not None:
                wrapped = getattr(wrapped, name)
            child = self._get_child_mock(parent=self, name=name, wraps=wrapped,
                                         _new_name=name, _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        if name in _PLAIN_SET:
            return object.__setattr__(self, name, value)
        d = self.__dict__
        allowed = d.get('_mock_methods')
        if (d.get('_spec_set') and allowed is not None and name not in allowed
                and name not in d):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _UNSETTABLE_MAGICS:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _SETTABLE_MAGICS:
            if allowed is not None and name not in allowed:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            value = _install_magic(self, name, value)
        elif _adopt(self, value, name, name):
            d['_mock_children'][name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        own_type = type(self)
        if name in _SETTABLE_MAGICS and name in own_type.__dict__:
            delattr(own_type, name)
            if name not in self.__dict__:
                # Only the class held it (an unused MagicProxy).
                return
        children = self._mock_children
        child = children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        children.pop(name, None)
        children[name] = _deleted

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        shown = set(self._mock_methods or ())
        shown.update(n for n in dir(type(self)) if not n.startswith('_'))
        shown.update(n for n in self.__dict__ if not n.startswith('_') or _is_magic(n))
        shown.update(n for n, child in self._mock_children.items() if child is not _deleted)
        return sorted(shown)

    def _extract_mock_name(self):
        # Walk up to the root, then join: "." between parts, none before "()".
        parts = []
        node = self
        while node._mock_new_parent is not None:
            parts.append(node._mock_new_name)
            node = node._mock_new_parent
        if not parts:
            return self._mock_name or 'mock'
        text = node._mock_name or 'mock'
        for part in reversed(parts):
            text += part if part.startswith('()') else '.' + part
        return text

    def __repr__(self):
        shown = self._extract_mock_name()
        name_part = '' if shown in ('mock', 'mock.') else ' name=%r' % shown
        spec_part = ''
        if self._spec_class is not None:
            label = 'spec_set' if self._spec_set else 'spec'
            spec_part = ' %s=%r' % (label, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    def _get_child_mock(self, /, **kw):
        """Make a child mock; subclasses override this to choose its type."""
        own = type(self)
        if issubclass(own, CallableMixin):
            # own is the per-instance class; its base is the class the user made.
            kind = own.__mro__[1]
        elif issubclass(own, NonCallableMagicMock):
            kind = MagicMock
        else:
            kind = Mock
        return kind(**kw)

    # ------------------------------------------------------------ assertions

    def _format_mock_call_signature(self, args, kwargs):
        return _call_text(_label(self), args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        return 'expected %s not found.\nExpected: %s\nActual: %s' % (
            action, self._format_mock_call_signature(args, kwargs),
            self._format_mock_call_signature(*self.call_args))

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, safe_repr(self.mock_calls))

    def assert_not_called(self):
        """Fail if the mock was called at all."""
        if self.call_count:
            raise AssertionError(_count_problem(self, 'to not have been called'))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if not self.call_count:
            raise AssertionError("Expected '%s' to have been called." % _label(self))

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError(_count_problem(self, 'to have been called once'))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the latest call had these arguments."""
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\nActual: %s' % (
                self._format_mock_call_signature(args, kwargs), 'not called.'))
        if self.call_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless there was exactly one call, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(_count_problem(self, 'to be called once'))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless calls appear in mock_calls: as a consecutive run, or anywhere
        and in any order when any_order is true."""
        wanted = list(calls)
        if not any_order:
            if wanted not in _CallList(self.mock_calls):
                actual = self._calls_repr(prefix='Actual').rstrip('.')
                raise AssertionError('Calls not found.\nExpected: %s%s'
                                     % (_CallList(calls), actual))
            return
        remaining = list(self.mock_calls)
        missing = []
        for expected in wanted:
            try:
                remaining.remove(expected)
            except ValueError:
                missing.append(expected)
        if missing:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (_label(self), tuple(missing), remaining))

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (not only the latest) had these arguments."""
        if _Call((args, kwargs), two=True) not in list(self.call_args_list):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs))


def _tell_ancestors(mock, args, kwargs):
    # mock_calls: every ancestor records the call under the path leading
    # to this mock from it ('a().b').
    path = mock._mock_new_name
    ancestor = mock._mock_new_parent
    while ancestor is not None:
        ancestor._mock_mock_calls.append(_Call((path, args, kwargs)))
        step = ancestor._mock_new_name
        if step:
            path = step + ('' if path.startswith('()') else '.') + path
        ancestor = ancestor._mock_new_parent
    # method_calls: only attribute links count, so the walk stops at the
    # first ancestor that is not itself an attribute of another mock.
    if mock._mock_parent is None:
        return
    path = mock._mock_name
    ancestor = mock._mock_new_parent
    while ancestor is not None:
        ancestor.method_calls.append(_Call((path, args, kwargs)))
        if ancestor._mock_parent is None:
            break
        path = ancestor._mock_name + '.' + path
        ancestor = ancestor._mock_new_parent


class CallableMixin(object):
    """What makes a mock callable: recording the call, then producing its result."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        # Stored raw: the return_value property would make a child mock.
        vars(self).update(_mock_return_value=return_value)
        super(CallableMixin, self).__init__(
            spec, wraps, name, spec_set, parent, _spec_state, _new_name,
            _new_parent, **kwargs)
        if side_effect is not None:
            self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        # Check (a no-op here: no autospec), record, then produce the result.
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, /, *args, **kwargs):
        return None

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] += 1
        latest = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = latest
        d['_mock_call_args_list'].append(latest)
        d['_mock_mock_calls'].append(_Call(('', args, kwargs)))
        _tell_ancestors(self, args, kwargs)

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _raisable(effect):
                raise effect
            if callable(effect):
                outcome = effect(*args, **kwargs)
            else:
                outcome = next(effect)
                if _raisable(outcome):
                    raise outcome
            if outcome is not DEFAULT:
                return outcome
        if self._mock_return_value is DEFAULT and self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: each call is recorded, then side_effect or return_value
    decides the result."""


# ---------------------------------------------------------------- magic methods

def _dunders(words, prefixes=('',)):
    return frozenset('__%s%s__' % (prefix, word)
                     for word in words.split() for prefix in prefixes)


# Preconfigured on every MagicMock (made on first use).
_PRESET_MAGICS = (
    _dunders('lt le gt ge eq ne getitem setitem delitem len contains iter '
             'hash str sizeof enter exit divmod rdivmod neg pos abs invert '
             'complex int float index round trunc floor ceil bool next fspath aiter')
    | _dunders('add sub mul matmul truediv floordiv mod lshift rshift and xor or pow',
               ('', 'r', 'i'))
)

# Supported when set explicitly, never preset.
_SETTABLE_MAGICS = _PRESET_MAGICS | _dunders(
    'get set delete reversed missing reduce reduce_ex getinitargs getnewargs '
    'getstate setstate getformat repr dir subclasses format getnewargs_ex '
    'aenter aexit anext')


def _is_magic(name):
    return len(name) >= 4 and name[:2] == name[-2:] == '__'


def _as_method(name, func):
    """A function called `name` for a class slot, passing the instance on to func."""
    def forward(self, /, *args, **kw):
        return func(self, *args, **kw)
    forward.__name__ = name
    return forward


def _eq_effect(owner):
    def __eq__(other):
        configured = owner.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if owner is other else NotImplemented
    return __eq__


def _ne_effect(owner):
    def __ne__(other):
        if owner.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if owner is other else NotImplemented
    return __ne__


def _iter_effect(owner):
    def __iter__():
        configured = owner.__iter__._mock_return_value
        return iter([] if configured is DEFAULT else configured)
    return __iter__


def _returning(value):
    return lambda owner: ('return_value', value)


# How a magic method's mock starts out: name -> owner -> (attribute, value).
_MAGIC_START = {
    '__lt__': _returning(NotImplemented),
    '__gt__': _returning(NotImplemented),
    '__le__': _returning(NotImplemented),
    '__ge__': _returning(NotImplemented),
    '__int__': _returning(1),
    '__index__': _returning(1),
    '__float__': _returning(1.0),
    '__complex__': _returning(1j),
    '__bool__': _returning(True),
    '__len__': _returning(0),
    '__contains__': _returning(False),
    '__exit__': _returning(False),
    '__aexit__': _returning(False),
    '__hash__': lambda owner: ('return_value', object.__hash__(owner)),
    '__str__': lambda owner: ('return_value', object.__str__(owner)),
    '__sizeof__': lambda owner: ('return_value', object.__sizeof__(owner)),
    '__fspath__': lambda owner: ('return_value', '%s/%s/%s' % (
        type(owner).__name__, owner._extract_mock_name(), id(owner))),
    '__eq__': lambda owner: ('side_effect', _eq_effect(owner)),
    '__ne__': lambda owner: ('side_effect', _ne_effect(owner)),
    '__iter__': lambda owner: ('side_effect', _iter_effect(owner)),
}


class MagicProxy(object):
    """Sits on a MagicMock's class in place of a magic method until first use,
    then makes the method's mock and puts it there instead."""

    def __init__(self, name, parent):
        self.name, self.parent = name, parent

    def create_mock(self):
        owner, name = self.parent, self.name
        made = owner._get_child_mock(name=name, _new_name=name, _new_parent=owner)
        setattr(owner, name, made)
        start = _MAGIC_START.get(name)
        if start is not None:
            attr, value = start(owner)
            setattr(made, attr, value)
        return made

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(object):
    def __init__(self, /, *args, **kw):
        # Before (so keyword configuration can reach magics) and after (a spec
        # set by __init__ narrows them).
        self._mock_set_magics()
        super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        own_type = type(self)
        wanted = _PRESET_MAGICS
        allowed = self.__dict__.get('_mock_methods')
        if allowed is not None:
            wanted = _PRESET_MAGICS.intersection(allowed)
            for name in _PRESET_MAGICS - wanted:
                if name in own_type.__dict__:
                    delattr(self, name)
        for name in wanted - set(own_type.__dict__):
            setattr(own_type, name, MagicProxy(name, self))

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the attributes (magic methods included) to those of spec."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """MagicMock without the ability to be called."""


class MagicMock(MagicMixin, Mock):
    """A Mock whose magic methods (len, iter, with, comparisons, ...) work
    out of the box and can be configured like any attribute."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: reading calls it with no
    arguments, assigning calls it with the value."""

    def __set__(self, obj, val):
        self(val)

    def __get__(self, obj, obj_type=None):
        return self()

    def _get_child_mock(self, /, **kwargs):
        # Its attributes are ordinary MagicMocks, not more properties.
        return MagicMock(**kwargs)


# ---------------------------------------------------------------- patching

def _import_dotted(path):
    head, *rest = path.split('.')
    found = __import__(head)
    for part in rest:
        head += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            # A submodule not imported yet.
            __import__(head)
            found = getattr(found, part)
    return found


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    return (lambda: _import_dotted(owner)), attribute


_builtins = frozenset(name for name in dir(builtins) if not name.startswith('_'))

# Attributes that remain readable after deletion but must still be put back.
_ALWAYS_RESTORE = ('__doc__', '__module__', '__defaults__', '__annotations__',
                   '__kwdefaults__')


def _for_test_methods(klass, wrap):
    """Apply wrap to every test method (by patch.TEST_PREFIX) of klass."""
    for attr in dir(klass):
        if not attr.startswith(patch.TEST_PREFIX):
            continue
        value = getattr(klass, attr)
        if hasattr(value, '__call__'):
            setattr(klass, attr, wrap(value))
    return klass


def _enter_all(patchers, keywargs):
    """Start patchers in order; returns (the extra positional arguments, those started)."""
    extra, started = [], []
    try:
        for patcher in patchers:
            made = patcher.__enter__()
            started.append(patcher)
            if patcher.attribute_name is not None:
                keywargs.update(made)
            elif patcher.new is DEFAULT:
                extra.append(made)
    except:
        _exit_all(started, sys.exc_info())
        raise
    return tuple(extra), started


def _exit_all(started, exc_info=(None, None, None)):
    for patcher in reversed(started):
        patcher.__exit__(*exc_info)


class _Startable(object):
    """start()/stop() for patchers, with one registry for patch.stopall()."""

    _active_patches = []

    def start(self):
        """Apply the patch now; returns what `with` would have given."""
        entered = self.__enter__()
        _Startable._active_patches.append(self)
        return entered

    def stop(self):
        """Undo a patch made by start(); None if it was not active."""
        registry = _Startable._active_patches
        if self not in registry:
            return None
        registry.remove(self)
        return self.__exit__(None, None, None)


class _patch(_Startable):
    """One patch: replaces getter().attribute while active."""

    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter, self.attribute = getter, attribute
        self.new, self.new_callable = new, new_callable
        self.spec, self.spec_set, self.autospec = spec, spec_set, autospec
        self.create = create
        self.has_local = False
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [extra.copy() for extra in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        return _for_test_methods(klass, lambda method: self.copy()(method))

    def decorate_callable(self, func):
        stacked = getattr(func, 'patchings', _missing)
        if stacked is not _missing:
            # Stacked decorators share the innermost wrapper; the innermost
            # patch is applied (and passed) first.
            stacked.append(self)
            return func
        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def patched(*args, **keywargs):
                extra, started = _enter_all(patched.patchings, keywargs)
                try:
                    return await func(*args, *extra, **keywargs)
                finally:
                    _exit_all(started, sys.exc_info())
        else:
            @functools.wraps(func)
            def patched(*args, **keywargs):
                extra, started = _enter_all(patched.patchings, keywargs)
                try:
                    return func(*args, *extra, **keywargs)
                finally:
                    _exit_all(started, sys.exc_info())
        patched.patchings = [self]
        return patched

    def get_original(self):
        owner, attr = self.getter(), self.attribute
        try:
            original, local = owner.__dict__[attr], True
        except (AttributeError, KeyError):
            original, local = getattr(owner, attr, DEFAULT), False
        if attr in _builtins and isinstance(owner, type(sys)):
            # Builtins may be shadowed in any module without create=True.
            self.create = True
        if original is DEFAULT and not self.create:
            raise AttributeError('%s does not have the attribute %r' % (owner, attr))
        return original, local

    def _resolve_specs(self, original):
        spec, spec_set = self.spec, self.spec_set
        if spec is True:
            spec = original
            if spec_set is True:
                spec, spec_set = None, original
        elif spec is not None:
            if spec_set is True:
                spec, spec_set = None, spec
        elif spec_set is True:
            spec_set = original
        return spec, spec_set

    def _make_new(self, original):
        spec, spec_set = self._resolve_specs(original)
        chosen = spec_set if spec_set is not None else spec
        inherit = False
        if chosen is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            # Patching a class with a spec: its instances get the spec too.
            inherit = isinstance(original, type)
        factory = self.new_callable
        if factory is None:
            factory = MagicMock
            if chosen is not None:
                if _is_spec_list(chosen):
                    callable_spec = '__call__' in chosen
                else:
                    callable_spec = callable(chosen)
                if not callable_spec:
                    factory = NonCallableMagicMock
        options = {}
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        named = isinstance(factory, type) and issubclass(factory, NonCallableMock)
        if named and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        made = factory(**options)
        if inherit and _is_mock(made):
            if _is_spec_list(chosen) or _instances_callable(chosen):
                instance_factory = factory
            else:
                instance_factory = NonCallableMagicMock
            options.pop('name')
            made.return_value = instance_factory(_new_parent=made, _new_name='()',
                                                 **options)
        return made

    def __enter__(self):
        self.target = self.getter()
        original, local = self.get_original()
        if self.new is DEFAULT:
            new = self._make_new(original)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        else:
            new = self.new
        self.temp_original, self.is_local = original, local
        self._started_extras = []
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            # patch.multiple: one dict of the mocks made, by attribute name.
            made = {}
            if self.new is DEFAULT:
                made[self.attribute_name] = new
            for extra in self.additional_patchers:
                result = extra.__enter__()
                self._started_extras.append(extra)
                if extra.new is DEFAULT:
                    made.update(result)
            return made
        except BaseException:
            # Undo what was done so far; re-raise unless __exit__ swallows it.
            swallowed = self.__exit__(*sys.exc_info())
            if not swallowed:
                raise

    def __exit__(self, *exc_info):
        target, name, original = self.target, self.attribute, self.temp_original
        if self.is_local and original is not DEFAULT:
            setattr(target, name, original)
        else:
            delattr(target, name)
            if not self.create and (name in _ALWAYS_RESTORE
                                    or not hasattr(target, name)):
                # The value came from elsewhere (a class above, a proxy object):
                # put it back here.
                setattr(target, name, original)
        del self.temp_original, self.is_local, self.target
        extras = self._started_extras
        del self._started_extras
        _exit_all(extras, exc_info)
        return False



def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    """patch.object: patch attribute of the object target itself."""
    if type(target) is str:
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple: patch several attributes of target at once, by keyword."""
    if type(target) is str:
        getter = lambda: _import_dotted(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
        one.attribute_name = attribute
        patchers.append(one)
    # The first patcher carries the others.
    patchers[0].additional_patchers = patchers[1:]
    return patchers[0]


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Replace the object named by target ('package.module.Name') with new,
    a MagicMock by default, in a with block, a decorated function or class,
    or between start() and stop()."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _around(func, before, after):
    """func wrapped (async or not) so that before() runs ahead of each call and
    after() once the call is over."""
    if not inspect.iscoroutinefunction(func):
        @functools.wraps(func)
        def bracketed(*a, **k):
            before()
            try:
                return func(*a, **k)
            finally:
                after()
        return bracketed

    @functools.wraps(func)
    async def bracketed_async(*a, **k):
        before()
        try:
            return await func(*a, **k)
        finally:
            after()
    return bracketed_async


def _copy_items(source, dest):
    # Dict-like objects without update() only need item assignment.
    update = getattr(dest, 'update', None)
    if update is not None:
        update(source)
        return
    for key in source:
        dest[key] = source[key]


def _empty_mapping(mapping):
    # Mappings without clear() are emptied key by key.
    try:
        mapping.clear()
    except AttributeError:
        doomed = list(mapping)
        for key in doomed:
            del mapping[key]


class _patch_dict(_Startable):
    """patch.dict: sets keys of a mapping while active and restores it after."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        # values: anything dict() accepts; keywords add to it.
        self.values = dict(values, **kwargs)
        self.in_dict, self.clear = in_dict, clear
        self._original = None

    def __call__(self, f):
        if not isinstance(f, type):
            return _around(f, self._patch_dict, self._unpatch_dict)
        return self.decorate_class(f)


    def decorate_class(self, klass):
        return _for_test_methods(
            klass, lambda method: _patch_dict(self.in_dict, self.values, self.clear)(method))

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_dotted(self.in_dict)
        mapping = self.in_dict
        try:
            saved = mapping.copy()
        except AttributeError:
            # Without copy() the mapping must at least iterate over its keys.
            saved = {key: mapping[key] for key in mapping}
        self._original = saved
        if self.clear:
            _empty_mapping(mapping)
        _copy_items(self.values, mapping)

    def _unpatch_dict(self):
        _empty_mapping(self.in_dict)
        _copy_items(self._original, self.in_dict)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False



def _patch_stopall():
    """Stop every patch started with start(), latest first."""
    for active in reversed(_Startable._active_patches):
        active.stop()


for _attr, _value in (('object', _patch_object), ('dict', _patch_dict),
                      ('multiple', _patch_multiple), ('stopall', _patch_stopall),
                      ('TEST_PREFIX', 'test')):
    setattr(patch, _attr, _value)
del _attr, _value


# ---------------------------------------------------------------- mock_open

file_spec = None


def _open_stream(read_data):
    import io
    return io.BytesIO(read_data) if isinstance(read_data, bytes) else io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock for open(): the handle it returns reads read_data (afresh on each
    open) and records writes; mock defaults to a new MagicMock."""
    global file_spec
    if file_spec is None:
        import io
        file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))

    handle = MagicMock(spec=file_spec)
    state = {'data': _open_stream(read_data), 'lines': None}

    def configured(method):
        # A return_value set by the test wins over the data.
        return getattr(handle, method).return_value

    def read(*args, **kwargs):
        fixed = configured('read')
        return state['data'].read(*args, **kwargs) if fixed is None else fixed

    def readlines(*args, **kwargs):
        fixed = configured('readlines')
        return state['data'].readlines(*args, **kwargs) if fixed is None else fixed

    def each_line():
        fixed = configured('readline')
        if fixed is not None:
            while True:
                yield fixed
        yield from state['data']

    def readline_source(*args, **kwargs):
        yield from each_line()
        while True:
            yield state['data'].readline(*args, **kwargs)

    def next_line():
        fixed = configured('readline')
        return next(state['data']) if fixed is None else fixed

    def reopen(*args, **kwargs):
        state['data'] = _open_stream(read_data)
        if handle.readline.side_effect == state['lines']:
            # Left alone by the test, so it restarts with the data.
            state['lines'] = handle.readline.side_effect = readline_source()
        return DEFAULT

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle.__enter__.return_value = handle
    for method in ('write', 'read', 'readline', 'readlines'):
        getattr(handle, method).return_value = None
    handle.read.side_effect = read
    state['lines'] = handle.readline.side_effect = readline_source()
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = each_line
    handle.__next__.side_effect = next_line
    mock.side_effect = reopen
    mock.return_value = handle
    return mock
