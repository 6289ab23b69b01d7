# repr() quoting and escaping of str and bytes.
samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\r\n",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é", "ñandú", "日本語", "😀", "\u200b\u200e", "\ud800" if False else "\ufffd",
           "\U0001f600\U0001f4a9", "a\u0301", "\x1b[31mred\x1b[0m", "\u2028\u2029", "\N{NO-BREAK SPACE}"]
for s in samples:
    print(repr(s), ascii(s), len(s))
bsamples = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r", b"\x00\x7f\x80\xff", b"\\", bytes(range(0, 256, 17))]
for b in bsamples:
    print(repr(b), len(b))
print(repr(bytearray(b"x'y")), repr(bytearray(b'x"y')), repr(bytearray(b"\xff")))
print(repr(["'", '"', "\\", "\n"]), repr({"k'": "v\""}), repr(("\t",)))
print(str("quote'd"), "%r" % "quote'd", "{!r}".format("quote'd"), f"{'quote' + chr(39)!r}")
print(repr("\\n"), repr(r"\n"), repr("\\"), len("\\"), repr("'" * 3), repr('"' * 3), repr("'\""))
print(repr(chr(0x7f)), repr(chr(0x80)), repr(chr(0xa0)), repr(chr(0xa1)), repr(chr(0x0378)), repr(chr(0x10ffff)))
print(repr("\x0b\x0c"), repr("\a\b"), repr("\x85"), repr("\u00ad"))
