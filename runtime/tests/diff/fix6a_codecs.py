# Single-byte code pages (cp1252, ISO 8859-15, cp437) in str.encode and bytes.decode,
# with every error handler and CPython's 'charmap' error messages.
s = "Price: 5€ – “quoted” naïve Œuvre ™"
for enc in ["cp1252", "windows-1252", "ISO-8859-15", "cp437"]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e, e.start, e.end, e.encoding)
        print(s.encode(enc, "replace"), s.encode(enc, "ignore"), s.encode(enc, "xmlcharrefreplace"), s.encode(enc, "backslashreplace"))
for enc in ["cp1252", "latin9", "cp437"]:
    data = bytes(range(0x80, 0x100))
    try:
        print(enc, data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, "UnicodeDecodeError", e)
        print(data.decode(enc, "replace"))
        print(data.decode(enc, "ignore"), data.decode(enc, "backslashreplace")[:40])
print(str(b"caf\xe9 \x80", "cp1252"), "é".encode("cp437"), "┌─┐".encode("cp437"))
