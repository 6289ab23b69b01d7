"""Abstract Base Classes for Ember (written from the documented behaviour of CPython 3.11's abc)."""


def abstractmethod(funcobj):
    """Flag funcobj as abstract: an ABCMeta class still holding it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The pre-3.3 spellings, kept for old code; each flags the function it wraps.

class abstractclassmethod(classmethod):
    """Deprecated: stack classmethod on top of abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: stack staticmethod on top of abstractmethod instead."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: stack property on top of abstractmethod instead."""
    __isabstractmethod__ = True


# Bumped by every register(): negative caches older than this are stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token (changes whenever a class is registered)."""
    return _abc_invalidation_counter


def _is_abstract(value):
    try:
        return bool(getattr(value, '__isabstractmethod__', False))
    except Exception:
        return False


def _abstract_names(cls, own, bases):
    # Abstract in cls: what its own namespace flags, plus each name the bases list as
    # abstract that cls still resolves to something flagged (not overridden concretely).
    found = {key for key, val in own.items() if _is_abstract(val)}
    for base in bases:
        for key in getattr(base, '__abstractmethods__', ()):
            if key not in found and _is_abstract(getattr(cls, key, None)):
                found.add(key)
    return frozenset(found)


_type_call = type.__call__


def _runtime_checks_abstract():
    """True when object.__new__ itself refuses classes with abstract methods."""
    class Probe:
        pass
    Probe.__abstractmethods__ = frozenset({'f'})
    try:
        Probe()
    except TypeError:
        return True
    return False


_RUNTIME_CHECKS_ABSTRACT = _runtime_checks_abstract()


class _abc_data:
    """Per-ABC bookkeeping, kept in one class attribute (`_abc_impl`) as CPython does."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _abc_invalidation_counter


_abc_data.__module__ = '_abc'


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and virtual subclasses."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _abc_data()
        return cls

    if not _RUNTIME_CHECKS_ABSTRACT:
        def __call__(cls, *args, **kwargs):
            # CPython refuses instances of classes with abstract methods in object.__new__;
            # where the runtime does not, the metaclass does.
            if cls.__abstractmethods__:
                names = sorted(cls.__abstractmethods__)
                raise TypeError(
                    f"Can't instantiate abstract class {cls.__name__} with abstract "
                    f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
            return _type_call(cls, *args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        claimed = instance.__class__
        impl = cls._abc_impl
        if claimed in impl.cache:
            return True
        actual = type(instance)
        if actual is not claimed:
            # A proxy whose __class__ differs from its type: either one may qualify.
            return bool(cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual))
        if (claimed in impl.negative_cache
                and impl.negative_version == _abc_invalidation_counter):
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version == _abc_invalidation_counter:
            if subclass in impl.negative_cache:
                return False
        else:
            # Something was registered since the failures were recorded: forget them.
            impl.negative_cache = set()
            impl.negative_version = _abc_invalidation_counter
        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = _derives(cls, subclass)
        elif verdict is not True and verdict is not False:
            raise AssertionError(
                "__subclasshook__ must return either False, True, or NotImplemented")
        (impl.cache if verdict else impl.negative_cache).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        for line in (f"Class: {cls.__module__}.{cls.__qualname__}",
                     f"Inv. counter: {get_cache_token()}"):
            print(line, file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        impl = cls._abc_impl
        for cache in (impl.cache, impl.negative_cache):
            cache.clear()


def _derives(cls, subclass):
    """Whether subclass descends from cls for real, or through a registration (with cls
    or with one of cls's subclasses)."""
    if cls in getattr(subclass, '__mro__', ()):
        return True
    return (any(issubclass(subclass, known) for known in cls._abc_impl.registry)
            or any(issubclass(subclass, below) for below in cls.__subclasses__()))


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced; returns cls.
    Classes that are not ABCs are returned untouched."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__, cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
