"""Differential test: urllib.parse splitting, joining, quoting and query strings."""
from urllib.parse import *
import urllib.parse as up
urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'https://[FE80::1%25eth0]/',
        'ftp://ftp.x.org/pub/file.txt', 'mailto:someone@x.org', '//host/path', '/just/path?x', 'relative/path#f',
        'HTTP://H/', 'file:///etc/hosts', 'http://h:abc/', 'http://h:99999/', 'http://h:/', 'http://@h', 'x:y',
        '  http://a/b\t\nc', 'http://a/b?c#d?e', 'urn:isbn:0451450523', 'http://a/;x;y', 'tel:+1-555;ext=1', '', 'http://h/p?', 'http://h/p#']
for u in urls:
    try:
        s = urlsplit(u); p = urlparse(u)
        print(repr(u), s, p.params)
        print('   ', s.username, s.password, s.hostname)
        try: print('    port', s.port)
        except ValueError as e: print('    port error', type(e).__name__, e)
        print('   ', s.geturl(), p.geturl(), urlunsplit(s) == urlunparse(p))
    except ValueError as e:
        print(repr(u), 'error', e)
for u in ['http://[::1/', 'http://::1]/']:
    try: urlsplit(u)
    except ValueError as e: print(type(e).__name__, e)
print(urlsplit('path', scheme='https'), urlparse('a#b', allow_fragments=False))
p = urlparse('http://a/b?c')
print(p._replace(query='z=1').geturl(), p._replace(scheme='https', netloc='x:1').geturl(), p._fields, p[1], tuple(p))
base = 'http://a/b/c/d;p?q'
for r in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'https://other/x', 'mailto:x']:
    print(repr(r), urljoin(base, r))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('http://a', 'b'), urljoin('http://a/b/', '../../c'), urljoin('mailto:a', 'b'))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('http://a/b#c').geturl())
for s in ['abc def/ghi?&=#', 'ü€', '', '~_.-', 'a+b']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(quote_plus(s, safe='/')), repr(quote(s, safe='?&=')))
print(quote(b'\x00\xff a'), quote_from_bytes(b'a/b c'), quote('é', encoding='latin-1'))
for s in ['abc%20def', '%E2%82%AC+x', '%zz%4', '%', 'ü%C3%BC', '%ff', 'a+b%2Bc', '']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%e9', encoding='latin-1'), unquote(b'%41b'))
for q in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', 'x=%20y+z&&=v', 'k=v=w', '', '&', 'a=1&a=2&b=']:
    print(repr(q), parse_qs(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'))
for args in [dict(qs='a', strict_parsing=True), dict(qs='a=1&b=2', max_num_fields=1), dict(qs='a=1', separator='')]:
    try: parse_qsl(**args)
    except ValueError as e: print(type(e).__name__, e)
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}), urlencode([('a', [1, 2]), ('b', 'xy')]), urlencode([('a', [1, 2]), ('b', 'xy'), ('c', (3,)), ('d', 5)], doseq=True))
print(urlencode({'q': 'a/b c'}, quote_via=quote), urlencode({'q': 'a/b'}, safe='/'), urlencode({b'k': b'v w'}), urlencode([]), urlencode({'n': None, 't': True}))
try: urlencode('abc')
except TypeError as e: print(type(e).__name__, e)
try: urlencode([1, 2])
except TypeError as e: print(type(e).__name__, e)
print(SplitResult('http', 'h', '/p', 'q', 'f'), ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl(), DefragResult('u', 'f'))
print(isinstance(urlparse('x'), tuple), len(urlparse('x')), urlparse('http://h')[0])
print('http' in up.uses_netloc, up.scheme_chars[:5])
