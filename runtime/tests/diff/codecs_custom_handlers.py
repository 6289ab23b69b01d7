# str.encode, bytes.decode, str() and bytes() with error handlers registered through codecs.register_error (replacements, resume positions, bad handler results).
import codecs
def handler(exc):
    return ("?%d?" % exc.start, exc.end)
codecs.register_error("myhandler", handler)
print("aé b".encode("ascii", "myhandler"))
print(b"a\xff b".decode("utf-8", "myhandler"))
print(b"a\xff b".decode("ascii", "myhandler"), "é".encode("latin-1", "myhandler"), "€".encode("latin-1", "myhandler"))
def h2(exc):
    return ("", exc.end + 1)
codecs.register_error("skip2", h2)
print("a€bc".encode("ascii", "skip2"))
try:
    "é".encode("ascii", "nosuch")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"x\xfey", "ascii", "myhandler"), bytes("ü", "ascii", "myhandler"), "ok".encode("ascii", "undefined-handler"))
def bad(exc):
    return 5
codecs.register_error("bad", bad)
for f in (lambda: "é".encode("ascii", "bad"), lambda: b"\xff".decode("ascii", "bad")):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
