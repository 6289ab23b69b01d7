import xml.etree.ElementTree as ET
from xml.dom import minidom
import xml.dom.minidom
root = ET.Element('config', version='2')
db = ET.SubElement(root, 'database', host='localhost', port='5432')
ET.SubElement(db, 'user').text = 'admin & co'
ET.SubElement(db, 'empty')
ET.SubElement(root, 'note').text = 'say "hi" <now>'
pretty = minidom.parseString(ET.tostring(root)).toprettyxml(indent="  ")
print(pretty)
print(repr(minidom.parseString(ET.tostring(root, encoding='unicode')).toxml()))
doc = minidom.parseString('<?xml version="1.0"?>\n<!-- top --><a xmlns:p="urn:p" x="1">\n  <p:b y="2">text</p:b>\n  <c/><?pi data?>\n  <d>1<e/>2</d>\n</a>')
print(doc.documentElement.tagName, doc.documentElement.getAttribute('x'), repr(doc.documentElement.getAttribute('nope')))
print([n.nodeType for n in doc.childNodes], [n.nodeName for n in doc.documentElement.childNodes])
b = doc.getElementsByTagName('p:b')[0]
print(b.firstChild.data, b.firstChild.nodeValue, b.getAttribute('y'), b.attributes['y'].value, b.attributes.length, list(b.attributes.keys()), b.attributes.items())
print(doc.documentElement.attributes.items())
print(doc.toxml())
print(doc.toprettyxml())
print(doc.toprettyxml(indent=' ', encoding='utf-8'))
d2 = minidom.Document()
r = d2.createElement('root'); d2.appendChild(r)
for i in range(3):
    it = d2.createElement('item'); it.setAttribute('id', str(i)); it.appendChild(d2.createTextNode('v%d' % i)); r.appendChild(it)
r.appendChild(d2.createComment(' c '))
print(d2.toprettyxml(indent='    '))
print(d2.documentElement.toxml())
print(len(d2.getElementsByTagName('item')), [x.getAttribute('id') for x in r.getElementsByTagName('*')])
print(r.firstChild.nextSibling.getAttribute('id'), r.lastChild.nodeType, r.firstChild.previousSibling)
r.removeChild(r.firstChild); print(r.toxml())
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__name__, e, e.lineno, e.offset, e.code)
from xml.parsers.expat import ExpatError
try:
    minidom.parseString('<a>')
except ExpatError as e:
    print('ExpatError', e)
