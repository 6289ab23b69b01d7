"""Data classes for Ember.

Written from the documented behaviour of CPython 3.11's dataclasses: the generated methods
are built by exec'ing source text, so that argument errors read as CPython's do.
"""

import copy as _copy
import sys as _sys

__all__ = ["dataclass", "field", "Field", "KW_ONLY", "FrozenInstanceError", "InitVar", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    """The type of the MISSING sentinel (no default given)."""


MISSING = _MISSING_TYPE()

class _KW_ONLY_TYPE:
    """The type of KW_ONLY: annotating a pseudo-field with it makes the later fields
    keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


try:
    from types import MappingProxyType as _mappingproxy
except ImportError:
    def _mappingproxy(d):
        return d

_EMPTY_METADATA = _mappingproxy({})

class _FieldKind(str):
    """A field's kind: a str (compared by value) that prints bare, as _FIELD."""

    def __repr__(self):
        return str.__str__(self)


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        # name, type and the field kind are filled in when the class is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _EMPTY_METADATA if metadata is None else _mappingproxy(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    """The decorator's options, kept on the class as __dataclass_params__."""
    _OPTIONS = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, *values):
        for option, value in zip(self._OPTIONS, values):
            setattr(self, option, value)

    def __repr__(self):
        shown = ",".join(f"{option}={getattr(self, option)!r}" for option in self._OPTIONS)
        return f"_DataclassParams({shown})"


def _is_classvar(tp):
    typing = _sys.modules.get("typing")
    if typing is None:
        return False
    return tp is typing.ClassVar or getattr(tp, "__origin__", None) is typing.ClassVar


def _is_initvar(tp):
    return tp is InitVar or isinstance(tp, InitVar)


def _annotation_head(text):
    # The leading `name` or `module.name` of a string annotation, as (module, name).
    def word(i):
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] == "_"):
            j += 1
        return text[i:j], j
    i = len(text) - len(text.lstrip())
    first, i = word(i)
    if not first:
        return None
    rest = text[i:].lstrip()
    if rest.startswith("."):
        after = rest[1:].lstrip()
        second, _ = word(len(text) - len(after))
        if second:
            return first, second
    return None, first


def _string_annotation_is(cls, text, module, test):
    # A bare name is looked up where cls was defined; `mod.name` in `module` itself,
    # provided `mod` is what that name means where cls was defined.
    head = _annotation_head(text)
    home = _sys.modules.get(cls.__module__)
    if head is None or home is None:
        return False
    ns = home.__dict__
    if head[0] is not None:
        if ns.get(head[0]) is not module:
            return False
        ns = module.__dict__
    return test(ns.get(head[1]))


def _get_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    is_text = isinstance(tp, str)
    if _is_classvar(tp) or (is_text and "typing" in _sys.modules and _string_annotation_is(
            cls, tp, _sys.modules["typing"], _is_classvar)):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp) or (is_text and _string_annotation_is(
            cls, tp, _sys.modules[__name__], _is_initvar)):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    # 3.11 treats any default whose class is unhashable as mutable
    if f._field_type == "_FIELD" and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not "
                         f"allowed: use default_factory")
    return f


