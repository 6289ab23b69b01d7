# Extracting text, links and a table of contents from an HTML page with html.parser.
from html.parser import HTMLParser
from html.entities import name2codepoint, codepoint2name, html5
import html

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Über uns &ndash; Café &amp; Co.</title>
<style>p { color: red; } /* <b>not a tag</b> */</style>
<script>if (a < b && c > d) { document.write("</p>"); }</script>
</head>
<body>
<!-- Kommentar mit Ümlaut -->
<h1 id="top">Willkommen bei „Zoë’s“ Café</h1>
<p class="intro lead" data-x='single "quoted"'>Wir servieren Crème&nbsp;brûlée &amp; Kaffee für 3&euro;.
Besuchen Sie <a href="/menü?lang=de&amp;x=1">unser Menü</a> oder <A HREF="https://example.jp/日本">日本語</A>.</p>
<img src="logo.png" alt="Logo &copy; 2024"/><br>
<h2>Öffnungszeiten</h2>
<table>
<tr><th>Tag</th><th>Zeit</th></tr>
<tr><td>Mo&#8211;Fr</td><td>8&#x3a;00 – 18:00</td></tr>
<tr><td>Sa</td><td>9:00&ndash;14:00 &unknown; &amp</td></tr>
</table>
<h2>Kontakt <small>(neu)</small></h2>
<p>E-Mail: <a href="mailto:info@café.de">info@café.de</a> &lt;script&gt; &#128512; &#x1F44D;</p>
<?php echo "pi"; ?>
<![CDATA[ raw < data ]]>
<p>Unclosed <b>bold <i>italic</p>
</body></html>
"""

class Extractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.text = []
        self.links = []
        self.headings = []
        self.rows = []
        self.events = []
        self._row = None
        self._cell = None
        self._heading = None

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        self.stack.append(tag)
        d = dict(attrs)
        if tag == "a":
            self.links.append(d.get("href"))
        elif tag in ("h1", "h2"):
            self._heading = [tag, ""]
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in ("h1", "h2") and self._heading:
            self.headings.append((self._heading[0], self._heading[1].strip()))
            self._heading = None
        elif tag in ("td", "th") and self._row is not None:
            self._row.append(self._cell)
            self._cell = None
        elif tag == "tr":
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("script", "style"):
            self.events.append(("raw", self.stack[-1], data))
            return
        if self._heading is not None:
            self._heading[1] += data
        if self._cell is not None:
            self._cell += data
        if data.strip():
            self.text.append(" ".join(data.split()))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))

p = Extractor()
# feed in awkward chunks to test buffering
for i in range(0, len(PAGE), 37):
    p.feed(PAGE[i:i + 37])
p.close()
print("TEXT:")
for t in p.text:
    print("  ", repr(t))
print("LINKS:", p.links)
print("HEADINGS:", p.headings)
print("ROWS:", p.rows)
print("OPEN:", p.stack)
for ev in p.events:
    print(ev)

class Raw(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out = []
    def handle_entityref(self, name):
        self.out.append(("entity", name))
    def handle_charref(self, name):
        self.out.append(("charref", name))
    def handle_data(self, data):
        self.out.append(("data", data))
r = Raw()
r.feed("a &amp; b &#233; &#xE9; &nbsp;c &bogus; d&e")
r.close()
print(r.out)
print(p.get_starttag_text(), p.getpos())

print(name2codepoint["eacute"], codepoint2name[0x20ac], html5["amp;"], html5["notin;"], html5.get("nbsp"))
print(html.unescape("&Eacute;&AElig;&thetasym;&hellip;&rarr;"))
