# namereplace encode handler, encode-only handlers on decode, and the byte order that
# utf-16/utf-32 decode errors name.
for s in ["café", "a—b “q”", "日本", "x😀y", "\x7f\x80"]:
    for enc in ["ascii", "latin-1", "cp1252"]:
        try:
            print(enc, s.encode(enc, "namereplace"))
        except UnicodeEncodeError as e:
            print(enc, "error", e)

for h in ["namereplace", "xmlcharrefreplace"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        try:
            print(b"ok\xff".decode(enc, h))
        except (TypeError, UnicodeDecodeError) as e:
            print(h, enc, type(e).__name__, e)

for b in [b"abc", b"\xfe\xff\x00", b"\xff\xfe\x00", b"\x00\xd8\x41\x00", b"\xfe\xff\xd8\x00\x00\x41"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be"]:
        try:
            print(enc, repr(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, e.encoding, e)
for b in [b"abcde", b"\x00\x00\xfe\xff\x00", b"\xff\xfe\x00\x00a", b"\xff\xff\x11\x00"]:
    for enc in ["utf-32", "utf-32-be"]:
        try:
            print(enc, repr(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, e.encoding, e)
