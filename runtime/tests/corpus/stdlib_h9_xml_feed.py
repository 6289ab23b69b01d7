"""Build an RSS feed, pretty-print it, parse it back and summarise."""
import xml.etree.ElementTree as ET
from xml.dom import minidom
from xml.sax.saxutils import escape, quoteattr

POSTS = [
    ("Hello, world", "2024-01-01", ["intro"], "First post & welcome <3"),
    ("Parsing XML", "2024-02-10", ["python", "xml"], 'Use "ElementTree" for most jobs'),
    ("Caf\u00e9 notes", "2024-03-05", ["life"], "Espresso \u2615 is best"),
    ("Tabs\tand\nnewlines", "2024-03-09", ["python"], "Whitespace matters"),
]

ATOM = "http://www.w3.org/2005/Atom"


def build():
    ET.register_namespace("atom", ATOM)
    rss = ET.Element("rss", version="2.0")
    ch = ET.SubElement(rss, "channel")
    ET.SubElement(ch, "title").text = "Ember blog"
    ET.SubElement(ch, "{%s}link" % ATOM, href="https://example.org/feed", rel="self")
    for i, (title, date, tags, body) in enumerate(POSTS):
        item = ET.SubElement(ch, "item", id="p%d" % i)
        ET.SubElement(item, "title").text = title
        ET.SubElement(item, "pubDate").text = date
        for t in tags:
            ET.SubElement(item, "category").text = t
        ET.SubElement(item, "description").text = body
    return rss


def summarise(rss):
    by_tag = {}
    for item in rss.iter("item"):
        for cat in item.findall("category"):
            by_tag.setdefault(cat.text, []).append(item.get("id"))
    return by_tag


def main():
    rss = build()
    raw = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    print(len(raw), raw[:80])
    print(ET.tostring(rss))
    pretty = minidom.parseString(raw).toprettyxml(indent="  ")
    print(pretty)
    back = ET.fromstring(pretty.encode("utf-8"))
    print([t.text for t in back.findall("channel/item/title")])
    print(summarise(back))
    print([i.get("id") for i in back.findall(".//item[category='python']")])
    print(back.find("channel/{%s}link" % ATOM).attrib)
    dates = sorted((i.findtext("pubDate"), i.findtext("title")) for i in back.iter("item"))
    print(dates[-1])
    for title, _, _, body in POSTS:
        print(escape(title), quoteattr(body))
    ch = back.find("channel")
    for item in list(ch.findall("item")):
        if item.findtext("pubDate") < "2024-02-01":
            ch.remove(item)
    ET.indent(back, space="\t")
    print(ET.tostring(back, encoding="unicode", method="xml"))
    print(ET.tostring(back.find("channel/item"), method="text", encoding="unicode").split())


main()
