"""A small DOM (Ember): parse, build, query and pretty-print documents."""

import io
import xml.dom


def _write_data(writer, data):
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;"). \
            replace("\"", "&quot;").replace(">", "&gt;")
        writer.write(data)


class Node(xml.dom.Node):
    parentNode = None
    ownerDocument = None
    nodeValue = None
    attributes = None

    def __init__(self):
        self.childNodes = []

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, delta):
        p = self.parentNode
        if p is None:
            return None
        kids = p.childNodes
        for i, k in enumerate(kids):
            if k is self:
                j = i + delta
                if 0 <= j < len(kids):
                    return kids[j]
                return None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return bool(self.childNodes)

    def appendChild(self, node):
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        for i, k in enumerate(self.childNodes):
            if k is refChild:
                self.childNodes.insert(i, newChild)
                newChild.parentNode = self
                return newChild
        raise ValueError("refChild is not a child of this node")

    def removeChild(self, oldChild):
        for i, k in enumerate(self.childNodes):
            if k is oldChild:
                del self.childNodes[i]
                oldChild.parentNode = None
                return oldChild
        raise ValueError("node is not a child of this node")

    def replaceChild(self, newChild, oldChild):
        self.insertBefore(newChild, oldChild)
        self.removeChild(oldChild)
        return oldChild

    def normalize(self):
        out = []
        for k in self.childNodes:
            if k.nodeType == Node.TEXT_NODE:
                if not k.data:
                    continue
                if out and out[-1].nodeType == Node.TEXT_NODE:
                    out[-1].data = out[-1].data + k.data
                    continue
            elif k.nodeType == Node.ELEMENT_NODE:
                k.normalize()
            out.append(k)
        self.childNodes = out

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        text = writer.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def unlink(self):
        for k in self.childNodes:
            k.unlink()

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()

    def _walk_elements(self, name, out):
        for k in self.childNodes:
            if k.nodeType == Node.ELEMENT_NODE:
                if name == "*" or k.tagName == name:
                    out.append(k)
                k._walk_elements(name, out)
        return out

    def __repr__(self):
        return "<DOM %s node at %#x>" % (type(self).__name__, id(self))


class Attr:
    def __init__(self, name, value):
        self.name = self.nodeName = name
        self.value = self.nodeValue = value

    def __repr__(self):
        return "<xml.dom.minidom.Attr object at %#x>" % id(self)


class NamedNodeMap:
    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def __getitem__(self, name):
        return Attr(name, self._attrs[name])

    def __contains__(self, name):
        return name in self._attrs

    def get(self, name, default=None):
        if name in self._attrs:
            return Attr(name, self._attrs[name])
        return default

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return [Attr(k, v) for k, v in self._attrs.items()]

    def items(self):
        return list(self._attrs.items())

    def item(self, index):
        try:
            k = list(self._attrs)[index]
        except IndexError:
            return None
        return Attr(k, self._attrs[k])


class Element(Node):
    nodeType = Node.ELEMENT_NODE

    def __init__(self, tagName):
        Node.__init__(self)
        self.tagName = self.nodeName = tagName
        self._attrs = {}

    @property
    def localName(self):
        return self.tagName.split(":")[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def getAttribute(self, name):
        return self._attrs.get(name, "")

    def setAttribute(self, name, value):
        self._attrs[name] = value

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def removeAttribute(self, name):
        del self._attrs[name]

    def getAttributeNode(self, name):
        if name in self._attrs:
            return Attr(name, self._attrs[name])
        return None

    def getElementsByTagName(self, name):
        return self._walk_elements(name, [])

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, value in self._attrs.items():
            writer.write(" %s=\"" % name)
            _write_data(writer, value)
            writer.write("\"")
        if self.childNodes:
            writer.write(">")
            if (len(self.childNodes) == 1 and
                    self.childNodes[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))


class Text(Node):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def __init__(self, data):
        Node.__init__(self)
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @property
    def wholeText(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    def __repr__(self):
        data = self.data
        dotdotdot = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[0:10], dotdotdot)


class Comment(Node):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        Node.__init__(self)
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        Node.__init__(self)
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class Document(Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None

    @property
    def documentElement(self):
        for k in self.childNodes:
            if k.nodeType == Node.ELEMENT_NODE:
                return k
        return None

    def createElement(self, tagName):
        e = Element(tagName)
        e.ownerDocument = self
        return e

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        t = Text(data)
        t.ownerDocument = self
        return t

    def createComment(self, data):
        c = Comment(data)
        c.ownerDocument = self
        return c

    def createProcessingInstruction(self, target, data):
        return ProcessingInstruction(target, data)

    def getElementsByTagName(self, name):
        return self._walk_elements(name, [])

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(decl), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class _DomBuilder:
    def __init__(self):
        self.doc = Document()
        self.stack = [self.doc]

    def _add(self, node):
        node.ownerDocument = self.doc
        self.stack[-1].appendChild(node)

    def start(self, tag, attrib):
        e = Element(tag)
        e._attrs = dict(attrib)
        self._add(e)
        self.stack.append(e)

    def end(self, tag):
        self.stack.pop()

    def data(self, data):
        if len(self.stack) == 1:
            return
        parent = self.stack[-1]
        kids = parent.childNodes
        if kids and kids[-1].nodeType == Node.TEXT_NODE:
            kids[-1].data = kids[-1].data + data
        else:
            self._add(Text(data))

    def comment(self, text):
        self._add(Comment(text))

    def pi(self, target, data):
        self._add(ProcessingInstruction(target, data))

    def close(self):
        return self.doc


def _parse_with(feed):
    from xml.etree.ElementTree import XMLParser, ParseError
    from xml.parsers.expat import ExpatError
    builder = _DomBuilder()
    parser = XMLParser(target=builder)
    parser._ns_aware = False
    err = None
    try:
        feed(parser)
        doc = parser.close()
    except ParseError as e:
        err = e
    if err is not None:
        x = ExpatError(str(err))
        x.code = err.code
        x.lineno, x.offset = err.position
        raise x
    return doc


def parseString(string, parser=None):
    return _parse_with(lambda p: p.feed(string))


def parse(file, parser=None, bufsize=None):
    def feed(p):
        if hasattr(file, "read"):
            p.feed(file.read())
        else:
            with open(file, "rb") as f:
                p.feed(f.read())
    return _parse_with(feed)


def getDOMImplementation(features=None):
    return _Impl()


class _Impl:
    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if qualifiedName:
            doc.appendChild(doc.createElement(qualifiedName))
        return doc
