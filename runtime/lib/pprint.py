"""Pretty-printing of Python data structures (Ember's own implementation).

Layout rules follow CPython 3.11 exactly, so that pformat() output is identical: a container
whose one-line repr does not fit in the remaining width is split one element per line, long
strings and bytes are wrapped into adjacent literals, and dicts are sorted unless asked not to.
"""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed representation of object as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dicts keep their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that is protected against recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be evaluated back (no recursion, no <...> parts)."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sort key that orders values of mutually unorderable types by type name, then id."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            # Not orderable together: group by type name, then by identity.
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is always readable and never contains other objects.
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _split_words(line):
    # The pieces of `line` that each hold one run of non-space characters followed by
    # its trailing whitespace; splitting long strings only ever happens between them.
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _packed_reprs(parts, width, last_allowance):
    """Greedy line packing: consecutive parts are joined while the repr of the join fits in
    width (last_allowance less once the final part is in); yields each chunk's repr."""
    current = parts[0][:0] if parts else ""
    final = len(parts) - 1
    for n, part in enumerate(parts):
        joined = current + part
        room = width - last_allowance if n == final else width
        if len(repr(joined)) <= room:
            current = joined
            continue
        if current:
            yield repr(current)
        current = part
    if current:
        yield repr(current)


def _wrap_bytes_repr(object, width, allowance):
    # Four-byte pieces; the allowance applies to the last piece only when it is a short
    # one (a quirk kept for identical layouts).
    pieces = [object[i:i + 4] for i in range(0, len(object), 4)]
    return _packed_reprs(pieces, width, allowance if len(object) % 4 else 0)


def _repr_when_empty(size=len):
    """Decorates a layout: an object whose size(object) is 0 is written as its repr."""
    def decorate(layout):
        def run(self, object, stream, indent, allowance, context, level):
            if size(object):
                layout(self, object, stream, indent, allowance, context, level)
            else:
                stream.write(repr(object))
        run.__name__ = run.__qualname__ = layout.__name__
        return run
    return decorate


