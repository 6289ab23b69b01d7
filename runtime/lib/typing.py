"""Run-time objects behind type hints: special forms, generic aliases, type variables,
Generic/Protocol, NamedTuple/TypedDict and the hint introspection helpers (Ember)."""

import sys
import types
import functools
import operator
import collections
import collections.abc
from abc import ABCMeta, abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeVarTuple', 'Unpack',
    'dataclass_transform', 'clear_overloads',
]

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    """How an argument is shown inside a subscription's brackets."""
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    # list[int] passes isinstance(..., type) too, but must keep its own repr.
    if not isinstance(obj, type) or isinstance(obj, types.GenericAlias):
        return repr(obj)
    home = obj.__module__
    return obj.__qualname__ if home == 'builtins' else f'{home}.{obj.__qualname__}'


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _adopt_caller_module(obj):
    # A variable or NewType belongs to the module that created it (frame 3 seen from
    # _caller_module: this helper, then the __init__ calling it, then its caller).
    home = _caller_module(3)
    if home != 'typing':
        obj.__module__ = home


def _iter_unpacked(self):
    # `*Ts` and `*tuple[...]` in a subscription iterate to the Unpack form.
    yield Unpack[self]


def _type_convert(arg, module=None):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, allow_special_forms=False):
    """Checks that `arg` may stand as a type inside a hint and normalises it."""
    arg = _type_convert(arg, module)
    # ClassVar and Final qualify a whole annotation; elsewhere they (and Generic,
    # Protocol) are refused, bare or subscripted.
    qualifiers = (ClassVar, Final)
    if isinstance(arg, _GenericAlias):
        head = arg.__origin__
        if head is Generic or head is Protocol or (not allow_special_forms and head in qualifiers):
            raise TypeError('%r is not valid as type argument' % (arg,))
        return arg
    if arg in _BARE_FORMS or (allow_special_forms and arg in qualifiers):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _is_param(x):
    return isinstance(x, (TypeVar, ParamSpec, TypeVarTuple))


def _collect_parameters(args):
    """The type variables appearing in `args`, in first-seen order."""
    found = []
    for a in args:
        if isinstance(a, type):
            continue
        if _is_param(a):
            if a not in found:
                found.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in found:
                    found.append(p)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


