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


class Element:
    """An XML element: tag, attrib, text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s"
                            % _type_name(attrib))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return Element(tag, attrib)

    def copy(self):
        return self.__copy__()

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        for child in self._children:
            elem._children.append(deepcopy(child, memo))
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                self._assert_is_element(e)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not %s"
                            % _type_name(subelement))
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % _type_name(subelement))
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not "%s"' % _type_name(e))

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return _path_find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return _path_findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return list(_path_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _path_iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        return self._iter(tag)

    def _iter(self, tag):
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e._iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None and tag is not Comment:
            return
        t = self.text
        if t:
            yield t
        for e in self._children:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % _type_name(attrib))
    attrib = {**attrib, **extra}
    element = Element(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: '{uri}local'."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        if isinstance(other, QName):
            return other.text
        return other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


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
        if path.startswith("//", i):
            tokens.append(("//", ""))
            i += 2
            continue
        if path.startswith("..", i):
            tokens.append(("..", ""))
            i += 2
            continue
        if path.startswith("()", i):
            tokens.append(("()", ""))
            i += 2
            continue
        if path.startswith("!=", i):
            tokens.append(("!=", ""))
            i += 2
            continue
        if path.startswith("::", i):
            tokens.append(("::", ""))
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
                try:
                    parent = pm[elem]
                    elems = list(parent.findall(elem.tag))
                    if elems[index] is elem:
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
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _abs(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
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
            _serialize_text(write, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            if method == "xml":
                _serialize_xml(write, self._root, qnames, namespaces,
                               short_empty_elements)
            else:
                _serialize_html(write, self._root, qnames, namespaces)
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
    if isinstance(target, _ListDataStream):
        if enc_lower == "unicode":
            target.lst.extend(pieces)
        else:
            data = "".join(pieces)
            if data:
                target.lst.append(_encode(data, encoding, enc_lower))
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


class _ListDataStream:
    def __init__(self, lst):
        self.lst = lst


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if len(prefix) > 2 and prefix[:2] == "ns" and prefix[2:].isdigit():
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError(
                        "cannot use non-qualified names with "
                        "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _escape_cdata(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if "\"" in text:
            text = text.replace("\"", "&quot;")
        if "\r" in text:
            text = text.replace("\r", "&#13;")
        if "\n" in text:
            text = text.replace("\n", "&#10;")
        if "\t" in text:
            text = text.replace("\t", "&#09;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_attrib_html(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        if "\"" in text:
            text = text.replace("\"", "&quot;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _write_ns_and_attrs(write, elem, qnames, namespaces, escape):
    items = list(elem.items())
    if items or namespaces:
        if namespaces:
            for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                if k:
                    k = ":" + k
                write(" xmlns%s=\"%s\"" % (k, _escape_attrib(v)))
        for k, v in items:
            if isinstance(k, QName):
                k = k.text
            if isinstance(v, QName):
                v = qnames[v.text]
            else:
                v = escape(v)
            write(" %s=\"%s\"" % (qnames[k], v))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        if isinstance(tag, QName):
            tag = tag.text
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            write("<" + tag)
            _write_ns_and_attrs(write, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        if isinstance(tag, QName):
            tag = tag.text
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            write("<" + tag)
            _write_ns_and_attrs(write, elem, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    lst = []
    ElementTree(element).write(_ListDataStream(lst), encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    if encoding == "unicode" or (encoding and encoding.lower() == "unicode"):
        return "".join(lst)
    return b"".join(lst)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    lst = []
    ElementTree(element).write(_ListDataStream(lst), encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace,
                               method=method,
                               short_empty_elements=short_empty_elements)
    return lst


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
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

    walk(tree, 0)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            self._close_source = True
        self._source = source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._gen = self._run()
        self.root = None

    def _run(self):
        try:
            while True:
                yield from self._pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                self._pull.feed(data)
            root = self._pull._close_and_return_root()
            yield from self._pull.read_events()
            self.root = root
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    return _IterParseIterator(source, events, parser)


class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._index = 0
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """Builds an element tree from start/end/data calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


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
