"""Web-ish utilities for a link checker: URLs, quoting, paths, hashing, encodings, diffs."""
import base64
import difflib
import hashlib
import html
import posixpath
import shlex
import uuid
from pathlib import PurePosixPath
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag,
                          urlencode, urljoin, urlparse, urlsplit, urlunparse)

LINKS = [
    "https://user:pw@Example.com:8443/docs/a%20b/index.html;v=1?q=python+3&lang=en&lang=de#intro",
    "http://example.com",
    "/relative/path?x=1",
    "../up/one?empty=&flag",
    "mailto:someone@example.com",
    "ftp://files.example.com/pub/file.tar.gz",
    "//cdn.example.com/lib.js",
]
BASE = "https://example.com/blog/2024/post.html?page=2"

for link in LINKS:
    u = urlparse(link)
    print(f"{link[:30]:<31}| {u.scheme or '-':<6} {u.netloc or '-':<28} {u.path or '-':<22} "
          f"{u.query or '-':<24} {u.fragment or '-'}")
u = urlparse(LINKS[0])
print(u.hostname, u.port, u.username, u.password, u.params, u.geturl() == LINKS[0])
print(parse_qs(u.query), parse_qsl(u.query), parse_qs("a=1&b=&c", keep_blank_values=True))
for link in LINKS:
    print(f"  join -> {urljoin(BASE, link)}")
print(urljoin(BASE, "?page=3"), urljoin(BASE, "#top"), urljoin("http://a/b/c/d;p?q", "../../g"))
print(urlunparse(("https", "h.com", "/p", "", "a=1", "f")), urlsplit("http://h/p?q#f")._replace(fragment="").geturl())
print(urldefrag("http://h/p#frag"), urlencode({"q": "a b&c", "n": 10, "u": "é"}), urlencode([("k", ["x", "y"])], doseq=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b+c"), unquote("%E2%82%AC%20x"), unquote_plus("1+1%3D2"))

paths = ["/srv/www/site/index.html", "/srv/www/site/../assets/./img/logo.png", "docs//guide/", "a/b/c.tar.gz"]
for p in paths:
    print(f"{p:<42} norm={posixpath.normpath(p):<30} base={posixpath.basename(p)!r:<16} ext={posixpath.splitext(p)}")
print(posixpath.join("/a", "b", "/c", "d"), posixpath.relpath("/srv/www/x/y", "/srv/www/z"), posixpath.commonpath(paths[:2]))
pp = PurePosixPath("/srv/www/site/archive.2024.tar.gz")
print(pp.name, pp.stem, pp.suffix, pp.suffixes, pp.parent.name, pp.parts[:3], pp.with_suffix(".zip").name)
print(pp.relative_to("/srv/www"), pp.match("*.gz"), pp.match("site/*.gz"), [str(x) for x in pp.parents][:3])
print(PurePosixPath("a/b") / "c" / ".." / "d", PurePosixPath("/x").joinpath("y", "z"), PurePosixPath("a") == PurePosixPath("a/"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("a/b")]), PurePosixPath("x.txt").with_stem("y"))
try:
    pp.relative_to("/other")
except ValueError as e:
    print("ValueError:", e)

cmd = "rsync -avz --exclude '*.tmp' \"my files/\" user@host:/backup # nightly"
print(shlex.split(cmd, comments=True))
print(shlex.split(cmd))
print([shlex.quote(s) for s in ["simple", "with space", "it's", "", "$HOME"]], shlex.join(["echo", "a b", "c'd"]))
lex = shlex.shlex("key=value, other = 'quoted value'", posix=True)
lex.whitespace_split = False
print(list(lex))

for s in ["<script>alert('x')</script>", 'a "quoted" & <b>', "café & crème"]:
    print(html.escape(s), "|", html.escape(s, quote=False))
print(html.unescape("&lt;p&gt;Caf&eacute; &amp; &#169; &#x263A; &notanentity; &amp"))

for data in [b"", b"f", b"fo", b"foo", b"hello, world!", bytes(range(250, 256))]:
    e64 = base64.b64encode(data)
    print(f"{data!r:<26} b64={e64.decode():<20} url={base64.urlsafe_b64encode(data).decode():<12} "
          f"b32={base64.b32encode(data).decode():<24} b16={base64.b16encode(data).decode()}")
    assert base64.b64decode(e64) == data
print(base64.b64decode("aGVsbG8=\n"), base64.standard_b64decode(b"Zm9v"), base64.b32decode("MZXW6==="))
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(f"{name:<7}{h.digest_size:>3}{h.block_size:>4} {h.hexdigest()[:32]}")
h2 = hashlib.sha256(b"abc")
h3 = h2.copy()
h3.update(b"d")
print(h2.hexdigest() != h3.hexdigest(), hashlib.sha256(b"abcd").hexdigest() == h3.hexdigest(), len(h2.digest()))
print(sorted(hashlib.algorithms_guaranteed >= {"md5", "sha256"} and ["ok"]), hashlib.md5(b"").hexdigest())

ns = uuid.NAMESPACE_URL
ids = [uuid.uuid5(ns, link) for link in LINKS[:3]]
print([str(i)[:13] for i in ids], ids[0].version, ids[0].variant, uuid.uuid3(ns, "x").version)
u0 = uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678")
print(u0, u0.hex, u0.int, u0.fields[:3], u0.bytes[:4], repr(uuid.UUID(int=255)), u0 < uuid.UUID(int=2**127))

old = ["title: Links\n", "count: 7\n", "status: ok\n", "owner: ann\n"]
new = ["title: Links\n", "count: 8\n", "status: ok\n", "owner: bob\n", "extra: yes\n"]
print("".join(difflib.unified_diff(old, new, "old.txt", "new.txt", n=1)), end="")
print("".join(difflib.context_diff(old[:2], new[:2], "a", "b")), end="")
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.get_matching_blocks()[:2], sm.get_opcodes())
print(difflib.get_close_matches("pyhton", ["python", "perl", "pylon", "typhoon", "java"], n=3, cutoff=0.5))
print(list(difflib.ndiff(["one\n", "two\n"], ["one\n", "tow\n"])))
