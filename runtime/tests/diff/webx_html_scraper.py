"""HTMLParser-based tools: link extraction, tag statistics, text stripping."""
import html
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urljoin, urldefrag, urlsplit

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>Caf&eacute; &amp; Bar &#8212; Menu</title>
<base href="https://food.example/menus/">
<link rel="stylesheet" href="../static/site.css?v=3">
<script>if (a < b && c > d) { document.write("<p>not a tag</p>"); }</script>
<style>p > a { color: red; }</style>
</head>
<body class="main  dark" data-x='1'>
<!-- navigation starts -->
<nav><a href="/">Home</a> | <a href="lunch.html#soups">Lunch</a> | <a href='dinner.html'>Dinner</a>
<a href="mailto:chef@food.example">Mail</a> <a href="javascript:void(0)">JS</a> <a>anchor only</a></nav>
<h1>Today&#39;s &lt;special&gt;</h1>
<p>Soup of the day: <b>tomato</b> &amp; basil &mdash; &euro;4.50<br/>
Bread: <i>sourdough</i>&nbsp;(v)</p>
<img src="img/soup.png" alt="A bowl &quot;hot&quot;">
<ul><li>One<li>Two</li><li>Thr&#x65;e</ul>
<a href="HTTPS://Other.Example:443/path/../x?q=1#frag">External</a>
<a href="//cdn.example/lib.js">CDN</a>
<p>Unclosed <b>bold <i>both</b> tail</p>
<?php echo 1; ?>
<![CDATA[ raw ]]>
</body></html>
"""


class LinkExtractor(HTMLParser):
    def __init__(self, page_url):
        super().__init__()
        self.base = page_url
        self.links = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "base" and attrs.get("href"):
            self.base = urljoin(self.base, attrs["href"])
        for key in ("href", "src"):
            if attrs.get(key):
                url, frag = urldefrag(urljoin(self.base, attrs[key]))
                self.links.append([tag, url, frag, ""])
                if tag == "a":
                    self._current = self.links[-1]

    def handle_data(self, data):
        if self._current is not None:
            self._current[3] += data

    def handle_endtag(self, tag):
        if tag == "a":
            self._current = None


class TagStats(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.starts = Counter()
        self.ends = Counter()
        self.events = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.starts[tag] += 1
        self.stack.append(tag)
        if attrs:
            self.events.append(("attrs", tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.starts[tag + "/"] += 1
        self.events.append(("selfclose", tag, attrs))

    def handle_endtag(self, tag):
        self.ends[tag] += 1
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown", data))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))


class TextStripper(HTMLParser):
    SKIP = {"script", "style", "title"}
    BLOCK = {"p", "h1", "li", "nav", "br", "ul"}

    def __init__(self):
        super().__init__()
        self.chunks = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        if tag in self.BLOCK:
            self.chunks.append("\n")
        if tag == "img":
            self.chunks.append("[%s]" % dict(attrs).get("alt", ""))

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.chunks.append(data)

    def text(self):
        lines = ("".join(self.chunks)).split("\n")
        return [" ".join(l.split()) for l in lines if l.strip()]


links = LinkExtractor("https://food.example/index.html")
links.feed(PAGE)
links.close()
for tag, url, frag, text in links.links:
    parts = urlsplit(url)
    print(f"{tag:5} {url!r} frag={frag!r} scheme={parts.scheme} host={parts.hostname} port={parts.port} text={text.strip()!r}")

stats = TagStats()
for i in range(0, len(PAGE), 37):  # feed in awkward chunks
    stats.feed(PAGE[i:i + 37])
stats.close()
print(sorted(stats.starts.items()))
print(sorted(stats.ends.items()))
for ev in stats.events:
    print(ev)
print("unclosed:", stats.stack)

strip = TextStripper()
strip.feed(PAGE)
strip.close()
for line in strip.text():
    print(repr(line))

for s in ["<a href='x'>&</a>", 'He said "hi"', "5 > 3 < 4", "it's"]:
    print(html.escape(s), html.escape(s, quote=False))
for s in ["&amp;lt;", "&#x27;&#39;&apos;", "&notin; &notit; &not", "&#0;&#xD800;&#128;", "&unknown; &AMP &gt"]:
    print(repr(html.unescape(s)))
