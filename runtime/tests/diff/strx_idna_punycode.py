import codecs

domains = [
    "bücher.example", "münchen.de", "www.Bücher.DE", "президент.рф", "例え.テスト", "日本。ＪＰ",
    "straße.de", "ÖBB.at", "xn--bcher-kva.example", "example.com.", "ドメイン名例.jp",
    "ἀθῆναι.gr", "faß.de", "ﬁnance.com", "Ⅻ.net", "naïve-café.fr", "mañana.com", "ǅemal.ba",
]
for d in domains:
    try:
        enc = codecs.encode(d, "idna")
        back = codecs.decode(enc, "idna")
        print(f"{d!r:28} -> {enc!r} -> {back!r}")
    except UnicodeError as e:
        print(f"{d!r:28} UnicodeError {e}")

print("--- punycode labels")
for label in ["bücher", "münchen", "abc", "日本語", "ü", "ÄÖÜäöü", "a-b-ß", "Mañana", "😀emoji😀",
              "\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f",
              "他们为什么不说中文", "Pročprostěnemluvíčesky", "3年B組金八先生", "", "-", "----"]:
    p = codecs.encode(label, "punycode")
    print(repr(label), p, codecs.decode(p, "punycode") == label)

print("--- decoding odd punycode")
for raw in [b"bcher-kva", b"BCHER-KVA", b"egbpdaj6bu4bxfgehfvwxn", b"-> $1.00 <--", b"kva", b"bcher-k", b"bcher-k!a", b"abc-"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(raw, errors, repr(codecs.decode(raw, "punycode", errors)))
        except UnicodeError as e:
            print(raw, errors, "UnicodeError", e)
try:
    codecs.decode(b"abc", "punycode", "backslashreplace")
except UnicodeError as e:
    print("UnicodeError", e)

print("--- idna errors")
bad = ["a..b", "x" * 64 + ".com", "com." + "y" * 64, "", "xn--abc.ü", "xn--ü.de", "a\u00a0b.com",
       "\u05d0\u05d1.il", "a\u05d0.il", "\u05d0a\u05d1.il", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629.eg",
       "zw\u200bsp.com", "soft\u00adhyphen.com", "priv\ue000.com", "bad\u2028.com"]
for d in bad:
    try:
        out = codecs.encode(d, "idna")
        print(repr(d), "->", out)
    except UnicodeError as e:
        print(repr(d), "UnicodeError:", e)
for raw in [b"xn--bcher-kva.de", b"XN--BCHER-KVA.DE", b"xn--bcher-kvb.de", b"plain.ascii.", b"xn--abc-",
            b"a.b.c", bytearray(b"xn--mnchen-3ya.de"), b"caf\xc3\xa9.fr"]:
    try:
        print(raw, "->", repr(codecs.decode(raw, "idna")))
    except UnicodeError as e:
        print(raw, "UnicodeError:", e.args[0])
for errs in ["ignore", "replace"]:
    try:
        codecs.encode("ü.de", "idna", errs)
    except UnicodeError as e:
        print(e)
    try:
        codecs.decode(b"x.de", "idna", errs)
    except UnicodeError as e:
        print(e)

print("--- incremental idna")
enc = codecs.getincrementalencoder("idna")()
pieces = [enc.encode(p) for p in ["www.bü", "cher.exa", "mple", ".co"]]
pieces.append(enc.encode("m", final=True))
print(pieces, b"".join(pieces))
dec = codecs.getincrementaldecoder("idna")()
parts = [dec.decode(p) for p in [b"www.xn--bc", b"her-kva.exa", b"mple."]]
parts.append(dec.decode(b"", final=True))
print(parts)
print(list(codecs.iterencode(["ex", "ämple.", "org"], "idna")))

print("--- zlib codec")
payload = ("naïve café " * 40).encode("utf-8")
z = codecs.encode(payload, "zlib")
print(len(payload), len(z) < len(payload), codecs.decode(z, "zlib") == payload)
ienc = codecs.getincrementalencoder("zlib")()
stream = b"".join(ienc.encode(payload[i:i + 50]) for i in range(0, len(payload), 50)) + ienc.encode(b"", True)
idec = codecs.getincrementaldecoder("zlib")()
restored = b"".join(idec.decode(stream[i:i + 7]) for i in range(0, len(stream), 7)) + idec.decode(b"", True)
print(restored == payload, codecs.lookup("zip").name, codecs.lookup("zlib_codec").name)
for name in ["idna", "punycode", "zlib", "rot13", "hex", "utf-8"]:
    print(name, codecs.lookup(name).name, codecs.lookup(name)._is_text_encoding)
