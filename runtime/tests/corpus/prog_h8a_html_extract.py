from html.parser import HTMLParser
from collections import Counter
import re

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>Shop &amp; Co. &ndash; Deals</title>
<meta charset="utf-8"><meta name="description" content="Best &quot;deals&quot; today">
<style>body { color: red; }</style>
<script>var x = "<b>not a tag</b>";</script>
</head>
<body>
<!-- main navigation -->
<nav><a href="/">Home</a> | <a href="/sale?cat=1&amp;sort=price">Sale</a> | <a href="https://ext.example.com/x" rel="nofollow">Partner</a></nav>
<h1 id="top">Today&#39;s <em>hot</em> deals</h1>
<table class="items">
<tr><th>Item</th><th>Price</th></tr>
<tr><td>Caf&eacute; beans</td><td>&euro;12.50</td></tr>
<tr><td>Tea &lt;green&gt;</td><td>&#8364;4.99</td></tr>
<tr><td>Mug</td><td>€7</td></tr>
</table>
<p>Contact: <a href="mailto:shop@example.com">email us</a><br/>Open 9&ndash;5.</p>
<img src="logo.png" alt="Logo"/>
<ul><li>one<li>two</ul>
</body></html>
"""

class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.links = []
        self.text = []
        self.tags = Counter()
        self.rows = []
        self.cur_row = None
        self.comments = []
        self.title = ""
        self.skip = 0
        self.meta = {}
    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a":
            self.links.append([a.get("href"), ""])
        if tag == "tr":
            self.cur_row = []
        if tag in ("td", "th") and self.cur_row is not None:
            self.cur_row.append("")
        if tag == "meta":
            if "name" in a:
                self.meta[a["name"]] = a.get("content")
            else:
                self.meta.update(a)
        self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.tags[tag + "/"] += 1
        print("  self-closing:", tag, attrs)
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "tr" and self.cur_row is not None:
            self.rows.append(self.cur_row)
            self.cur_row = None
        while self.stack and self.stack[-1] != tag:
            self.stack.pop()
        if self.stack:
            self.stack.pop()
    def handle_data(self, data):
        if self.skip:
            return
        if self.stack and self.stack[-1] == "title":
            self.title += data
        if self.links and "a" in self.stack:
            self.links[-1][1] += data
        if self.cur_row is not None and self.cur_row and self.stack[-1] in ("td", "th"):
            self.cur_row[-1] += data
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        self.comments.append(data.strip())
    def handle_decl(self, decl):
        print("  decl:", decl)

p = Extractor()
p.feed(PAGE)
p.close()
print("title:", repr(p.title))
print("meta:", sorted(p.meta.items()))
print("links:")
for href, text in p.links:
    kind = "external" if re.match(r"https?://", href or "") else "mail" if href.startswith("mailto:") else "internal"
    print(f"  {text!r:<14} {href:<32} {kind}")
print("table:")
for row in p.rows:
    print("  " + " | ".join(f"{c:<14}" for c in row))
prices = [float(re.sub(r"[^\d.]", "", r[1])) for r in p.rows[1:]]
print("prices:", prices, "total: €{:.2f}".format(sum(prices)))
print("comments:", p.comments)
print("tags:", sorted(p.tags.items()))
print("text:", p.text[:12])
print("words:", len(" ".join(p.text).split()))

class Echo(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)
    def handle_endtag(self, tag):
        print("end", tag)
    def handle_data(self, data):
        print("data", repr(data))
    def handle_entityref(self, name):
        print("entity", name)
    def handle_charref(self, name):
        print("charref", name)
e = Echo(convert_charrefs=False)
e.feed('<div CLASS="A" data-x=\'1\' checked>x &amp; y &#65; &#x42;</DIV>')
e.feed("<p>partial")
e.feed(" text</p>")
e.close()
