from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          parse_qs, parse_qsl, urlencode, quote, unquote, quote_plus, unquote_plus)
from collections import Counter

URLS = [
    "https://user:pa%20ss@Example.COM:8443/a/b/../c;params?q=1&q=2&empty=&sp=a+b#frag",
    "http://example.com",
    "ftp://ftp.example.org/pub/file.tar.gz",
    "//cdn.example.net/lib.js",
    "/relative/path?x=1",
    "mailto:someone@example.com?subject=hi",
    "file:///etc/hosts",
    "http://[::1]:8080/ipv6",
    "https://例え.jp/パス?キー=値",
    "HTTP://EXAMPLE.com:80/%7Euser/",
]
for u in URLS:
    p = urlparse(u)
    print(u)
    print(f"   scheme={p.scheme!r} netloc={p.netloc!r} path={p.path!r} params={p.params!r} query={p.query!r} frag={p.fragment!r}")
    try:
        port = p.port
    except ValueError as e:
        port = f"ValueError({e})"
    print(f"   host={p.hostname!r} port={port!r} user={p.username!r} pw={p.password!r}")
    assert urlunparse(p) == u or True
    print("   unparse:", urlunparse(p), "| split:", tuple(urlsplit(u))[:3])

base = "http://a/b/c/d;p?q"
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../../g", ";x", "", "http://other/x", "g;x?y#s"]:
    print(f"{rel!r:>14} -> {urljoin(base, rel)}")
print(urldefrag("http://x/y#sec"), urldefrag("http://x/y"))

q = "a=1&b=2&a=3&c=&d=x+y%21&e"
print(parse_qs(q), parse_qs(q, keep_blank_values=True))
print(parse_qsl(q), parse_qsl(q, keep_blank_values=True))
print(urlencode({"name": "Ann Lee", "tags": ["x", "y"], "n": 5, "u": "ü&="}))
print(urlencode({"tags": ["x", "y"]}, doseq=True), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"q": "a b"}, quote_via=quote))
for s in ["hello world", "a/b?c=d&e", "ünïcode", "~tilde-_.", "100%", "é/x"]:
    print(f"{s!r:>14} quote={quote(s)!r} safe=''={quote(s, safe='')!r} plus={quote_plus(s)!r}")
print(unquote("%E2%82%AC%20%zz%"), unquote_plus("a+b%2Bc"), unquote("%ff", errors="replace"), quote(b"\x00\xff"))
print(urlunsplit(("https", "h.com", "/p", "a=1", "f")), urlunparse(("http", "h", "/", "", "", "")))
p = urlparse("https://h.com/x?y=1")
print(p._replace(scheme="http", query="z=2").geturl(), p.geturl())
try:
    urlparse("http://h:notaport/").port
except ValueError as e:
    print("ValueError:", e)
hosts = Counter(urlparse(u).hostname for u in URLS)
print(sorted((str(k), v) for k, v in hosts.items()))
