"""Looking into live objects: type predicates, members, docs, source and signatures.

Signature/Parameter/BoundArguments cover Python functions, methods, classes, partials
and callable instances; Ember's builtins carry no text signature, so signature() raises
ValueError for them."""

import enum
import functools
import re
import os
import sys
import types
from collections import namedtuple

__all__ = [
    "isclass", "ismodule", "isfunction", "ismethod", "isgenerator", "isgeneratorfunction",
    "iscoroutine", "iscoroutinefunction", "isasyncgen", "isasyncgenfunction", "isawaitable",
    "isbuiltin", "isroutine", "isabstract", "iscode", "isframe", "istraceback",
    "ismethoddescriptor", "isdatadescriptor", "getmembers", "getmro", "getdoc", "cleandoc",
    "getsource", "getsourcelines", "getfile", "getsourcefile", "getmodule", "unwrap",
    "signature", "Signature", "Parameter", "BoundArguments", "get_annotations",
    "getfullargspec", "FullArgSpec", "formatannotation", "currentframe", "getmodulename",
    "getgeneratorstate", "getcoroutinestate", "getgeneratorlocals", "getcoroutinelocals",
    "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED", "CORO_CREATED",
    "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED", "FrameInfo", "Traceback", "stack",
    "trace", "getframeinfo", "getouterframes", "getinnerframes", "getlineno",
    "getattr_static", "getmembers_static", "ArgInfo", "Arguments", "getargs", "getargvalues",
    "formatargvalues", "ClosureVars", "getclosurevars", "getclasstree", "walktree",
    "indentsize", "getabsfile", "Attribute", "classify_class_attrs",
]

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- predicates -------------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    # Methods and partials are looked through, as CPython 3.11 does.
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(f):
    while isinstance(f, functools.partial):
        f = f.func
    return f


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    return hasattr(type(object), "__await__")


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def _descriptor_slots(obj):
    # Which of __get__/__set__/__delete__ obj's type has; None for classes, methods
    # and functions, which the descriptor predicates leave out.
    if isinstance(obj, (type, types.MethodType, types.FunctionType)):
        return None
    kind = type(obj)
    return {slot for slot in ("__get__", "__set__", "__delete__") if hasattr(kind, slot)}


def ismethoddescriptor(object):
    slots = _descriptor_slots(object)
    return slots is not None and "__get__" in slots and "__set__" not in slots


def isdatadescriptor(object):
    slots = _descriptor_slots(object)
    return bool(slots and ("__set__" in slots or "__delete__" in slots))


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, "__abstractmethods__", False))


# ---- members -----------------------------------------------------------------------------

def getmembers(object, predicate=None):
    """(name, value) for every attribute dir() lists, ordered by name, optionally filtered."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors or __getattr__ (see getattr_static)."""
    return _getmembers(object, predicate, getattr_static)


def _member_names(object):
    names = dir(object)
    if isclass(object):
        # dir() hides DynamicClassAttribute names that the bases still provide.
        try:
            for base in object.__bases__:
                names.extend(k for k, v in base.__dict__.items()
                             if isinstance(v, types.DynamicClassAttribute))
        except (AttributeError, TypeError):
            pass
    return names


