from urllib import parse as P

urls = [
    'http://user:pw@Example.COM:8080/p/a/t/h;params?query=1&x=y#frag',
    'https://[::1]:443/x', 'https://[FE80::1%25Eth0]/', 'ftp://host', '//netloc/path', 'mailto:me@x.org',
    'file:///etc/passwd', 'relative/path?q', '', 'http://h:/', 'http://@h', 'HTTP://H/%7Euser',
    ' \thttp://ex\nample.com/a\tb', 'path:80', 'a1+-.:rest', '1abc:x', 'http://h?q#f', 'http://h#f?q',
]
for u in urls:
    s = P.urlsplit(u)
    p = P.urlparse(u)
    print(repr(s), repr(p))
    print(' ', s.username, s.password, s.hostname, s.port, p.netloc, s.geturl(), p.geturl())
print(P.urlsplit('http://h/p#f', allow_fragments=False), P.urlparse('p?q', scheme='https'))
for bad in ['http://[::1/', 'http://::1]/', 'http://h:99999/', 'http://h:abc/', 'http://h:-1/']:
    try:
        r = P.urlsplit(bad)
        print(r, r.port)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    P.urlsplit('http://h', b'x')
except TypeError as e:
    print(type(e).__name__, e)
print(P.urlunsplit(('http', 'h', '/p', 'q', 'f')), P.urlunparse(('http', 'h', '/p', 'pa', 'q', 'f')))
print(P.urlunsplit(('', '', 'p', '', '')), P.urlunsplit(('file', '', '/x', '', '')), P.urlunsplit(('http', '', '//x', '', '')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '', '.', './', '..',
            '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'http:g', 'https:g']:
    print(rel, P.urljoin(base, rel))
print(P.urljoin('', 'x'), P.urljoin('http://a/b', ''), P.urljoin('http://a/b/', 'c', allow_fragments=False),
      P.urljoin('mailto:x', 'y'))
print(P.urldefrag('http://a/b#frag'), P.urldefrag('http://a/b'))
print(P.urldefrag('a#b').url, P.urldefrag('a#b')[1])
for s in ['a b&c/d', 'ü', '~-._', '', '/a/b', 'x+y']:
    print(repr(P.quote(s)), repr(P.quote(s, safe='')), repr(P.quote_plus(s)), repr(P.quote_plus(s, safe='/')))
print(P.quote(b'\xff a'), P.quote('é', encoding='latin-1'), P.quote('é', errors='strict'))
print(P.quote_from_bytes(b'a/b c', safe=''), P.quote_from_bytes(b''))
for args, kw in [((b'x',), {'encoding': 'utf-8'}), ((b'x',), {'errors': 'strict'}), ((3,), {})]:
    try:
        print(P.quote(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    P.quote_from_bytes('str')
except TypeError as e:
    print(type(e).__name__, e)
for s in ['a%20b', '%E2%82%AC', '%zz', '%', 'a+b', '%C3', '']:
    print(repr(P.unquote(s)), repr(P.unquote_plus(s)), P.unquote_to_bytes(s))
print(P.unquote('%E9', encoding='latin-1'), P.unquote('%FF', errors='strict') if False else P.unquote('%FF'))
print(P.unquote_to_bytes('é%41'))
q = 'a=1&b=2&a=3&c=&d&e=%20x+y'
print(P.parse_qs(q), P.parse_qs(q, keep_blank_values=True))
print(P.parse_qsl(q), P.parse_qsl(q, keep_blank_values=True), P.parse_qsl('a=1;b=2', separator=';'))
print(P.parse_qs(''), P.parse_qsl('a=1&b=2', max_num_fields=2))
for bad, kw in [('a=1&b=2&c=3', {'max_num_fields': 2}), ('d', {'strict_parsing': True}), ('a=1', {'separator': ''})]:
    try:
        print(P.parse_qsl(bad, **kw))
    except ValueError as e:
        print(type(e).__name__, e)
print(P.urlencode({'a': 1, 'b': 'x y', 'c': b'\xff'}), P.urlencode([('a', [1, 2]), ('b', 'z')]))
print(P.urlencode([('a', [1, 2]), ('b', 'z'), ('c', (3,)), ('d', b'q'), ('e', 'é')], doseq=True))
print(P.urlencode({'k': 'a/b c'}, safe='/', quote_via=P.quote), P.urlencode({}), P.urlencode([]))
print(P.urlencode({'é': 'ü'}, encoding='latin-1'), P.urlencode({'x': 'a b'}, doseq=True))
for bad in ['abc', [1, 2], 5]:
    try:
        print(P.urlencode(bad))
    except TypeError as e:
        print(type(e).__name__, e)
r = P.urlparse('http://u@h:1/p;x?q#f')
print(r._replace(scheme='https').geturl(), r._fields, type(r).__name__)
print(P.urlsplit('http://H').hostname)
print(P.DefragResult('u', 'f').geturl(), P.DefragResult('u', '').geturl())
print(P.uses_relative[:4], 'http' in P.uses_netloc, P.scheme_chars[:10])
