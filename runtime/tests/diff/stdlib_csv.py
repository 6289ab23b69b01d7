# csv: reader/writer state machine, dialects, quoting modes, Dict* helpers and error messages
import csv
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def rd(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=''), **kw))


def wr(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


show('basic', lambda: rd('a,b,c\r\n1,2,3\r\n'))
show('quoted', lambda: rd('"a,b","c""d",e\n"multi\nline",x\n'))
show('empty lines', lambda: rd('a\n\nb\n'))
show('empty fields', lambda: rd(',,\n'))
show('trailing', lambda: rd('a,b'))
show('skipinit', lambda: rd('a, b,  "c"\n', skipinitialspace=True))
show('noskip', lambda: rd('a, b, "c"\n'))
show('tab', lambda: rd('a\tb\n', dialect='excel-tab'))
show('delim', lambda: rd('a;b;"c;d"\n', delimiter=';'))
show('quotechar', lambda: rd("'a,b',c\n", quotechar="'"))
show('escape', lambda: rd('a\\,b,c\n', escapechar='\\'))
show('escape quoted', lambda: rd('"a\\"b",c\n', escapechar='\\', doublequote=False))
show('escape eol', lambda: rd('a\\\nb,c\n', escapechar='\\'))
show('nodouble', lambda: rd('"a""b"\n', doublequote=False))
show('nonnumeric', lambda: rd('1,"2",3.5\n', quoting=csv.QUOTE_NONNUMERIC))
show('nonnumeric bad', lambda: rd('1,abc\n', quoting=csv.QUOTE_NONNUMERIC))
show('quote none', lambda: rd('"a",b\n', quoting=csv.QUOTE_NONE))
show('strict', lambda: rd('"a"b,c\n', strict=True))
show('nonstrict', lambda: rd('"a"b,c\n'))
show('eof in quote', lambda: rd('"abc'))
show('eof in quote strict', lambda: rd('"abc', strict=True))
show('newline in unquoted', lambda: list(csv.reader(['a\rb,c'])))
show('bytes', lambda: list(csv.reader([b'a,b'])))
show('not iterable', lambda: csv.reader(5))
show('list input', lambda: list(csv.reader(['a,b', 'c,"d', 'e"'])))
r = csv.reader(['x,y', '1,2', '"3', '4"'])
for row in r:
    print(r.line_num, row)
print(r.dialect.delimiter, repr(r.dialect.quotechar), r.dialect.quoting, repr(r.dialect.lineterminator))

show('w basic', lambda: wr([['a', 'b,c', 'd"e', 'f\ng'], [1, 2.5, None, True]]))
show('w all', lambda: wr([['a', 1, None]], quoting=csv.QUOTE_ALL))
show('w nonnum', lambda: wr([['a', 1, 2.0, None, '']], quoting=csv.QUOTE_NONNUMERIC))
show('w none esc', lambda: wr([['a,b', 'c']], quoting=csv.QUOTE_NONE, escapechar='\\'))
show('w none noesc', lambda: wr([['a,b']], quoting=csv.QUOTE_NONE))
show('w nodouble', lambda: wr([['a"b']], doublequote=False, escapechar='\\'))
show('w nodouble noesc', lambda: wr([['a"b']], doublequote=False))
show('w empty', lambda: wr([[''], [], ['', '']]))
show('w empty none', lambda: wr([['']], quoting=csv.QUOTE_NONE))
show('w lineterm', lambda: wr([['a', 'b']], lineterminator='\n'))
show('w unix', lambda: wr([['a', 1]], dialect='unix'))
show('w tab', lambda: wr([['a b', 'c\td']], dialect=csv.excel_tab))
show('w escapechar in field', lambda: wr([['a\\b']], escapechar='\\'))
show('w not iterable', lambda: wr([5]))
show('w string row', lambda: wr(['abc']))
show('w nowrite', lambda: csv.writer(5))
s = io.StringIO()
print(csv.writer(s).writerow(['a', 'b']))
csv.writer(s).writerows([[1, 2], (3, 4)])
print(repr(s.getvalue()))

# dialect validation
show('d delim long', lambda: csv.writer(io.StringIO(), delimiter='ab'))
show('d delim int', lambda: csv.writer(io.StringIO(), delimiter=1))
show('d delim none', lambda: csv.writer(io.StringIO(), delimiter=None))
show('d quotechar int', lambda: csv.writer(io.StringIO(), quotechar=1))
show('d quotechar none', lambda: rd('"a",b\n', quotechar=None))
show('d quotechar none quoting', lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL))
show('d quoting bad', lambda: csv.writer(io.StringIO(), quoting=7))
show('d quoting str', lambda: csv.writer(io.StringIO(), quoting='x'))
show('d lineterm', lambda: csv.writer(io.StringIO(), lineterminator=5))
show('d escape', lambda: csv.writer(io.StringIO(), escapechar='ab'))
show('d unknown', lambda: csv.reader([], dialect='nope'))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.doublequote, d.skipinitialspace, d.strict, repr(d.escapechar))
show('d readonly', lambda: setattr(d, 'delimiter', ';'))
show('pipes', lambda: wr([['a', 'b']], dialect='pipes'))
show('pipes override', lambda: wr([['a', 'b']], dialect='pipes', delimiter=':'))
csv.unregister_dialect('pipes')
show('unreg again', lambda: csv.unregister_dialect('pipes'))
show('get missing', lambda: csv.get_dialect('pipes'))
show('register nonstr', lambda: csv.register_dialect(1))


