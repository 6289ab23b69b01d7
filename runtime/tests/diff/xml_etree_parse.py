import xml.etree.ElementTree as ET
import io, os, tempfile
# custom target
class MaxDepth:
    maxDepth = 0
    depth = 0
    def start(self, tag, attrib):
        self.depth += 1
        if self.depth > self.maxDepth:
            self.maxDepth = self.depth
    def end(self, tag):
        self.depth -= 1
    def data(self, data):
        pass
    def close(self):
        return self.maxDepth
parser = ET.XMLParser(target=MaxDepth())
parser.feed("<a><b></b><b><c><d></d></c></b></a>")
print(parser.close())
class T:
    def start(self, tag, attrib): print('start', tag, attrib)
    def end(self, tag): print('end', tag)
    def data(self, d): print('data', repr(d))
    def close(self): return 'closed'
    def comment(self, c): print('comment', c)
    def pi(self, t, d): print('pi', t, d)
    def start_ns(self, p, u): print('start_ns', p, u)
    def end_ns(self, p): print('end_ns', p)
p = ET.XMLParser(target=T()); p.feed('<r x="1" xmlns:q="urn:q">ab\ncd&amp;ef&#65;gh<!-- c --><?p  d ?><![CDATA[x<y]]>\n  <q:b q:z="2"/>\n</r>'); print(p.close())
# incremental feed
p = ET.XMLParser()
for chunk in ['<ro', 'ot a="1', '">te', 'xt&am', 'p;more<', '/root>']:
    p.feed(chunk)
r = p.close(); print(r.tag, r.attrib, r.text)
pp = ET.XMLPullParser(events=('start', 'end', 'comment'))
pp.feed('<a><b>x</b>')
print([(e, el.tag if hasattr(el, 'tag') else el) for e, el in pp.read_events()])
pp.feed('<!--hi--><c/></a>')
print([(e, el.tag if e != 'comment' else el.text) for e, el in pp.read_events()])
pp.close()
# files
d = tempfile.mkdtemp()
path = os.path.join(d, 'f.xml')
with open(path, 'w', encoding='utf-8') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<doc>\n  <item n="1">caf\u00e9</item>\n  <item n="2"/>\n</doc>\n')
tree = ET.parse(path)
print(tree.getroot().tag, [(i.get('n'), i.text) for i in tree.findall('item')])
tree.write(path)
print(open(path, 'rb').read())
tree.write(path, encoding='utf-8', xml_declaration=True)
print(open(path, 'rb').read())
tree.write(path, encoding='unicode')
print(open(path, encoding='utf-8').read())
with open(path, 'rb') as f:
    t2 = ET.parse(f)
print(ET.tostring(t2.getroot()))
with open(path, encoding='utf-8') as f:
    t3 = ET.parse(f)
print(ET.tostring(t3.getroot(), encoding='unicode'))
for ev, el in ET.iterparse(path):
    print(ev, el.tag, repr(el.text))
latin = '<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\u00e9</a>'.encode('latin-1')
print(ET.fromstring(latin).text)
print(ET.fromstring('\ufeff<a/>'.encode('utf-8')).tag if True else '')
print(ET.fromstring('<a>\u00e9</a>'.encode('utf-16')).text)
# errors
for bad in ['<a><b></a>', '<a>', '', '<a/><b/>', '<a x=1/>', '<a>&nbsp;</a>', '<root>\n  <child>\n  </chld>\n</root>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print('ParseError:', e, e.position, e.code, isinstance(e, SyntaxError))
try:
    for ev, el in ET.iterparse(io.BytesIO(b'<a><b/><c></a>')):
        print(ev, el.tag)
except ET.ParseError as e:
    print('iterparse error', e)
try:
    ET.parse(io.StringIO('<a>\n<b>\n'))
except ET.ParseError as e:
    print(e)
# html / text method with tails
e = ET.fromstring('<html><head><meta charset="utf-8"><title>T</title></meta></head><body><p>Hello <b>world</b>!</p><img src="a.png"/><br/><style>p > a { }</style></body></html>')
print(ET.tostring(e, method='html', encoding='unicode'))
print(ET.tostring(e, method='text', encoding='unicode'))
print(ET.tostring(e, method='xml', encoding='unicode'))
x = ET.fromstring('<a>  <b/>  </a>'); print(repr(x.text), repr(x[0].tail))
x = ET.fromstring('<a x="&lt;&amp;&#10;&#9;" y=\'say "hi"\'>t</a>'); print(x.attrib, ET.tostring(x))
x = ET.fromstring('<!DOCTYPE a [<!ENTITY co "Company &amp; Co">]><a>&co; ltd</a>'); print(x.text)
print(ET.fromstring('<a><b/><!--x--><?p q?></a>').__len__())
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
x = ET.fromstring('<a><b/><!--x--><?p q?></a>', parser=ET.XMLParser(target=tb)); print(len(x), ET.tostring(x))
x = ET.fromstringlist(['<a>', '<b>1</b>', '</a>']); print(ET.tostring(x))
root, ids = ET.XMLID('<a><b id="x1"/><c id="x2"/></a>'); print(sorted(ids))
e = ET.Element('a'); e.text = 'x'; e.tail = 'tail\n'; ET.dump(e)
e = ET.Element('a'); e.text = '\u00e9\u2603'; print(ET.tostring(e), ET.tostring(e, encoding='ascii'), ET.tostring(e, encoding='latin-1'))
try:
    ET.Element('a').find('x[')
except Exception as ex:
    print(type(ex).__name__, ex)
e = ET.fromstring('<a><b><c/></b></a>')
for t in ['//c', 'b//c', './/c', './/*', '*//c', 'b/c/../..']:
    try: print(t, [x.tag for x in e.findall(t)])
    except Exception as ex: print(t, type(ex).__name__, ex)
import shutil
shutil.rmtree(d)
print('cleaned', os.path.exists(d))
