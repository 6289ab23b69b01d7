import warnings
import xml.etree.ElementTree as ET

root = ET.fromstring('<r><a id="1"/><b id="2"/><a id="3"><a id="4"/></a><a id="5"/></r>')
for path in ('a[1]', 'a[2]', 'a[last()]', 'a[last()-1]', 'a[last()-9]', 'a[9]', './/a[1]',
             './/a[last()]', '*[2]'):
    print(path, [e.get('id') for e in root.findall(path)])
for bad in ('a[0]', 'a[foo()]'):
    try:
        root.findall(bad)
    except SyntaxError as e:
        print(bad, type(e).__name__, e)
tree = ET.ElementTree(root)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print([e.get('id') for e in tree.findall('/a')])
    print(w[0].category.__name__, w[0].message)
