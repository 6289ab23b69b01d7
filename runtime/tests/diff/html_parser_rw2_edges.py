from html.parser import HTMLParser

class Rec(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(("start", tag, attrs))
    def handle_endtag(self, tag): self.events.append(("end", tag))
    def handle_data(self, data): self.events.append(("data", data))
    def handle_entityref(self, name): self.events.append(("ent", name))
    def handle_charref(self, name): self.events.append(("char", name))
    def handle_comment(self, data): self.events.append(("comment", data))
    def handle_decl(self, data): self.events.append(("decl", data))
    def handle_pi(self, data): self.events.append(("pi", data))

cases = ["a &amp b", "x &foo", "x & y", "tail &", "&#65; &#x42 &#", "<a href='1'>t</a",
         "<div", "text <b x", "<!-- open", "<!DOCTYPE html", "<? pi", "a < b", "<",
         "<script>if (a < b && c &amp d) {}</script>", "<p>&lt;&gt; &copy x</p>",
         "<a>1</a><b", "<abc<def>", "&nbsp", "&#"]
for conv in (True, False):
    for chunks in ([c] for c in cases):
        p = Rec(convert_charrefs=conv)
        for c in chunks:
            p.feed(c)
        before = list(p.events)
        p.close()
        print(conv, repr(chunks[0]), before, p.events[len(before):])
p = Rec(convert_charrefs=False)
for piece in ["<p>a &am", "p; b &", "#6", "6; c", "</p", ">"]:
    p.feed(piece)
p.close()
print(p.events)
