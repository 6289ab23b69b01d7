# Encoding and decoding through the builtin codecs, with every error handler and error message.
for args in [("utf-8",b"\xff"),("utf-8",b"a\xc3"),("utf-8",b"\xe0\x80"),("utf-8",b"\xed\xa0\x80"),("utf-8",b"\xf0\x90\x80"),("utf-8", b"\xc3\x28"),("utf-16-le",b"a\x00b"),("utf-16-le",b"\x00\xd8a\x00"),("utf-16-le",b"\x00\xdc"),("utf-16-le",b"\x00\xd8"),("utf-32-le",b"\x00\x00\x11\x00"),("utf-32-le",b"\x00\xd8\x00\x00"),("utf-32-le",b"a\x00\x00"),("ascii",b"ab\x80\x81"),("utf-16",b"\xfe\xffab"),("utf-16",b"ab"),("utf-32",b"\x00\x00\xfe\xff\x00\x00\x00a"),("latin-1",b"\xe9\xff")]:
    enc, b = args
    for err in ["strict","replace","ignore","backslashreplace"]:
        try: print(enc, err, repr(b.decode(enc, err)))
        except UnicodeDecodeError as e: print(enc, err, e, e.args)
for s in ["café", "日本x", "a😀b", "ab"]:
  for enc in ["ascii","latin-1","utf-16","utf-16-be","utf-32","utf-32-le","utf-8"]:
    for err in ["strict","replace","ignore","backslashreplace","xmlcharrefreplace"]:
        try: print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e: print(enc, err, e, e.args)
try: print("x".encode("ascii","bogus"))
except Exception as e: print(type(e).__name__, e)
try: "é".encode("ascii","bogus")
except Exception as e: print(type(e).__name__, e)
try: "é".encode("foo")
except Exception as e: print(type(e).__name__, e)
try: "é".encode(1)
except Exception as e: print(type(e).__name__, e)
try: b"x".decode("foo")
except Exception as e: print(type(e).__name__, e)
for n in ["UTF8","utf_8","U8","Latin1","ISO-8859-1","iso8859_1","L1","us-ascii","646","UTF-16LE","utf16","UTF 8", "utf_16_be", "UTF-32LE", "latin", "iso_8859_1", "u16"]:
    try: print(n, "é".encode(n))
    except Exception as e: print(n, type(e).__name__, e)
try:
    "naïve €".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"ok\xffok".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    b"\xff".decode("ascii", "nope")
except LookupError as e:
    print("LookupError", e)
print(b"x".decode("ascii", "nope"), "x".encode("latin-1", "nope"))
for s in ["", "a", "é", "€", "😀", "a\x00b", "\uffff", "\U0010ffff"]:
    for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
        b = s.encode(enc)
        print(enc, repr(s), b, b.decode(enc) == s, bytearray(b).decode(enc) == s)
print(str(b"\xe4\xbd\xa0\xe5\xa5\xbd", "utf-8"), bytes("你好", "utf-8"), bytearray("你好", "utf-16-le"))
print(b"\xef\xbb\xbfabc".decode("utf-8"), len(b"\xef\xbb\xbfabc".decode("utf-8")))
print(b"\xf4\x90\x80\x80".decode("utf-8", "replace"), b"\xc0\xaf".decode("utf-8", "replace"), b"\xe0\xa0".decode("utf-8", "replace") + "|")
print(b"a\xed\xa0\x80b".decode("utf-8", "backslashreplace"), b"\x80abc\xc3".decode("utf-8", "ignore"))
print("abc".encode(encoding="utf-16-be"), "abc".encode(errors="strict"), b"abc".decode(encoding="ascii"), b"abc".decode(errors="ignore"))
for bad in [b"\x00\xdc\x00\xd8", b"\x00\xd8\x00\xd8a\x00", b"abc"]:
    for enc in ["utf-16-le", "utf-16-be"]:
        try:
            print(enc, repr(bad.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, e)
        print(enc, repr(bad.decode(enc, "replace")))