class Semi(csv.excel):
    delimiter = ';'


csv.register_dialect('semi', Semi)
show('semi', lambda: wr([['a', 'b;c']], dialect='semi'))
show('semi read', lambda: rd('a;"b;c"\n', dialect=Semi))
show('semi inst', lambda: wr([['a', 'b']], dialect=Semi()))


class Bad(csv.Dialect):
    delimiter = 'xx'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


show('bad dialect', lambda: Bad())
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.unix_dialect.quoting)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception))

# field size limit
old = csv.field_size_limit()
print(old, csv.field_size_limit(10))
show('too big', lambda: rd('abcdefghijklmnop\n'))
print(csv.field_size_limit(old))
show('limit type', lambda: csv.field_size_limit('x'))

# DictReader / DictWriter
text = 'name,age,city\r\nAnn,30,Paris\r\n\r\nBob,25\r\nCy,40,Rome,extra,more\r\n'
dr = csv.DictReader(io.StringIO(text, newline=''))
print(dr.fieldnames)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(['1,2', '3,4,5'], fieldnames=['a', 'b'], restkey='rest', restval='?')
print(list(dr))
dr = csv.DictReader(['1', '3,4'], fieldnames=["a", "b"], restval='-')
print(list(dr), dr.fieldnames)
print(csv.DictReader([]).fieldnames)
print(list(csv.DictReader(['a;b', '1;2'], delimiter=';')))

s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['x', 'y'], restval='NA')
print(dw.writeheader())
dw.writerow({'x': 1})
dw.writerows([{'x': 'a,b', 'y': None}, {'y': 2}])
print(repr(s.getvalue()))
show('dw extra', lambda: dw.writerow({'x': 1, 'z': 2}))
dw2 = csv.DictWriter(io.StringIO(), ['x'], extrasaction='ignore')
dw2.writerow({'x': 1, 'z': 2})
show('dw bad extrasaction', lambda: csv.DictWriter(io.StringIO(), ['x'], extrasaction='boom'))
s = io.StringIO()
csv.DictWriter(s, ['a', 'b'], dialect='unix').writerows([{'a': 1, 'b': 2}])
print(repr(s.getvalue()))

# roundtrip
rows = [['plain', 'with,comma', 'with "quote"', 'with\nnewline', '', ' spaced ']]
s = io.StringIO()
csv.writer(s).writerows(rows)
s.seek(0)
print(list(csv.reader(s)) == rows)