def _getmembers(object, predicate, getter):
    namespaces = [k.__dict__ for k in (object,) + getmro(object)] if isclass(object) else []
    pairs = []
    done = set()
    for key in _member_names(object):
        value = _missing
        if key not in done:
            try:
                value = getter(object, key)
            except AttributeError:
                pass
        if value is _missing:
            # Unreadable (or repeated) names fall back to a raw namespace entry.
            value = next((ns[key] for ns in namespaces if key in ns), _missing)
            if value is _missing:
                continue
        if not predicate or predicate(value):
            pairs.append((key, value))
        done.add(key)
    pairs.sort(key=lambda pair: pair[0])
    return pairs


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes, stopping where stop(f) is true."""
    f = func
    seen = {id(f)}
    limit = sys.getrecursionlimit()
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= limit:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


# ---- documentation and source --------------------------------------------------------------

def cleandoc(doc):
    """A docstring without its common indentation and surrounding blank lines.

    The first line is only left-stripped: it usually starts right after the quotes, so
    it does not take part in the common indentation.
    """
    try:
        head, *body = doc.expandtabs().split("\n")
    except UnicodeError:
        return None
    indents = [len(line) - len(line.lstrip()) for line in body if line.strip()]
    if indents:
        cut = min(indents)
        body = [line[cut:] for line in body]
    lines = [head.lstrip(), *body]
    # Only truly empty lines count as blank here (whitespace left after the cut stays).
    lo, hi = 0, len(lines)
    while hi > lo and not lines[hi - 1]:
        hi -= 1
    while lo < hi and not lines[lo]:
        lo += 1
    return "\n".join(lines[lo:hi])


def _doc_owner(obj):
    # (class, attribute name) whose bases may document obj; None when obj is not a
    # method, function or property found under its own name in its class.
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        bound_func = getattr(getattr(owner, name, None), "__func__", None)
        if not (isclass(owner) and bound_func is obj.__func__):
            owner = owner.__class__
        return owner, name
    if isinstance(obj, property):
        getter = obj.fget
        if getter is None:
            return None
        name, home = getter.__name__, _findclass(getter)
        if home is None or getattr(home, name) is not obj:
            return None
        return home, name
    if isfunction(obj):
        name, home = obj.__name__, _findclass(obj)
        if home is None or getattr(home, name, None) is not obj:
            return None
        return home, name
    return None


def _finddoc(obj):
    # The docstring of a base class, or of the same-named attribute of a base class.
    if isclass(obj):
        docs = (k.__doc__ for k in obj.__mro__ if k is not object)
        return next((d for d in docs if d is not None), None)
    where = _doc_owner(obj)
    if where is None:
        return None
    owner, name = where
    for base in owner.__mro__:
        attr = getattr(base, name, _missing)
        if attr is not _missing:
            doc = getattr(attr, "__doc__", None)
            if doc is not None:
                return doc
    return None


def _findclass(func):
    # Follow the dotted qualname from the module down to the defining class.
    holder = sys.modules.get(func.__module__)
    for part in func.__qualname__.split(".")[:-1]:
        if holder is None:
            break
        holder = getattr(holder, part, None)
    return holder if isclass(holder) else None


def _inherited_doc(obj):
    try:
        return _finddoc(obj)
    except (AttributeError, TypeError):
        return None


def getdoc(object):
    """The object's docstring (or an inherited one), with indentation cleaned up."""
    doc = getattr(object, "__doc__", _missing)
    if doc is None:
        doc = _inherited_doc(object)
    # Non-string docs (and objects without __doc__ at all) give None.
    return cleandoc(doc) if isinstance(doc, str) else None


def _code_of(obj):
    # Follow method -> function -> code and traceback -> frame -> code; anything
    # else comes back unchanged.
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        return obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if isframe(obj):
        return obj.f_code
    return obj


def getfile(object):
    """The name of the file (source or compiled) that object was defined in."""
    if ismodule(object):
        where = getattr(object, "__file__", None)
        if where:
            return where
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        modname = getattr(object, "__module__", None)
        if modname is not None or hasattr(object, "__module__"):
            where = getattr(sys.modules.get(modname), "__file__", None)
            if where:
                return where
            if modname == "__main__":
                raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getmodulename(path):
    fname = os.path.basename(path)
    for suffix in (".py", ".pyc"):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith(".py") and os.path.exists(filename):
        return filename
    if os.path.exists(filename):
        return filename
    return None


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    return None


def _read_lines(object):
    try:
        file = getsourcefile(object)
    except TypeError:
        raise
    if not file:
        raise OSError("source code not available")
    try:
        with open(file, encoding="utf-8") as f:
            return f.read().splitlines(True), file
    except (OSError, UnicodeDecodeError):
        raise OSError("could not get source code") from None


