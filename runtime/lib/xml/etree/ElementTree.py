"""Ember's xml.etree.ElementTree: the element type, a pure-Python XML parser,
the serializer and the ElementPath subset."""

import sys
import io

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An error while parsing an XML document (has .code and .position)."""
    pass


def iselement(element):
    return hasattr(element, "tag")


def _type_name(obj):
    return type(obj).__name__


def _check_element(value):
    if not isinstance(value, Element):
        raise TypeError('expected an Element, not "%s"' % _type_name(value))


def _child_type_error(where, value):
    return TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                     % (where, _type_name(value)))


class Element:
    """An XML element: tag, attrib, text, tail and a list of children."""

    tag = attrib = text = tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s"
                            % _type_name(attrib))
        self.tag, self.attrib, self._kids = tag, {**attrib, **extra}, []

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return Element(tag, attrib)

    # -- copying: one helper, two value converters
    def _twin(self, conv):
        twin = self.makeelement(conv(self.tag), conv(self.attrib))
        twin.text, twin.tail = conv(self.text), conv(self.tail)
        return twin

    def __copy__(self):
        twin = self._twin(lambda v: v)
        twin[:] = self
        return twin

    copy = __copy__

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = self._twin(lambda v: deepcopy(v, memo))
        twin._kids.extend(deepcopy(kid, memo) for kid in self._kids)
        return twin

    # -- the sequence protocol over the children
    def __len__(self):
        return len(self._kids)

    def __bool__(self):
        return len(self._kids) > 0

    def __iter__(self):
        return iter(self._kids)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            try:
                return self._kids[index]
            except IndexError:
                raise IndexError("child index out of range") from None
        return self._kids[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            incoming = element
        else:
            incoming = (element,)
        for one in incoming:
            _check_element(one)
        self._kids[index] = element

    def __delitem__(self, index):
        del self._kids[index]

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise _child_type_error("append() argument", subelement)
        self._kids.append(subelement)

    def extend(self, elements):
        for one in elements:
            _check_element(one)
            self._kids.append(one)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise _child_type_error("insert() argument 2", subelement)
        self._kids.insert(index, subelement)

    def remove(self, subelement):
        for pos, kid in enumerate(self._kids):
            if kid is subelement or kid == subelement:
                del self._kids[pos]
                return
        raise ValueError("list.remove(x): x not in list")

    # -- ElementPath entry points
    def find(self, path, namespaces=None):
        return _path_find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return _path_findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return list(_path_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _path_iterfind(self, path, namespaces)

    # -- attributes
    def clear(self):
        self.attrib.clear()
        self._kids = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib.update({key: value})

    def keys(self):
        return [*self.attrib]

    def items(self):
        return [*self.attrib.items()]

    # -- traversal
    def iter(self, tag=None):
        return self._preorder(None if tag == "*" else tag)

    def _preorder(self, wanted):
        if wanted is None or self.tag == wanted:
            yield self
        for kid in self._kids:
            yield from kid._preorder(wanted)

    def itertext(self):
        kind = self.tag
        if kind is not None and kind is not Comment and not isinstance(kind, str):
            return
        if self.text:
            yield self.text
        for kid in self._kids:
            yield from kid.itertext()
            if kid.tail:
                yield kid.tail


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % _type_name(attrib))
    child = Element(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    node = Element(ProcessingInstruction)
    node.text = target + " " + text if text else target
    return node


PI = ProcessingInstruction


def _qname_compare(op):
    def method(self, other):
        rhs = other.text if isinstance(other, QName) else other
        return op(self.text, rhs)
    return method


class QName:
    """A qualified name: '{uri}local'."""

    def __init__(self, text_or_uri, tag=None):
        self.text = "{%s}%s" % (text_or_uri, tag) if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    __lt__ = _qname_compare(lambda a, b: a < b)
    __le__ = _qname_compare(lambda a, b: a <= b)
    __gt__ = _qname_compare(lambda a, b: a > b)
    __ge__ = _qname_compare(lambda a, b: a >= b)
    __eq__ = _qname_compare(lambda a, b: a == b)

# ---------------------------------------------------------------------------
# ElementPath (the documented subset)

class _PathContext:
    def __init__(self, root):
        self.root = root
        self.parent_map = None

    def parents(self):
        if self.parent_map is None:
            pm = {}
            for p in self.root.iter():
                for e in p:
                    pm[e] = p
            self.parent_map = pm
        return self.parent_map


def _path_tokens(path):
    """Split a path into tokens: (op, name) pairs like the documented syntax."""
    tokens = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c in " \t\r\n":
            i += 1
            continue
        if c == "'" or c == '"':
            j = path.find(c, i + 1)
            if j < 0:
                tokens.append((c, ""))
                i += 1
                continue
            tokens.append((path[i:j + 1], ""))
            i = j + 1
            continue
        pair = path[i:i + 2]
        if pair in ("//", "..", "()", "!=", "::"):
            tokens.append((pair, ""))
            i += 2
            continue
        if c in "/.*:[]()@=":
            tokens.append((c, ""))
            i += 1
            continue
        j = i
        if c == "{":
            k = path.find("}", i + 1)
            if k > i + 1:
                j = k + 1
        while j < n and path[j] not in "/[]()@!= \t\r\n":
            j += 1
        if j == i:
            tokens.append((path[i], ""))
            i += 1
            continue
        tokens.append(("", path[i:j]))
        i = j
    return tokens


def _resolve_tokens(path, namespaces):
    default_ns = namespaces.get("") if namespaces else None
    out = []
    for op, name in _path_tokens(path):
        if name and name[0] != "{":
            if ":" in name:
                prefix, local = name.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    out.append((op, "{%s}%s" % (namespaces[prefix], local)))
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
                continue
            if default_ns and not op:
                out.append((op, "{%s}%s" % (default_ns, name)))
                continue
        out.append((op, name))
    return out


def _tag_matcher(tag):
    """Return a function testing an element's tag against a (possibly wildcard) tag."""
    if tag == "*":
        return None
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag[:3] == "{*}":
        local = tag[3:]
        suffix = "}" + local

        def m(t):
            return isinstance(t, str) and (t == local or t.endswith(suffix))
        return m
    if tag[-2:] == "}*":
        prefix = tag[:-1]

        def m2(t):
            return isinstance(t, str) and t.startswith(prefix)
        return m2
    if tag[:2] == "{}":
        tag = tag[2:]
    return lambda t: t == tag