def _dedupe(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            out.extend(p.__args__)
        else:
            out.append(p)
    return out


def _tp_cache(func):
    """Caches subscriptions so that equal hints are usually identical objects."""
    cache = {}

    @functools.wraps(func)
    def inner(*args):
        try:
            key = args
            hash(key)
        except TypeError:
            return func(*args)
        try:
            return cache[key]
        except KeyError:
            pass
        result = func(*args)
        cache[key] = result
        return result
    return inner


def _union_with(self, other):
    return Union[self, other]


def _union_onto(self, other):
    return Union[other, self]


class _Final:
    """Base of the typing objects that may not be subclassed by users."""

    def __init_subclass__(cls, *args, _root=False, **kwds):
        if not _root:
            raise TypeError('Cannot subclass special typing classes')


class _NotIterable:
    __iter__ = None


# ---------------------------------------------------------------------------------------------
# Special forms: Any, Union, Optional, ClassVar, ...

class _SpecialForm(_Final, _NotIterable, _root=True):
    """A typing keyword (Union, ClassVar, ...) made from the function that subscripts it."""

    def __init__(self, subscript):
        # The decorated function supplies the form's name, doc and [] behaviour.
        self._getitem, self._name, self.__doc__ = subscript, subscript.__name__, subscript.__doc__

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    __or__, __ror__ = _union_with, _union_onto

    def __repr__(self):
        return f'typing.{self._name}'

    def __getattr__(self, item):
        if item != '__name__' and item != '__qualname__':
            raise AttributeError(item)
        return self._name

    # Pickled as a reference to the module attribute of the same name.
    __reduce__ = lambda self: self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')


class _LiteralSpecialForm(_SpecialForm, _root=True):
    # Literal[...] gets its values spread out as separate arguments.
    def __getitem__(self, parameters):
        spread = parameters if isinstance(parameters, tuple) else (parameters,)
        return self._getitem(self, *spread)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Marks a function that never returns."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Never(self, parameters):
    """The bottom type, with no values."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Self(self, parameters):
    """The type of the enclosing class's instances."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def LiteralString(self, parameters):
    """A string built only from literals."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an explicit type alias."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def ClassVar(self, parameters):
    """Marks a class variable."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Marks a name that may not be reassigned."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _dedupe(_flatten_union(parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, tuple(parameters), name='Optional')
    return _UnionGenericAlias(self, tuple(parameters))


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, '%s requires a single type.' % (self,))
    return Union[arg, type(None)]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Literal[v, ...]: exactly one of the given values."""
    seen = []
    out = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for it in items:
            key = (it, type(it))
            if key not in seen:
                seen.append(key)
                out.append(it)
    return _LiteralGenericAlias(self, tuple(out))


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, P]: X prepended to the parameters of P."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable '
                        'or ellipsis.')
    msg = 'Concatenate[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters[:-1]) + (parameters[-1],)
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """Marks a function that narrows the type of its argument."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """Marks a TypedDict key as required."""
    item = _type_check(parameters, '%s accepts only a single type.' % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """Marks a TypedDict key as optional."""
    item = _type_check(parameters, '%s accepts only a single type.' % (self._name,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Unpacks a TypeVarTuple."""
    item = _type_check(parameters, '%s accepts only single type.' % (self._name,))
    return _UnpackGenericAlias(self, (item,))


# Forms that are valid hints on their own, without a subscription.
_BARE_FORMS = (Any, NoReturn, Never, Self, TypeAlias, LiteralString)


# ---------------------------------------------------------------------------------------------
# Forward references and type variables

class ForwardRef(_Final, _root=True):
    """A type hint written as a string, evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        try:
            compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- got %r' % (arg,))
        self.__forward_arg__, self.__forward_module__ = arg, module
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        # Evaluation results are not cached here; kept for introspecting code.
        self.__forward_evaluated__, self.__forward_value__ = False, None

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        arg = self.__forward_arg__
        if arg in recursive_guard:
            return self
        # Either namespace stands in for a missing other one.
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            home = sys.modules.get(self.__forward_module__)
            globalns = getattr(home, '__dict__', globalns)
        checked = _type_check(eval(arg, globalns, localns),
                              'Forward references must evaluate to types.',
                              allow_special_forms=self.__forward_is_class__)
        return _eval_type(checked, globalns, localns, recursive_guard | {arg})

    def _key(self):
        return (self.__forward_arg__, self.__forward_module__)

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    __or__, __ror__ = _union_with, _union_onto

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


class _TypeVarLike(_Final, _root=True):
    """What TypeVar and ParamSpec share: variance, repr, union and pickling by name."""

    def _set_variance(self, covariant, contravariant, bound):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        self.__bound__ = None if bound is None else _type_check(bound, 'Bound must be a type.')

    __or__, __ror__ = _union_with, _union_onto

    def __repr__(self):
        # '+' covariant, '-' contravariant, '~' invariant.
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __reduce__(self):
        return self.__name__



class TypeVar(_TypeVarLike, _root=True):
    """A type variable: T = TypeVar('T'), with an optional bound or constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant, bound)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if constraints and len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        _adopt_caller_module(self)

    def __typing_subst__(self, arg):
        msg = 'Parameters to generic types must be types.'
        return _type_check(arg, msg, is_argument=True)


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    __iter__ = _iter_unpacked

    def __init__(self, name):
        self.__name__ = name
        _adopt_caller_module(self)

    __repr__ = lambda self: self.__name__


class _ParamSpecComponent(_Final, _root=True):
    """P.args or P.kwargs: remembers its ParamSpec; `_part` names which half it is."""
    _part = None

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.__origin__ == other.__origin__
        return NotImplemented


class ParamSpecArgs(_ParamSpecComponent, _root=True):
    """The type of P.args."""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecComponent, _root=True):
    """The type of P.kwargs."""
    _part = 'kwargs'


class ParamSpec(_TypeVarLike, _root=True):
    """The parameters of a callable: P = ParamSpec('P')."""

    args = property(lambda self: ParamSpecArgs(self), doc="The P.args of a signature.")
    kwargs = property(lambda self: ParamSpecKwargs(self), doc="The P.kwargs of a signature.")

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant, bound)
        _adopt_caller_module(self)

    def __typing_subst__(self, arg):
        # What a builtin alias (collections.abc.Callable[P, T]) puts in place of P.
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, 'Expected a type.') for a in arg)
        if not _is_param_expr(arg):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, '
                            f'or Concatenate. Got {arg}')
        return arg


# ---------------------------------------------------------------------------------------------
# Generic aliases

def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


# Kept on the alias itself; any other non-dunder attribute is set on the origin.
_ALIAS_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_defaults'})