def _block_end(lines, start):
    # The block starting at `start` ends before the first non-blank line indented no deeper
    # than its header (decorators and continuation lines of the header belong to it).
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        i += 1
    depth = 0
    while i < len(lines):
        text = lines[i]
        depth += text.count("(") + text.count("[") + text.count("{")
        depth -= text.count(")") + text.count("]") + text.count("}")
        i += 1
        if depth <= 0 and text.rstrip().endswith(":"):
            break
        if depth <= 0 and ":" in text and not text.rstrip().endswith(":"):
            return i  # one-line body: "def f(): return 1"
    end = i
    while i < len(lines):
        text = lines[i]
        if text.strip() and not text.lstrip().startswith("#"):
            if len(text) - len(text.lstrip()) <= indent:
                break
            end = i + 1
        i += 1
    return end


def getsourcelines(object):
    """(lines of the defining source, number of the first one; 0 for a whole module)."""
    lines, start = _locate(unwrap(object))
    if start is None:
        return lines, 0
    return lines[start:_block_end(lines, start)], start + 1


def _locate(object):
    """(all lines of object's file, index of its first line, or None for a module)."""
    lines, file = _read_lines(object)
    if ismodule(object):
        return lines, None
    if isclass(object):
        name = object.__name__
        pat = re.compile(r"^(\s*)class\s+" + re.escape(name) + r"\b")
        for i, line in enumerate(lines):
            if pat.match(line):
                start = i
                while start > 0 and lines[start - 1].lstrip().startswith("@"):
                    start -= 1
                return lines, start
        raise OSError("could not find class definition")
    object = _code_of(object)
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum < 0 or lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        if object.co_name == "<module>":
            return lines, None
        return lines, lnum
    raise OSError("could not find code object")


def getsource(object):
    """The defining source text of a module, class, function, method or code object."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def getcomments(object):
    """The '#' comment lines just above object's source (for a module: at the top of
    its file), as one string; None when there are none or the source is unavailable."""
    try:
        lines, start = _locate(object)
    except (OSError, TypeError):
        return None
    if start is None:
        i = 1 if lines and lines[0].startswith("#!") else 0
        while i < len(lines) and lines[i].strip() in ("", "#"):
            i += 1
        block = []
        while i < len(lines) and lines[i].startswith("#"):
            block.append(lines[i].expandtabs())
            i += 1
        return "".join(block) if block else None
    if start == 0:
        return None
    indent = indentsize(lines[start])
    block = []
    i = start - 1
    while i >= 0 and lines[i].lstrip().startswith("#") and indentsize(lines[i]) == indent:
        block.append(lines[i].expandtabs().lstrip())
        i -= 1
    if not block:
        return None
    block.reverse()
    while block and block[0].strip() == "#":
        del block[0]
    while block and block[-1].strip() == "#":
        del block[-1]
    return "".join(block)


def currentframe():
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def _raw_annotations(obj):
    if isinstance(obj, type):
        # Only the class's own __annotations__, not one inherited from a base.
        found = obj.__dict__.get("__annotations__", None)
        return None if isinstance(found, types.GetSetDescriptorType) else found
    if isinstance(obj, types.ModuleType) or callable(obj):
        return getattr(obj, "__annotations__", None)
    raise TypeError(f"{obj!r} is not a module, class, or callable.")


def _home_namespaces(obj):
    # (globals, locals) that string annotations of obj are evaluated in: a class sees its
    # own namespace before its module's; a callable the globals of what it wraps.
    if isinstance(obj, types.ModuleType):
        return getattr(obj, "__dict__", None), None
    if isinstance(obj, type):
        home = getattr(sys.modules.get(obj.__module__), "__dict__", None)
        scope = dict(vars(obj))
    else:
        home, scope = getattr(obj, "__globals__", None), None
    inner = obj
    while True:
        if hasattr(inner, "__wrapped__"):
            inner = inner.__wrapped__
        elif isinstance(inner, functools.partial):
            inner = inner.func
        else:
            break
    return getattr(inner, "__globals__", home), scope


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A fresh dict of obj's annotations, string ones evaluated when eval_str is true."""
    ann = _raw_annotations(obj)
    if not isinstance(ann, (dict, type(None))):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    found = dict(ann) if ann else {}
    if eval_str and found:
        home, scope = _home_namespaces(obj)
        g = home if globals is None else globals
        l = scope if locals is None else locals
        for key, val in found.items():
            if isinstance(val, str):
                found[key] = eval(val, g, l)
    return found


