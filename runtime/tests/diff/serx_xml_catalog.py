"""Querying and re-serialising a small XML catalogue."""
import xml.etree.ElementTree as ET
import copy, pickle, io
src = """<?xml version="1.0" encoding="UTF-8"?>
<!-- leading comment -->
<?pi target?>
<library xmlns:dc="http://purl.org/dc/elements/1.1/">
  <book id="b1" lang="en"><dc:title>Dune</dc:title><year>1965</year><price cur="USD">9.99</price></book>
  <book id="b2" lang="fr"><dc:title>L'Étranger</dc:title><year>1942</year><!-- inner --><price cur="EUR">7.50</price></book>
  <book id="b3"><dc:title>Solaris</dc:title><year>1961</year>tail text<price>5</price>more</book>
  <magazine id="m1"><title>Wired</title></magazine>
</library>"""
root = ET.fromstring(src)
print(root.tag, len(root), [c.tag for c in root])
print([b.get("id") for b in root.findall("book[last()]")], [b.get("id") for b in root.findall("book[1]")], [b.get("id") for b in root.findall("book[last()-1]")])
print([b.get("id") for b in root.findall("book[year='1942']")], [b.get("id") for b in root.findall("book[@lang]")])
print([e.tag for e in root.findall(".//{*}title")], [e.text for e in root.findall("{*}book/{http://purl.org/dc/elements/1.1/}title")])
print([y.text for y in root.findall(".//year/..")][:0], [p.get("id") for p in root.findall(".//year/..")])
print([e.tag for e in root.findall("*/year")], root.find(".").tag, [e.tag for e in root.findall("./book/*")][:4])
print(list(root.find("book[@id='b3']").itertext()))
print("".join(root.itertext()).split()[:6])
b3 = root.find("book[@id='b3']")
print(repr(b3[1].tail), repr(b3[2].tail), repr(b3.text))
print([b.get("id") for b in root.findall("book[year!='1965']")] if False else "")
try:
    root.findall("book[@id=b1]")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    root.findall("/abs")
except SyntaxError as e:
    print("SyntaxError:", e)
c = copy.deepcopy(root)
c[0].set("id", "changed")
print(root[0].get("id"), c[0].get("id"), ET.tostring(c[0], encoding="unicode")[:40])
s = copy.copy(root)
print(s[0] is root[0], len(s))
p = pickle.loads(pickle.dumps(root))
print(p.tag, len(p), p[0].attrib)
print(ET.tostring(root[1], encoding="us-ascii"))
print(ET.tostring(root[1], encoding="iso-8859-1"))
print(ET.tostringlist(ET.fromstring("<a><b/></a>"), encoding="unicode"))
print(ET.tostring(ET.fromstring("<p>Hello<br/>world &lt;3</p>"), method="html"))
print(ET.tostring(ET.fromstring("<script>a &lt; b</script>"), method="html"))
e = ET.Element("root")
e.extend([ET.Element("a"), ET.Element("b")])
e[0].text = "x"; e[1].tail = "y"
e.text = "lead"
print(ET.tostring(e), e.find("a").text, list(e.iter()) == [e, e[0], e[1]])
e[:] = sorted(e, key=lambda x: x.tag, reverse=True)
print([x.tag for x in e], ET.tostring(e))
del e[0]
print([x.tag for x in e], e.get("missing"), e.makeelement("z", {"k": "v"}).attrib)
pi = ET.ProcessingInstruction("xml-stylesheet", 'href="s.css"')
e.append(pi)
print(ET.tostring(e, encoding="unicode"))
print(ET.tostring(ET.Comment("c -- d"), encoding="unicode"))
t = ET.ElementTree(ET.fromstring("<x><y a='1'>t</y></x>"))
print(t.find("y").text, t.findtext("y"), [el.tag for el in t.iter()], t.getroot().find("y").attrib)
parser = ET.XMLParser()
parser.feed("<root><chunk>")
parser.feed("data</chunk></root>")
r = parser.close()
print(r.tag, r[0].text)

class Counter:
    def __init__(self): self.events = []
    def start(self, tag, attrib): self.events.append(("start", tag, dict(attrib)))
    def end(self, tag): self.events.append(("end", tag))
    def data(self, text):
        if text.strip(): self.events.append(("data", text))
    def comment(self, text): self.events.append(("comment", text))
    def close(self): return len(self.events)
tp = ET.XMLParser(target=Counter())
tp.feed("<a x='1'><!--hi--><b>text</b><c/></a>")
print(tp.close(), tp.target.events)
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
pp = ET.XMLParser(target=tb)
pp.feed("<a><!--keep--><?p d?><b/></a>")
tree = pp.close()
print(ET.tostring(tree, encoding="unicode"))
print(ET.iselement(tree), ET.iselement("x"))
attrs = ET.fromstring('<a z="1" b="2" m="&quot;&apos;&#10;&#9;"/>')
print(attrs.attrib, ET.tostring(attrs))
print(ET.tostring(ET.fromstring("<a>\r\n line</a>")))
w = ET.Element("w", attrib={"a": "1"}, b="2")
print(sorted(w.items()), ET.tostring(w))
n = ET.Element("n")
n.text = "1 < 2 & 3 > 2"
n.set("q", "<\"'>&\n")
print(ET.tostring(n))
