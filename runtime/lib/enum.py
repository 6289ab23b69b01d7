"""Enumerations for Ember.

Written from the documented behaviour of CPython 3.11's enum: a metaclass whose
`__prepare__` namespace records the members in definition order, members created once at
class creation, lookup by value (`Color(1)`) and by name (`Color['RED']`).
"""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "member", "nonmember", "FlagBoundary", "STRICT",
           "CONFORM", "EJECT", "KEEP", "property", "verify", "EnumCheck", "CONTINUOUS",
           "NAMED_FLAGS", "UNIQUE", "show_flag_values", "global_enum", "global_enum_repr",
           "global_flag_repr", "global_str"]

import sys as _sys
from operator import or_ as _or_


class auto:
    """Stands for a value that _generate_next_value_ computes."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or
            hasattr(obj, "__delete__"))


class member:
    """Forces its value to become a member (even a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps its value out of the members (a plain class attribute)."""

    def __init__(self, value):
        self.value = value


# The only _sunder_ names an enum class body may define.
_ALLOWED_SUNDERS = frozenset(("_order_", "_generate_next_value_", "_numeric_repr_", "_missing_",
                              "_ignore_", "_iter_member_", "_iter_member_by_value_",
                              "_iter_member_by_def_"))


class _EnumDict(dict):
    """The class-body namespace: records member names in order and resolves auto()."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = cls_name
        self._generate = generate
        self._ignore = []
        self._auto_used = False

    def __setitem__(self, key, value):
        if key == "_ignore_":
            # Names listed in `_ignore_` (a list or a space/comma-separated string) are
            # scratch variables of the class body: never members, and dropped from the
            # class when it is made (EnumType.__new__).
            names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
            already = set(names) & set(self._member_names)
            if already:
                raise ValueError("_ignore_ cannot specify already set names: %r" % (already,))
            self._ignore = names
            dict.__setitem__(self, key, value)
            return
        if key in self._ignore:
            dict.__setitem__(self, key, value)
            return
        if isinstance(value, nonmember):
            dict.__setitem__(self, key, value.value)
            return
        if isinstance(value, member):
            value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
            dict.__setitem__(self, key, value)
            return
        if _is_private(self._cls_name, key) or _is_dunder(key) or _is_sunder(key) or \
                _is_descriptor(value):
            if _is_sunder(key) and key not in _ALLOWED_SUNDERS:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use"
                                 % (key,))
            if key == "_generate_next_value_":
                if self._auto_used:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate = getattr(value, "__func__", value)
            if key in self._member_names:
                raise TypeError("%r already defined as %r" % (key, dict.__getitem__(self, key)))
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, dict.__getitem__(self, key)))
        if key in self:
            raise TypeError("%r already defined as %r" % (key, dict.__getitem__(self, key)))
        if isinstance(value, auto):
            self._auto_used = True
            if value.value is None:
                value.value = self._generate(key, 1, len(self._member_names),
                                             self._last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            self._auto_used = True
            items = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is None:
                        v.value = self._generate(key, 1, len(self._member_names),
                                                 self._last_values[:])
                    v = v.value
                items.append(v)
            value = tuple(items)
        self._member_names.append(key)
        self._last_values.append(value)
        dict.__setitem__(self, key, value)


_PLAIN_DATA_TYPES = (int, str, float, bytes, tuple)


def _find_data_type(class_name, bases):
    """The type the members' values are built from (int, str, a dataclass...), or object."""
    # In each base's MRO: an enum with a data type gives its own; otherwise the first class
    # that brings a __new__ or __init__ decides, reported as the nearest plain class above it.
    found = []
    for chain in bases:
        nearest = None
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.append(klass._member_type_)
                    break
            elif (klass in _PLAIN_DATA_TYPES or "__new__" in klass.__dict__
                    or "__init__" in klass.__dict__):
                found.append(nearest or klass)
                break
            else:
                nearest = nearest or klass
    kinds = set(found)
    if len(kinds) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, kinds))
    return found[0] if found else object


def _get_enum_base(bases):
    for b in reversed(bases):
        if isinstance(b, EnumType):
            return b
    return None