# ---- signatures ---------------------------------------------------------------------------

class _unchanged:
    # Default of the replace() methods: "keep the current value" (None is a real value).
    pass


class _empty:
    """Stands for a missing default or annotation (Parameter.empty, Signature.empty)."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_STAR_PREFIX = {_VAR_POSITIONAL: "*", _VAR_KEYWORD: "**"}

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return re.sub(r"[\w\.]+", lambda m: m.group().removeprefix("typing."), repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _coerce_kind(kind):
    try:
        return _ParameterKind(kind)
    except ValueError:
        raise ValueError(f"value {kind!r} is not a valid Parameter.kind") from None


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")
    empty = _empty
    # The kinds (POSITIONAL_ONLY, ...) are attached below the class from _ParameterKind.

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._kind = _coerce_kind(kind)
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            # Implicit ".0" arguments of comprehensions are shown as implicit0.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError("implicit arguments must be passed as positional or "
                                 "keyword arguments, not {}".format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    # Read-only views of the constructor's arguments.
    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def _fields(self):
        return (self._name, self._kind, self._annotation, self._default)

    def replace(self, *, name=_unchanged, kind=_unchanged, annotation=_unchanged, default=_unchanged):
        """A copy with the given fields changed."""
        given = (name, kind, annotation, default)
        name, kind, annotation, default = (
            old if new is _unchanged else new for new, old in zip(given, self._fields()))
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        has_ann = self._annotation is not _empty
        pieces = [_STAR_PREFIX.get(self._kind, ""), self._name]
        if has_ann:
            pieces.append(": " + formatannotation(self._annotation))
        if self._default is not _empty:
            pieces.append((" = " if has_ann else "=") + repr(self._default))
        return "".join(pieces)

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())


for _kind in _ParameterKind:
    setattr(Parameter, _kind.name, _kind)
del _kind


class BoundArguments:
    """What Signature.bind() produces: an ordered name -> value dict of the bound arguments."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    signature = property(lambda self: self._signature)

    def _split(self):
        # Values go positionally until the first keyword-only or **-parameter, or the
        # first parameter left unbound (a gap); everything after goes by keyword.
        bound = self.arguments
        positional, by_name = [], {}
        in_order = True
        for name, param in self._signature.parameters.items():
            kind = param.kind
            if in_order:
                if kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    in_order = False
                elif name not in bound:
                    in_order = False
                    continue
                else:
                    value = bound[name]
                    if kind == _VAR_POSITIONAL:
                        positional.extend(value)
                    else:
                        positional.append(value)
                    continue
            if name in bound:
                if kind == _VAR_KEYWORD:
                    by_name.update(bound[name])
                else:
                    by_name[name] = bound[name]
        return tuple(positional), by_name

    args = property(lambda self: self._split()[0], doc="The positional part of a call.")
    kwargs = property(lambda self: self._split()[1], doc="The keyword part of a call.")

    def apply_defaults(self):
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                value = param.default
            elif param.kind is _VAR_POSITIONAL:
                value = ()
            elif param.kind is _VAR_KEYWORD:
                value = {}
            else:
                continue
            filled.append((name, value))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if isinstance(other, BoundArguments):
            return self is other or (self.signature == other.signature
                                     and self.arguments == other.arguments)
        return NotImplemented

    def __repr__(self):
        args = ["{}={!r}".format(k, v) for k, v in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


def _ordered_parameters(parameters):
    # name -> parameter, after checking that kinds never go down, names are unique and,
    # within one positional kind, no parameter without a default follows one with.
    by_name = {}
    level = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        kind = param.kind
        if kind < level:
            raise ValueError("wrong parameter order: {} parameter before {} parameter"
                             .format(level.description, kind.description))
        if kind > level:
            level, defaulted = kind, False
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError("non-default argument follows default argument")
        if param.name in by_name:
            raise ValueError("duplicate parameter name: {!r}".format(param.name))
        by_name[param.name] = param
    return by_name


class Signature:
    """A function signature: its ordered parameters and return annotation."""

    __slots__ = ("_return_annotation", "_parameters")

    empty = _empty
    # Subclasses may swap in their own parameter and bound-arguments classes.
    _bound_arguments_cls = BoundArguments
    _parameter_cls = Parameter

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            by_name = {}
        elif __validate_parameters__:
            by_name = _ordered_parameters(parameters)
        else:
            by_name = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(by_name)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, True, globals, locals, eval_str, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_unchanged, return_annotation=_unchanged):
        """A copy with new parameters and/or return annotation."""
        return type(self)(
            self._parameters.values() if parameters is _unchanged else parameters,
            return_annotation=(self._return_annotation if return_annotation is _unchanged
                               else return_annotation))

    def _identity(self):
        # Keyword-only parameters compare regardless of their order.
        ordered, unordered = [], []
        for param in self._parameters.values():
            (unordered if param.kind == _KEYWORD_ONLY else ordered).append(param)
        return tuple(ordered), frozenset(unordered), self._return_annotation

    def __hash__(self):
        return hash(self._identity())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._identity() == other._identity()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self.parameters.values())
        n = len(params)
        pi = 0
        # Positional arguments fill positional parameters in order.
        ai = 0
        while ai < len(args):
            if pi >= n:
                raise TypeError("too many positional arguments") from None
            param = params[pi]
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError("too many positional arguments") from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[ai:])
                ai = len(args)
                pi += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {!r}".format(param.name)) from None
            arguments[param.name] = args[ai]
            ai += 1
            pi += 1
        else:
            # Out of positional arguments: the next parameter decides what is missing.
            if pi < n:
                param = params[pi]
                if param.kind == _VAR_POSITIONAL:
                    pi += 1
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError("{!r} parameter is positional only, but was passed as "
                                        "a keyword".format(param.name)) from None
                elif param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    pass
                else:
                    raise TypeError("missing a required argument: {!r}".format(param.name)) from None
        # The remaining parameters take keywords; whatever is left over goes to **kwargs.
        leftover = dict(kwargs)
        catch_all = None
        for param in params[pi:]:
            kind, name = param.kind, param.name
            if kind == _VAR_KEYWORD:
                catch_all = name
            elif kind == _VAR_POSITIONAL:
                pass
            elif name in leftover:
                if kind == _POSITIONAL_ONLY:
                    raise TypeError("{!r} parameter is positional only, but was passed as "
                                    "a keyword".format(name))
                arguments[name] = leftover.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError("missing a required argument: {!r}".format(name)) from None
        if leftover and catch_all is None:
            raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(leftover))))
        if leftover:
            arguments[catch_all] = leftover
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        pending_slash = False
        need_star = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append("/")
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                parts.append("*")
                need_star = False
            parts.append(str(param))
        if pending_slash:
            parts.append("/")
        text = "({})".format(", ".join(parts))
        if self.return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self.return_annotation))
        return text