def _is_generated_dataclass_repr(object):
    # Only dataclasses that use the repr the decorator wrote are laid out field by field.
    cls = type(object)
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not hasattr(cls, "__dataclass_fields__") or not params.repr:
        return False
    fn = getattr(object, "__repr__", None)
    wrapped = getattr(fn, "__wrapped__", None)
    if wrapped is not None:
        return "__create_fn__" in getattr(wrapped, "__qualname__", "")
    code = getattr(fn, "__code__", None)
    return code is not None and getattr(code, "co_qualname", "") == "_recursive_repr.<locals>.wrapper"


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        for bad, message in ((indent < 0, "indent must be >= 0"),
                             (depth is not None and depth <= 0, "depth must be > 0"),
                             (not width, "width must be != 0")):
            if bad:
                raise ValueError(message)
        self._indent_per_level, self._width, self._depth = indent, width, depth
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # One-line reprs of containers already computed during the current pformat()/pprint()
    # call, by id (and level when depth-limited); None outside such a call.
    _memo = None

    def _layout(self, object, stream):
        # The layout asks for the repr of each container once per enclosing level that did
        # not fit; remembering them keeps that linear. Only the built-in format() is
        # memoised: an override may depend on anything.
        if type(self).format is PrettyPrinter.format:
            self._memo = {}
        try:
            self._format(object, stream, 0, 0, {}, 0)
        finally:
            self._memo = None

    def pprint(self, object):
        if self._stream is not None:
            self._layout(object, self._stream)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._layout(object, out)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override this."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout -------------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:  # an enclosing container: a cycle
            self._readable, self._recursive = False, True
            stream.write(_recursion(object))
            return
        rep = self._repr(object, context, level)
        if len(rep) + indent + allowance > self._width:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and not _late_layouts_added and "collections" in _sys.modules:
                _add_collections_layouts()
                layout = self._dispatch.get(type(object).__repr__)
            if layout is None and not isinstance(object, type) \
                    and _is_generated_dataclass_repr(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[objid] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        # The flags only ever go one way: to recursive, to unreadable.
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return text

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write("{")
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * " ")
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts \
                else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write("}")

    @_repr_when_empty()
    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        end = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    @_repr_when_empty()
    def _pprint_set(self, object, stream, indent, allowance, context, level):
        cls = type(object)
        if cls is set:
            stream.write("{")
            end = "}"
        else:
            stream.write(cls.__name__ + "({")
            end = "})"
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_SafeKey)
        self._format_items(items, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        top = level == 1  # at the top, the pieces are wrapped in parentheses
        if top:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        chunks = []
        for n, line in enumerate(lines):
            last_cut = allowance if n == len(lines) - 1 else 0
            whole = repr(line)
            if len(whole) <= room - last_cut:
                chunks.append(whole)
            else:  # a long line is broken between words
                chunks.extend(_packed_reprs(_split_words(line), room, last_cut))
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        body = ("\n" + " " * indent).join(chunks)
        stream.write("(" + body + ")" if top else body)

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1  # at the top, the pieces are wrapped in parentheses
        if top:
            indent += 1
            allowance += 1
        chunks = _wrap_bytes_repr(object, self._width - indent, allowance)
        body = ("\n" + " " * indent).join(chunks)
        stream.write("(" + body + ")" if top else body)

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(")")

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        import types
        if type(object) is types.SimpleNamespace:
            name = "namespace"
        else:
            name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + "(")
        self._format_namespace_items(list(object.__dict__.items()), stream, indent,
                                     allowance, context, level)
        stream.write(")")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        pairs = [(self._repr(key, context, level), value) for key, value in items]
        self._format_pairs(pairs, ": ", False, stream, indent, allowance, context, level)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        # A field that refers back to an enclosing object is shown as "...", as the
        # dataclass repr itself does.
        self._format_pairs(items, "=", True, stream, indent, allowance, context, level)

    def _format_pairs(self, pairs, joiner, dots_for_cycles, stream, indent, allowance,
                      context, level):
        """label<joiner>value lines, one per pair; the last pair gets the allowance."""
        between = ",\n" + " " * indent
        final = len(pairs) - 1
        for n, (label, value) in enumerate(pairs):
            stream.write(label + joiner)
            if dots_for_cycles and id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(label) + len(joiner),
                             allowance if n == final else 1, context, level)
            if n != final:
                stream.write(between)

    def _format_items(self, items, stream, indent, allowance, context, level):
        step = self._indent_per_level
        indent += step
        if step > 1:
            stream.write(" " * (step - 1))
        newline = ",\n" + " " * indent
        items = list(items)
        final = len(items) - 1
        # Compact mode packs short items on a line: line_room is a fresh line's width,
        # left what the current line still has. The last item also needs the allowance.
        line_room = left = self._width - indent + 1
        sep = ""
        for n, item in enumerate(items):
            is_last = n == final
            if is_last:
                line_room -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if need > left:
                    left = line_room
                    if sep:
                        sep = newline
                if need <= left:
                    left -= need
                    stream.write(sep + text)
                    sep = ", "
                    continue
            stream.write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if is_last else 1, context, level)

    @_repr_when_empty()
    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    @_repr_when_empty()
    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    @_repr_when_empty(lambda chain: len(chain.maps))
    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        last = len(object.maps) - 1
        for i, m in enumerate(object.maps):
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    @_repr_when_empty()
    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString lay out like the container they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- one-line reprs -----------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if r is _INT_REPR and issubclass(typ, int):
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        memo = self._memo
        if memo is not None and (r is _DICT_REPR or r is _LIST_REPR or r is _TUPLE_REPR):
            key = (id(object), level) if maxlevels else id(object)
            known = memo.get(key)
            if known is not None and known[1] is object:
                return known[0]
            result = self._safe_repr_container(object, typ, r, context, maxlevels, level)
            # A repr that met no recursion is the same wherever the object appears, as
            # long as the structure is not changed while it is being printed. The object
            # is kept with it so that a temporary's id cannot be reused during the call.
            if not result[2]:
                memo[key] = (result, object)
            return result
        return self._safe_repr_container(object, typ, r, context, maxlevels, level)

    def _safe_repr_container(self, object, typ, r, context, maxlevels, level):
        if r is _DICT_REPR and issubclass(typ, dict):
            if not object:
                return "{}", True, False
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            return self._joined_repr(object, "{%s}", items, True, context, maxlevels, level)
        is_list = r is _LIST_REPR and issubclass(typ, list)
        if is_list or (r is _TUPLE_REPR and issubclass(typ, tuple)):
            if not object:
                return ("[]" if is_list else "()"), True, False
            shape = "[%s]" if is_list else "(%s,)" if len(object) == 1 else "(%s)"
            return self._joined_repr(object, shape, object, False, context, maxlevels, level)
        text = repr(object)
        # A repr in angle brackets cannot be read back.
        return text, bool(text) and not text.startswith("<"), False

    def _joined_repr(self, object, shape, members, paired, context, maxlevels, level):
        """The one-line repr of a container from its members' (or key/value pairs')
        format() results: (text, readable, recursive)."""
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        texts, readable, recursive = [], True, False
        fmt = self.format
        inner = level + 1
        for member in members:
            shown = []
            for piece in (member if paired else (member,)):
                text, ok, rec = fmt(piece, context, maxlevels, inner)
                shown.append(text)
                readable = readable and ok
                if rec:
                    recursive = True
            texts.append(shown[0] if len(shown) == 1 else ": ".join(shown))
        del context[objid]
        return shape % ", ".join(texts), readable, recursive