class EnumType(type):
    """Metaclass of Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        if bases and not isinstance(bases[-1], EnumType):
            # the enum base has to come last, after any mixin/data types
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        base = _get_enum_base(bases)
        generate = None
        if base is not None:
            g = getattr(base, "_generate_next_value_", None)
            generate = getattr(g, "__func__", g)
        return _EnumDict(cls, generate or _generate_next_value_default)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        base = _get_enum_base(bases)
        if base is not None and base._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        invalid_names = [n for n in member_names if n in ("mro", "")]
        if invalid_names:
            raise ValueError("invalid enum member name(s) %s" % (
                ",".join(repr(n) for n in invalid_names)))
        members = [(name, dict.__getitem__(classdict, name)) for name in member_names]
        ignored = set(getattr(classdict, "_ignore", ()))
        if ignored:
            ignored.add("_ignore_")
        body = {k: v for k, v in dict.items(classdict)
                if k not in member_names and k not in ignored}
        new_member = body.get("__new__")
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is not None:
            # A __new__ in the body builds members; lookups afterwards go through Enum's.
            body["_new_member_"] = staticmethod(new_member)
            del body["__new__"]
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        member_type = _find_data_type(cls, bases)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_member_type_", member_type)
        # Flag is None while this module defines Flag itself.
        is_flag = Flag is not None and any(
            isinstance(b, EnumType) and issubclass(b, Flag) for b in bases)
        flag_mask = 0
        if new_member is None:
            for b in enum_class.__mro__[1:]:
                nm = b.__dict__.get("_new_member_")
                if nm is not None:
                    new_member = nm.__func__ if isinstance(nm, staticmethod) else nm
                    break
        for name, value in members:
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is not None or member_type is not object:
                if new_member is not None:
                    member = new_member(enum_class, *args)
                else:
                    member = member_type.__new__(enum_class, *args)
                if not hasattr(member, "_value_"):
                    if member_type is object:
                        member._value_ = value
                    else:
                        try:
                            member._value_ = member_type(*args)
                        except Exception:
                            raise TypeError(
                                "_value_ not set in __new__, unable to create it") from None
            else:
                member = object.__new__(enum_class)
                # As CPython, the value is object(*args) where that works: an empty
                # tuple gives a fresh object(); anything else is kept as written.
                try:
                    member._value_ = object(*args)
                except Exception:
                    member._value_ = value
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            alias = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    alias = existing
                    break
            if alias is not None:
                member = alias
            elif not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
            if is_flag and isinstance(value, int):
                flag_mask |= value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if is_flag:
            type.__setattr__(enum_class, "_flag_mask_", flag_mask)
        if boundary is None and is_flag:
            # Each flag class holds its boundary (its base's unless given), as CPython's.
            boundary = getattr(enum_class, "_boundary_", None)
        if boundary is not None:
            type.__setattr__(enum_class, "_boundary_", boundary)
        order = body.get("_order_")
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if list(order) != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, list(order)))
        own = set(body)
        if ReprEnum is not None and ReprEnum in bases:
            # Directly under ReprEnum, str() and format() are the data type's.
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                "(i.e. int, str, float, etc.)")
            if "__format__" not in own:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
                own.add("__format__")
            if "__str__" not in own:
                as_text = member_type.__str__
                if as_text is object.__str__:
                    as_text = member_type.__repr__
                type.__setattr__(enum_class, "__str__", as_text)
                own.add("__str__")
        if member_type is not object:
            # The data type comes first in the MRO, but members print as enum members
            # unless the class itself says otherwise.
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in own:
                    continue
                for klass in enum_class.__mro__[1:]:
                    if isinstance(klass, EnumType) and name in klass.__dict__:
                        type.__setattr__(enum_class, name, klass.__dict__[name])
                        break
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname,
                                type=type, start=start, boundary=boundary)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        try:
            result = cls._missing_(value)
        except Exception as exc:
            # A failing hook chains onto the lookup error it was asked to resolve.
            if not isinstance(exc, ValueError):
                exc.__context__ = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            raise
        if isinstance(result, cls):
            return result
        if getattr(cls, "_boundary_", None) == "eject" and isinstance(result, int):
            return result  # An ejecting flag gives back the plain value.
        lookup_error = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise lookup_error
        bad_result = TypeError("error in %s._missing_: returned %r instead of None or a "
                               "valid member" % (cls.__name__, result))
        bad_result.__context__ = lookup_error
        raise bad_result

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = classdict._generate(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for name, value in names:
            classdict[name] = value
        if module is None:
            # The functional API belongs to the module that called it.
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        # Python 3.11's EnumType has this hook: a failed lookup tries the
        # members, and its error gives just the name ("AttributeError: BLUE").
        if not _is_dunder(name) and name != "_member_map_":
            try:
                return cls._member_map_[name]
            except (AttributeError, KeyError):
                pass
        raise AttributeError(name)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                 "__len__", "__members__", "__module__", "__name__", "__qualname__",
                 "__init_subclass__"}
        names.update(cls._member_names_)
        if "_new_member_" in cls.__dict__:
            names.add("__new__")
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(names | set(dir(cls._member_type_)))

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        # A non-member raises in 3.11, after a warning about 3.12's change.
        from warnings import warn
        warn(_CONTAINS_CHANGE, DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
            type(member).__qualname__, cls.__class__.__qualname__))

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        # A read-only live view of the name -> member map, as CPython's.
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None
ReprEnum = None

_CONTAINS_CHANGE = ("in 3.12 __contains__ will no longer raise TypeError, but will return "
                    "True or\nFalse depending on whether the value is a member or the value "
                    "of a member")
_AUTO_CHANGE = ("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                "values to be sortable and support adding +1\nand the value returned will "
                "be the largest value in the enum incremented by 1")


def _generate_next_value_default(name, start, count, last_values):
    # auto() in 3.11: one more than the newest value when that is also the largest;
    # otherwise (with a warning) one more than the first value that takes + 1, in
    # the list as the attempted sort left it.
    if not last_values:
        return start
    newest = last_values[-1]
    try:
        last_values.sort()
        if newest == last_values[-1]:
            return newest + 1
    except TypeError:
        pass
    from warnings import warn
    warn(_AUTO_CHANGE, DeprecationWarning, stacklevel=3)
    for candidate in last_values:
        try:
            return candidate + 1
        except TypeError:
            continue
    return start


_generate_next_value_default.__name__ = "_generate_next_value_"
_generate_next_value_default.__qualname__ = "Enum._generate_next_value_"


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _read_only(prop, attr):
    """`prop` refusing assignment and deletion as CPython's enum.property does for
    `Enum.name`/`Enum.value` (its messages name the defining class, always Enum)."""
    def fset(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % attr)

    def fdel(self):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % attr)
    return prop.setter(fset).deleter(fdel)


class Enum(metaclass=EnumType):
    """Generic enumeration: members are unique named constants of the class."""

    _generate_next_value_ = staticmethod(_generate_next_value_default)

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        # Plain enums format their str(); mixed-in data types override this.
        return str.__format__(str(self), format_spec)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        # By name: unpickling looks the member up on its class again.
        return getattr, (type(self), self._name_)

    def __hash__(self):
        return hash(self._name_)

    @classmethod
    def _missing_(cls, value):
        # The hook for lookups by value that find no member; None means none.
        return None

    def __dir__(self):
        # The public names of the member and of every class in its MRO.
        if self._member_type_ is object:
            names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__"}
        else:
            names = set(object.__dir__(self))
        names.update(n for n in getattr(self, "__dict__", ()) if n[0] != "_")
        for klass in self.__class__.__mro__:
            names.update(n for n in klass.__dict__ if n[0] != "_")
        return sorted(names)

    @property
    def name(self):
        """The name of the member."""
        return self._name_
    name = _read_only(name, "name")

    @property
    def value(self):
        """The value of the member."""
        return self._value_
    value = _read_only(value, "value")


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        # Member values must be str's own arguments, as strs (not anything str() takes).
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        text = str(*values)
        self = str.__new__(cls, text)
        self._value_ = text
        return self

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _flag_next_value(name, start, count, last_values):
    if not count:
        return start if start is not None else 1
    high = 0
    for v in last_values:
        if isinstance(v, int):
            high = max(high, v.bit_length())
    return 2 ** high


class Flag(Enum):
    """Enum whose members combine with the bitwise operators."""

    _generate_next_value_ = staticmethod(_flag_next_value)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        mask = cls.__dict__.get("_flag_mask_", 0)
        boundary = getattr(cls, "_boundary_", None)
        if boundary is not None and value & ~mask and value >= 0:
            if boundary == "strict":
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bits(value, width), _bits(mask, width)))
            if boundary == "eject":
                return value
            if boundary == "conform":
                value &= mask
        if value < 0 and boundary in ("keep", "eject"):
            # A negative value stands for its bits within the members' width, or a
            # wider one when it does not fit there, as CPython reads it.
            all_bits = 2 ** mask.bit_length() - 1
            if value < ~all_bits or value & (all_bits ^ mask):
                value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                value += all_bits + 1
        if (boundary is None and cls._member_type_ is object) or value < 0:
            # Plain flags conform: bits without members are dropped.
            value &= mask
            if value in cls._value2member_map_:
                return cls._value2member_map_[value]
        members = [m for m in cls if m._value_ & value == m._value_ and m._value_]
        unknown = value & ~mask if value >= 0 else 0
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if members:
            parts = [m._name_ for m in members]
            if unknown:
                parts.append(str(unknown))
            pseudo._name_ = "|".join(parts)
        else:
            pseudo._name_ = None
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    def __reduce_ex__(self, proto):
        # A combination pickles as an or of a smaller one and its lowest member (or of the
        # members and the bits no member has); single members by name.
        cls = self.__class__
        mask = getattr(cls, "_flag_mask_", 0)
        value = self._value_
        unknown = value & ~mask
        known = value & mask
        if unknown and known:
            return _or_, (cls(known), unknown)
        if known > 0:
            low = known & -known
            rest = known & ~low
            if rest:
                return _or_, (cls(rest), cls._value2member_map_.get(low))
        if self._name_ is None:
            return cls, (value,)
        return getattr, (cls, self._name_)

    def __repr__(self):
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # Under KEEP every bit flips (the negative value is read back within the flag's
        # width); otherwise only the members' bits do.
        if getattr(self, "_boundary_", None) == KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    # The Flag operators, ahead of int's in the MRO.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


def _bits(value, width):
    """'0b' + sign bit + ' ' + the bits of value, two's complement, width wide."""
    if value < 0:
        return "0b1 " + format(value & ((1 << width) - 1), "0%db" % width)
    return "0b0 " + format(value, "0%db" % width)