class _BaseGenericAlias(_Final, _root=True):
    """What every alias shares: calling makes an origin instance; attributes come from it."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._name = name
        self._inst = inst

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {origin.__name__}() instead')
        made = origin(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass    # e.g. instances without a __dict__
        return made

    def __mro_entries__(self, bases):
        # Generic goes in at the end unless a later base already brings it.
        later = bases[bases.index(self) + 1:]
        needs_generic = not any(
            isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic))
            for b in later)
        entries = () if self.__origin__ in bases else (self.__origin__,)
        return entries + (Generic,) if needs_generic else entries

    def __getattr__(self, attr):
        if attr == '__name__' or attr == '__qualname__':
            return self._name or self.__origin__.__name__
        # Plain attributes fall through to the origin (List[int].append is list.append).
        if not _is_dunder(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if not (attr in _ALIAS_OWN_ATTRS or _is_dunder(attr)):
            # Mirrors __getattr__: List[int].x = 1 writes list.x.
            setattr(self.__origin__, attr, val)
            return
        object.__setattr__(self, attr, val)

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __dir__(self):
        return list(set(super().__dir__() + [a for a in dir(self.__origin__) if not _is_dunder(a)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Box[T], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            # User generics (Box[int]) report the module of Box itself.
            self.__module__ = origin.__module__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
        return NotImplemented

    __or__, __ror__ = _union_with, _union_onto

    @_tp_cache
    def __getitem__(self, args):
        # Substituting the alias's own type variables: List[T][int] is List[int].
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f'Cannot subscript already-subscripted {self}')
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self} is not a generic class')
        given = tuple(map(_type_convert, args if isinstance(args, tuple) else (args,)))
        if len(params) == 1 and isinstance(params[0], ParamSpec):
            lone_expr = len(given) == 1 and _is_param_expr(given[0])
            if not lone_expr and not (len(given) == 1 and isinstance(given[0], list)):
                given = (given,)
        given = _paramspec_args_as_tuples(params, given)
        if any(isinstance(p, TypeVarTuple) for p in params):
            mapping = _variadic_subst(self, params, given)
            args = []
            for a in self.__args__:
                if _is_unpacked_tvt(a):
                    args.extend(mapping[a.__args__[0]])
                else:
                    args.append(_subst(a, mapping))
            return self.copy_with(tuple(args))
        _check_arity(self, given, params)
        mapping = dict(zip(params, given))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        inner = ', '.join(map(_args_repr, self.__args__)) or '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        # Rebuilt by subscripting the module-level alias (or the origin) again.
        base = globals()[self._name] if self._name else self.__origin__
        key = tuple(self.__args__)
        if len(key) == 1 and not isinstance(key[0], tuple):
            key = key[0]
        return operator.getitem, (base, key)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic and _generic_supplied_later(self, bases):
            return ()
        return (origin,)

    __iter__ = _iter_unpacked


def _generic_supplied_later(alias, bases):
    # Generic[...] drops out when Protocol or a later subscripted base will bring Generic.
    if Protocol in bases:
        return True
    later = bases[bases.index(alias) + 1:]
    return any(b is not alias and isinstance(b, _BaseGenericAlias) for b in later)


def _paramspec_args_as_tuples(params, given):
    # An argument list given for a ParamSpec is stored as a tuple: Z[[int, str]].
    return tuple(tuple(g) if type(g) is list and i < len(params) and
                 isinstance(params[i], ParamSpec) else g for i, g in enumerate(given))


def _is_unpacked_tvt(x):
    return isinstance(x, _UnpackGenericAlias) and isinstance(x.__args__[0], TypeVarTuple)


def _variadic_subst(subject, params, given):
    # With a TypeVarTuple among `params`, it takes whatever the others leave over.
    at = next(i for i, p in enumerate(params) if isinstance(p, TypeVarTuple))
    after = len(params) - at - 1
    if len(given) < len(params) - 1:
        raise TypeError('Too few arguments for %s; actual %d, expected at least %d'
                        % (subject, len(given), len(params) - 1))
    mapping = dict(zip(params[:at], given))
    mapping.update(zip(params[at + 1:], given[len(given) - after:]))
    mapping[params[at]] = tuple(given[at:len(given) - after])
    return mapping


def _check_arity(subject, given, expected):
    if len(given) != len(expected):
        many = len(given) > len(expected)
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if many else 'few', subject, len(given), len(expected)))


def _args_repr(a):
    if isinstance(a, list):
        return '[%s]' % ', '.join(_type_repr(x) for x in a)
    return _type_repr(a)


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _subst(arg, subst):
    """`arg` with the type variables in `subst` replaced."""
    if _is_param(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_subst(a, subst) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_subst(a, subst) for a in arg)
    params = getattr(arg, '__parameters__', None)
    if params and not isinstance(arg, type):
        new = tuple(subst.get(p, p) for p in params)
        return arg[new if len(new) != 1 else new[0]]
    return arg


class _TypingEllipsis:
    """Internal marker for ... inside Tuple[...]."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a concrete class: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams = nparams
        where = origin.__qualname__
        if origin.__module__ != 'builtins':
            where = f'{origin.__module__}.{where}'
        self.__doc__ = f'A generic version of {where}.'

    @_tp_cache
    def __getitem__(self, params):
        if not self._nparams:
            raise TypeError(f'{self} is not a generic class')
        params = tuple(_type_check(p, 'Parameters to generic types must be types.')
                       for p in (params if isinstance(params, tuple) else (params,)))
        _check_arity(self, params, range(self._nparams))
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)   # refuses
        plain = cls.__origin__ if isinstance(cls, _SpecialGenericAlias) else cls
        return issubclass(plain, self.__origin__)

    def __reduce__(self):
        return self._name

    __or__, __ror__ = _union_with, _union_onto


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and _is_param_expr(params[0]):
            return super().__repr__()
        shown = ', '.join(map(_type_repr, params))
        return f'typing.Callable[[{shown}], {_type_repr(result)}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        # Substitution in the flattened args, keeping the [args..., result] shape.
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self} is not a generic class')
        if (len(params) == 1 and isinstance(params[0], ParamSpec) and args
                and not _is_param_expr(args[0])):
            args = (args,)      # Callable[P, int][int, str] means P = [int, str]
        _check_arity(self, args, params)
        # Each parameter vets its replacement (None becomes NoneType, P wants a list...).
        subst = {}
        for param, arg in zip(params, args):
            vet = getattr(param, '__typing_subst__', None)
            subst[param] = arg if vet is None else vet(arg)
        new_args = []
        for a in self.__args__:
            v = _subst(a, subst)
            if isinstance(a, (ParamSpec, _ConcatenateGenericAlias)) and isinstance(v, (list, tuple)):
                new_args.extend(v)
            else:
                new_args.append(v)
        return self.copy_with(tuple(new_args))


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if isinstance(params, tuple) and len(params) == 2:
            args, result = params
            # Lists are unhashable: the cached worker gets a tuple.
            return self.__getitem_inner__((tuple(args) if isinstance(args, list) else args,
                                           result))
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is Ellipsis:
            flat = (_TypingEllipsis,)
        elif isinstance(args, tuple):
            flat = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                         for a in args)
        else:
            flat = (args,)     # a ParamSpec or Concatenate
        return self.copy_with(flat + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        items = params if isinstance(params, tuple) else (params,)
        if len(items) > 1 and items[-1] is ...:
            checked = tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.')
                            for p in items[:-1])
            return self.copy_with(checked + (_TypingEllipsis,))
        return self.copy_with(tuple(
            _type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.') for p in items))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[X, Y]; args compare as a set."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and _NoneType in members:
            # Exactly one other member: shown as Optional[...].
            other = members[1] if members[0] is _NoneType else members[0]
            if other is not _NoneType:
                return f'typing.Optional[{_type_repr(other)}]'
        return 'typing.Union[' + ', '.join(map(_type_repr, members)) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


def _typed_values(args):
    # Literal[1] and Literal[True] differ, so each value is paired with its type.
    return frozenset((value, type(value)) for value in args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return _typed_values(self.__args__) == _typed_values(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(_typed_values(self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(map(repr, self.__args__)) + ']'


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        # Substituting the trailing ParamSpec splices its replacement in.
        *head, tail = params
        if isinstance(tail, (list, tuple)):
            return (*head, *tail)
        if isinstance(tail, _ConcatenateGenericAlias):
            return super().copy_with((*head, *tail.__args__))
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        (target,) = self.__args__
        return f'*{target!r}'


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: T carrying extra metadata."""

    def __init__(self, origin, metadata):
        # Nested Annotated flattens, outer metadata last.
        while isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x."""

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        msg = 'Annotated[t, ...]: t must be a type.'
        origin = _type_check(params[0], msg, allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % (cls.__module__,))


# ---------------------------------------------------------------------------------------------
# Generic and Protocol

def _check_generic_header(cls, params):
    # Generic[...] / Protocol[...] take distinct type variables only.
    if not params:
        raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
    if not all(_is_unpacked_tvt(p) or (_is_param(p) and not isinstance(p, TypeVarTuple))
               for p in params):
        raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables or '
                        'parameter specification variables.')
    if len(set(params)) != len(params):
        raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')


class Generic:
    """Base of user-defined generic classes: class Box(Generic[T])."""
    _is_protocol = False
    __slots__ = ()

    # Cached so that Box[int] is Box[int]; the cache is shared with other subscriptions.
    @_tp_cache
    def __class_getitem__(cls, params):
        params = tuple(map(_type_convert, params if isinstance(params, tuple) else (params,)))
        if cls is Generic or cls is Protocol:
            _check_generic_header(cls, params)
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get('__parameters__', ())
        if not expected:
            raise TypeError(f'{cls} is not a generic class')
        if len(expected) == 1 and isinstance(expected[0], ParamSpec):
            # Z[int, str] and Z[[int, str]] both mean the parameter list (int, str).
            if len(params) != 1 or not _is_param_expr(params[0]):
                params = (params,)
        params = _paramspec_args_as_tuples(expected, params)
        if any(isinstance(p, TypeVarTuple) for p in expected):
            _variadic_subst(cls, expected, params)   # only checks the count
        else:
            _check_arity(cls, params, expected)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is None:
            # No subscripted bases: only a bare Generic base is wrong (Protocol's own is fine).
            if Generic in cls.__bases__ and cls.__name__ != 'Protocol':
                raise TypeError('Cannot inherit from plain Generic')
            cls.__parameters__ = ()
            return
        if Generic in written:
            raise TypeError('Cannot inherit from plain Generic')
        found = _collect_parameters(written)
        headers = [b for b in written
                   if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
        if len(headers) > 1:
            raise TypeError('Cannot inherit from Generic[...] multiple types.')
        if headers:
            # An explicit Generic[...] fixes the order and must list every variable.
            declared = headers[0].__parameters__
            unlisted = [t for t in found if t not in declared]
            if unlisted:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(map(str, unlisted)), ', '.join(map(str, declared))))
            found = declared
        cls.__parameters__ = tuple(found)


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__',
    '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__', '__non_callable_proto_members__',
    '_abc_impl', '_abc_registry', '_abc_cache', '_abc_negative_cache',
    '_abc_negative_cache_version', '__match_args__', '__firstlineno__', '__static_attributes__',
})


def _protocol_attrs(cls):
    """The members a runtime-checkable protocol demands."""
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get('__annotations__', {}).keys())
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES and attr not in attrs:
                attrs.append(attr)
    return attrs


_get_protocol_attrs = _protocol_attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


def _protocol_init(self, *args, **kwargs):
    # Installed as __init__ of protocols that define none. A protocol refuses to be built;
    # a concrete subclass gets the first real __init__ further along its MRO instead.
    klass = type(self)
    if klass._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    inherited = next((k.__dict__['__init__'] for k in klass.__mro__
                      if k.__dict__.get('__init__', _protocol_init) is not _protocol_init),
                     object.__init__)
    klass.__init__ = inherited
    inherited(self, *args, **kwargs)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if cls in type(instance).__mro__:
            return True
        if _is_callable_members_only(cls) and issubclass(type(instance), cls):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, '_is_protocol', False):
            return super().__subclasscheck__(other)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in other.__mro__:
            return True
        if not _is_callable_members_only(cls):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        for attr in _protocol_attrs(cls):
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