_INT_REPR = int.__repr__
_DICT_REPR = dict.__repr__
_LIST_REPR = list.__repr__
_TUPLE_REPR = tuple.__repr__


def _build_layouts():
    # The multi-line layout to use, chosen by the type's __repr__ so that subclasses which
    # keep the built-in repr are laid out like their base.
    P = PrettyPrinter
    table = {
        dict.__repr__: P._pprint_dict,
        list.__repr__: P._pprint_list,
        tuple.__repr__: P._pprint_tuple,
        set.__repr__: P._pprint_set,
        frozenset.__repr__: P._pprint_set,
        str.__repr__: P._pprint_str,
        bytes.__repr__: P._pprint_bytes,
        bytearray.__repr__: P._pprint_bytearray,
    }
    try:
        import types
        table[types.MappingProxyType.__repr__] = P._pprint_mappingproxy
        table[types.SimpleNamespace.__repr__] = P._pprint_simplenamespace
    except (ImportError, AttributeError):
        pass
    return table


# The collections types get their layouts once collections has been imported (by whoever
# made such an object), so that importing pprint does not import collections.
_late_layouts_added = False


def _add_collections_layouts():
    global _late_layouts_added
    _late_layouts_added = True
    P = PrettyPrinter
    table = P._dispatch
    try:
        import collections
        table[collections.OrderedDict.__repr__] = P._pprint_ordered_dict
        table[collections.defaultdict.__repr__] = P._pprint_default_dict
        table[collections.Counter.__repr__] = P._pprint_counter
        table[collections.ChainMap.__repr__] = P._pprint_chain_map
        table[collections.deque.__repr__] = P._pprint_deque
        table[collections.UserDict.__repr__] = P._pprint_user_wrapper
        table[collections.UserList.__repr__] = P._pprint_user_wrapper
        table[collections.UserString.__repr__] = P._pprint_user_wrapper
    except (ImportError, AttributeError):
        pass


# Public-by-convention names that code extending pprint uses: the layout table (keyed by
# __repr__, values are unbound PrettyPrinter methods) and the sort key class.
PrettyPrinter._dispatch = _build_layouts()
_safe_key = _SafeKey