def unique(enumeration):
    """Class decorator: raises ValueError when any member is an alias."""
    aliases = [(alias, m.name) for alias, m in enumeration.__members__.items()
               if alias != m.name]
    if aliases:
        details = ", ".join("%s -> %s" % pair for pair in aliases)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


def show_flag_values(value):
    """The single-bit values that make up value, lowest first."""
    bits = []
    while value:
        low = value & -value
        bits.append(low)
        value ^= low
    return bits


class EnumCheck(StrEnum):
    """The constraints that verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


globals().update(EnumCheck.__members__)


class verify:
    """Class decorator: checks the given EnumCheck constraints, raising ValueError."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        is_flag = issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                aliases = ["%s -> %s" % (alias, m.name)
                           for alias, m in enumeration.__members__.items() if alias != m.name]
                if aliases:
                    raise ValueError("aliases found in %r: %s" % (enumeration, ", ".join(aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if is_flag:
                    kind = "flag"
                    wanted = [1 << b for b in range(low.bit_length(), high.bit_length() - 1)]
                else:
                    kind = "enum"
                    wanted = range(low + 1, high)
                missing = [str(v) for v in wanted if v not in values]
                if missing:
                    text = "invalid %s %r: missing values %s" % (kind, name, ", ".join(missing))
                    raise ValueError(text[:256])
            elif check is NAMED_FLAGS and is_flag:
                named = {m.value for m in enumeration}
                names = []
                lost = 0
                for alias, m in enumeration.__members__.items():
                    if alias in enumeration._member_names_ or m.value < 0:
                        continue
                    missed = [b for b in show_flag_values(m.value) if b not in named]
                    if missed:
                        names.append(alias)
                        for b in missed:
                            lost |= b
                if names:
                    if len(names) == 1:
                        who = "alias %s is missing" % names[0]
                    else:
                        who = "aliases %s and %s are missing" % (", ".join(names[:-1]), names[-1])
                    if _is_single_bit(lost):
                        what = "value 0x%x" % lost
                    else:
                        what = "combined values of 0x%x" % lost
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value) "
                                     "for details]" % (name, who, what))
        return enumeration


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has."""
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


globals().update(FlagBoundary.__members__)
Flag._boundary_ = CONFORM
IntFlag._boundary_ = KEEP


def global_enum_repr(self):
    """repr of a member of a global enum: module.NAME (as the module's globals name it)."""
    return "%s.%s" % (self.__class__.__module__.rpartition(".")[2], self._name_)


def global_flag_repr(self):
    """repr of a global flag: module.NAME, or the members joined with '|'."""
    module = self.__class__.__module__.rpartition(".")[2]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
        return "%s.%s" % (module, self._name_)
    # Under KEEP, bits no member has show as a bare number.
    keep = getattr(self, "_boundary_", None) == KEEP
    return "|".join(n if keep and n[:1].isdigit() else "%s.%s" % (module, n)
                    for n in self._name_.split("|"))


def global_str(self):
    """str of a member of a global enum: its bare name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: puts the members in the module's namespace and makes their repr
    (and, unless the enum is a ReprEnum, their str) name them as globals."""
    import sys
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class property:
    """A property for enum members: computed from the member on instance access
    (a descriptor of its own, defined last: the classes above use the builtin)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = getattr(fget, "__name__", None)

    def __set_name__(self, ownerclass, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return self
        if self.fget is None:
            raise AttributeError("property %r has no getter" % self.name)
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("property %r has no setter" % self.name)
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("property %r has no deleter" % self.name)
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)