def _signature_is_functionlike(obj):
    # Cython-style callables that look like functions (code object, defaults and so on).
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, "__code__", None)
    defaults = getattr(obj, "__defaults__", _unchanged)
    kwdefaults = getattr(obj, "__kwdefaults__", _unchanged)
    annotations = getattr(obj, "__annotations__", None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, "__name__", None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (isinstance(annotations, dict) or annotations is None))


def _signature_from_function(cls, func, globals=None, locals=None, eval_str=False):
    code = func.__code__
    npos = code.co_argcount
    names = code.co_varnames
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkwonly]:
        default = kwdefaults.get(name, _empty) if kwdefaults is not None else _empty
        params.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=not isfunction(func))


def _signature_bound_method(sig):
    """Drop the first parameter (self or cls) of a signature."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError("invalid argument type")
    return sig.replace(parameters=params)


def _user_method(cls, name):
    # A Python-level method of cls (or its bases); None for the builtin slot wrappers.
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isfunction(meth) or ismethod(meth) or isinstance(meth, functools.partial):
        return meth
    if callable(meth) and not isroutine(meth) and not isclass(meth) \
            and not type(meth).__name__ in ("wrapper_descriptor", "method-wrapper",
                                             "method_descriptor", "builtin_function_or_method",
                                             "classmethod_descriptor"):
        return meth
    return None


def _signature_from_partial(sig, partial, extra_args=()):
    old = sig.parameters
    new = dict(old.items())
    pargs = extra_args + (partial.args or ())
    pkw = partial.keywords or {}
    try:
        ba = sig.bind_partial(*pargs, **pkw)
    except TypeError as ex:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from ex
    to_kwonly = False
    for name, param in old.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del new[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in pkw:
                    to_kwonly = True
                    new[name] = param.replace(default=value)
                else:
                    del new[name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                new[name] = param.replace(default=value)
        if to_kwonly:
            # Parameters after one given by keyword can only be passed by keyword now.
            if param.kind is _POSITIONAL_OR_KEYWORD:
                p = new.pop(name)
                new[name] = p.replace(kind=_KEYWORD_ONLY)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new[name] = new.pop(name)
            elif param.kind is _VAR_POSITIONAL:
                new.pop(name)
    return sig.replace(parameters=new.values())


def _signature_from_callable(obj, follow_wrapped=True, skip_bound_arg=True, globals=None,
                             locals=None, eval_str=False, sigcls=None):
    if sigcls is None:
        sigcls = Signature

    def again(o):
        return _signature_from_callable(o, follow_wrapped, skip_bound_arg, globals, locals,
                                        eval_str, sigcls)

    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return again(obj)
    preset = getattr(obj, "__signature__", None)
    if preset is not None:
        if isinstance(preset, Signature):
            return preset
        raise TypeError("unexpected object {!r} in __signature__ attribute".format(preset))
    spec = getattr(obj, "_partialmethod", None)
    if isinstance(spec, functools.partialmethod):
        # An unbound partialmethod: a partial whose first argument (self or cls)
        # is still to come, so that parameter is put back in front.
        full = again(spec.func)
        sig = _signature_from_partial(full, spec, (None,))
        first = next(iter(full.parameters.values()))
        if first.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first, *sig.parameters.values()))
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, globals, locals, eval_str)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(again(obj.func), obj)
    if obj is type or isbuiltin(obj) or ismethoddescriptor(obj) and not hasattr(obj, "__call__"):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    sig = None
    if isinstance(obj, type):
        call = _user_method(type(obj), "__call__")
        if call is not None:
            sig = again(call)
        else:
            new = _user_method(obj, "__new__")
            init = _user_method(obj, "__init__")
            factory = None
            for base in obj.__mro__:
                if new is not None and "__new__" in base.__dict__:
                    factory = new
                    break
                if init is not None and "__init__" in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = again(factory)
        if sig is None:
            if type not in obj.__mro__:
                # No class below object defines either slot (compared through __dict__:
                # attribute access may build a fresh builtin object each time).
                if not any("__init__" in k.__dict__ or "__new__" in k.__dict__
                           for k in obj.__mro__ if k is not object):
                    return sigcls([])
                raise ValueError("no signature found for builtin type {!r}".format(obj))
            raise ValueError("no signature found for {!r}".format(obj))
    elif not isroutine(obj):
        call = _user_method(type(obj), "__call__")
        if call is not None:
            sig = again(call)
    if sig is not None:
        return _signature_bound_method(sig) if skip_bound_arg else sig
    if isinstance(obj, types.BuiltinFunctionType) or isroutine(obj):
        raise ValueError("no signature found for builtin function {!r}".format(obj))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable (see Signature.from_callable)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = namedtuple("FullArgSpec",
                         "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The parameters of a callable as a FullArgSpec (bound arguments included)."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    by_kind = {kind: [] for kind in _ParameterKind}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        by_kind[param.kind].append(param)
        if param.annotation is not param.empty:
            annotations[param.name] = param.annotation
    positional = by_kind[_POSITIONAL_ONLY] + by_kind[_POSITIONAL_OR_KEYWORD]
    defaults = tuple(p.default for p in positional if p.default is not p.empty)
    kwdefaults = {p.name: p.default for p in by_kind[_KEYWORD_ONLY]
                  if p.default is not p.empty}
    star = by_kind[_VAR_POSITIONAL]
    double_star = by_kind[_VAR_KEYWORD]
    return FullArgSpec([p.name for p in positional],
                       star[0].name if star else None,
                       double_star[0].name if double_star else None,
                       defaults or None,
                       [p.name for p in by_kind[_KEYWORD_ONLY]],
                       kwdefaults or None, annotations)


# ---- generator and coroutine state -------------------------------------------------------

GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


def _run_state(running, suspended, frame, names):
    created, run, paused, closed = names
    if running:
        return run
    if suspended:
        return paused
    return closed if frame is None else created


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def getgeneratorlocals(generator):
    """The local variables of a generator's frame ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    """The local variables of a coroutine's frame ({} once it has finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


# ---- frames and tracebacks ---------------------------------------------------------------

_Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                        defaults=[None] * 4)