def _create_fn(name, args, body, globals_, locals_, return_type=MISSING):
    # The function is created by exec, inside a maker that binds the names it needs.
    txt = f" def {name}({', '.join(args)}):\n" + "\n".join(f"  {b}" for b in body)
    local_vars = ", ".join(locals_.keys())
    src = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns = {}
    exec(src, globals_, ns)
    return ns["__create_fn__"](**locals_)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})"
    return f"{self_name}.{name}={value}"


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals_):
    # Among positional parameters, one without a default may not follow one with a default.
    defaulted = False
    for f in std_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaulted = True
        elif defaulted:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals_ = {"MISSING": MISSING, "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
               "__dataclass_builtins_object__": object}
    body = []
    for f in fields:
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if f.default_factory is not MISSING:
            locals_[f"__dataclass_dflt_{f.name}__"] = f.default_factory
            if f.init:
                value = (f"__dataclass_dflt_{f.name}__() if {f.name} is "
                         f"__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}")
            else:
                value = f"__dataclass_dflt_{f.name}__()"
        elif f.init:
            if f.default is not MISSING:
                locals_[f"__dataclass_dflt_{f.name}__"] = f.default
            value = f.name
        elif f.default is not MISSING:
            locals_[f"__dataclass_dflt_{f.name}__"] = f.default
            value = f"__dataclass_dflt_{f.name}__"
        else:
            continue
        if f._field_type == "_FIELD_INITVAR":
            continue
        body.append(_field_assign(frozen, f.name, value, self_name))
    if has_post_init:
        params = ",".join(f.name for f in fields if f._field_type == "_FIELD_INITVAR")
        body.append(f"{self_name}.__post_init__({params})")
    if not body:
        body = ["pass"]

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            return f"{f.name}=__dataclass_dflt_{f.name}__"
        return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
    args = [self_name] + [param(f) for f in std_fields if f.init]
    if kw_only_fields:
        args += ["*"] + [param(f) for f in kw_only_fields if f.init]
    fn = _create_fn("__init__", args, body, globals_, locals_)
    # CPython's generated __init__ is annotated with the field types and "-> None"
    # (inspect.signature and typing.get_type_hints show them).
    ann = {f.name: f.type for f in std_fields if f.init}
    ann.update((f.name, f.type) for f in kw_only_fields if f.init)
    ann["return"] = None
    fn.__annotations__ = ann
    return fn


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _recursive_repr(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = getattr(fn, "__qualname__", fn.__name__)
    return wrapper


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return f"({','.join(f'{obj_name}.{f.name}' for f in fields)},)"


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    try:
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    except (AttributeError, TypeError):
        pass
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    globals_ = {}
    # Fields inherited from dataclass bases, the most basic first so that nearer ones win.
    dc_bases = [b for b in reversed(cls.__mro__[1:]) if getattr(b, _FIELDS, None) is not None]
    for b in dc_bases:
        fields.update((f.name, f) for f in getattr(b, _FIELDS).values())
    has_dataclass_bases = bool(dc_bases)
    any_frozen_base = any(getattr(b, _PARAMS).frozen for b in dc_bases)

    ann = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    seen_kw_only = False
    for name, tp in ann.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            if seen_kw_only:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only = True
            kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        # A field() call as the class attribute gives way to the plain default, if any.
        if isinstance(getattr(cls, f.name, None), Field):
            (delattr(cls, f.name) if f.default is MISSING
             else setattr(cls, f.name, f.default))
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in ann:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init = [f for f in fields.values() if f._field_type in ("_FIELD", "_FIELD_INITVAR")]
    std = [f for f in all_init if not f.kw_only]
    kwo = [f for f in all_init if f.kw_only]
    init_fn = None
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in fields else "self"
        init_fn = _init_fn(all_init, std, kwo, frozen, has_post_init, self_name, globals_)
        _set_new_attribute(cls, "__init__", init_fn)

    field_list = [f for f in fields.values() if f._field_type == "_FIELD"]

    if repr:
        flds = [f for f in field_list if f.repr]
        fn = _create_fn("__repr__", ("self",),
                        ["return self.__class__.__qualname__ + f\"(" +
                         ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in flds) + ")\""],
                        globals_, {})
        _set_new_attribute(cls, "__repr__", _recursive_repr(fn))

    if eq:
        cmp = [f for f in field_list if f.compare]
        self_t = _tuple_str("self", cmp)
        other_t = _tuple_str("other", cmp)
        _set_new_attribute(cls, "__eq__", _create_fn(
            "__eq__", ("self", "other"),
            ["if other.__class__ is self.__class__:",
             f" return {self_t}=={other_t}",
             "return NotImplemented"], globals_, {}))

    if order:
        cmp = [f for f in field_list if f.compare]
        self_t = _tuple_str("self", cmp)
        other_t = _tuple_str("other", cmp)
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _create_fn(
                    name, ("self", "other"),
                    ["if other.__class__ is self.__class__:",
                     f" return {self_t}{op}{other_t}",
                     "return NotImplemented"], globals_, {})):
                raise TypeError(f"Cannot overwrite attribute {name} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")

    if frozen:
        names = "(" + "".join(f"{f.name!r}," for f in field_list) + ")" if field_list else "()"
        locals_ = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
        for name, verb in (("__setattr__", "assign to"), ("__delattr__", "delete")):
            args = ("self", "name", "value") if name == "__setattr__" else ("self", "name")
            call = "name, value" if name == "__setattr__" else "name"
            fn = _create_fn(name, args, [
                f"if type(self) is cls or name in {names}:",
                f" raise FrozenInstanceError(f\"cannot {verb} field {{name!r}}\")",
                f"super(cls, self).{name}({call})"], globals_, locals_)
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    # The hash rule table of the documentation: (unsafe_hash, eq, frozen, explicit hash).
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _hash_fn(field_list, globals_)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(field_list, globals_)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, "__doc__", None):
        # CPython's docstring is the class name + str(inspect.signature(cls)) without
        # " -> None". For the __init__ made here that text is built from the fields
        # (init fields only, "*" before keyword-only ones), sparing the inspect import.
        # inspect would prefer the class's own __new__ or a metaclass __call__.
        if init_fn is not None and cls.__dict__.get("__init__") is init_fn and \
                "__new__" not in cls.__dict__ and \
                all("__call__" not in vars(m) for m in type(cls).__mro__[:-2]):
            params = [_param_text(f) for f in std if f.init]
            if any(f.init for f in kwo):
                params += ["*"] + [_param_text(f) for f in kwo if f.init]
            text_sig = f"({', '.join(params)})"
        else:
            try:
                import inspect
                text_sig = str(inspect.signature(cls)).replace(" -> None", "")
            except (TypeError, ValueError):
                text_sig = ""
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std if f.init))
    return cls