def _step_children(tag):
    m = _tag_matcher(tag)

    def select(ctx, result):
        for elem in result:
            for e in elem:
                if m is None or m(e.tag):
                    yield e
    return select


def _step_self(ctx, result):
    yield from result


def _step_parent(ctx, result):
    pm = ctx.parents()
    seen = {}
    for elem in result:
        if elem in pm:
            p = pm[elem]
            if p not in seen:
                seen[p] = None
                yield p


def _step_descendant(tag):
    m = _tag_matcher(tag)

    def select(ctx, result):
        for elem in result:
            for e in elem.iter():
                if e is not elem and (m is None or m(e.tag)):
                    yield e
    return select


def _parse_predicate(tokens, k):
    """Parse a predicate starting after '['; return (selector, next index)."""
    sig = []
    vals = []
    while True:
        if k >= len(tokens):
            raise TypeError("'NoneType' object is not callable")
        op, name = tokens[k]
        k += 1
        if op == "]":
            break
        if op == "" and name == "":
            continue
        if op and op[:1] in "'\"":
            sig.append("'")
            vals.append(op[1:-1])
        elif op == "" and name[:1] == "-" and name[1:].isdigit():
            sig.append("-")
            vals.append(int(name[1:]))
        elif op:
            sig.append(op)
            vals.append(None)
        else:
            sig.append("n")
            vals.append(name)
    sig = "".join(sig)
    if sig == "@n":
        key = vals[1]

        def sel(ctx, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return sel, k
    if sig in ("@n='", "@n!='"):
        key = vals[1]
        value = vals[-1]
        neg = "!=" in sig

        def sel2(ctx, result):
            for elem in result:
                v = elem.get(key)
                if (v is not None and v != value) if neg else (v == value):
                    yield elem
        return sel2, k
    if sig == "n" and not vals[0].isdigit():
        tag = vals[0]

        def sel3(ctx, result):
            for elem in result:
                if elem.find(tag) is not None:
                    yield elem
        return sel3, k
    if sig in (".='", ".!='", "n='", "n!='"):
        value = vals[-1]
        neg = "!=" in sig
        tag = vals[0] if sig[0] == "n" else None

        def sel4(ctx, result):
            for elem in result:
                if tag is None:
                    ok = "".join(elem.itertext()) == value
                    if ok != neg:
                        yield elem
                else:
                    for e in elem.findall(tag):
                        if ("".join(e.itertext()) == value) != neg:
                            yield elem
                            break
        return sel4, k
    if sig == "n" or sig == "n()" or sig == "n()-":
        if sig == "n":
            index = int(vals[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if vals[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "n()-":
                index = -1 - vals[2]
            else:
                index = -1

        def sel5(ctx, result):
            pm = ctx.parents()
            for elem in result:
                # Keep elem when it sits at `index` among its same-tag siblings;
                # the root (no parent) and out-of-range positions drop out.
                try:
                    siblings = pm[elem].findall(elem.tag)
                    if siblings[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return sel5, k
    raise SyntaxError("invalid predicate")


def _compile_path(path, namespaces):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    if path[-1:] == "/":
        path = path + "*"
    tokens = _resolve_tokens(path, namespaces)
    steps = []
    k = 0
    n = len(tokens)
    if n and tokens[0][0] == "/":
        raise SyntaxError("cannot use absolute path on element")
    while k < n:
        op, name = tokens[k]
        k += 1
        if op == "" and name:
            steps.append(_step_children(name))
        elif op == "*":
            steps.append(_step_children("*"))
        elif op == ".":
            steps.append(_step_self)
        elif op == "..":
            steps.append(_step_parent)
        elif op == "//":
            if k >= n:
                raise SyntaxError("cannot use absolute path on element") if not steps else TypeError("'NoneType' object is not callable")
            op2, name2 = tokens[k]
            k += 1
            if op2 == "*":
                steps.append(_step_descendant("*"))
            elif op2 == "" and name2:
                steps.append(_step_descendant(name2))
            else:
                raise SyntaxError("invalid descendant")
        elif op == "[":
            sel, k = _parse_predicate(tokens, k)
            steps.append(sel)
            continue
        else:
            raise SyntaxError("invalid path")
        # after a step: '/', '[' or end
        while k < n and tokens[k][0] == "[":
            sel, k = _parse_predicate(tokens, k + 1)
            steps.append(sel)
        if k < n:
            if tokens[k][0] == "/":
                k += 1
                if k >= n:
                    raise SyntaxError("invalid path")
            elif tokens[k][0] == "//":
                pass
            else:
                raise SyntaxError("invalid path")
    return steps


_path_cache = {}


def _path_iterfind(elem, path, namespaces=None):
    if namespaces:
        key = (path, tuple(sorted(namespaces.items())))
    else:
        key = (path, None)
    steps = _path_cache.get(key)
    if steps is None:
        steps = _compile_path(path, namespaces)
        if len(_path_cache) > 100:
            _path_cache.clear()
        _path_cache[key] = steps
    result = [elem]
    ctx = _PathContext(elem)
    for step in steps:
        result = step(ctx, result)
    return result


def _path_find(elem, path, namespaces=None):
    return next(iter(_path_iterfind(elem, path, namespaces)), None)


def _path_findtext(elem, path, default=None, namespaces=None):
    e = _path_find(elem, path, namespaces)
    if e is None:
        return default
    return e.text or ""


# ---------------------------------------------------------------------------
# ElementTree

class ElementTree:
    """A whole document: a root element plus (de)serialization helpers."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        owned = not hasattr(source, "read")
        stream = open(source, "rb") if owned else source
        try:
            sink = XMLParser() if parser is None else parser
            chunk = stream.read(65536)
            while chunk:
                sink.feed(chunk)
                chunk = stream.read(65536)
            self._root = sink.close()
        finally:
            if owned:
                stream.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _abs(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn("This search is broken in 1.3 and earlier, and will be fixed "
                          "in a future version.  If you rely on the current behaviour, "
                          "change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._abs(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._abs(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._abs(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._abs(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        enc_lower = encoding.lower()
        pieces = []
        write = pieces.append
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and
                enc_lower not in ("utf-8", "us-ascii", "unicode"))):
            declared = encoding
            if enc_lower == "unicode":
                declared = "utf-8"
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == "text":
            _write_text_only(write, self._root)
        else:
            names, decls = _collect_names(self._root, default_namespace)
            _Writer(write, names, method, short_empty_elements).node(
                self._root, decls)
        _emit(file_or_filename, pieces, encoding, enc_lower)


def _encode(text, encoding, enc_lower):
    if enc_lower in ("us-ascii", "ascii"):
        if text.isascii():
            return text.encode("ascii")
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        out = []
        for ch in text:
            try:
                out.append(ch.encode(encoding))
            except UnicodeEncodeError:
                out.append(("&#%d;" % ord(ch)).encode("ascii"))
        return b"".join(out)


def _emit(target, pieces, encoding, enc_lower):
    if isinstance(target, _Collector):
        if enc_lower == "unicode":
            target.parts.extend(pieces)
        else:
            data = "".join(pieces)
            if data:
                target.parts.append(_encode(data, encoding, enc_lower))
        return
    if enc_lower == "unicode":
        data = "".join(pieces)
        if hasattr(target, "write"):
            target.write(data)
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write(data)
        return
    data = _encode("".join(pieces), encoding, enc_lower)
    if hasattr(target, "write"):
        target.write(data)
    else:
        with open(target, "wb") as f:
            f.write(data)


class _Collector:
    """A write() target for tostring(): keeps the pieces as a list."""

    def __init__(self, parts):
        self.parts = parts


_namespace_map = {uri: prefix for prefix, uri in (
    ("xml", "http://www.w3.org/XML/1998/namespace"),
    ("html", "http://www.w3.org/1999/xhtml"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("wsdl", "http://schemas.xmlsoap.org/wsdl/"),
    ("xs", "http://www.w3.org/2001/XMLSchema"),
    ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
)}


def register_namespace(prefix, uri):
    if prefix.startswith("ns") and prefix[2:].isdigit():
        raise ValueError("Prefix format reserved for internal use")
    stale = [u for u, p in _namespace_map.items() if u == uri or p == prefix]
    for u in stale:
        del _namespace_map[u]
    _namespace_map[uri] = prefix


def _unserializable(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _collect_names(root, default_namespace=None):
    """Give every tag and attribute name in the tree its written form.

    Returns (names, prefixes): names maps '{uri}local' (or a plain name) to
    'prefix:local'; prefixes maps each uri used to the prefix chosen."""
    names = {None: None}
    prefixes = {default_namespace: ""} if default_namespace else {}

    def qualify(name):
        if name in names:
            return
        try:
            braced = name[:1] == "{"
        except TypeError:
            _unserializable(name)
        if not braced:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with "
                                 "default_namespace option")
            names[name] = name
            return
        uri, local = name[1:].rsplit("}", 1)
        chosen = prefixes.get(uri)
        if chosen is None:
            chosen = _namespace_map.get(uri, "ns%d" % len(prefixes))
            if chosen != "xml":
                prefixes[uri] = chosen
        names[name] = f"{chosen}:{local}" if chosen else local

    for node in root.iter():
        kind = node.tag
        if isinstance(kind, QName):
            qualify(kind.text)
        elif isinstance(kind, str):
            qualify(kind)
        elif kind is not None and kind is not Comment and kind is not PI:
            _unserializable(kind)
        for key, value in node.items():
            qualify(key.text if isinstance(key, QName) else key)
            if isinstance(value, QName):
                qualify(value.text)
        if isinstance(node.text, QName):
            qualify(node.text.text)
    return names, prefixes


_TEXT_REFS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_REFS = _TEXT_REFS + (('"', "&quot;"), ("\r", "&#13;"),
                           ("\n", "&#10;"), ("\t", "&#09;"))
_HTML_ATTR_REFS = (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;"))


def _make_escaper(table):
    def escaper(value):
        try:
            for raw, ref in table:
                if raw in value:
                    value = value.replace(raw, ref)
        except (TypeError, AttributeError):
            _unserializable(value)
        return value
    return escaper


_esc_text = _make_escaper(_TEXT_REFS)
_esc_attr = _make_escaper(_ATTR_REFS)
_esc_html_attr = _make_escaper(_HTML_ATTR_REFS)

HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


class _Writer:
    """Walks a tree and writes markup; mode is "xml" or "html"."""

    def __init__(self, out, names, mode, short_empty=True):
        self.out = out
        self.names = names
        self.html = mode == "html"
        self.short_empty = short_empty
        self.attr_esc = _esc_html_attr if self.html else _esc_attr

    def node(self, elem, ns_decls=None):
        out = self.out
        kind = elem.tag
        if kind is Comment or kind is ProcessingInstruction:
            body = _esc_text(elem.text) if self.html else elem.text
            out(("<!--%s-->" if kind is Comment else "<?%s?>") % body)
        else:
            shown = self.names[kind.text if isinstance(kind, QName) else kind]
            if shown is None:
                if elem.text:
                    out(_esc_text(elem.text))
                self.kids(elem)
            else:
                out("<" + shown)
                self.attributes(elem, ns_decls)
                self.content(elem, shown)
        if elem.tail:
            out(_esc_text(elem.tail))

    def kids(self, elem):
        for kid in elem:
            self.node(kid)

    def attributes(self, elem, ns_decls):
        out = self.out
        pairs = list(elem.items())
        for uri, prefix in sorted((ns_decls or {}).items(), key=lambda kv: kv[1]):
            out(' xmlns%s="%s"' % (":" + prefix if prefix else "", _esc_attr(uri)))
        for key, value in pairs:
            key = key.text if isinstance(key, QName) else key
            shown = (self.names[value.text] if isinstance(value, QName)
                     else self.attr_esc(value))
            out(' %s="%s"' % (self.names[key], shown))

    def content(self, elem, shown):
        out = self.out
        body = elem.text
        if self.html:
            out(">")
            lowered = shown.lower()
            if body:
                raw = lowered in ("script", "style")
                out(body if raw else _esc_text(body))
            self.kids(elem)
            if lowered not in HTML_EMPTY:
                out("</%s>" % shown)
        elif body or len(elem) or not self.short_empty:
            out(">")
            if body:
                out(_esc_text(body))
            self.kids(elem)
            out("</%s>" % shown)
        else:
            out(" />")


def _write_text_only(out, elem):
    for chunk in elem.itertext():
        out(chunk)
    if elem.tail:
        out(elem.tail)


def _render(element, encoding, method, xml_declaration, default_namespace,
            short_empty_elements):
    sink = _Collector([])
    ElementTree(element).write(sink, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return sink.parts


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    parts = _render(element, encoding, method, xml_declaration,
                    default_namespace, short_empty_elements)
    as_text = bool(encoding) and encoding.lower() == "unicode"
    return ("" if as_text else b"").join(parts)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return _render(element, encoding, method, xml_declaration,
                   default_namespace, short_empty_elements)


def dump(elem):
    doc = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    doc.write(sys.stdout, encoding="unicode")
    last = doc.getroot().tail
    if not (last and last.endswith("\n")):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    root = tree.getroot() if isinstance(tree, ElementTree) else tree
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if len(root) == 0:
        return
    levels = ["\n" + level * space]

    def walk(elem, depth):
        inner = depth + 1
        if inner < len(levels):
            pad = levels[inner]
        else:
            pad = levels[depth] + space
            levels.append(pad)
        if not elem.text or not elem.text.strip():
            elem.text = pad
        last = None
        for child in elem:
            if len(child):
                walk(child, inner)
            if not child.tail or not child.tail.strip():
                child.tail = pad
            last = child
        if not last.tail.strip():
            last.tail = levels[depth]

    walk(root, 0)


def parse(source, parser=None):
    doc = ElementTree()
    doc.parse(source, parser)
    return doc


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._owned = not hasattr(source, "read")
        self._stream = open(source, "rb") if self._owned else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self.root = None
        self._steps = self._produce()

    def _produce(self):
        pull = self._pull
        reader = self._stream.read
        try:
            more = True
            while more:
                for item in pull.read_events():
                    yield item
                block = reader(16 * 1024)
                more = bool(block)
                if more:
                    pull.feed(block)
            top = pull._close_and_return_root()
            for item in pull.read_events():
                yield item
            self.root = top
        finally:
            if self._owned:
                self._stream.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)


def iterparse(source, events=None, parser=None):
    return _IterParseIterator(source, events, parser)


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._pending = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        self._parser._setevents(self._pending,
                                ("end",) if events is None else events)

    def feed(self, data):
        sink = self._parser
        if sink is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            sink.feed(data)
        except SyntaxError as problem:
            self._pending.append(problem)

    def _close_and_return_root(self):
        top = self._parser.close()
        self._parser = None
        return top

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        pending = self._pending
        while pending:
            item = pending.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item

    def flush(self):
        pass


def _parse_chunks(chunks, parser):
    sink = parser or XMLParser(target=TreeBuilder())
    for piece in chunks:
        sink.feed(piece)
    return sink.close()


def XML(text, parser=None):
    return _parse_chunks((text,), parser)


fromstring = XML


def XMLID(text, parser=None):
    root = _parse_chunks((text,), parser)
    by_id = {}
    for node in root.iter():
        key = node.get("id")
        if key:
            by_id[key] = node
    return root, by_id


def fromstringlist(sequence, parser=None):
    return _parse_chunks(sequence, parser)


class TreeBuilder:
    """Builds an element tree from start/end/data calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._make = element_factory or Element
        self._make_comment = comment_factory or Comment
        self._make_pi = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._open = []          # elements started and not yet ended
        self._pending_text = []  # character data not yet attached
        self._root = None
        self._last = None        # where pending text goes ...
        self._as_tail = False    # ... as its text, or as its tail

    def close(self):
        assert not self._open, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _attach_text(self):
        if not self._pending_text:
            return
        if self._last is not None:
            joined = "".join(self._pending_text)
            if self._as_tail:
                self._last.tail = joined
            else:
                self._last.text = joined
        self._pending_text = []

    def data(self, data):
        self._pending_text.append(data)

    def start(self, tag, attrs):
        self._attach_text()
        node = self._make(tag, attrs)
        if self._open:
            self._open[-1].append(node)
        elif self._root is None:
            self._root = node
        self._open.append(node)
        self._last, self._as_tail = node, False
        return node

    def end(self, tag):
        self._attach_text()
        self._last, self._as_tail = self._open.pop(), True
        return self._last

    def comment(self, text):
        return self._standalone(self._make_comment, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._standalone(self._make_pi, self.insert_pis, target, text)

    def _standalone(self, factory, keep, *args):
        node = factory(*args)
        if keep:
            self._attach_text()
            self._last, self._as_tail = node, True
            if self._open:
                self._open[-1].append(node)
        return node

# ---------------------------------------------------------------------------
# The parser (our own, in the manner of expat's observable behaviour)

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_PREDEF = {"lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"}
_WS = " \t\n\r"

_ERRORS = {
    2: "syntax error",
    3: "no element found",
    4: "not well-formed (invalid token)",
    5: "unclosed token",
    7: "mismatched tag",
    8: "duplicate attribute",
    9: "junk after document element",
    11: "undefined entity",
    14: "reference to invalid character number",
    17: "XML or text declaration not at start of entity",
    18: "unknown encoding",
    20: "unclosed CDATA section",
    27: "unbound prefix",
    28: "must not undeclare prefix",
    30: "XML declaration not well-formed",
}


def _is_name_start(c):
    return c.isalpha() or c == "_" or c == ":" or (c > "\x7f" and c not in "\u00d7\u00f7")


def _is_name_char(c):
    return c.isalnum() or c in "_:-." or c > "\x7f"


def _valid_char_code(n):
    return (n == 9 or n == 10 or n == 13 or 0x20 <= n <= 0xD7FF
            or 0xE000 <= n <= 0xFFFD or 0x10000 <= n <= 0x10FFFF)


class _Incomplete(Exception):
    pass


class _Fail(Exception):
    def __init__(self, code, pos, msg=None):
        self.code = code
        self.pos = pos
        self.msg = msg


def _bad_ctrl(text):
    for ch in text:
        if ch < " " and ch not in "\t\n\r":
            return True
    return False


class XMLParser:
    """A non-validating XML parser feeding a target (TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        self._encoding = encoding
        self.version = "Expat 2.5.0"
        self.entity = {}
        self._names = {}
        self._buf = ""
        self._pos = 0
        self._line0 = 0
        self._col0 = 0
        self._raw = b""
        self._decoder = None
        self._pending_cr = False
        self._state = 0   # 0 prolog, 1 content, 2 epilog
        self._stack = []  # (raw name, tag, declared prefixes)
        self._ns = [{"xml": _XML_NS}]
        self._error = None
        self._started = False
        self._doc_entities = {}
        self._has_doctype_ext = False
        self._events = None
        self._ns_aware = True
        self._start = getattr(target, "start", None)
        self._end = getattr(target, "end", None)
        self._data = getattr(target, "data", None)
        self._comment = getattr(target, "comment", None)
        self._pi = getattr(target, "pi", None)
        self._start_ns = getattr(target, "start_ns", None)
        self._end_ns = getattr(target, "end_ns", None)

    # -- events for XMLPullParser / iterparse
    def _setevents(self, queue, events):
        self._events = queue
        wanted = set()
        for ev in events:
            if ev not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % ev)
            wanted.add(ev)
        self._wanted = wanted

    # -- positions
    def _position(self, p):
        buf = self._buf
        k = buf.rfind("\n", 0, p)
        if k < 0:
            return self._line0 + 1, self._col0 + p
        return self._line0 + buf.count("\n", 0, p) + 1, p - k - 1

    def _raise(self, code, pos, msg=None):
        line, col = self._position(pos)
        if msg is None:
            msg = _ERRORS.get(code, "error")
        err = ParseError("%s: line %d, column %d" % (msg, line, col))
        err.code = code
        err.position = (line, col)
        self._error = err
        raise err

    # -- input
    def feed(self, data):
        if self._error is not None:
            raise self._error
        if isinstance(data, (bytes, bytearray)):
            data = self._decode(bytes(data), False)
        elif not isinstance(data, str):
            raise TypeError("a bytes-like object is required, not '%s'" % _type_name(data))
        self._add(data, False)

    def _decode(self, data, final):
        if self._decoder is None:
            self._raw += data
            raw = self._raw
            if not final and len(raw) < 4:
                return ""
            enc = self._encoding
            if raw[:3] == b"\xef\xbb\xbf":
                raw = raw[3:]
                enc = enc or "utf-8"
            elif raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                enc = "utf-16"
            elif enc is None and raw[:5] == b"<?xml":
                end = raw.find(b"?>")
                if end < 0:
                    if not final:
                        return ""
                else:
                    decl = raw[:end].decode("latin-1")
                    k = decl.find("encoding")
                    if k >= 0:
                        rest = decl[k + 8:].lstrip(" \t\r\n")
                        if rest[:1] == "=":
                            rest = rest[1:].lstrip(" \t\r\n")
                            if rest[:1] in ("'", '"'):
                                q = rest[0]
                                e = rest.find(q, 1)
                                if e > 0:
                                    enc = rest[1:e]
            enc = (enc or "utf-8").lower().replace("_", "-")
            if enc in ("utf8",):
                enc = "utf-8"
            if enc in ("latin-1", "latin1", "iso8859-1", "l1"):
                enc = "iso-8859-1"
            try:
                "".encode(enc)
            except LookupError:
                self._raise(18, 0)
            self._decoder = enc
            self._raw = b""
            data = raw
        else:
            data = self._raw + data
            self._raw = b""
        enc = self._decoder
        if enc == "utf-8":
            cut = len(data)
            if not final:
                # keep an incomplete trailing sequence for the next feed
                k = len(data) - 1
                back = 0
                while k >= 0 and back < 4 and 0x80 <= data[k] < 0xC0:
                    k -= 1
                    back += 1
                if k >= 0 and data[k] >= 0xC0:
                    lead = data[k]
                    need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
                    if len(data) - k < need:
                        cut = k
            self._raw = data[cut:]
            try:
                return data[:cut].decode("utf-8")
            except UnicodeDecodeError:
                text = data[:cut].decode("utf-8", "replace")
                k = text.find("\ufffd")
                self._add(text[:k] if k >= 0 else text, False)
                self._raise(4, len(self._buf))
        if enc == "utf-16" or enc.startswith("utf-16") or enc.startswith("utf-32"):
            if not final:
                self._raw = data
                return ""
            return data.decode(enc)
        return data.decode(enc)

    def _add(self, text, final):
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if "\r" in text:
            if text.endswith("\r") and not final:
                text = text[:-1]
                self._pending_cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._pos:
            buf = self._buf
            p = self._pos
            nl = buf.count("\n", 0, p)
            if nl:
                self._line0 += nl
                self._col0 = p - buf.rfind("\n", 0, p) - 1
            else:
                self._col0 += p
            self._buf = buf[p:] + text
            self._pos = 0
        else:
            self._buf = self._buf + text
        fail = None
        try:
            self._parse(final)
        except _Fail as f:
            fail = f
        if fail is not None:
            self._raise(fail.code, fail.pos, fail.msg)

    def close(self):
        if self._error is not None:
            raise self._error
        if self._decoder is None and self._raw:
            text = self._decode(b"", True)
        elif self._decoder is not None and self._raw:
            text = self._raw.decode(self._decoder, "replace")
            self._raw = b""
        else:
            text = ""
        self._add(text, True)
        close = getattr(self._target, "close", None)
        if close is not None:
            return close()
        return None

    def flush(self):
        pass

    def _setevents_emit(self, kind, value):
        if self._events is not None and kind in self._wanted:
            self._events.append((kind, value))

    # -- the tokenizer
    def _text(self, s):
        if self._data is not None and s:
            if "\n" in s and type(self._target) is not TreeBuilder:
                parts = s.split("\n")
                last = len(parts) - 1
                for k, part in enumerate(parts):
                    if part:
                        self._data(part)
                    if k < last:
                        self._data("\n")
            else:
                self._data(s)

    def _parse(self, final):
        buf = self._buf
        n = len(buf)
        i = self._pos
        try:
            while i < n:
                state = self._state
                c = buf[i]
                if state == 1:
                    if c == "<":
                        i = self._markup(buf, i, n, final)
                    elif c == "&":
                        i = self._content_ref(buf, i, n, final)
                    else:
                        j = i
                        while j < n:
                            ch = buf[j]
                            if ch == "<" or ch == "&":
                                break
                            j += 1
                        text = buf[i:j]
                        if "]]>" in text:
                            raise _Fail(4, i + text.find("]]>") + 2)
                        if _bad_ctrl(text):
                            for k, ch in enumerate(text):
                                if ch < " " and ch not in "\t\n\r":
                                    raise _Fail(4, i + k)
                        if j == n and not final and text.endswith("]"):
                            # might be the start of ']]>'
                            k = len(text)
                            while k > 0 and text[k - 1] == "]":
                                k -= 1
                            if k == 0:
                                raise _Incomplete()
                            text = text[:k]
                            j = i + k
                        self._text(text)
                        i = j
                else:
                    if c in _WS:
                        i += 1
                        continue
                    if c == "<":
                        if state == 2 and i + 1 < n and buf[i + 1] not in "!?":
                            if buf[i + 1] == "/":
                                raise _Fail(4, i + 1)
                            raise _Fail(9, i)
                        i = self._markup(buf, i, n, final)
                        continue
                    if state == 2:
                        if c == "&":
                            raise _Fail(4, i)
                        raise _Fail(9, i)
                    # junk in the prolog
                    if _is_name_char(c):
                        j = i
                        while j < n and _is_name_char(buf[j]):
                            j += 1
                        if j < n and buf[j] not in _WS:
                            raise _Fail(4, j)
                        if j == n and not final:
                            raise _Incomplete()
                        raise _Fail(2, i)
                    raise _Fail(4, i)
                self._pos = i
        except _Incomplete:
            self._pos = i
            if final:
                self._final_error(i)
            return
        self._pos = i
        if final:
            if self._state != 2:
                raise _Fail(3, n)

    def _final_error(self, i):
        buf = self._buf
        if buf.startswith("<![CDATA[", i):
            raise _Fail(20, len(buf))
        if buf[i] == "<":
            raise _Fail(5, i)
        if buf[i] == "&":
            raise _Fail(5, i)
        raise _Fail(3, len(buf))

    def _name_end(self, buf, j, n):
        while j < n and _is_name_char(buf[j]):
            j += 1
        if j == n:
            raise _Incomplete()
        return j

    def _content_ref(self, buf, i, n, final):
        text, j = self._reference(buf, i, n, True)
        if text is not None:
            self._text(text)
        return j

    def _reference(self, buf, i, n, in_content):
        """Parse '&...;' at i. Return (replacement text, next index)."""
        j = i + 1
        if j >= n:
            raise _Incomplete()
        if buf[j] == "#":
            j += 1
            if j >= n:
                raise _Incomplete()
            base = 10
            if buf[j] == "x":
                base = 16
                j += 1
            start = j
            digits = "0123456789abcdefABCDEF" if base == 16 else "0123456789"
            while j < n and buf[j] in digits:
                j += 1
            if j >= n:
                raise _Incomplete()
            if buf[j] != ";" or j == start:
                raise _Fail(4, j)
            code = int(buf[start:j], base)
            if not _valid_char_code(code):
                raise _Fail(14, i)
            return chr(code), j + 1
        if not _is_name_start(buf[j]):
            raise _Fail(4, j)
        k = self._name_end(buf, j, n)
        if buf[k] != ";":
            raise _Fail(4, k)
        name = buf[j:k]
        if name in _PREDEF:
            return _PREDEF[name], k + 1
        if name in self._doc_entities:
            return self._doc_entities[name], k + 1
        if not in_content:
            raise _Fail(11, -1)
        if self._has_doctype_ext:
            if name in self.entity:
                return self.entity[name], k + 1
            raise _Fail(11, i, "undefined entity &%s;" % name)
        raise _Fail(11, i)

    def _markup(self, buf, i, n, final):
        j = i + 1
        if j >= n:
            raise _Incomplete()
        c = buf[j]
        if c == "/":
            return self._end_tag(buf, i, n)
        if c == "!":
            if buf.startswith("<!--", i):
                k = buf.find("--", i + 4)
                while True:
                    if k < 0:
                        raise _Incomplete()
                    if k + 2 >= n:
                        raise _Incomplete()
                    if buf[k + 2] != ">":
                        raise _Fail(4, k + 2)
                    break
                body = buf[i + 4:k]
                if self._comment is not None:
                    r = self._comment(body)
                    self._setevents_emit("comment", r)
                return k + 3
            if buf.startswith("<![CDATA[", i):
                if self._state != 1:
                    raise _Fail(2, i)
                k = buf.find("]]>", i + 9)
                if k < 0:
                    raise _Incomplete()
                self._text(buf[i + 9:k])
                return k + 3
            if buf.startswith("<!DOCTYPE", i):
                if self._state != 0:
                    raise _Fail(4, i + 1)
                return self._doctype(buf, i, n)
            if n - i < 9 and ("<!DOCTYPE".startswith(buf[i:]) or "<![CDATA[".startswith(buf[i:]) or "<!--".startswith(buf[i:])):
                raise _Incomplete()
            if n > i + 3 and buf[i + 2] == "-":
                raise _Fail(4, i + 3)
            raise _Fail(4, i + 2 if n > i + 2 else i)
        if c == "?":
            k = buf.find("?>", i + 2)
            if k < 0:
                raise _Incomplete()
            body = buf[i + 2:k]
            t = 0
            while t < len(body) and _is_name_char(body[t]):
                t += 1
            target = body[:t]
            if not target or not _is_name_start(target[0]):
                raise _Fail(4, i + 2)
            rest = body[t:]
            if rest and rest[0] not in _WS:
                raise _Fail(4, i + 2 + t)
            if target.lower() == "xml":
                if target == "xml" and i == 0 and self._line0 == 0 and self._col0 == 0 and not self._started:
                    self._started = True
                    return k + 2
                if target == "xml":
                    raise _Fail(17, i)
                raise _Fail(4, i + 2)
            self._started = True
            data = rest.lstrip(_WS)
            if self._pi is not None:
                r = self._pi(target, data)
                self._setevents_emit("pi", r)
            return k + 2
        if not _is_name_start(c):
            raise _Fail(4, j)
        self._started = True
        return self._start_tag(buf, i, n)

    def _doctype(self, buf, i, n):
        j = i + 9
        depth = 0
        quote = None
        subset_start = -1
        while True:
            if j >= n:
                raise _Incomplete()
            ch = buf[j]
            if quote:
                if ch == quote:
                    quote = None
            elif ch == "'" or ch == '"':
                quote = ch
            elif ch == "[":
                depth += 1
                if subset_start < 0:
                    subset_start = j + 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    self._internal_subset(buf[subset_start:j])
            elif ch == ">" and depth == 0:
                break
            j += 1
        head = buf[i + 9:subset_start - 1 if subset_start >= 0 else j]
        if "SYSTEM" in head or "PUBLIC" in head:
            self._has_doctype_ext = True
        doctype = getattr(self._target, "doctype", None)
        if doctype is not None:
            parts = self._doctype_parts(head)
            if parts is not None:
                doctype(*parts)
        self._started = True
        return j + 1

    def _doctype_parts(self, head):
        toks = []
        k = 0
        h = head
        while k < len(h):
            ch = h[k]
            if ch in _WS:
                k += 1
            elif ch in "'\"":
                e = h.find(ch, k + 1)
                if e < 0:
                    return None
                toks.append((True, h[k + 1:e]))
                k = e + 1
            else:
                e = k
                while e < len(h) and h[e] not in _WS + "'\"":
                    e += 1
                toks.append((False, h[k:e]))
                k = e
        if not toks:
            return None
        name = toks[0][1]
        pubid = system = None
        if len(toks) >= 3 and toks[1][1] == "PUBLIC":
            pubid = toks[2][1]
            if len(toks) >= 4:
                system = toks[3][1]
        elif len(toks) >= 3 and toks[1][1] == "SYSTEM":
            system = toks[2][1]
        return name, pubid, system

    def _internal_subset(self, subset):
        k = 0
        while True:
            k = subset.find("<!ENTITY", k)
            if k < 0:
                return
            e = k + 8
            rest = subset[e:].lstrip(_WS)
            if rest.startswith("%"):
                k = e
                continue
            t = 0
            while t < len(rest) and _is_name_char(rest[t]):
                t += 1
            name = rest[:t]
            val = rest[t:].lstrip(_WS)
            if val[:1] in ("'", '"'):
                q = val.find(val[0], 1)
                if q > 0 and name not in self._doc_entities:
                    value = val[1:q]
                    self._doc_entities[name] = self._expand_refs(value)
            k = e

    def _expand_refs(self, value):
        out = []
        k = 0
        while True:
            a = value.find("&", k)
            if a < 0:
                out.append(value[k:])
                break
            out.append(value[k:a])
            b = value.find(";", a)
            if b < 0:
                out.append(value[a:])
                break
            ref = value[a + 1:b]
            if ref.startswith("#x"):
                out.append(chr(int(ref[2:], 16)))
            elif ref.startswith("#"):
                out.append(chr(int(ref[1:])))
            elif ref in _PREDEF:
                out.append(_PREDEF[ref])
            else:
                out.append(self._doc_entities.get(ref, value[a:b + 1]))
            k = b + 1
        return "".join(out)

    def _start_tag(self, buf, i, n):
        j = self._name_end(buf, i + 1, n)
        qname = buf[i + 1:j]
        attrs = []
        names = {}
        empty = False
        while True:
            if j >= n:
                raise _Incomplete()
            ch = buf[j]
            had_ws = False
            if ch in _WS:
                while j < n and buf[j] in _WS:
                    j += 1
                if j >= n:
                    raise _Incomplete()
                ch = buf[j]
                had_ws = True
            if ch == ">":
                j += 1
                break
            if ch == "/":
                if j + 1 >= n:
                    raise _Incomplete()
                if buf[j + 1] != ">":
                    raise _Fail(4, j + 1)
                empty = True
                j += 2
                break
            if not had_ws or not _is_name_start(ch):
                raise _Fail(4, j)
            a0 = j
            j = self._name_end(buf, j, n)
            aname = buf[a0:j]
            while j < n and buf[j] in _WS:
                j += 1
            if j >= n:
                raise _Incomplete()
            if buf[j] != "=":
                raise _Fail(4, j)
            j += 1
            while j < n and buf[j] in _WS:
                j += 1
            if j >= n:
                raise _Incomplete()
            q = buf[j]
            if q != '"' and q != "'":
                raise _Fail(4, j)
            e = buf.find(q, j + 1)
            if e < 0:
                lt = buf.find("<", j + 1)
                if lt >= 0:
                    raise _Fail(4, lt)
                raise _Incomplete()
            raw = buf[j + 1:e]
            if aname in names:
                raise _Fail(8, a0)
            names[aname] = True
            value = self._attr_value(buf, j + 1, e, i)
            attrs.append((aname, value, a0))
            j = e + 1
        if not self._ns_aware:
            attrib = {}
            for aname, value, a0 in attrs:
                attrib[aname] = value
            self._stack.append((qname, qname, ()))
            self._ns.append(self._ns[-1])
            self._state = 1
            if self._start is not None:
                self._start(qname, attrib)
            if empty:
                self._close_element()
            return j
        # namespaces
        declared = []
        ns = self._ns[-1]
        plain = []
        for aname, value, a0 in attrs:
            if aname == "xmlns":
                declared.append(("", value))
            elif aname.startswith("xmlns:"):
                if value == "":
                    raise _Fail(28, i)
                declared.append((aname[6:], value))
            else:
                plain.append((aname, value, a0))
        if declared:
            ns = dict(ns)
            for p, u in declared:
                ns[p] = u
        self._ns.append(ns)
        tag = self._resolve(qname, ns, True, i)
        attrib = {}
        for aname, value, a0 in plain:
            key = self._resolve(aname, ns, False, i)
            if key in attrib:
                raise _Fail(8, a0)
            attrib[key] = value
        for p, u in declared:
            if self._start_ns is not None:
                self._start_ns(p, u)
            self._setevents_emit("start-ns", (p, u))
        self._stack.append((qname, tag, declared))
        self._state = 1
        if self._start is not None:
            r = self._start(tag, attrib)
            self._setevents_emit("start", r)
        if empty:
            self._close_element()
        return j

    def _resolve(self, qname, ns, is_elem, pos):
        k = qname.find(":")
        if k > 0:
            prefix = qname[:k]
            local = qname[k + 1:]
            uri = ns.get(prefix)
            if uri is None:
                raise _Fail(27, pos)
            tag = "{%s}%s" % (uri, local)
        elif is_elem:
            uri = ns.get("")
            tag = "{%s}%s" % (uri, qname) if uri else qname
        else:
            tag = qname
        names = self._names
        t = names.get(tag)
        if t is None:
            names[tag] = t = tag
        return t

    def _attr_value(self, buf, a, e, tag_start):
        value = buf[a:e]
        if "<" in value:
            raise _Fail(4, a + value.find("<"))
        if "&" not in value:
            if "\n" in value or "\t" in value:
                value = value.replace("\n", " ").replace("\t", " ")
            return value
        out = []
        k = a
        while k < e:
            amp = buf.find("&", k, e)
            if amp < 0:
                out.append(buf[k:e].replace("\n", " ").replace("\t", " "))
                break
            out.append(buf[k:amp].replace("\n", " ").replace("\t", " "))
            try:
                text, k = self._reference(buf, amp, e, False)
            except _Incomplete:
                raise _Fail(4, e)
            except _Fail as f:
                if f.pos == -1:
                    f.pos = tag_start
                raise
            out.append(text)
        return "".join(out)

    def _end_tag(self, buf, i, n):
        j = i + 2
        if j >= n:
            raise _Incomplete()
        if not _is_name_start(buf[j]):
            raise _Fail(4, j)
        k = self._name_end(buf, j, n)
        name = buf[j:k]
        while k < n and buf[k] in _WS:
            k += 1
        if k >= n:
            raise _Incomplete()
        if buf[k] != ">":
            raise _Fail(4, k)
        if self._state != 1 or not self._stack or self._stack[-1][0] != name:
            raise _Fail(7, j)
        self._close_element()
        return k + 1

    def _close_element(self):
        qname, tag, declared = self._stack.pop()
        self._ns.pop()
        if self._end is not None:
            r = self._end(tag)
            self._setevents_emit("end", r)
        for p, u in reversed(declared):
            if self._end_ns is not None:
                self._end_ns(p)
            self._setevents_emit("end-ns", None)
        if not self._stack:
            self._state = 2