def _protocol_base_ok(base):
    if base is object or base is Generic:
        return True
    if isinstance(base, _ProtocolMeta) and base._is_protocol:
        return True
    return (base.__module__ in ('collections.abc', 'abc', 'typing')
            and base.__name__ in _PROTO_ALLOWLIST)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: a class matches if it has the members."""
    _is_runtime_protocol = False
    _is_protocol = True
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # Only a class listing Protocol itself as a base is a protocol.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol:
            offender = next((b for b in cls.__mro__[1:] if not _protocol_base_ok(b)), None)
            if offender is not None:
                raise TypeError('Protocols can only inherit from other protocols, got %r'
                                % (offender,))
            if cls.__init__ is Protocol.__init__:
                cls.__init__ = _protocol_init


_PROTO_ALLOWLIST = ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                    'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer',
                    'AbstractContextManager', 'AbstractAsyncContextManager')


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a protocol's members."""
    if not (isinstance(cls, _ProtocolMeta) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % (cls,))
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------------------------
# Aliases of concrete and abstract classes

_cabc = collections.abc

# collections.abc classes, grouped by how many parameters their alias takes; each alias
# keeps the abc's own name.
for _arity, _abc_names in (
        (0, ('Hashable', 'Sized', 'ByteString')),
        (1, ('Awaitable', 'AsyncIterable', 'AsyncIterator', 'Iterable', 'Iterator',
             'Reversible', 'Container', 'Collection', 'MutableSet', 'Sequence',
             'MutableSequence', 'MappingView', 'KeysView', 'ValuesView')),
        (2, ('Mapping', 'MutableMapping', 'ItemsView', 'AsyncGenerator')),
        (3, ('Coroutine', 'Generator'))):
    for _abc_name in _abc_names:
        globals()[_abc_name] = _SpecialGenericAlias(getattr(_cabc, _abc_name), _arity)
