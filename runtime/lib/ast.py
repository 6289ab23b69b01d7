"""Abstract syntax trees of Python 3.11 source (Ember's implementation).

The node classes are made from a table of CPython 3.11's grammar (their `_fields` in
CPython's order); `parse` builds trees with the native parser in `_ast_parse`.
"""

import sys
from _ast_parse import parse as _native_parse

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        names = self._fields
        if len(args) > len(names):
            n = len(names)
            raise TypeError(
                f"{type(self).__name__} constructor takes at most "
                f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for key, value in kwargs.items():
            if key in names[:len(args)]:
                raise TypeError(
                    f"{type(self).__name__} got multiple values for argument {key!r}")
            setattr(self, key, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# One abstract class per line starting with '=' (with its position attributes), then its
# constructors, one a line; '+' marks a product type (a class of its own, no base but AST).
_GRAMMAR = """
=mod
Module(stmt* body,type_ignore* type_ignores)
Interactive(stmt* body)
Expression(expr body)
FunctionType(expr* argtypes,expr returns)
=stmt lineno col_offset end_lineno end_col_offset
FunctionDef(identifier name,arguments args,stmt* body,expr* decorator_list,expr? returns,string? type_comment)
AsyncFunctionDef(identifier name,arguments args,stmt* body,expr* decorator_list,expr? returns,string? type_comment)
ClassDef(identifier name,expr* bases,keyword* keywords,stmt* body,expr* decorator_list)
Return(expr? value)
Delete(expr* targets)
Assign(expr* targets,expr value,string? type_comment)
AugAssign(expr target,operator op,expr value)
AnnAssign(expr target,expr annotation,expr? value,int simple)
For(expr target,expr iter,stmt* body,stmt* orelse,string? type_comment)
AsyncFor(expr target,expr iter,stmt* body,stmt* orelse,string? type_comment)
While(expr test,stmt* body,stmt* orelse)
If(expr test,stmt* body,stmt* orelse)
With(withitem* items,stmt* body,string? type_comment)
AsyncWith(withitem* items,stmt* body,string? type_comment)
Match(expr subject,match_case* cases)
Raise(expr? exc,expr? cause)
Try(stmt* body,excepthandler* handlers,stmt* orelse,stmt* finalbody)
TryStar(stmt* body,excepthandler* handlers,stmt* orelse,stmt* finalbody)
Assert(expr test,expr? msg)
Import(alias* names)
ImportFrom(identifier? module,alias* names,int? level)
Global(identifier* names)
Nonlocal(identifier* names)
Expr(expr value)
Pass
Break
Continue
=expr lineno col_offset end_lineno end_col_offset
BoolOp(boolop op,expr* values)
NamedExpr(expr target,expr value)
BinOp(expr left,operator op,expr right)
UnaryOp(unaryop op,expr operand)
Lambda(arguments args,expr body)
IfExp(expr test,expr body,expr orelse)
Dict(expr* keys,expr* values)
Set(expr* elts)
ListComp(expr elt,comprehension* generators)
SetComp(expr elt,comprehension* generators)
DictComp(expr key,expr value,comprehension* generators)
GeneratorExp(expr elt,comprehension* generators)
Await(expr value)
Yield(expr? value)
YieldFrom(expr value)
Compare(expr left,cmpop* ops,expr* comparators)
Call(expr func,expr* args,keyword* keywords)
FormattedValue(expr value,int conversion,expr? format_spec)
JoinedStr(expr* values)
Constant(constant value,string? kind)
Attribute(expr value,identifier attr,expr_context ctx)
Subscript(expr value,expr slice,expr_context ctx)
Starred(expr value,expr_context ctx)
Name(identifier id,expr_context ctx)
List(expr* elts,expr_context ctx)
Tuple(expr* elts,expr_context ctx)
Slice(expr? lower,expr? upper,expr? step)
=expr_context
Load
Store
Del
=boolop
And
Or
=operator
Add
Sub
Mult
MatMult
Div
Mod
Pow
LShift
RShift
BitOr
BitXor
BitAnd
FloorDiv
=unaryop
Invert
Not
UAdd
USub
=cmpop
Eq
NotEq
Lt
LtE
Gt
GtE
Is
IsNot
In
NotIn
=excepthandler lineno col_offset end_lineno end_col_offset
ExceptHandler(expr? type,identifier? name,stmt* body)
=pattern lineno col_offset end_lineno end_col_offset
MatchValue(expr value)
MatchSingleton(constant value)
MatchSequence(pattern* patterns)
MatchMapping(expr* keys,pattern* patterns,identifier? rest)
MatchClass(expr cls,pattern* patterns,identifier* kwd_attrs,pattern* kwd_patterns)
MatchStar(identifier? name)
MatchAs(pattern? pattern,identifier? name)
MatchOr(pattern* patterns)
=type_ignore
TypeIgnore(int lineno,string tag)
+comprehension(expr target,expr iter,expr* ifs,int is_async)
+arguments(arg* posonlyargs,arg* args,arg? vararg,arg* kwonlyargs,expr* kw_defaults,arg? kwarg,expr* defaults)
+arg(identifier arg,expr? annotation,string? type_comment) lineno col_offset end_lineno end_col_offset
+keyword(identifier? arg,expr value) lineno col_offset end_lineno end_col_offset
+alias(identifier name,identifier? asname) lineno col_offset end_lineno end_col_offset
+withitem(expr context_expr,expr? optional_vars)
+match_case(pattern pattern,expr? guard,stmt* body)
"""

# Every concrete node class by name, for the native parser.
_node_classes = {}


def _make_class(signature, base, attributes, ns):
    name, _, rest = signature.partition('(')
    fields, optional = [], []
    for item in rest.rstrip(')').split(',') if rest else ():
        kind, field = item.split(' ')
        fields.append(field)
        if kind.endswith('?'):
            optional.append(field)
    body = {
        '__module__': 'ast',
        '__doc__': signature.replace(',', ', '),
        '_fields': tuple(fields),
        '__match_args__': tuple(fields),
    }
    if base is AST:
        body['_attributes'] = attributes
        body.update(dict.fromkeys(optional + list(attributes[2:]), None))
    else:
        body.update(dict.fromkeys(optional, None))
    cls = type(name, (base,), body)
    ns[name] = cls
    _node_classes[name] = cls
    return cls


def _build_nodes(ns):
    abstract = None
    alternatives = []

    def close():
        if abstract is not None:
            joiner = ' | ' if all('(' not in a for a in alternatives) else \
                '\n' + ' ' * (len(abstract.__name__) + 1) + '| '
            abstract.__doc__ = f"{abstract.__name__} = {joiner.join(alternatives)}"

    for line in _GRAMMAR.strip().splitlines():
        if line.startswith('='):
            close()
            name, *attrs = line[1:].split()
            attrs = tuple(attrs)
            body = {'__module__': 'ast', '_attributes': attrs, '_fields': (),
                    '__match_args__': ()}
            body.update(dict.fromkeys(attrs[2:], None))
            abstract = type(name, (AST,), body)
            ns[name] = abstract
            alternatives = []
        elif line.startswith('+'):
            close()
            abstract = None
            sig = line[1:].rsplit(')', 1)
            attrs = tuple(sig[1].split()) if len(sig) == 2 else ()
            _make_class(sig[0] + ')', AST, attrs, ns)
        else:
            alternatives.append(line.replace(',', ', '))
            _make_class(line, abstract, (), ns)
    close()


_build_nodes(globals())
del _build_nodes, _make_class

# Contexts and operators are shared instances in parsed trees, as CPython's.
_singletons = {name: _node_classes[name]() for name in (
    'Load Store Del And Or Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor '
    'BitAnd FloorDiv Invert Not UAdd USub Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn'
).split()}


# ---- names kept for old code ----

class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


# Classes of Python 2 trees, kept as names only.
for _name, _base in (('Suite', mod), ('AugLoad', expr_context), ('AugStore', expr_context),
                     ('Param', expr_context)):
    globals()[_name] = type(_name, (_base,), {
        '__module__': 'ast',
        '__doc__': 'Deprecated AST node class.  Unused in Python 3.'})
del _name, _base


class _LegacyConstant(type):
    """Old literal node classes: instances are Constants of the matching value types."""

    def __instancecheck__(cls, obj):
        if not isinstance(obj, Constant):
            return False
        kinds = cls._value_types
        return isinstance(obj.value, kinds) and not (
            bool not in kinds and isinstance(obj.value, bool))


def _legacy(name, types, field):
    def new(cls, *args, **kwargs):
        if field in kwargs:
            kwargs['value'] = kwargs.pop(field)
        return Constant(*args, **kwargs)
    ns = {'__new__': new, '_value_types': types, '_fields': (field,),
          '__module__': 'ast'}
    return _LegacyConstant(name, (Constant,), ns)


Num = _legacy('Num', (int, float, complex), 'n')
Str = _legacy('Str', (str,), 's')
Bytes = _legacy('Bytes', (bytes,), 's')
NameConstant = _legacy('NameConstant', (type(None), bool), 'value')
Ellipsis = _legacy('Ellipsis', (type(...),), 'value')
del _legacy


def _const_n(self):
    return self.value


def _set_const_n(self, value):
    self.value = value


Constant.n = property(_const_n, _set_const_n)
Constant.s = property(_const_n, _set_const_n)


# ---- parsing ----

def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile(source, filename, mode, PyCF_ONLY_AST))."""
    if isinstance(source, AST):
        return source
    if mode == 'func_type':
        raise NotImplementedError("ast.parse: mode 'func_type' is not supported by Ember")
    if not isinstance(source, (str, bytes)):
        if isinstance(source, (bytearray, memoryview)):
            source = bytes(source)
        else:
            raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if not isinstance(filename, str):
        import os
        filename = os.fsdecode(filename)
    return _native_parse(source, filename, mode, _node_classes, _singletons)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container
    display (strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None)."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(' \t'), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body

    def malformed(node):
        text = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            text = f'{text} on line {line}'
        raise ValueError(f'{text}: {node!r}')

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def maybe_signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return -value if isinstance(node.op, USub) else +value
        return number(node)

    def value_of(node):
        if isinstance(node, Constant):
            return node.value
        kind = type(node)
        if kind is Tuple:
            return tuple([value_of(e) for e in node.elts])
        if kind is List:
            return [value_of(e) for e in node.elts]
        if kind is Set:
            return {value_of(e) for e in node.elts}
        if (kind is Call and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == [] and node.keywords == []):
            return set()
        if kind is Dict:
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([value_of(k) for k in node.keys],
                            [value_of(v) for v in node.values]))
        if kind is BinOp and isinstance(node.op, (Add, Sub)):
            real = maybe_signed(node.left)
            imag = number(node.right)
            if isinstance(real, (int, float)) and isinstance(imag, complex):
                return real + imag if isinstance(node.op, Add) else real - imag
        return maybe_signed(node)

    return value_of(tree)


# ---- showing trees ----

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree under `node` as text, for debugging (see CPython's ast.dump)."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def show(value, depth):
        # Returns (text, whether it is short enough to stay on one line).
        if indent is None:
            opening, comma = '', ', '
        else:
            depth += 1
            opening = '\n' + indent * depth
            comma = ',' + opening
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + opening + comma.join(show(v, depth)[0] for v in value) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        named = annotate_fields
        wanted = [(f, False) for f in value._fields]
        if include_attributes:
            wanted += [(a, True) for a in value._attributes]
        for field, is_attribute in wanted:
            try:
                item = getattr(value, field)
            except AttributeError:
                if not is_attribute:
                    named = True
                continue
            if item is None and getattr(cls, field, ...) is None:
                if not is_attribute:
                    named = True
                continue
            text, short = show(item, depth)
            simple = simple and short
            parts.append(f'{field}={text}' if named or is_attribute else text)
        if simple and len(parts) <= 3:
            return f"{cls.__name__}({', '.join(parts)})", not parts
        return f'{cls.__name__}({opening}{comma.join(parts)})', False

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return show(node, 0)[0]


# ---- positions ----

def copy_location(new_node, old_node):
    """Copy the source positions of `old_node` to `new_node` where both have them."""
    shared = [a for a in _POSITIONS
              if a in old_node._attributes and a in new_node._attributes]
    for attr in shared:
        missing = object()
        value = getattr(old_node, attr, missing)
        # The end positions are copied even when None; the start ones only when set.
        if value is missing or (value is None and attr in ('lineno', 'col_offset')):
            continue
        setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node under `node` that lacks positions those of its parent."""
    pending = [(node, 1, 0, 1, 0)]
    while pending:
        item, line, col, end_line, end_col = pending.pop()
        if 'lineno' in item._attributes:
            if getattr(item, 'lineno', None) is None:
                item.lineno = line
            else:
                line = item.lineno
            if getattr(item, 'end_lineno', None) is None:
                item.end_lineno = end_line
            else:
                end_line = item.end_lineno
            if getattr(item, 'col_offset', None) is None:
                item.col_offset = col
            else:
                col = item.col_offset
            if getattr(item, 'end_col_offset', None) is None:
                item.end_col_offset = end_col
            else:
                end_col = item.end_col_offset
        children = list(iter_child_nodes(item))
        for child in reversed(children):
            pending.append((child, line, col, end_line, end_col))
    return node


def increment_lineno(node, n=1):
    """Move `node` and everything under it down by `n` lines."""
    for item in walk(node):
        # TypeIgnore holds its line as a field, the others as an attribute.
        moves_start = isinstance(item, TypeIgnore) or 'lineno' in item._attributes
        if moves_start:
            item.lineno = n + getattr(item, 'lineno', 0)
        if isinstance(item, TypeIgnore) or 'end_lineno' not in item._attributes:
            continue
        end = getattr(item, 'end_lineno', 0)
        if end is not None:
            item.end_lineno = end + n
    return node


# ---- walking ----

def iter_fields(node):
    """Yield (name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the nodes directly under `node`: its node fields and the nodes in its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, AST):
                    yield entry


def walk(node):
    """Yield `node` and every node below it, breadth first (order otherwise unspecified)."""
    from collections import deque
    queue = deque([node])
    while queue:
        current = queue.popleft()
        queue.extend(iter_child_nodes(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _lines_keeping_ends(source):
    """Split like str.splitlines(keepends=True) but only at \\r\\n, \\r and \\n."""
    out = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == '\r' and i + 1 < n and source[i + 1] == '\n':
            i += 2
            out.append(source[start:i])
            start = i
        elif ch in '\r\n':
            i += 1
            out.append(source[start:i])
            start = i
        else:
            i += 1
    if start < n:
        out.append(source[start:])
    return out


def _blank_prefix(text):
    """The first `len(text)` characters as spaces, keeping tabs and form feeds."""
    return ''.join(c if c in '\f\t' else ' ' for c in text)


def get_source_segment(source, node, *, padded=False):
    """The source text of `node` (None when it lacks positions)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start = node.col_offset
        stop = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines_keeping_ends(source)
    if first == last:
        return lines[first].encode()[start:stop].decode()
    lead = ''
    if padded:
        lead = _blank_prefix(lines[first].encode()[:start].decode())
    head = lead + lines[first].encode()[start:].decode()
    tail = lines[last].encode()[:stop].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


class NodeVisitor:
    """Walks a tree calling `visit_<ClassName>` for each node (or `generic_visit`)."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for entry in value:
                    if isinstance(entry, AST):
                        self.visit(entry)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        old_names = {int: 'Num', float: 'Num', complex: 'Num', str: 'Str',
                     bytes: 'Bytes', bool: 'NameConstant', type(None): 'NameConstant',
                     type(...): 'Ellipsis'}
        old = old_names.get(type(node.value))
        handler = getattr(self, 'visit_' + old, None) if old else None
        if handler is not None:
            import warnings
            warnings.warn(f'visit_{old} is deprecated; add visit_Constant',
                          DeprecationWarning, 2)
            return handler(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return replacements: None removes the node, a
    list (in a list field) splices several in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
            elif isinstance(old, list):
                kept = []
                for entry in old:
                    if isinstance(entry, AST):
                        entry = self.visit(entry)
                        if entry is None:
                            continue
                        if not isinstance(entry, AST):
                            kept.extend(entry)
                            continue
                    kept.append(entry)
                old[:] = kept
        return node




# ---- unparse ----

# Binding strength, loosest first (as CPython's grammar levels).
(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_BOR,
 _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT,
 _P_ATOM) = range(1, 19)
_P_EXPR = _P_BOR


def _tighter(level):
    return level + 1 if level < _P_ATOM else level


_BINARY = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM),
    'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM), 'Mod': ('%', _P_TERM),
    'FloorDiv': ('//', _P_TERM), 'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT),
    'BitOr': ('|', _P_BOR), 'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND),
    'Pow': ('**', _P_POWER),
}
_UNARY = {'Invert': ('~', _P_FACTOR), 'Not': ('not', _P_NOT),
          'UAdd': ('+', _P_FACTOR), 'USub': ('-', _P_FACTOR)}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_QUOTES_ANY = ("'", '"', '"""', "'''")
_QUOTES_TRIPLE = ('"""', "'''")
_HUGE = '1e' + repr(sys.float_info.max_10_exp + 1)


def _escape_literal(text, quotes=_QUOTES_ANY, escape_whitespace=False):
    """`text` escaped for a string literal and the quotes it may use, best first."""
    pieces = []
    for ch in text:
        if ch in '\n\t' and not escape_whitespace:
            pieces.append(ch)
        elif ch == '\\' or not ch.isprintable():
            pieces.append(ch.encode('unicode_escape').decode('ascii'))
        else:
            pieces.append(ch)
    body = ''.join(pieces)
    usable = [q for q in quotes if '\n' not in body or q in _QUOTES_TRIPLE]
    usable = [q for q in usable if q not in body]
    if not usable:
        # Nothing fits: fall back on repr, keeping one of the wanted quotes if it can.
        shown = repr(text)
        quote = next((q for q in quotes if shown[0] in q), shown[0])
        return shown[1:-1], [quote]
    if body:
        # A quote that would end the literal early goes last (stable sort keeps the rest).
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _Unparser(NodeVisitor):
    """Writes source text for a tree, with only the parentheses precedence needs."""

    def __init__(self, *, _avoid_backslashes=False):
        self._out = []
        self._level = {}
        self._indent = 0
        self._ignores = {}
        self._star_try = False
        self._no_backslash = _avoid_backslashes

    # -- output helpers --

    def write(self, *texts):
        self._out.extend(texts)

    def newline_if_needed(self):
        if self._out:
            self._out.append('\n')

    def line(self, text=''):
        self.newline_if_needed()
        self._out.append('    ' * self._indent + text)

    def join(self, separator, emit, items):
        first = True
        for item in items:
            if not first:
                self.write(separator)
            first = False
            emit(item)

    def sequence(self, emit, items):
        # One item keeps a trailing comma (a tuple of one).
        if len(items) == 1:
            emit(items[0])
            self.write(',')
        else:
            self.join(', ', emit, items)

    def capture(self, emit):
        saved = self._out
        self._out = []
        try:
            emit()
            return self._out
        finally:
            self._out = saved

    def body(self, statements, comment=None):
        self.write(':')
        if comment:
            self.write(comment)
        self._indent += 1
        self.traverse(statements)
        self._indent -= 1

    def wrapped(self, opening, closing, emit, when=True):
        if when:
            self.write(opening)
        emit()
        if when:
            self.write(closing)

    def level_of(self, node):
        return self._level.get(node, _P_TEST)

    def set_level(self, level, *nodes):
        for n in nodes:
            self._level[n] = level

    def parens_if_looser(self, level, node, emit):
        self.wrapped('(', ')', emit, self.level_of(node) > level)

    def type_comment(self, node):
        note = self._ignores.get(getattr(node, 'lineno', None)) or node.type_comment
        return None if note is None else f' # type: {note}'

    def traverse(self, node):
        if isinstance(node, list):
            for entry in node:
                self.traverse(entry)
        else:
            NodeVisitor.visit(self, node)

    def visit(self, node):
        self._out = []
        self.traverse(node)
        return ''.join(self._out)

    def docstring_then(self, node):
        stmts = node.body
        first = stmts[0] if stmts else None
        if (isinstance(first, Expr) and isinstance(first.value, Constant)
                and isinstance(first.value.value, str)):
            self.line()
            if first.value.kind == 'u':
                self.write('u')
            self.quoted(first.value.value, _QUOTES_TRIPLE)
            stmts = stmts[1:]
        self.traverse(stmts)

    def quoted(self, text, quotes=_QUOTES_ANY):
        body, usable = _escape_literal(text, quotes)
        self.write(usable[0], body, usable[0])

    # -- modules and statements --

    def visit_Module(self, node):
        self._ignores = {t.lineno: f'ignore{t.tag}' for t in node.type_ignores}
        self.docstring_then(node)
        self._ignores.clear()

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.wrapped('(', ')', lambda: self.join(', ', self.traverse, node.argtypes))
        self.write(' -> ')
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.line()
        self.set_level(_P_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        def emit():
            self.set_level(_P_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)
        self.parens_if_looser(_P_NAMED, node, emit)

    def visit_Import(self, node):
        self.line('import ')
        self.join(', ', self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.line('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.join(', ', self.traverse, node.names)

    def visit_Assign(self, node):
        self.line()
        for target in node.targets:
            self.set_level(_P_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        note = self.type_comment(node)
        if note:
            self.write(note)

    def visit_AugAssign(self, node):
        self.line()
        self.traverse(node.target)
        self.write(' ' + _BINARY[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.line()
        self.wrapped('(', ')', lambda: self.traverse(node.target),
                     not node.simple and isinstance(node.target, Name))
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.line('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.line('pass')

    def visit_Break(self, node):
        self.line('break')

    def visit_Continue(self, node):
        self.line('continue')

    def visit_Delete(self, node):
        self.line('del ')
        self.join(', ', self.traverse, node.targets)

    def visit_Assert(self, node):
        self.line('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def visit_Await(self, node):
        def emit():
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_level(_P_ATOM, node.value)
                self.traverse(node.value)
        self.parens_if_looser(_P_AWAIT, node, emit)

    def visit_Yield(self, node):
        def emit():
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_level(_P_ATOM, node.value)
                self.traverse(node.value)
        self.parens_if_looser(_P_YIELD, node, emit)

    def visit_YieldFrom(self, node):
        def emit():
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_level(_P_ATOM, node.value)
            self.traverse(node.value)
        self.parens_if_looser(_P_YIELD, node, emit)

    def visit_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def _try(self, node, star):
        outer = self._star_try
        self._star_try = star
        try:
            self.line('try')
            self.body(node.body)
            self.traverse(node.handlers)
            for word, part in (('else', node.orelse), ('finally', node.finalbody)):
                if part:
                    self.line(word)
                    self.body(part)
        finally:
            self._star_try = outer

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.line('except*' if self._star_try else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ', node.name)
        self.body(node.body)

    def visit_ClassDef(self, node):
        self.newline_if_needed()
        for decorator in node.decorator_list:
            self.line('@')
            self.traverse(decorator)
        self.line('class ' + node.name)

        def bases():
            self.join(', ', self.traverse, node.bases + node.keywords)
        self.wrapped('(', ')', bases, bool(node.bases or node.keywords))
        self.write(':')
        self._indent += 1
        self.docstring_then(node)
        self._indent -= 1

    def _function(self, node, keyword):
        self.newline_if_needed()
        for decorator in node.decorator_list:
            self.line('@')
            self.traverse(decorator)
        self.line(keyword + ' ' + node.name)
        self.wrapped('(', ')', lambda: self.traverse(node.args))
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.write(':')
        note = self.type_comment(node)
        if note:
            self.write(note)
        self._indent += 1
        self.docstring_then(node)
        self._indent -= 1

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _loop(self, node, keyword):
        self.line(keyword)
        self.set_level(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def visit_For(self, node):
        self._loop(node, 'for ')

    def visit_AsyncFor(self, node):
        self._loop(node, 'async for ')

    def visit_If(self, node):
        self.line('if ')
        self.traverse(node.test)
        self.body(node.body)
        # An else holding just one if is written as elif.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line('elif ')
            self.traverse(node.test)
            self.body(node.body)
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def visit_While(self, node):
        self.line('while ')
        self.traverse(node.test)
        self.body(node.body)
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def _with(self, node, keyword):
        self.line(keyword)
        self.join(', ', self.traverse, node.items)
        self.body(node.body, self.type_comment(node))

    def visit_With(self, node):
        self._with(node, 'with ')

    def visit_AsyncWith(self, node):
        self._with(node, 'async with ')

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.line('match ')
        self.traverse(node.subject)
        self.body(node.cases)

    def visit_match_case(self, node):
        self.line('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.body(node.body)

    # -- patterns --

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        self.wrapped('[', ']', lambda: self.join(', ', self.traverse, node.patterns))

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        def pair(item):
            self.traverse(item[0])
            self.write(': ')
            self.traverse(item[1])

        def emit():
            self.join(', ', pair, list(zip(node.keys, node.patterns, strict=True)))
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write('**' + node.rest)
        self.wrapped('{', '}', emit)

    def visit_MatchClass(self, node):
        self.set_level(_P_ATOM, node.cls)
        self.traverse(node.cls)

        def keyword(item):
            self.write(item[0] + '=')
            self.traverse(item[1])

        def emit():
            self.join(', ', self.traverse, node.patterns)
            if node.kwd_attrs:
                if node.patterns:
                    self.write(', ')
                self.join(', ', keyword,
                          list(zip(node.kwd_attrs, node.kwd_patterns, strict=True)))
        self.wrapped('(', ')', emit)

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
            return
        if node.pattern is None:
            self.write(node.name)
            return

        def emit():
            self.set_level(_P_BOR, node.pattern)
            self.traverse(node.pattern)
            self.write(' as ' + node.name)
        self.parens_if_looser(_P_TEST, node, emit)

    def visit_MatchOr(self, node):
        def emit():
            self.set_level(_tighter(_P_BOR), *node.patterns)
            self.join(' | ', self.traverse, node.patterns)
        self.parens_if_looser(_P_BOR, node, emit)

    # -- expressions --

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _HUGE))
        elif self._no_backslash and isinstance(value, str):
            self.quoted(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.wrapped('(', ')', lambda: self.sequence(self.constant, value))
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def fstring_body(self, node):
        if isinstance(node, JoinedStr):
            for part in node.values:
                self.fstring_body(part)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._no_backslash:
            self.quoted(''.join(self.capture(lambda: self.fstring_body(node))))
            return
        # Text parts may use escapes such as \n; only the {} parts must avoid backslashes.
        quotes = list(_QUOTES_ANY)
        pieces = []
        for part in node.values:
            text = ''.join(self.capture(lambda: self.fstring_body(part)))
            text, quotes = _escape_literal(text, quotes, isinstance(part, Constant))
            pieces.append(text)
        self.write(quotes[0], ''.join(pieces), quotes[0])

    def visit_FormattedValue(self, node):
        inner = _Unparser(_avoid_backslashes=True)
        inner.set_level(_tighter(_P_TEST), node.value)
        text = inner.visit(node.value)
        if '\\' in text:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.write('{')
        if text.startswith('{'):
            self.write(' ')
        self.write(text)
        if node.conversion != -1:
            self.write('!' + chr(node.conversion))
        if node.format_spec:
            self.write(':')
            self.fstring_body(node.format_spec)
        self.write('}')

    def visit_Name(self, node):
        self.write(node.id)

    def visit_List(self, node):
        self.wrapped('[', ']', lambda: self.join(', ', self.traverse, node.elts))

    def _comprehension(self, opening, closing, node, *heads):
        def emit():
            for i, head in enumerate(heads):
                if i:
                    self.write(': ')
                self.traverse(head)
            self.traverse(node.generators)
        self.wrapped(opening, closing, emit)

    def visit_ListComp(self, node):
        self._comprehension('[', ']', node, node.elt)

    def visit_GeneratorExp(self, node):
        self._comprehension('(', ')', node, node.elt)

    def visit_SetComp(self, node):
        self._comprehension('{', '}', node, node.elt)

    def visit_DictComp(self, node):
        self._comprehension('{', '}', node, node.key, node.value)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_level(_P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_level(_tighter(_P_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        def emit():
            self.set_level(_tighter(_P_TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_level(_P_TEST, node.orelse)
            self.traverse(node.orelse)
        self.parens_if_looser(_P_TEST, node, emit)

    def visit_Set(self, node):
        if not node.elts:
            # {} would be a dict: an empty set is written as an unpacked empty tuple.
            self.write('{*()}')
            return
        self.wrapped('{', '}', lambda: self.join(', ', self.traverse, node.elts))

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_level(_P_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        self.wrapped('{', '}', lambda: self.join(', ', item, list(zip(node.keys, node.values))))

    def visit_Tuple(self, node):
        bare = node.elts and self.level_of(node) <= _P_TUPLE
        self.wrapped('(', ')', lambda: self.sequence(self.traverse, node.elts), not bare)

    def visit_UnaryOp(self, node):
        symbol, level = _UNARY[type(node.op).__name__]

        def emit():
            self.write(symbol)
            # Only `not` is a word, needing a space.
            if level != _P_FACTOR:
                self.write(' ')
            self.set_level(level, node.operand)
            self.traverse(node.operand)
        self.parens_if_looser(level, node, emit)

    def visit_BinOp(self, node):
        symbol, level = _BINARY[type(node.op).__name__]
        if symbol == '**':
            left, right = _tighter(level), level
        else:
            left, right = level, _tighter(level)

        def emit():
            self.set_level(left, node.left)
            self.traverse(node.left)
            self.write(f' {symbol} ')
            self.set_level(right, node.right)
            self.traverse(node.right)
        self.parens_if_looser(level, node, emit)

    def visit_Compare(self, node):
        def emit():
            self.set_level(_tighter(_P_CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[type(op).__name__] + ' ')
                self.traverse(right)
        self.parens_if_looser(_P_CMP, node, emit)

    def visit_BoolOp(self, node):
        word = 'and' if isinstance(node.op, And) else 'or'
        base = _P_AND if word == 'and' else _P_OR

        def emit():
            # Each operand binds one level tighter than the one before (CPython's output).
            level = base
            for i, value in enumerate(node.values):
                if i:
                    self.write(f' {word} ')
                level = _tighter(level)
                self.set_level(level, value)
                self.traverse(value)
        self.parens_if_looser(base, node, emit)

    def visit_Attribute(self, node):
        self.set_level(_P_ATOM, node.value)
        self.traverse(node.value)
        # `1.real` would read as a float: an int before the dot gets a space.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.', node.attr)

    def visit_Call(self, node):
        self.set_level(_P_ATOM, node.func)
        self.traverse(node.func)
        self.wrapped('(', ')', lambda: self.join(', ', self.traverse, node.args + node.keywords))

    def visit_Subscript(self, node):
        self.set_level(_P_ATOM, node.value)
        self.traverse(node.value)
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            self.wrapped('[', ']', lambda: self.sequence(self.traverse, index.elts))
        else:
            self.wrapped('[', ']', lambda: self.traverse(index))

    def visit_Starred(self, node):
        self.write('*')
        self.set_level(_P_EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        parts = []
        positional = node.posonlyargs + node.args
        missing = len(positional) - len(node.defaults)
        for i, param in enumerate(positional):
            default = node.defaults[i - missing] if i >= missing else None
            parts.append((param, default))
            if i + 1 == len(node.posonlyargs):
                parts.append('/')
        if node.vararg or node.kwonlyargs:
            parts.append(('*', node.vararg))
        for param, default in zip(node.kwonlyargs, node.kw_defaults):
            parts.append((param, default))
        if node.kwarg:
            parts.append(('**', node.kwarg))

        def emit(part):
            if part == '/':
                self.write('/')
            elif part[0] in ('*', '**'):
                self.write(part[0])
                if part[1]:
                    self.write(part[1].arg)
                    if part[1].annotation:
                        self.write(': ')
                        self.traverse(part[1].annotation)
            else:
                self.traverse(part[0])
                if part[1]:
                    self.write('=')
                    self.traverse(part[1])
        self.join(', ', emit, parts)

    def visit_keyword(self, node):
        self.write('**' if node.arg is None else node.arg + '=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        def emit():
            self.write('lambda')
            params = self.capture(lambda: self.traverse(node.args))
            if params:
                self.write(' ', *params)
            self.write(': ')
            self.set_level(_P_TEST, node.body)
            self.traverse(node.body)
        self.parens_if_looser(_P_TEST, node, emit)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)


def unparse(ast_obj):
    """Source code text for a tree (as CPython 3.11's ast.unparse writes it)."""
    return _Unparser().visit(ast_obj)


def _compile(source, filename, mode, flags):
    """builtins.compile's path for trees: with PyCF_ONLY_AST the tree of `source`, else the
    code of a tree. Ember compiles a tree from its unparsed text, so code positions are
    those of that text, not the tree's."""
    if flags & PyCF_ONLY_AST:
        if isinstance(source, AST):
            return source
        return parse(source, filename, mode)
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if expected is not None and not isinstance(source, expected):
        raise TypeError(f'expected {expected.__name__} node, got {type(source).__name__}')
    return compile(unparse(source), filename, mode, flags, dont_inherit=True)
