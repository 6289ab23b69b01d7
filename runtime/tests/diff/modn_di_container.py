"""A small dependency-injection container resolving constructor annotations."""
from __future__ import annotations

import inspect
from typing import (Any, Callable, Generic, Optional, Protocol, TypeVar,
                    get_type_hints, get_origin, get_args, Union, Annotated)

T = TypeVar("T")


class ResolutionError(Exception):
    def __init__(self, chain: list[str], reason: str) -> None:
        super().__init__(f"{' -> '.join(chain)}: {reason}")
        self.chain = chain


class Inject:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Inject({self.name!r})"


class Container:
    def __init__(self) -> None:
        self._factories: dict[Any, Callable[[], Any]] = {}
        self._singletons: dict[Any, Any] = {}
        self._named: dict[str, Any] = {}
        self._resolving: list[str] = []

    def bind(self, key: type[T], impl: type[T] | Callable[[], T], singleton: bool = False) -> None:
        if singleton:
            def factory() -> Any:
                if key not in self._singletons:
                    self._singletons[key] = self.build(impl)
                return self._singletons[key]
        else:
            factory = lambda: self.build(impl)
        self._factories[key] = factory

    def value(self, name: str, v: Any) -> None:
        self._named[name] = v

    def resolve(self, key: type[T]) -> T:
        if key in self._factories:
            return self._factories[key]()
        if inspect.isclass(key) and not inspect.isabstract(key) and not getattr(key, "_is_protocol", False):
            return self.build(key)
        raise ResolutionError(self._resolving + [getattr(key, "__name__", repr(key))], "no binding")

    def build(self, impl: Any) -> Any:
        name = getattr(impl, "__qualname__", repr(impl))
        if name in self._resolving:
            raise ResolutionError(self._resolving + [name], "cycle")
        self._resolving.append(name)
        try:
            target = impl.__init__ if inspect.isclass(impl) else impl
            sig = inspect.signature(impl)
            hints = get_type_hints(target, include_extras=True)
            kwargs = {}
            for pname, param in sig.parameters.items():
                if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                    continue
                hint = hints.get(pname, param.annotation)
                kwargs[pname] = self._value_for(pname, hint, param)
            return impl(**kwargs)
        finally:
            self._resolving.pop()

    def _value_for(self, pname: str, hint: Any, param: inspect.Parameter) -> Any:
        if get_origin(hint) is Annotated:
            base, *meta = get_args(hint)
            for m in meta:
                if isinstance(m, Inject):
                    return self._named[m.name]
            hint = base
        if get_origin(hint) is Union:
            args = [a for a in get_args(hint) if a is not type(None)]
            try:
                return self.resolve(args[0])
            except ResolutionError:
                return None
        if hint is inspect.Parameter.empty:
            if param.default is not param.empty:
                return param.default
            raise ResolutionError(self._resolving + [pname], "unannotated")
        if hint in (int, str, float, bool):
            if param.default is not param.empty:
                return param.default
            raise ResolutionError(self._resolving + [pname], f"primitive {hint.__name__}")
        return self.resolve(hint)


class Clock(Protocol):
    def now(self) -> int: ...


class FixedClock:
    def __init__(self) -> None:
        self.t = 1000

    def now(self) -> int:
        self.t += 1
        return self.t


class Database:
    instances = 0

    def __init__(self, url: Annotated[str, Inject('db_url')], pool: int = 4) -> None:
        Database.instances += 1
        self.url, self.pool = url, pool

    def __repr__(self) -> str:
        return f"Database({self.url!r}, pool={self.pool})"


class Cache:
    def __init__(self, clock: Clock, ttl: int = 60) -> None:
        self.clock, self.ttl = clock, ttl


class Mailer:
    def __init__(self, sender: Annotated[str, Inject('sender')]) -> None:
        self.sender = sender


class UserService:
    def __init__(self, db: Database, cache: Cache, mailer: Optional[Mailer], clock: Clock) -> None:
        self.db, self.cache, self.mailer, self.clock = db, cache, mailer, clock

    def describe(self) -> str:
        return (f"UserService(db={self.db}, ttl={self.cache.ttl}, "
                f"mailer={'yes' if self.mailer else 'no'}, t={self.clock.now()})")


class A:
    def __init__(self, b: B) -> None: ...


class B:
    def __init__(self, a: A) -> None: ...


class NeedsPort:
    def __init__(self, port: int) -> None: ...


def make_report(svc: UserService, title: str = "Report") -> str:
    return f"{title}: {svc.describe()}"


c = Container()
c.value("db_url", "sqlite://mem")
c.value("sender", "noreply@x")
c.bind(Clock, FixedClock, singleton=True)
c.bind(Database, Database, singleton=True)
s1 = c.resolve(UserService)
s2 = c.resolve(UserService)
print(s1.describe())
print(s2.describe())
print(s1 is s2, s1.db is s2.db, s1.clock is s2.cache.clock, Database.instances)
print(c.build(make_report))
for bad in (A, NeedsPort, Clock):
    try:
        c.resolve(bad)
    except ResolutionError as e:
        print("ResolutionError:", e, e.chain[-1])

print(inspect.signature(UserService))
print(get_type_hints(UserService.__init__))
print(get_type_hints(Database.__init__, include_extras=True))
print(get_type_hints(Database.__init__))
for name, p in inspect.signature(Database).parameters.items():
    print(" ", name, p.kind, repr(p.annotation), p.default)
print(inspect.signature(Container.bind))
print(inspect.signature(Container.bind, eval_str=True))
print(get_type_hints(Container.bind))
print(inspect.get_annotations(Cache.__init__), inspect.get_annotations(Cache.__init__, eval_str=True))
