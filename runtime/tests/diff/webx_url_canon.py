"""URL canonicalisation for a crawler frontier: dedupe, normalise, rewrite."""
from urllib.parse import (urlsplit, urlunsplit, urlparse, urlunparse, urljoin,
                          parse_qsl, urlencode, quote, unquote, quote_plus,
                          unquote_plus, SplitResult)

DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}
TRACKING = {"utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid"}


def remove_dot_segments(path):
    out = []
    for seg in path.split("/"):
        if seg == "..":
            if len(out) > 1:
                out.pop()
        elif seg != ".":
            out.append(seg)
    if path.endswith(("/.", "/..")):
        out.append("")
    return "/".join(out) or "/"


def canonical(url):
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    try:
        port = parts.port
    except ValueError as exc:
        return f"INVALID({exc})"
    netloc = host
    if parts.username:
        netloc = quote(unquote(parts.username), safe="") + (
            ":" + quote(unquote(parts.password), safe="") if parts.password else "") + "@" + netloc
    if port and DEFAULT_PORTS.get(scheme) != port:
        netloc += f":{port}"
    path = quote(unquote(parts.path), safe="/%:@!$&'()*+,;=~")
    path = remove_dot_segments(path) if path else "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in TRACKING]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query, quote_via=quote), ""))


urls = [
    "HTTP://Example.COM:80/a/./b/../c/?b=2&a=1&utm_source=x#top",
    "https://example.com:443",
    "https://example.com:8443/%7Euser/some%20file.html",
    "http://user:p%40ss@host.example.:8080/p?q=a+b&q=c%2Bd",
    "http://example.com/a/b/../../../x",
    "http://example.com/a/b/.",
    "http://[::1]:8000/v6?x=1",
    "http://example.com:99999/bad-port",
    "http://example.com:abc/bad-port",
    "  https://example.com/ümlaut/ path?k=v w&empty=&flag  ",
    "ftp://files.example.com:21/pub/",
    "https://example.com/?gclid=1&z=&z=2&a=%26",
]
for u in urls:
    print(repr(u), "->", canonical(u))

print("--- joins")
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g",
            "/./g", "g.", ".g", "g..", "..g", "./../g", "g/./h", "g/../h", "http:g", "https:g"]:
    print(f"{ref!r:12} {urljoin(base, ref)}")
print(urljoin("https://x.org/dir/", "//cdn.y.org/f.js"), urljoin("", "rel"), urljoin("file:///tmp/a", "b"))

print("--- parse vs split")
for u in ["http://h/p;params?q=1#f", "mailto:someone@x.org?subject=hi%20there",
          "urn:isbn:0451450523", "/relative/only?x", "//host.only", "file:///etc/hosts",
          "http://h?q", "http://h#f", "HTTP://H/%zz"]:
    p, s = urlparse(u), urlsplit(u)
    print(tuple(p), tuple(s), p.geturl() == urlunparse(p), s.geturl())
r = urlsplit("https://u@h.example:81/x?y#z")._replace(scheme="http", fragment="")
print(r, r.geturl(), isinstance(r, SplitResult), r.netloc, r.username, r.port)

print("--- quoting")
for s in ["a b&c=d/e", "ünïcödé", "~tilde_-.", "100%", "", "/path with/slash"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), repr(quote_plus(s, safe="/")))
for s in ["a%20b+c", "%E2%82%AC", "%zz%4", "bad%ff", "%C3%A9+%2B"]:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote(s, errors="strict") if "ff" not in s else "-"))
print(urlencode({"q": "hello world", "list": ["a", "b"], "n": 3}, doseq=True))
print(urlencode([("k", "v/w"), ("e", "")], safe="/"), urlencode({"x": b"\xe9"}))
print(urlencode({"t": ("x", "y")}))
print(parse_qsl("a=1;b=2&c", keep_blank_values=True), parse_qsl("a=1&a=2&b=%20", separator="&"))
try:
    parse_qsl("a=1&bad", strict_parsing=True)
except ValueError as exc:
    print("ValueError:", exc)
