"""unittest.mock: Mock, MagicMock, call recording and assertions, sentinel, ANY and patch."""

import builtins
import functools
import inspect
import pprint
import sys

from .util import safe_repr

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
           'PropertyMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
           'mock_open', 'FILTER_DIR')

FILTER_DIR = True


class _SentinelObject(object):
    """A unique named object: sentinel.name is the same object every time."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # Keeps copy and pickle from taking this for a class.
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """Equal to everything: a wildcard in expected calls."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _format_call_signature(name, args, kwargs):
    message = '%s(%%s)' % name
    formatted_args = ''
    args_string = ', '.join([repr(arg) for arg in args])
    kwargs_string = ', '.join(['%s=%r' % (key, value) for key, value in kwargs.items()])
    if args_string:
        formatted_args = args_string
    if kwargs_string:
        if formatted_args:
            formatted_args += ', '
        formatted_args += kwargs_string
    return message % formatted_args


class _Call(tuple):
    """A recorded (or expected) call: (args, kwargs) or (name, args, kwargs)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        _len = len(value)
        if _len == 3:
            name, args, kwargs = value
        elif _len == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif _len == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return self[0], self[1], self[2]

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args = value
                other_kwargs = {}
            elif isinstance(value, str):
                other_name = value
                other_args, other_kwargs = (), {}
            else:
                other_args = ()
                other_kwargs = value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        # Names only count when both sides carry one.
        if self_name and other_name != self_name and len(self) == 3 and len_other == 3:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = tuple.__hash__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ('count', 'index'):
            # tuple's methods would hide call.count / call.index.
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            sub_list = self[i:i + len_value]
            if sub_list == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


_INTERNAL = frozenset((
    'return_value', 'side_effect', 'called', 'call_count', 'call_args',
    'call_args_list', 'mock_calls', 'method_calls',
))


class NonCallableMock(object):
    """A mock object: attributes are created (and remembered) on first access."""

    def __new__(cls, /, *args, **kw):
        # Each mock gets its own class, so that magic methods can be set per mock.
        bases = (cls,)
        new = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        _spec_class = None
        _mock_methods = None
        if spec is not None and not isinstance(spec, (list, tuple)) or \
                isinstance(spec, type):
            if isinstance(spec, type):
                _spec_class = spec
            else:
                _spec_class = type(spec)
            _mock_methods = dir(spec)
        elif spec is not None:
            _mock_methods = list(spec)
        d = self.__dict__
        d['_spec_class'] = _spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = _mock_methods

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        inner = mock
        inner.__dict__['_mock_parent'] = None
        inner.__dict__['_mock_new_parent'] = None
        inner.__dict__['_mock_name'] = ''
        inner.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    called = property(lambda self: self._mock_called,
                      lambda self, v: self.__dict__.__setitem__('_mock_called', v))
    call_count = property(lambda self: self._mock_call_count,
                          lambda self, v: self.__dict__.__setitem__('_mock_call_count', v))
    call_args = property(lambda self: self._mock_call_args,
                         lambda self, v: self.__dict__.__setitem__('_mock_call_args', v))
    call_args_list = property(
        lambda self: self._mock_call_args_list,
        lambda self, v: self.__dict__.__setitem__('_mock_call_args_list', v))
    mock_calls = property(lambda self: self._mock_mock_calls,
                          lambda self, v: self.__dict__.__setitem__('_mock_mock_calls', v))

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if _is_instance_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children', '_spec_class'):
            raise AttributeError(name)
        if name.startswith('_mock_'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            if name not in methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self.__dict__.get('_mock_unsafe') and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            result = self._get_child_mock(parent=self, name=name,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in _INTERNAL or name.startswith('_mock_') or name in (
                '_spec_class', '_spec_set', 'method_calls'):
            return object.__setattr__(self, name, value)
        methods = self.__dict__.get('_mock_methods')
        if (self._spec_set and methods is not None and name not in methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _all_magics:
            if methods is not None and name not in methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                # A plain function set as a magic method receives the mock as self.
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            return
        if _is_instance_mock(value) and _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
            return
        self._mock_children.pop(name, None)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child_mocks = [m_name for m_name, m_value in self._mock_children.items()
                            if m_value is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child_mocks))

    def _extract_mock_name(self):
        _name_list = [self._mock_new_name]
        _parent = self._mock_new_parent
        last = self
        dot = '.'
        if _name_list == ['()']:
            dot = ''
        while _parent is not None:
            last = _parent
            _name_list.append(_parent._mock_new_name + dot)
            dot = '.'
            if _parent._mock_new_name == '()':
                dot = ''
            _parent = _parent._mock_new_parent
        _name_list = list(reversed(_name_list))
        _first = last._mock_name or 'mock'
        if len(_name_list) > 1:
            if _name_list[1] not in ('()', '().'):
                _first += '.'
        _name_list[0] = _first
        return ''.join(_name_list)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string,
                                     id(self))

    def _get_child_mock(self, /, **kw):
        _type = type(self)
        if issubclass(_type, MagicMock) or issubclass(_type, NonCallableMagicMock) \
                and not issubclass(_type, CallableMixin):
            klass = MagicMock
        elif issubclass(_type, NonCallableMock) and not issubclass(_type, CallableMixin):
            klass = Mock
        else:
            klass = _type.__mro__[1]
        return klass(**kw)

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\nActual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {safe_repr(self.mock_calls)}."

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = ("Expected '%s' to have been called." % (self._mock_name or 'mock'))
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\nActual: %s'
                             % (expected, actual))
            raise AssertionError(error_message)
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(
                    f'Calls not found.\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="Actual").rstrip(".")}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)


def _check_and_set_parent(parent, value, name, new_name):
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name) or
            (value._mock_parent is not None) or
            (value._mock_new_parent is not None)):
        return False
    _parent = parent
    while _parent is not None:
        # A mock cannot become its own ancestor's child.
        if _parent is value:
            return False
        _parent = _parent._mock_new_parent
    if new_name:
        value.__dict__['_mock_new_parent'] = parent
        value.__dict__['_mock_new_name'] = new_name
    if name:
        value.__dict__['_mock_parent'] = parent
        value.__dict__['_mock_name'] = name
    return True


class CallableMixin(object):

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] = self._mock_call_count + 1
        _call = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = _call
        self._mock_call_args_list.append(_call)

        # Record the call on this mock and, under the names it has there, on its parents.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self._mock_mock_calls.append(_Call(('', args, kwargs)))
        _new_parent = self._mock_new_parent
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + '.' + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            _new_parent._mock_mock_calls.append(this_mock_call)
            if _new_parent._mock_new_name:
                if is_a_call:
                    dot = ''
                else:
                    dot = '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name
            _new_parent = _new_parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls, returns return_value or runs side_effect."""


