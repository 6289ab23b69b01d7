import typing
from typing import Any, Optional, Union, Literal, get_type_hints, get_origin, get_args
import enum
import datetime

class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s): " + "; ".join(f"{'.'.join(map(str, loc))}: {msg}" for loc, msg in errors))

_MISSING = object()

def coerce(tp, value, loc):
    origin, args = get_origin(tp), get_args(tp)
    if tp is Any:
        return value
    if origin is Union or origin is getattr(__import__("types"), "UnionType", None):
        errs = []
        for arm in args:
            if arm is type(None):
                if value is None:
                    return None
                continue
            try:
                return coerce(arm, value, loc)
            except ValidationError as e:
                errs.extend(e.errors)
        raise ValidationError([(loc, f"no union member matched {value!r}")])
    if origin is Literal:
        if value in args:
            return value
        raise ValidationError([(loc, f"expected one of {list(args)}, got {value!r}")])
    if origin in (list, set, tuple, frozenset):
        if not isinstance(value, (list, tuple, set, frozenset)):
            raise ValidationError([(loc, f"expected sequence, got {type(value).__name__}")])
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                raise ValidationError([(loc, f"expected {len(args)} items, got {len(value)}")])
            return tuple(coerce(a, v, loc + (i,)) for i, (a, v) in enumerate(zip(args, value)))
        inner = args[0] if args else Any
        out, errors = [], []
        for i, v in enumerate(value):
            try:
                out.append(coerce(inner, v, loc + (i,)))
            except ValidationError as e:
                errors.extend(e.errors)
        if errors:
            raise ValidationError(errors)
        return origin(out)
    if origin is dict:
        kt, vt = args or (Any, Any)
        if not isinstance(value, dict):
            raise ValidationError([(loc, "expected mapping")])
        return {coerce(kt, k, loc + (k,)): coerce(vt, v, loc + (k,)) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Model):
        if isinstance(value, tp):
            return value
        if isinstance(value, dict):
            try:
                return tp(**value)
            except ValidationError as e:
                raise ValidationError([(loc + l, m) for l, m in e.errors]) from None
        raise ValidationError([(loc, f"cannot build {tp.__name__} from {type(value).__name__}")])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError as e:
            raise ValidationError([(loc, str(e))]) from None
    if tp is datetime.date and isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as e:
            raise ValidationError([(loc, str(e))]) from None
    if tp is bool and isinstance(value, str):
        if value.lower() in ("true", "yes", "1"):
            return True
        if value.lower() in ("false", "no", "0"):
            return False
    if isinstance(value, tp) and not (tp is int and isinstance(value, bool)):
        return value
    if tp in (int, float, str):
        try:
            return tp(value)
        except (TypeError, ValueError) as e:
            raise ValidationError([(loc, f"{type(e).__name__}: {e}")]) from None
    raise ValidationError([(loc, f"expected {getattr(tp, '__name__', tp)}, got {type(value).__name__}")])

class Model:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.__fields__ = {k: v for k, v in get_type_hints(cls).items() if get_origin(v) is not typing.ClassVar}

    def __init__(self, **data):
        errors = []
        for name, tp in self.__fields__.items():
            raw = data.pop(name, getattr(type(self), name, _MISSING))
            if raw is _MISSING:
                errors.append(((name,), "field required"))
                continue
            try:
                object.__setattr__(self, name, coerce(tp, raw, (name,)))
            except ValidationError as e:
                errors.extend(e.errors)
        for extra in sorted(data):
            errors.append(((extra,), "extra field not permitted"))
        if errors:
            raise ValidationError(errors)

    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__fields__) + ")"

    def dict(self):
        def conv(v):
            if isinstance(v, Model): return v.dict()
            if isinstance(v, (list, tuple, set)): return [conv(x) for x in v]
            if isinstance(v, enum.Enum): return v.value
            return v
        return {k: conv(getattr(self, k)) for k in self.__fields__}

class Role(enum.Enum):
    ADMIN = "admin"
    USER = "user"

class Address(Model):
    street: str
    zip: str
    country: Literal["US", "CA", "MX"] = "US"

class User(Model):
    kind: typing.ClassVar[str] = "user"
    id: int
    name: str
    active: bool = True
    role: Role = Role.USER
    tags: set[str] = set()
    scores: list[float] = []
    born: Optional[datetime.date] = None
    address: Optional[Address] = None
    extra: dict[str, int | str] = {}
    point: tuple[int, int] = (0, 0)

print(list(User.__fields__))
u = User(id="7", name="ann", active="yes", role="admin", tags=["a", "b", "a"], scores=[1, "2.5"],
         born="1990-05-17", address={"street": "Main", "zip": 12345}, extra={"x": 1, "y": "two"}, point=["3", 4])
print(u)
print(u.dict())
print(sorted(u.tags), u.born.year, type(u.point).__name__, u.address.country)

bad_inputs = [
    dict(name="x"),
    dict(id="abc", name="x", role="root"),
    dict(id=1, name="x", scores=[1, "x", None]),
    dict(id=1, name="x", address={"street": "s", "country": "FR"}),
    dict(id=1, name="x", born="1990-13-01", point=(1, 2, 3)),
    dict(id=1, name="x", nickname="y", other=1),
    dict(id=1, name="x", address="nowhere", extra={"k": [1]}),
]
for data in bad_inputs:
    try:
        User(**data)
    except ValidationError as e:
        print(type(e).__name__, e)
        for loc, msg in e.errors:
            print("   ", loc, "->", msg)
