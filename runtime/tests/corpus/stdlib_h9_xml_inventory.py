"""Inventory report: parse an XML stock file, aggregate, transform and write back."""
import io
import xml.etree.ElementTree as ET
from collections import defaultdict

STOCK = """<?xml version="1.0" encoding="UTF-8"?>
<!-- warehouse export -->
<inventory xmlns="urn:example:inv" xmlns:m="urn:example:meta" generated="2024-01-05">
  <warehouse code="NORTH" city="Oslo">
    <item sku="A-100" category="tools">
      <name>Hammer &amp; Nails kit</name>
      <qty>12</qty>
      <price currency="EUR">19.90</price>
      <m:tags><m:tag>sale</m:tag><m:tag>diy</m:tag></m:tags>
    </item>
    <item sku="B-200" category="garden">
      <name>Hose 25m</name>
      <qty>0</qty>
      <price currency="EUR">34.50</price>
    </item>
    <item sku="C-300" category="tools">
      <name>Screwdriver set &lt;6 pcs&gt;</name>
      <qty>40</qty>
      <price currency="EUR">9.99</price>
      <m:tags><m:tag>bestseller</m:tag></m:tags>
    </item>
  </warehouse>
  <warehouse code="SOUTH" city="M\u00e1laga">
    <item sku="A-100" category="tools">
      <name>Hammer &amp; Nails kit</name>
      <qty>3</qty>
      <price currency="EUR">18.50</price>
    </item>
    <item sku="D-400" category="kitchen">
      <name><![CDATA[Knife <chef> 20cm]]></name>
      <qty>7</qty>
      <price currency="EUR">45.00</price>
      <m:tags><m:tag>premium</m:tag><m:tag>sale</m:tag></m:tags>
    </item>
  </warehouse>
</inventory>
"""

NS = {"inv": "urn:example:inv", "m": "urn:example:meta"}


def load(text):
    return ET.fromstring(text.encode("utf-8"))


def summarize(root):
    by_cat = defaultdict(lambda: [0, 0.0])
    out_of_stock = []
    tagged = defaultdict(list)
    for wh in root.findall("inv:warehouse", NS):
        for item in wh.iterfind("inv:item", NS):
            qty = int(item.findtext("inv:qty", "0", NS))
            price = float(item.findtext("inv:price", "0", NS))
            cat = item.get("category")
            by_cat[cat][0] += qty
            by_cat[cat][1] += qty * price
            if qty == 0:
                out_of_stock.append((wh.get("code"), item.get("sku")))
            for tag in item.findall("m:tags/m:tag", NS):
                tagged[tag.text].append(item.get("sku"))
    return by_cat, out_of_stock, tagged


def build_report(root, by_cat, out_of_stock, tagged):
    report = ET.Element("report", {"source": root.get("generated"), "version": "2"})
    cats = ET.SubElement(report, "categories")
    for cat in sorted(by_cat):
        qty, value = by_cat[cat]
        ET.SubElement(cats, "category", name=cat, units=str(qty)).text = "%.2f" % value
    oos = ET.SubElement(report, "out-of-stock")
    for code, sku in out_of_stock:
        ET.SubElement(oos, "sku", warehouse=code).text = sku
    tags = ET.SubElement(report, "tags")
    for name in sorted(tagged):
        t = ET.SubElement(tags, "tag", name=name)
        t.text = ",".join(sorted(set(tagged[name])))
    note = ET.SubElement(report, "note")
    note.text = 'Values in EUR; "sale" items < 20 & > 0'
    report.append(ET.Comment(" end of report "))
    ET.indent(report, space="  ")
    return report


def restock(root, sku, amount):
    changed = 0
    for item in root.iter("{urn:example:inv}item"):
        if item.get("sku") == sku:
            qty = item.find("{urn:example:inv}qty")
            qty.text = str(int(qty.text) + amount)
            item.set("restocked", "yes")
            changed += 1
    return changed


def stream_count(data):
    counts = defaultdict(int)
    depth = 0
    maxdepth = 0
    for event, elem in ET.iterparse(io.BytesIO(data), events=("start", "end")):
        if event == "start":
            depth += 1
            maxdepth = max(maxdepth, depth)
        else:
            depth -= 1
            counts[elem.tag.split("}")[-1]] += 1
    return dict(sorted(counts.items())), maxdepth


def main():
    root = load(STOCK)
    print("root:", root.tag, root.attrib)
    print("warehouses:", [(w.get("code"), w.get("city")) for w in root.findall("inv:warehouse", NS)])
    by_cat, oos, tagged = summarize(root)
    for cat in sorted(by_cat):
        print("  %-8s units=%3d value=%8.2f" % (cat, by_cat[cat][0], by_cat[cat][1]))
    print("out of stock:", oos)
    print("tags:", {k: tagged[k] for k in sorted(tagged)})
    names = [n.text for n in root.iter("{urn:example:inv}name")]
    print("names:", names)
    print("first tools item:", root.find(".//inv:item[@category='tools']/inv:name", NS).text)
    print("second item in NORTH:", root.find("inv:warehouse[@code='NORTH']/inv:item[2]", NS).get("sku"))
    print("last item anywhere:", [i.get("sku") for i in root.findall(".//inv:item[last()]", NS)])

    report = build_report(root, by_cat, oos, tagged)
    print(ET.tostring(report, encoding="unicode"))
    print(ET.tostring(report.find("note")))

    print("restocked:", restock(root, "A-100", 5), restock(root, "Z-999", 1))
    ET.register_namespace("", "urn:example:inv")
    ET.register_namespace("meta", "urn:example:meta")
    north = root.find("inv:warehouse", NS)
    print(ET.tostring(north[0], encoding="unicode"))

    buf = io.BytesIO()
    ET.ElementTree(report).write(buf, encoding="utf-8", xml_declaration=True)
    data = buf.getvalue()
    print(len(data), data[:60])
    print(stream_count(STOCK.encode("utf-8")))

    for bad in ("<inventory><item></inventory>", "<inventory>", "<a b='1' b='2'/>", "<x>&bogus;</x>"):
        try:
            ET.fromstring(bad)
        except ET.ParseError as exc:
            line, col = exc.position
            print("error:", exc, "| at", line, col)


main()
