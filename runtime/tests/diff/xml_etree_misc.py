import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, unescape, quoteattr
import xml.sax.saxutils as su
print(escape('a<b>&c'), escape('x"y', {'"': '&quot;'}), unescape('&lt;p&gt; &amp;amp;'), unescape('&quot;', {'&quot;': '"'}))
for s in ['plain', 'a"b', "a'b", 'a"b\'c', 'tab\there\nnl', '<&>']:
    print(quoteattr(s))
e = ET.Element('a')
for f in [lambda: e.append(1), lambda: e.extend([1]), lambda: e.insert(0, 'x'), lambda: e.remove(ET.Element('b')), lambda: e[5], lambda: ET.Element('a', 1), lambda: ET.SubElement(e, 'x', 5), lambda: ET.tostring(ET.Element(1)), lambda: ET.tostring(ET.Element('a', b=1)), lambda: e.find('/x'), lambda: e.find('x[0]'), lambda: e.find('//'), lambda: ET.register_namespace('ns1', 'x'), lambda: ET.tostring(e, method='foo'), lambda: e.findall('x/../..'), lambda: e.findall('{a}x[y=z]'), lambda: ET.indent(e, level=-1), lambda: ET.XMLPullParser(events=('bogus',))]:
    try: print(f())
    except Exception as ex: print(type(ex).__name__, ex)
a = ET.Element('a', {'x': 'a"b<c>&\n\t\r\'d'}); a.text = 'a"b<c>&\n\t\r\'d'
print(ET.tostring(a)); print(ET.tostring(a, method='html'))
a = ET.fromstring("<a x='1\n2\t3&#10;4'>x\r\ny\rz</a>"); print(a.attrib, repr(a.text))
print(e.keys(), e.items(), type(e.keys()).__name__)
x = ET.fromstring('<r><a/><!--c--><b/></r>'); print(len(x))
t = ET.TreeBuilder(insert_comments=True); p = ET.XMLParser(target=t); p.feed('<r>x<a/>y<!--c-->z<?pi d?>w</r>'); r = p.close(); print(ET.tostring(r), [c.tag == ET.Comment for c in r])
print(len(r.findall('*')), len(list(r.iter())), list(r.itertext()), len(r.findall('.//*')))
print(ET.tostring(r, method='text'))
tb = ET.TreeBuilder()
tb.start('root', {'a': '1'}); tb.data('hello'); tb.start('kid', {}); tb.data('k'); tb.end('kid'); tb.data(' tail'); tb.end('root')
print(ET.tostring(tb.close()))
e = ET.Element('e'); print(bool(e), len(e)); ET.SubElement(e, 'c'); print(bool(e))
e[0] = ET.Element('d'); print([c.tag for c in e]); e[:] = [ET.Element('x'), ET.Element('y')]; print([c.tag for c in e])
e.extend([ET.Element('z')]); print([c.tag for c in e], [c.tag for c in reversed(e)] if hasattr(e, '__reversed__') else [c.tag for c in list(e)[::-1]])
print([c.tag for c in e.iter('y')], [c.tag for c in e.iter('*')])
e2 = e.makeelement('m', {'q': '1'}); print(e2.tag, e2.attrib, len(e))
print(ET.tostring(ET.Element('a', {'z': '1', 'a': '2', 'm': '3'})))
print(ET.tostring(ET.Element('{http://www.w3.org/2001/XMLSchema-instance}type')))
ns = ET.Element('{urn:a}root'); ET.SubElement(ns, '{urn:b}x'); ET.SubElement(ns, '{urn:a}y', {'{urn:c}at': 'v', 'plain': 'p'})
print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ns, encoding='unicode', default_namespace='urn:a') if False else '')
try:
    ET.tostring(ns, default_namespace='urn:a')
except ValueError as ex:
    print('ValueError', ex)
d = ET.Element('{urn:a}root'); ET.SubElement(d, '{urn:a}kid')
print(ET.tostring(d, default_namespace='urn:a'))
ET.register_namespace('aa', 'urn:a'); print(ET.tostring(d))
qn = ET.fromstring('<p:a xmlns:p="urn:p" xmlns="urn:d"><b p:x="1" y="2"/><p:c/></p:a>')
print([el.tag for el in qn.iter()], qn[0].attrib)
print(ET.tostring(qn))
print(qn.find('{urn:d}b').get('{urn:p}x'), qn.find('b', {'': 'urn:d'}) is not None, qn.find('q:c', {'q': 'urn:p'}).tag)
print([el.tag for el in qn.findall('{*}c')], [el.tag for el in qn.findall('{urn:d}*')], [el.tag for el in qn.findall('{*}*')])
try:
    qn.find('zz:c', {'q': 'urn:p'})
except SyntaxError as ex:
    print('SyntaxError', ex)
x = ET.fromstring('<a xml:lang="en"/>'); print(x.attrib, ET.tostring(x))
el = ET.fromstring('<a><b>one</b>text<c>two</c>tail</a>')
print(list(el.itertext()), el[0].tail, el[1].tail)
print("".join(el.itertext()))