del _arity, _abc_names, _abc_name

AbstractSet = _SpecialGenericAlias(_cabc.Set, 1, name='AbstractSet')
Callable = _CallableType(_cabc.Callable, 2)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')


def _builtin_alias(origin, public_name, nparams):
    # Calling List() is refused with a hint to call list() instead.
    return _SpecialGenericAlias(origin, nparams, inst=False, name=public_name)


List = _builtin_alias(list, 'List', 1)
Dict = _builtin_alias(dict, 'Dict', 2)
Set = _builtin_alias(set, 'Set', 1)
FrozenSet = _builtin_alias(frozenset, 'FrozenSet', 1)
Type = _builtin_alias(type, 'Type', 1)

# The collections classes are callable through their aliases: Deque[int]() is a deque.
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)

try:
    import contextlib as _contextlib
    ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 1,
                                          name='ContextManager')
    AsyncContextManager = _SpecialGenericAlias(_contextlib.AbstractAsyncContextManager, 1,
                                               name='AsyncContextManager')
except (ImportError, AttributeError):
    pass

try:
    import re as _re
    Pattern = _SpecialGenericAlias(type(_re.compile('')), 1, name='Pattern')
    Match = _SpecialGenericAlias(type(_re.match('', '')), 1, name='Match')
except (ImportError, AttributeError):
    pass

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


