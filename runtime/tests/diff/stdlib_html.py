"""Differential test: html escape/unescape, html.entities tables and html.parser events."""
import html
for s in ['a&b<c>"d\'', '', '&&&']:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
for s in ['&amp;&lt;&gt;&quot;&#39;&#x27;', '&amp', '&ampx', '&notit;', '&notin;', '&copy2018', '&#0;', '&#128;', '&#x80;', '&#xD800;', '&#1114112;', '&#11;', '&#65', '&#x41;z', '&nosuch;', '&', '&;', '& x', '&#;', '&#x;', '&lang;&rang;', '&hellip;&mdash;&nbsp;&euro;&apos;', '&AMP;&COPY', '&Aacute&aacute;', '&#xFFFE;', '&#13;', '&#x1F600;', 'no refs', '&frac12;&frac34', '&#99999999999999999999;']:
    print(repr(s), repr(html.unescape(s)))
import html.entities as E
print(len(E.name2codepoint), E.name2codepoint['eacute'], E.codepoint2name[8364], E.entitydefs['amp'], E.html5['gt;'])
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw); self.ev = []
    def handle_starttag(self, t, a): self.ev.append(('start', t, a, self.getpos(), self.get_starttag_text()))
    def handle_endtag(self, t): self.ev.append(('end', t, self.getpos()))
    def handle_startendtag(self, t, a): self.ev.append(('startend', t, a))
    def handle_data(self, d): self.ev.append(('data', d))
    def handle_comment(self, d): self.ev.append(('comment', d))
    def handle_entityref(self, d): self.ev.append(('entity', d))
    def handle_charref(self, d): self.ev.append(('charref', d))
    def handle_decl(self, d): self.ev.append(('decl', d))
    def handle_pi(self, d): self.ev.append(('pi', d))
    def unknown_decl(self, d): self.ev.append(('unknown', d))
def run(chunks, **kw):
    p = P(**kw)
    if isinstance(chunks, str): chunks = [chunks]
    for c in chunks: p.feed(c)
    p.close()
    print(repr(chunks), kw)
    for e in p.ev: print('   ', e)
docs = [
 '<!DOCTYPE html><html><head><title>T &amp; co</title></head><body class="x">Hi</body></html>',
 '<A HREF="x.html" Target=_blank disabled>link</A>',
 '<img src=a.png alt=\'q "x"\'/><br/><br />',
 '<input value="a&amp;b&lt;" checked data-x = "1" >',
 '<p>a < b & c > d</p>',
 '<!-- a comment --><!---->',
 '<?xml version="1.0"?><![CDATA[raw <data>]]>',
 '<script>if (a < b && c) { x = "</p>"; }</script><style>p > a {}</STYLE>after',
 'line1\nline2 <b>bold</b>\n<i\n  x=1>t</i>',
 '&copy; 2024 &#169; &#xA9; &nosuch; &amp',
 '<div id=a/b>x</div>',
 '</ >bogus <!bogus> </>',
 '<p title="&quot;hi&quot;">q</p>',
 'text &amp',
 '<a b="1" b="2" C=3>',
 '<unclosed',
]
for d in docs: run(d)
for d in docs[8:10]: run(d, convert_charrefs=False)
run('<p>&lt;x&gt; &#60; &#x3C; &foo bar', convert_charrefs=False)
run(['<di', 'v cla', 'ss="a">te', 'xt &am', 'p; more</d', 'iv>'])
run(['<script>a<', '/scr', 'ipt>b'])
run(['<!-', '- c -', '->'])
