from xml.etree import ElementTree as ET
import xml.etree.ElementTree
import sys, io
print(ET is xml.etree.ElementTree, hasattr(xml.etree, 'ElementTree'))
root = ET.fromstring('<people><p name="zed" age="30"/><p name="amy" age="25"><!--c--></p><p name="bob" age="41">x</p></people>')
root[:] = sorted(root, key=lambda e: e.get('name'))
print(ET.tostring(root).decode())
for e in root.iter():
    print(e.tag, e.tag is ET.Comment, e.tag == ET.Comment)
class MyEl(ET.Element):
    def total(self):
        return sum(int(c.get('age', 0)) for c in self)
m = MyEl('grp', {'k': 'v'})
for r in root: m.append(r)
print(m.total(), type(m.makeelement('x', {})).__name__, ET.tostring(m)[:40])
tree = ET.ElementTree(root)
tree.write(sys.stdout, encoding='unicode'); print()
ET.ElementTree(ET.fromstring('<a>\u00e9</a>')).write(sys.stdout.buffer); sys.stdout.flush(); print()
data = b'<log>' + b''.join(b'<e lvl="%d">msg %d</e>' % (i % 3, i) for i in range(50)) + b'</log>'
cnt = 0
for ev, el in ET.iterparse(io.BytesIO(data)):
    if el.tag == 'e':
        cnt += int(el.get('lvl'))
        el.clear()
print(cnt)
ctx = ET.iterparse(io.BytesIO(data), events=('start', 'end'))
ev, r0 = next(ctx)
print(ev, r0.tag)
for ev, el in ctx:
    if ev == 'end' and el.tag == 'e':
        r0.remove(el) if el in list(r0) else None
print(len(r0))
p = ET.XMLParser(encoding='utf-8'); p.feed(b'<a>x</a>'); print(p.close().text)
t = ET.ElementTree(file=io.BytesIO(b'<q><r/></q>')); print(t.getroot().tag)
e = ET.Element('t'); e.text = 'x'; e.attrib['a'] = 'b'; print(ET.tostring(e, encoding='unicode'), e.attrib)
print(repr(ET.fromstring('<a/>').text), repr(ET.fromstring('<a></a>').text), repr(ET.fromstring('<a> </a>').text))
print(ET.tostring(ET.fromstring('<a><b/>\n</a>'), encoding='unicode'))
e = ET.fromstring('<a><b>1</b><b>2</b></a>')
for b in e.findall('b'): b.text = str(int(b.text) * 10)
print(ET.tostring(e, encoding='unicode'), e.findtext('b'), [b.text for b in e])
x = ET.Element('x'); x.text = 5
try: ET.tostring(x)
except TypeError as ex: print(ex)
x = ET.Element('x', attr=None)
try: ET.tostring(x)
except TypeError as ex: print(ex)
print(ET.tostring(ET.Element('a'), encoding='UTF-8'), ET.tostring(ET.Element('a'), encoding='utf8'))
print(ET.tostring(ET.Element('a'), xml_declaration=True))
print(ET.tostring(ET.Element('a'), encoding='unicode', method='html'), ET.tostring(ET.Element('br'), method='html'), ET.tostring(ET.Element('a'), method='text'))
w = ET.Element('w'); w.text='a'; w.tail='z'; print(ET.tostring(w, method='text'))
print(ET.tostring(ET.PI('php', 'echo 1;')), ET.tostring(ET.Comment('x')), ET.tostring(ET.Comment()))
import xml.etree.ElementTree as ET
try:
    ET.fromstring('<a><b></a>')
except ET.ParseError as e:
    print(repr(e.msg), e.lineno, e.offset, e.filename, e.text, e.args, type(e).__module__, type(e).__qualname__)
print(ET.Element.__module__, ET.Element.__name__, ET.ElementTree.__module__)