@runtime_checkable
class SupportsInt(Protocol):
    """An object with __int__."""
    @abstractmethod
    def __int__(self) -> int:
        """The one method a class needs to match."""

    __slots__ = ()


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with __float__."""
    @abstractmethod
    def __float__(self) -> float:
        """The one method a class needs to match."""

    __slots__ = ()


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with __complex__."""
    @abstractmethod
    def __complex__(self) -> complex:
        """The one method a class needs to match."""

    __slots__ = ()


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with __bytes__."""
    @abstractmethod
    def __bytes__(self) -> bytes:
        """The one method a class needs to match."""

    __slots__ = ()


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with __index__."""
    @abstractmethod
    def __index__(self) -> int:
        """The one method a class needs to match."""

    __slots__ = ()


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An object with __abs__."""
    @abstractmethod
    def __abs__(self) -> T_co:
        """The one method a class needs to match."""

    __slots__ = ()


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An object with __round__."""
    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        """The one method a class needs to match."""

    __slots__ = ()


class IO(Generic[AnyStr]):
    """The generic file interface (open() results match it)."""
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass

    @abstractmethod
    def close(self):
        pass

    @property
    @abstractmethod
    def closed(self):
        pass

    @abstractmethod
    def fileno(self):
        pass

    @abstractmethod
    def flush(self):
        pass

    @abstractmethod
    def isatty(self):
        pass

    @abstractmethod
    def read(self, n=-1):
        pass

    @abstractmethod
    def readable(self):
        pass

    @abstractmethod
    def readline(self, limit=-1):
        pass

    @abstractmethod
    def readlines(self, hint=-1):
        pass

    @abstractmethod
    def seek(self, offset, whence=0):
        pass

    @abstractmethod
    def seekable(self):
        pass

    @abstractmethod
    def tell(self):
        pass

    @abstractmethod
    def truncate(self, size=None):
        pass

    @abstractmethod
    def writable(self):
        pass

    @abstractmethod
    def write(self, s):
        pass

    @abstractmethod
    def writelines(self, lines):
        pass

    @abstractmethod
    def __enter__(self):
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO[bytes]):
    """The interface of binary files."""
    __slots__ = ()

    @abstractmethod
    def write(self, s):
        pass

    @abstractmethod
    def __enter__(self):
        pass


class TextIO(IO[str]):
    """The interface of text files."""
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self):
        pass

    @property
    @abstractmethod
    def encoding(self):
        pass

    @property
    @abstractmethod
    def errors(self):
        pass

    @property
    @abstractmethod
    def line_buffering(self):
        pass

    @property
    @abstractmethod
    def newlines(self):
        pass

    @abstractmethod
    def __enter__(self):
        pass


