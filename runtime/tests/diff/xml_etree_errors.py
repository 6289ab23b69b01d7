import xml.etree.ElementTree as ET
cases = ["", "  \n", "<a>", "<a", "<a><b></a>", "<a/><b/>", "<a/>x", "hello", "<a>&</a>", "<a b=1/>", "<a>&foo;</a>",
 "<a>&#0;</a>", "<a><b>text</b>", "<a x='1' x='2'/>", "<p:a/>", "<a p:x='1'/>", "\n<?xml version='1.0'?><a/>",
 "<a>\n  <b>\n</a>", "<1a/>", "< a/>", "<a>]]></a>", "<a><!-- x -- y --></a>", "<a b='<'/>", "<a b='1'c='2'/>",
 "<a b></a>", "<a>&amp</a>", "<a>& b</a>", "<a/>\n\n  <b/>", "<a></b>", "<a>\x01</a>", "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd'><a>&nbsp;</a>",
 "<é><b></é>", "<a><![CDATA[x</a>", "<a><!-- x</a>", "<a b='1", "<a>text", "<a></a ", "<a/><!--c-->", "<a/>&amp;", "x<a/>", "<a>\n<b c='1' d=></b></a>", "<a:b xmlns:a='u'></a:c>",
 "<a xmlns:x=''/>", "<a><?xml version='1.0'?></a>", "<a>", "<a>&#x110000;</a>", "<a b='&'/>", "<a b='&foo;'/>", "<!DOCTYPE a [<!ENTITY e 'hi'>]><a>&e;</a>"]
for c in cases:
    try:
        r = ET.fromstring(c)
        print(repr(c), "OK", ET.tostring(r))
    except ET.ParseError as e:
        print(repr(c), e.code, e.position, str(e))
e = ET.ParseError("boom")
print(str(e), e.args, e.msg, repr(e))
more = ["<a>\u00e9\u00e9<b></a>", "<a>\u4e2d\u6587\n\u00e9<b></c></a>", "<r>\n\t<x y='1' y='2'/></r>", "<a>\n</a>\n<!-- ok -->\n<?pi x?>\n", "<a>\n</a>\ntext", "<a><b/></a>\n</a>", "<a><b>x</b><b>y</c></a>",
        "<root attr='x' attr2=\"y\"><child/></root>", "<a></a><a></a>", "  <a/>  ", "<a>\n<!-- c1 -->\n<!- bad --></a>", "<a><![CDATA[ok]]></a>", "<![CDATA[x]]><a/>", "<?xml version='1.0'?>\n<a>1</a>",
        "<a>&lt;&#60;&#x3C;</a>", "<a b='x' />", "<a\nb='1'\nc='2'/>", "<a>\r\n<b/>\r\n</a>x"]
for c in more:
    for data in (c, c.encode('utf-8')):
        try:
            r = ET.fromstring(data)
            print(repr(data), "OK", ET.tostring(r))
        except ET.ParseError as e:
            print(repr(data), e.code, e.position, str(e))
for chunks in (["<a>", "<b>", "</a>"], ["<a>\n", "text", "</b"], ["<a/>", "<"], ["<a", " x='1'"], ["<a>&am", "p;</a>"], ["\u00e9".encode()[:1], b"<a/>"]):
    p = ET.XMLParser()
    try:
        for ch in chunks:
            p.feed(ch)
        print(chunks, ET.tostring(p.close()))
    except ET.ParseError as e:
        print(chunks, e.code, e.position, str(e))
