import xml.etree.ElementTree as ET
import io
doc = """<?xml version="1.0" encoding="UTF-8"?>
<!-- a catalog -->
<catalog xmlns="http://example.com/cat" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <book id="b1" lang="en">
    <dc:title>Python &amp; XML</dc:title>
    <price currency="USD">29.99</price>
    <tags><tag>prog</tag><tag>xml</tag></tags>
  </book>
  <book id="b2">
    <dc:title>Caf\u00e9 &lt;Stories&gt;</dc:title>
    <price currency="EUR">15.00</price>
    <![CDATA[raw <stuff> & more]]>
  </book>
  <?proc instr?>
</catalog>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text))
for b in root:
    print(b.tag, b.attrib, b.get('id'), b.get('lang', 'none'), len(b), repr(b.tail))
ns = {'c': 'http://example.com/cat', 'dc': 'http://purl.org/dc/elements/1.1/'}
print([t.text for t in root.findall('.//dc:title', ns)])
print([p.text for p in root.iterfind('c:book/c:price', ns)])
print(root.findtext('c:book/c:price', namespaces=ns), root.findtext('c:nothing', 'dflt', ns))
print(root.find('{http://example.com/cat}book[@id="b2"]').attrib)
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root, encoding='utf-8'))
print(ET.tostring(root, encoding='iso-8859-1'))
ET.register_namespace('', 'http://example.com/cat')
print(ET.tostring(root, encoding='unicode'))
ET.register_namespace('cat', 'http://example.com/cat')
print(ET.tostring(root, encoding='unicode', xml_declaration=True))
print(ET.tostring(root, method='text', encoding='unicode'))
print(ET.tostring(root, method='html'))
print([x.tag for x in root.iter()])
print(list(root.itertext()))
r = ET.Element('root', {'b': '2', 'a': '1'}, c='3')
r.text = 'hi'
s = ET.SubElement(r, 'child', name='x<y>&"z"')
s.tail = 'after'
ET.SubElement(r, 'empty')
ET.SubElement(r, 'br')
ET.SubElement(r, 'script').text = 'a < b && c'
r.append(ET.Comment(' comment -- '))
r.append(ET.PI('target', 'data'))
print(ET.tostring(r))
print(ET.tostring(r, short_empty_elements=False))
print(ET.tostring(r, method='html'))
print(ET.tostringlist(r, encoding='unicode'))
print(ET.tostringlist(r))
ET.indent(r)
print(ET.tostring(r, encoding='unicode'))
ET.indent(r, space='\t', level=1)
print(ET.tostring(r, encoding='unicode'))
ET.dump(r)
t = ET.ElementTree(r)
bio = io.BytesIO()
t.write(bio, encoding='utf-8', xml_declaration=True)
print(bio.getvalue())
sio = io.StringIO()
t.write(sio, encoding='unicode')
print(sio.getvalue()[:50])
bio = io.BytesIO(b"<a><b x='1'>t</b><b x='2'/><c><b x='3'/></c></a>")
for ev, el in ET.iterparse(bio, events=('start', 'end')):
    print(ev, el.tag, el.attrib)
bio = io.BytesIO(b"<a xmlns='u' xmlns:p='v'><p:b/></a>")
for ev, el in ET.iterparse(bio, events=('start-ns', 'start', 'end', 'end-ns')):
    print(ev, el if not hasattr(el, 'tag') else el.tag)
it = ET.iterparse(io.BytesIO(b"<a><b/></a>"))
for ev, el in it: print(ev, el.tag)
print(it.root.tag)
a = ET.fromstring('<a><b>1</b><b>2</b><c><b>3</b></c><d x="1"/><d x="2"/></a>')
for p in ['b', '*', '.', './/b', 'b[1]', 'b[2]', 'b[last()]', 'b[last()-1]', '*[@x]', "*[@x='2']", "*[@x!='2']", 'c/b/..', '*[b]', "*[b='3']", "b[.='2']", './/b/..', 'c//b', '{*}b', 'c/*', '..', 'x', 'd[3]']:
    print(p, [(e.tag, e.text, e.attrib) for e in a.findall(p)])
print(a.find('b').text, a.findtext('c/b'), a.findtext('d'), repr(a.findtext('d')))
print(len(a), a[0].text, [e.tag for e in a[1:3]], [e.tag for e in a[-2:]])
del a[0]
print([e.tag for e in a])
a.insert(0, ET.Element('z'))
a.remove(a[1])
print([e.tag for e in a], a.keys(), a.items())
a.set('k', 'v'); print(a.keys(), a.items(), a.get('k'), a.attrib)
a.clear(); print(len(a), a.attrib, a.text)
import copy
x = ET.fromstring('<x a="1"><y>t</y></x>')
y = copy.deepcopy(x); y[0].text = 'changed'; print(ET.tostring(x), ET.tostring(y))
z = copy.copy(x); print(z[0] is x[0])
print(ET.iselement(x), ET.iselement('x'))
q = ET.QName('http://u', 'loc'); print(q, repr(q), q.text, q == '{http://u}loc')
e = ET.Element(q); e.set('attr', 'v'); print(ET.tostring(e))
e = ET.Element('{http://u}a'); ET.SubElement(e, '{http://v}b').set('{http://u}c', '1'); ET.SubElement(e, '{http://www.w3.org/XML/1998/namespace}lang')
print(ET.tostring(e))
print(ET.tostring(e, default_namespace='http://u') if False else '')
x = ET.XML('<a>&#65;&#x42;&lt;&gt;&amp;&quot;&apos;\u00e9\u4e2d</a>'); print(x.text, ET.tostring(x))
t = ET.ElementTree(ET.fromstring('<r><a>1</a></r>'))
print(t.getroot().tag, t.find('a').text, t.findtext('a'), [e.tag for e in t.findall('a')], [e.tag for e in t.iter()])