# ---------------------------------------------------------------------------------------------
# NamedTuple, TypedDict and NewType

def _make_nmtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    # 3.11 leaves the forward references module-less (their repr shows no module=)
    annotations = {n: _type_check(t, f"field {n} annotation must be a type")
                   for n, t in fields}
    nm_tpl = collections.namedtuple(name, names, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


_prohibited_nt = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_nt = frozenset({'__module__', '__name__', '__annotations__',
                         '__doc__', '__firstlineno__',
                         '__static_attributes__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleRoot and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if '__doc__' in ns:
            nm_tpl.__doc__ = ns['__doc__']
        generic = Generic in bases
        if generic:
            nm_tpl.__bases__ = tuple(tuple if b is _NamedTupleRoot else b for b in bases)
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _prohibited_nt:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if generic:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: class P(NamedTuple): x: int, or NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, fields, module=_caller_module())


# `class P(NamedTuple)` derives from this stand-in, which NamedTupleMeta then replaces.
_NamedTupleRoot = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleRoot,)


def _strip_required(tp):
    """(type without Required/NotRequired, required flag or None)."""
    if isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
        return tp.__args__[0], tp.__origin__ is Required
    if isinstance(tp, _AnnotatedAlias):
        inner, flag = _strip_required(tp.__origin__)
        return tp, flag
    return tp, None


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        # A generic TypedDict (with Generic[T] among its bases) keeps Generic in its MRO.
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=tp_dict.__module__, allow_special_forms=True)
               for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            _, flag = _strip_required(tp)
            if flag is None:
                flag = total
            if flag:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        _refuse_typeddict_check()

    def __subclasscheck__(cls, other):
        _refuse_typeddict_check()


