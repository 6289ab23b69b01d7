import xml.etree.ElementTree as ET
from collections import defaultdict

SALES = [
    ("north", "widget", 12, 2.5),
    ("north", "gadget", 3, 10.0),
    ("south", "widget", 7, 2.5),
    ("south", "gizmo & co", 1, 99.99),
    ("east", "gadget", 0, 10.0),
]


def build_report(rows):
    root = ET.Element("report", {"version": "1.0", "currency": "EUR"})
    root.set("generated-by", "serx")
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "title").text = "Quarterly <sales>"
    ET.SubElement(meta, "note").text = 'quotes " and \' and tabs\t'
    by_region = defaultdict(list)
    for region, product, qty, price in rows:
        by_region[region].append((product, qty, price))
    regions = ET.SubElement(root, "regions", count=str(len(by_region)))
    for region in sorted(by_region):
        r = ET.SubElement(regions, "region", name=region)
        total = 0.0
        for product, qty, price in by_region[region]:
            item = ET.SubElement(r, "item", sku=product, qty=str(qty))
            item.text = f"{price:.2f}"
            total += qty * price
            if qty == 0:
                item.set("status", "out")
                comment = ET.Comment(f" {product} sold out ")
                r.append(comment)
        ET.SubElement(r, "total").text = f"{total:.2f}"
        r[-1].tail = "\n"
    return root


root = build_report(SALES)
raw = ET.tostring(root, encoding="unicode")
print(raw)
print(ET.tostring(root.find("meta"))[:60])
print(ET.tostring(root.find("meta/title"), encoding="us-ascii"))
print(ET.tostring(ET.Element("empty")), ET.tostring(ET.Element("empty"), short_empty_elements=False))
print(ET.tostring(root.find("meta"), method="text", encoding="unicode"))

ET.indent(root, space="  ")
pretty = ET.tostring(root, encoding="unicode")
print(pretty)

doc = ET.fromstring(pretty)
print(doc.tag, sorted(doc.attrib.items()))
print([r.get("name") for r in doc.iter("region")])
print([i.get("sku") for i in doc.findall("./regions/region/item")])
print([i.get("sku") for i in doc.findall(".//item[@status='out']")])
print([r.get("name") for r in doc.findall(".//region[item]")])
print([t.text for t in doc.findall(".//region/total")])
print(doc.find(".//region[@name='south']/item[2]").get("sku"))
print(doc.findtext("meta/title"), repr(doc.findtext("meta/missing", default="?")))
print(doc.find("nothing"), len(doc.findall("*")), [c.tag for c in doc])
print([e.tag for e in doc.iter() if e.tag in ("meta", "title", "note")])
print(sum(float(i.text) * int(i.get("qty")) for i in doc.iter("item")))
print([e.get("sku") for e in doc.iterfind(".//item[@qty='12']")])
print(len(list(doc.find("regions"))), doc.find("regions").get("count"), doc.find("regions").get("x", "dflt"))
print(list(doc.find("regions").keys()), doc.find("regions").items())

north = doc.find(".//region[@name='north']")
north.remove(north.find("item"))
north.insert(0, ET.Element("item", sku="new", qty="1"))
print([i.get("sku") for i in north.findall("item")])
north.attrib.pop("name")
north.attrib["renamed"] = "yes"
print(north.attrib, north.tag)
north.clear()
print(ET.tostring(north, encoding="unicode"))

NS = """<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
  <title>News</title>
  <entry id="1"><title>First</title><media:thumbnail url="a.png"/></entry>
  <entry id="2"><title>Second &amp; last</title><media:thumbnail url="b.png"/></entry>
</feed>"""
feed = ET.fromstring(NS)
ns = {"a": "http://www.w3.org/2005/Atom", "m": "http://search.yahoo.com/mrss/"}
print(feed.tag)
print([e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)])
print([t.get("url") for t in feed.iter("{http://search.yahoo.com/mrss/}thumbnail")])
print(feed.find("{http://www.w3.org/2005/Atom}title").text)
print([e.get("url") for e in feed.findall(".//m:thumbnail", ns)])
q = ET.QName("http://www.w3.org/2005/Atom", "entry")
print(q.text, str(q), q == "{http://www.w3.org/2005/Atom}entry")
ET.register_namespace("atom", "http://www.w3.org/2005/Atom")
out = ET.Element("{http://www.w3.org/2005/Atom}feed")
ET.SubElement(out, "{http://www.w3.org/2005/Atom}id").text = "x"
ET.SubElement(out, "{http://search.yahoo.com/mrss/}content", url="c")
print(ET.tostring(out, encoding="unicode"))
print(ET.tostring(out, encoding="unicode", default_namespace="http://www.w3.org/2005/Atom") if False else "")

for bad in ["<a><b></a>", "<a>", "", "<a x='1' x='2'/>", "<a>&nope;</a>", "text only"]:
    try:
        ET.fromstring(bad)
        print(repr(bad), "ok")
    except ET.ParseError as e:
        print(repr(bad), "ParseError:", e, e.position)

tree = ET.ElementTree(ET.fromstring("<cfg><opt name='a'>1</opt><opt name='b'/></cfg>"))
print(tree.getroot().tag, [o.get("name") for o in tree.findall("opt")])
import io
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
sbuf = io.StringIO()
tree.write(sbuf, encoding="unicode")
print(sbuf.getvalue())
parsed = ET.parse(io.BytesIO(b"<?xml version='1.0'?>\n<r a='&lt;'>caf\xc3\xa9<![CDATA[<raw>]]></r>"))
print(parsed.getroot().text, parsed.getroot().get("a"))
e = ET.Element("x")
print(repr(e)[:12], len(e), bool(len(e)), e.text, e.tail)