def _param_text(f):
    text = f"{f.name}: {_type_name(f.type)}"
    if f.default is not MISSING:
        text += f" = {f.default!r}"
    elif f.default_factory is not MISSING:
        text += " = <factory>"
    return text


def _type_name(tp):
    # inspect.formatannotation's rules: typing objects without "typing.", generic
    # aliases as written, classes by qualname (module-qualified outside builtins),
    # anything else (a string annotation too) by repr.
    if getattr(tp, "__module__", None) == "typing":
        return repr(tp).replace("typing.", "")
    if isinstance(tp, type(list[int])):
        return str(tp)
    if isinstance(tp, type):
        if tp.__module__ == "builtins":
            return tp.__qualname__
        return f"{tp.__module__}.{tp.__qualname__}"
    return repr(tp)


def _hash_fn(fields, globals_):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    fn = _create_fn("__hash__", ("self",), [f"return hash({_tuple_str('self', flds)})"],
                    globals_, {})
    return fn


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Adds generated special methods to a class, from its annotated fields."""
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only)
        if weakref_slot and not slots:
            raise TypeError("weakref_slot is True but slots is False")
        if slots:
            cls = _add_slots(cls, frozen, weakref_slot)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls, is_frozen, weakref_slot):
    """A new class like cls whose instances store the fields in slots (a class's
    __slots__ only takes effect when the class is created)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    new_slots = [n for n in field_names if n not in inherited]
    if weakref_slot and "__weakref__" not in inherited:
        new_slots.append("__weakref__")
    cls_dict["__slots__"] = tuple(new_slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    # The rebuilt class (slots can only be set at creation) keeps the qualname.
    qualname = getattr(cls, "__qualname__", None)
    rebuilt = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        rebuilt.__qualname__ = qualname
    cls = rebuilt
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, f.name) for f in fields(self)]

        def __setstate__(self, state):
            for f, value in zip(fields(self), state):
                object.__setattr__(self, f.name, value)
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = __getstate__
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = __setstate__
    return cls


def fields(class_or_instance):
    """The fields of a dataclass (a class or an instance), as a tuple of Field."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type == "_FIELD")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def _convert(obj, factory, keyed):
    """asdict()/astuple()'s recursion: a dataclass instance becomes factory() of its fields
    ((name, value) pairs when keyed), lists, tuples and dicts are rebuilt around converted
    members (a namedtuple from positional fields), anything else is deep-copied."""
    if _is_dataclass_instance(obj):
        values = [_convert(getattr(obj, f.name), factory, keyed) for f in fields(obj)]
        if keyed:
            values = list(zip([f.name for f in fields(obj)], values))
        return factory(values)
    kind = type(obj)
    if isinstance(obj, (list, tuple)):
        members = [_convert(v, factory, keyed) for v in obj]
        is_namedtuple = isinstance(obj, tuple) and hasattr(obj, "_fields")
        return kind(*members) if is_namedtuple else kind(members)
    if isinstance(obj, dict):
        return kind([(_convert(k, factory, keyed), _convert(v, factory, keyed))
                     for k, v in obj.items()])
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == "_FIELD_CLASSVAR":
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot "
                                 f"be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == "_FIELD_INITVAR" and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Creates a dataclass named cls_name from (name, type[, Field]) specs or names."""
    import keyword
    import types
    # Built through types.new_class (generic bases, metaclasses), so in 3.11 the
    # class reports "types" as its module.
    ns = {"__module__": "types"}
    ns.update(namespace or {})
    anns = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in anns:
            raise TypeError(f"Field name duplicated: {name!r}")
        anns[name] = tp
    ns["__annotations__"] = anns
    cls = types.new_class(cls_name, bases, {}, lambda body: body.update(ns))
    return dataclass(cls, **kwargs)