def _refuse_typeddict_check():
    # Instances are plain dicts, so neither isinstance() nor issubclass() can answer.
    raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys."""
    if fields is not None and kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    namespace = {'__annotations__': dict(kwargs if fields is None else fields)}
    home = _caller_module()
    if home is not None:
        namespace['__module__'] = home
    return _TypedDictMeta(typename, (), namespace, total=total)


# `class Movie(TypedDict)` really derives from this hidden class of the metaclass.
_TypedDictRoot = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictRoot,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, type) and type(tp) is _TypedDictMeta


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns the argument."""

    def __call__(self, *args):
        # CPython's NewType call is the C identity function _typing._idfunc.
        if len(args) != 1:
            raise TypeError('_typing._idfunc() takes exactly one argument (%d given)'
                            % len(args))
        return args[0]

    def __init__(self, name, tp):
        self.__qualname__, self.__supertype__ = name, tp
        self.__name__ = name.rpartition('.')[2]
        _adopt_caller_module(self)

    def __mro_entries__(self, bases):
        # Subclassing is refused from the base's __init_subclass__, which knows the
        # new class's name and can suggest the NewType that was probably meant.
        parent = self.__name__

        class _Refuser:
            def __init_subclass__(cls):
                child = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                f'looking for: `{child} = NewType({child!r}, {parent})`')
        return (_Refuser,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    __or__, __ror__ = _union_with, _union_onto


# ---------------------------------------------------------------------------------------------
# Helpers

def cast(typ, val):
    """Returns val unchanged; tells a type checker its type is typ."""
    return val


def assert_type(val, typ, /):
    """Returns val unchanged; a type checker verifies its type is typ."""
    return val


def assert_never(arg, /):
    """Marks code that must be unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % (value,))


def reveal_type(obj, /):
    """Prints the runtime type of obj to stderr and returns obj."""
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


# (module, qualname) -> {first line number: function}; keyed by line so that running
# the same definition again replaces rather than duplicates it.
_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def _overload_key(func):
    # Methods wrapped in classmethod/staticmethod are registered under the function.
    target = getattr(func, '__func__', func)
    return (getattr(target, '__module__', None), getattr(target, '__qualname__', None),
            getattr(getattr(target, '__code__', None), 'co_firstlineno', None))


def overload(func):
    """Declares one signature of an overloaded function."""
    module, qualname, line = _overload_key(func)
    if None not in (module, qualname, line):
        _overload_registry.setdefault((module, qualname), {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func."""
    module, qualname, _ = _overload_key(func)
    return list(_overload_registry.get((module, qualname), {}).values())


def clear_overloads():
    """Forgets every recorded overload."""
    _overload_registry.clear()


def _mark(obj, attr, tolerated):
    # Sets a marker attribute where the object allows it; `tolerated` lists the
    # exceptions that mean it does not.
    try:
        setattr(obj, attr, True)
    except tolerated:
        pass
    return obj


def final(f):
    """Marks a method or class as final."""
    return _mark(f, '__final__', (AttributeError, TypeError))


def _defined_in(member, klass):
    qualname = getattr(member, '__qualname__', None)
    if qualname is None:
        return False
    own = f"{klass.__qualname__}.{getattr(member, '__name__', '')}"
    return qualname == own and getattr(member, '__module__', None) == klass.__module__


def no_type_check(arg):
    """Tells type checkers to ignore the annotations of arg."""
    if isinstance(arg, type):
        for member in map(lambda name: getattr(arg, name), dir(arg)):
            if not _defined_in(member, arg):
                continue    # inherited or imported from elsewhere
            if isinstance(member, type):
                no_type_check(member)
            elif isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
    return _mark(arg, '__no_type_check__', TypeError)


def no_type_check_decorator(decorator):
    """Makes a decorator whose results are @no_type_check."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator or base class as creating dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with its forward references evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, types.GenericAlias, types.UnionType)):
        if isinstance(t, types.GenericAlias) and any(isinstance(a, str) for a in t.__args__):
            # list["Node"]: plain strings inside a builtin generic are forward references too
            t = types.GenericAlias(t.__origin__, tuple(ForwardRef(a) if isinstance(a, str) else a
                                                       for a in t.__args__))
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) if not isinstance(a, list)
                        else [_eval_type(x, globalns, localns, recursive_guard) for x in a]
                        for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, types.GenericAlias):
            return types.GenericAlias(t.__origin__, ev_args)
        if isinstance(t, types.UnionType):
            return functools.reduce(lambda a, b: a | b, ev_args)
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(ev_args[0], t.__metadata__)
        if isinstance(t, _UnionGenericAlias):
            return Union[ev_args]
        return t.copy_with(ev_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[stripped]
        return t.copy_with(stripped)
    if isinstance(t, types.GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return types.GenericAlias(t.__origin__, stripped)
    return t


def _hint_value(value, **forward_flags):
    # None means NoneType; strings become forward references to evaluate.
    if value is None:
        return type(None)
    if isinstance(value, str):
        return ForwardRef(value, **forward_flags)
    return value


def _finish_hints(hints, include_extras):
    if include_extras:
        return hints
    return {name: _strip_annotations(tp) for name, tp in hints.items()}


def _class_hints(cls, globalns, localns):
    # Bases first, so that a subclass's annotation of the same name wins.
    hints = {}
    for klass in reversed(cls.__mro__):
        own = klass.__dict__.get('__annotations__', {})
        if isinstance(own, types.GetSetDescriptorType):
            own = {}
        if globalns is None:
            g = getattr(sys.modules.get(klass.__module__, None), '__dict__', {})
        else:
            g = globalns
        l = dict(vars(klass)) if localns is None else localns
        if globalns is None and localns is None:
            # The class namespace is searched before the module's.
            g, l = l, g
        for name, value in own.items():
            value = _hint_value(value, is_argument=False, is_class=True)
            hints[name] = _eval_type(value, g, l)
    return hints


def _home_globals(obj):
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return getattr(obj, '__globals__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj with string forward references evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        return _finish_hints(_class_hints(obj, globalns, localns), include_extras)
    if globalns is None:
        globalns = _home_globals(obj)
    if localns is None:
        localns = globalns
    raw = getattr(obj, '__annotations__', None)
    if raw is None:
        if isinstance(obj, (type, types.ModuleType, types.FunctionType, types.MethodType)):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    in_module = isinstance(obj, types.ModuleType)
    hints = {name: _eval_type(_hint_value(value, is_argument=not in_module, is_class=False),
                              globalns, localns)
             for name, value in raw.items()}
    return _finish_hints(hints, include_extras)


def get_origin(tp):
    """The unsubscripted version of a hint: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated    # checked first: it is a generic alias too
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, _ParamSpecComponent)):
        return tp.__origin__
    if tp is Generic:
        return tp
    return types.UnionType if isinstance(tp, types.UnionType) else None


def get_args(tp):
    """The arguments of a subscripted hint: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, types.GenericAlias)):
        return ()
    found = tp.__args__
    if _should_unflatten_callable_args(tp, found):
        # Callable's flat (arg, ..., result) storage is shown as ([args], result).
        *params, result = found
        return (params, result)
    return found


def _should_unflatten_callable_args(tp, args):
    return (tp.__origin__ is collections.abc.Callable and
            not (len(args) == 2 and _is_param_expr(args[0])))
