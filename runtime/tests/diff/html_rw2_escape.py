import html
for s in ('<a href="x">&amp;\'</a>', '', '&&<<>>""\'\'', 'plain'):
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
