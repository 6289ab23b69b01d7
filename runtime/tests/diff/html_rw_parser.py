# html.parser: events for tags, attributes, references, comments, declarations, CDATA content, incremental feeding and empty-element tags.
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.ev = []
    def handle_starttag(self, t, a): self.ev.append(("start", t, a))
    def handle_endtag(self, t): self.ev.append(("end", t))
    def handle_startendtag(self, t, a): self.ev.append(("startend", t, a))
    def handle_data(self, d): self.ev.append(("data", d))
    def handle_comment(self, d): self.ev.append(("comment", d))
    def handle_decl(self, d): self.ev.append(("decl", d))
    def handle_pi(self, d): self.ev.append(("pi", d))
    def handle_charref(self, d): self.ev.append(("charref", d))
    def handle_entityref(self, d): self.ev.append(("entityref", d))
    def unknown_decl(self, d): self.ev.append(("unknown", d))
docs = ["<!DOCTYPE html><html><head><title>T &amp; x</title></head><body class='a' id=b>Hi<br/>there &lt; 3 &#65;&#x42; & < 5 <!-- c --><?php x ?><![CDATA[raw]]></body></html>",
        "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p{}</style></ScRiPt>",
        "<a href=\"x?a=1&b=2\" checked data-x = 'y'>t</a></ >< / a>< a></a/></>",
        "unfinished <b", "text &amp", "<div title=x/>", "&#bad; &unknownent; &#x110000;"]
for conv in (True, False):
    for d in docs:
        p = P(convert_charrefs=conv)
        p.feed(d)
        p.close()
        print(p.ev)
    p = P(convert_charrefs=conv)
    for ch in docs[0]:
        p.feed(ch)
    p.close()
    print(len(p.ev), p.ev[-3:])
base = HTMLParser()
base.feed("<p>x</p><!--c-->&amp;")
base.close()
print(base.get_starttag_text(), base.getpos())
for d in ["<div title=x/>", "<a href=/>", "<a href=x />", "<a b/>", "<a b=''/>", "<a b=c/d>", "<a/b>", "<img src=a.png/ >"]:
    p = P()
    p.feed(d)
    p.close()
    print(p.ev)