# Magic methods a MagicMock supports (configured on first use).
_magics = {
    '__%s__' % method for method in
    ' '.join([
        "lt le gt ge eq ne",
        "getitem setitem delitem",
        "len contains iter",
        "hash str sizeof",
        "enter exit",
        "divmod rdivmod neg pos abs invert",
        "complex int float index",
        "round trunc floor ceil",
        "bool next",
        "fspath",
        "aiter",
    ]).split()
}
_numerics = ("add sub mul matmul truediv floordiv mod lshift rshift and xor or pow")
_magics |= {'__%s__' % n for n in _numerics.split()}
_magics |= {'__r%s__' % n for n in _numerics.split()}
_magics |= {'__i%s__' % n for n in _numerics.split()}
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__',
    '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__', '__aenter__', '__aexit__', '__anext__',
}
_all_magics = _magics | _non_defaults


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


def _get_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}

_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f"{type(self).__name__}/{self._extract_mock_name()}/{id(self)}",
}


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return __iter__


_side_effect_methods = {'__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class MagicProxy(object):
    """Stands on a MagicMock's class for a magic method; makes the method's mock on use."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(object):

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these_magics = _magics
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            these_magics = _magics.intersection(methods)
            remove_magics = _magics - these_magics
            for entry in remove_magics:
                if entry in type(self).__dict__:
                    delattr(self, entry)
        these_magics = these_magics - set(type(self).__dict__)
        _type = type(self)
        for entry in these_magics:
            setattr(_type, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (len, iter, context manager, ...) preconfigured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock meant to stand as a property on a class: get calls it, set calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return lambda: _importer(target), attribute


class _patch(object):
    """Replaces an attribute for the duration of a with block, a call or a class's tests."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # Stacked decorators share one wrapper; the innermost patch comes first.
            func.patchings.append(self)
            return func

        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def patched(*args, **keywargs):
                extra, entered = _enter_patchings(patched.patchings, keywargs)
                try:
                    return await func(*(args + tuple(extra)), **keywargs)
                finally:
                    _exit_patchings(entered)
        else:
            @functools.wraps(func)
            def patched(*args, **keywargs):
                extra, entered = _enter_patchings(patched.patchings, keywargs)
                try:
                    return func(*(args + tuple(extra)), **keywargs)
                finally:
                    _exit_patchings(entered)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        original, local = self.get_original()
        if new is DEFAULT:
            Klass = MagicMock if self.new_callable is None else self.new_callable
            _kwargs = {}
            if spec is not None and spec is not False:
                if spec is True:
                    spec = original
                _kwargs['spec'] = spec
            if spec_set is not None and spec_set is not False:
                if spec_set is True:
                    spec_set = original
                _kwargs['spec_set'] = spec_set
            _kwargs.update(self.kwargs)
            new = Klass(**_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self.target = self.getter()
        setattr(self.target, self.attribute, new)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                # The attribute came from a class above: put the value back on the target.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        try:
            self._active_patches.remove(self)
        except ValueError:
            pass
        return self.__exit__(None, None, None)


def _enter_patchings(patchings, keywargs):
    extra = []
    entered = []
    try:
        for patching in patchings:
            arg = patching.__enter__()
            entered.append(patching)
            if patching.attribute_name is not None:
                keywargs.update(arg)
            elif patching.new is DEFAULT:
                extra.append(arg)
    except:
        _exit_patchings(entered)
        raise
    return extra, entered


def _exit_patchings(entered):
    for patching in reversed(entered):
        patching.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set,
                              autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Patch the object named by target ('package.module.Name') with new (a MagicMock)."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


class _patch_dict(object):
    """Sets keys of a dictionary for the duration of a block, then restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        clear = self.clear
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        keys = list(in_dict)
        for key in keys:
            del in_dict[key]


def _patch_stopall():
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


def mock_open(mock=None, read_data=''):
    """A MagicMock standing for open(): the handle reads read_data and records writes."""
    import io

    def make_handle():
        data = io.StringIO(read_data) if isinstance(read_data, str) else io.BytesIO(read_data)
        handle = MagicMock(spec=None)
        handle.__enter__.return_value = handle
        handle.write.return_value = None
        handle.read.side_effect = lambda *a: data.read(*a)
        handle.readline.side_effect = lambda *a: data.readline(*a)
        handle.readlines.side_effect = lambda *a: data.readlines(*a)
        handle.__iter__.side_effect = lambda: iter(data.readlines())
        return handle

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    mock.side_effect = lambda *a, **kw: _open_result(mock, make_handle())
    return mock


def _open_result(mock, handle):
    mock.__dict__['_mock_return_value'] = handle
    return handle
