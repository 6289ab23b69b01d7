# Preparing user-submitted text for the web: escaping, URL building, hashing, JSON.
import html, json, base64, binascii, hashlib, hmac, zlib
from urllib.parse import (quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          urlsplit, urlunsplit, urljoin, urlparse, urldefrag, quote_from_bytes, unquote_to_bytes)

comment = 'Tom & Jerry said "hi" <b>naïve</b> \'café\' 5 > 3 😀'
print(html.escape(comment))
print(html.escape(comment, quote=False))
for s in ["&lt;p&gt;", "&amp;amp;", "&eacute;&#233;&#xe9;&#XE9;", "&notin; &notit; &not", "&#0; &#x110000; &#128;",
          "&unknown; &AMP &amp", "&#65&#x42;C", "&hellip;&mdash;&nbsp;|", "&#xD800;"]:
    print(repr(s), "->", repr(html.unescape(s)))

# URL quoting
for s in ["hello world", "ä/ö?ü=ß&x", "~user/some path/", "😀", "a+b=c", "%41"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote(s, encoding="latin-1", errors="replace"))
for s in ["caf%C3%A9", "caf%E9", "a+b%20c", "%zz%4", "%F0%9F%98%80", "100%"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), repr(unquote(s, encoding="latin-1")), unquote_to_bytes(s))
print(quote_from_bytes(b"\x00\xff /"), quote("/path/ü", safe="/ü"))

params = {"q": "Grüße aus Köln", "tags": ["a&b", "ç"], "n": 5, "empty": ""}
print(urlencode(params))
print(urlencode(params, doseq=True))
print(urlencode([("k", "v 1"), ("k", "ü")], quote_via=quote))
qs = "q=Gr%C3%BC%C3%9Fe+aus&tags=a%26b&tags=%C3%A7&empty=&flag&x=1;y=2"
print(sorted(parse_qs(qs).items()))
print(sorted(parse_qs(qs, keep_blank_values=True).items()))
print(parse_qsl(qs, keep_blank_values=True, separator=";"))
print(parse_qsl("a=%E9", encoding="latin-1"))

urls = ["https://user:pw@例え.jp:8443/パス/x?y=ü#frag", "http://[::1]:80/a", "mailto:ü@x.org",
        "//host/path", "file:///tmp/x y", "HTTP://Example.COM/A?B#C", "relative/p;params?q"]
for u in urls:
    sp = urlsplit(u)
    print(sp)
    print("  ", sp.hostname, sp.port, sp.username, urlunsplit(sp), urlparse(u).params)
base = "http://a/b/c/d;p?q"
for r in ["g", "./g", "../g", "../../../g", "?y", "#s", "//g", "g?y#s", "", ".", "..", "http:g", "ü/ñ"]:
    print(repr(r), urljoin(base, r))
print(urldefrag("http://x/y#z"), urldefrag("http://x/y"))

# Hashing / base64 of text
for s in ["", "abc", "naïve", "日本語", "😀"]:
    b = s.encode("utf-8")
    print(repr(s), hashlib.md5(b).hexdigest(), hashlib.sha1(b).hexdigest()[:16], hashlib.sha256(b).hexdigest()[:16],
          zlib.crc32(b), binascii.crc32(b), zlib.adler32(b))
    print("   ", base64.b64encode(b), base64.urlsafe_b64encode(b), base64.b32encode(b), base64.b16encode(b),
          base64.a85encode(b), base64.b85encode(b), binascii.hexlify(b, "-"), b.hex(":", 2))
print(base64.b64decode("bmHDr3Zl"), base64.b64decode(b"bmHDr3Zl\n"), base64.urlsafe_b64decode("8J-YgA=="))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e)
try:
    base64.b64decode("ab!c", validate=True)
except binascii.Error as e:
    print("binascii.Error", e)
print(hmac.new(b"key", "message ü".encode(), "sha256").hexdigest())
h = hashlib.sha256()
for part in ["Grü", "ße"]:
    h.update(part.encode())
print(h.hexdigest() == hashlib.sha256("Grüße".encode()).hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.sha3_256(b"x").hexdigest()[:12])

# JSON with non-ASCII and non-BMP
data = {"name": "Zoë", "city": "東京", "emoji": "😀", "ctrl": "\t\x01\u2028", "quote": "\"'\\", "n": [1.0, 1e100, -0.0]}
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, separators=(",", ": ")))
s = '{"a": "\\ud83d\\ude00", "b": "\\u00e9", "c": "日本", "d": "\\u2028"}'
obj = json.loads(s)
print(obj, [len(v) for v in obj.values()])
print(json.loads(json.dumps("😀")) == "😀", json.dumps("😀"), json.dumps("é", ensure_ascii=False).encode())
for bad in ['{"a": }', '["\\x"]', '"abc', '[1,]', '{"a" 1}', "", "\ufeff{}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.lineno, e.colno, e.pos)
print(json.loads(b'{"k": "\xc3\xa9"}'), json.loads('"\\u00e9"'.encode("utf-16")))