_TracebackBase = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_TracebackBase):
    """Where a frame is: file, line, function and the source lines around it."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


_FrameInfoBase = namedtuple('_FrameInfo', 'frame filename lineno function code_context index')


class FrameInfo(_FrameInfoBase):
    """A frame with its Traceback information, as stack() and trace() list them."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self.positions))


def getlineno(frame):
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """A Traceback for a frame or traceback object, with `context` lines of source."""
    if istraceback(frame):
        lineno, lasti = frame.tb_lineno, frame.tb_lasti
        frame = frame.tb_frame
    elif isframe(frame):
        lineno, lasti = frame.f_lineno, frame.f_lasti
    else:
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    positions = _code_position(frame.f_code, lasti)
    if positions[0] is None:
        positions = (lineno,) + positions[1:]
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        import linecache
        source = linecache.getlines(filename, frame.f_globals)
        if source:
            start = lineno - 1 - context // 2
            start = max(0, min(start, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=_Positions(*positions))


def _code_position(code, lasti):
    # (line, end line, column, end column) of the instruction at byte offset lasti;
    # co_positions() yields one entry per 2-byte instruction.
    if lasti >= 0:
        wanted = lasti // 2
        for i, pos in enumerate(code.co_positions()):
            if i == wanted:
                return pos
    return (None, None, None, None)


def getouterframes(frame, context=1):
    """FrameInfo for a frame and each of its callers, innermost first."""
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo for each level of a traceback, outermost first."""
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def stack(context=1):
    """FrameInfo for the caller's frame and all the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo for the traceback of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


# ---- static attribute lookup -------------------------------------------------------------

_missing = object()


def _mro_of(klass):
    try:
        return type.__dict__['__mro__'].__get__(klass)
    except (KeyError, TypeError, AttributeError):
        return klass.__mro__


def _class_lookup(klass, attr):
    for entry in _mro_of(klass):
        d = _plain_dict(entry)
        if d is not _missing and attr in d:
            return d[attr]
    return _missing


def _plain_dict(klass):
    """klass's own namespace, unless a class in its metaclass's MRO replaces __dict__."""
    try:
        return type.__dict__['__dict__'].__get__(klass)
    except (KeyError, TypeError, AttributeError):
        return klass.__dict__


def _instance_dict_attr(obj, attr):
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _missing
    return dict.get(d, attr, _missing) if isinstance(d, dict) else _missing


def _is_data_descriptor(value):
    kind = type(value)
    return (_class_lookup(kind, "__get__") is not _missing
            and (_class_lookup(kind, "__set__") is not _missing
                 or _class_lookup(kind, "__delete__") is not _missing))


def getattr_static(obj, attr, default=_missing):
    """obj.attr found without running descriptors, __getattr__ or __getattribute__.

    A data descriptor on the class wins over the instance's dict, as it does for
    attribute access; what is found is returned as stored (a function, not a method).
    """
    is_class = isinstance(obj, type)
    klass = obj if is_class else type(obj)
    from_instance = _missing if is_class else _instance_dict_attr(obj, attr)
    from_class = _class_lookup(klass, attr)
    if from_instance is not _missing:
        if from_class is not _missing and _is_data_descriptor(from_class):
            return from_class
        return from_instance
    if from_class is not _missing:
        return from_class
    if is_class:
        # A class's attributes also come from its metaclass.
        found = _class_lookup(type(obj), attr)
        if found is not _missing:
            return found
    if default is not _missing:
        return default
    raise AttributeError(attr)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name dir(cls) lists.

    kind is 'static method', 'class method', 'property', 'method' or 'data'; the
    defining class is the first class in the MRO (then the metaclass's) holding the name.
    """
    own = (cls,) + getmro(cls)
    meta = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    result = []
    seen = set()
    for name in _member_names(cls):
        if name in seen:
            continue
        seen.add(name)
        home = stored = _missing
        for klass in own + meta:
            d = _plain_dict(klass)
            if name in d:
                home, stored = klass, d[name]
                break
        fetched = _missing
        if name != "__dict__":
            try:
                fetched = getattr(cls, name)
            except Exception:
                pass
        if home is _missing:
            if fetched is _missing:
                continue
            home = getattr(fetched, "__objclass__", None)
            if home not in own:
                home = next((k for k in reversed(own)
                             if getattr(k, name, None) is fetched), None)
            if home is None:
                continue
        if isinstance(stored, (staticmethod, types.BuiltinMethodType)):
            kind, obj = "static method", stored
        elif isinstance(stored, classmethod):
            kind, obj = "class method", stored
        elif isinstance(stored, property):
            kind, obj = "property", stored
        else:
            obj = fetched if fetched is not _missing else stored
            kind = "method" if isroutine(obj) else "data"
        result.append(Attribute(name, kind, home, obj))
    return result


# ---- arguments of frames and closures ----------------------------------------------------

Arguments = namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')
ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getargs(co):
    """The argument names of a code object: (args incl. keyword-only, *name, **name)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    args = list(names[:npos + nkw])
    i = npos + nkw
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[i]
        i += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[i]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """The arguments of a frame with its locals: ArgInfo(args, varargs, keywords, locals)."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **kw={})' from getargvalues()'s result."""
    shown = [(formatarg, name) for name in args]
    # Empty or None names of the star parameters are left out.
    shown += [(fmt, name) for fmt, name in ((formatvarargs, varargs), (formatvarkw, varkw))
              if name]
    return '(%s)' % ', '.join(fmt(name) + formatvalue(locals[name]) for fmt, name in shown)


def getclosurevars(func):
    """The names a function uses, split into closure, global, builtin and unbound ones."""
    target = func.__func__ if ismethod(func) else func
    if not isfunction(target):
        raise TypeError("{!r} is not a Python function".format(target))
    code, closure = target.__code__, target.__closure__ or ()
    nonlocals = {name: cell.cell_contents for name, cell in zip(code.co_freevars, closure)}
    global_ns = target.__globals__
    builtin_ns = global_ns.get("__builtins__", None)
    if builtin_ns is None:
        import builtins
        builtin_ns = builtins.__dict__
    elif ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    globals_, builtins_, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            globals_[name] = global_ns[name]
        elif name in builtin_ns:
            builtins_[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, globals_, builtins_, unbound)


# ---- class trees and odds and ends -------------------------------------------------------

def walktree(classes, children, parent):
    """Nested lists of (class, bases) pairs below the given classes (see getclasstree)."""
    tree = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        tree.append((c, c.__bases__))
        if c in children:
            tree.append(walktree(children[c], children, c))
    return tree


def getclasstree(classes, unique=False):
    """The inheritance tree of a list of classes, as nested lists."""
    children = {}
    roots = []
    for c in classes:
        if not c.__bases__:
            if c not in roots:
                roots.append(c)
            continue
        for parent in c.__bases__:
            kids = children.setdefault(parent, [])
            if c not in kids:
                kids.append(c)
            if unique and parent in classes:
                break
    roots.extend(parent for parent in children if parent not in classes)
    return walktree(roots, children, None)


def indentsize(line):
    """The width of a line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getabsfile(object, _filename=None):
    """The absolute, case-normalised path of the file an object comes from."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))
