# String and bytes literals: escapes, raw strings, concatenation, unicode.
print("tab\there", 'quote\'s', "dq\"s", "back\\slash")
print("newline\\n shown", r"raw \n stays", R"raw \t too")
print(len("\n"), len(r"\n"), len("\x41"), "\x41\u00e9\U0001F600" == "Aé😀")
print("\101\102\103", "\0".encode(), "\a\b\f\v".encode())
print("con" "cat" 'enated', "multi"
      "line")
print("""triple "double" quotes""", '''triple 'single' quotes''')
s = """line1
line2
  indented"""
print(s)
print(s.splitlines())
print("a\
b")
print(b"bytes", b"\x00\xff", rb"raw\x00", br"\n")
print(len(b"\x00\xff"), b"\x41" == b"A", list(b"AZ"))
print("é".encode("utf-8"), "€".encode(), len("€".encode()))
print("\N{GREEK SMALL LETTER ALPHA}\N{LATIN SMALL LETTER SHARP S}")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\r"))
print(repr("\x00\x7f\x80\xff"), repr("é"), repr("😀"), repr("\u200b"))
print(ascii("é😀"), ascii("plain"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\x7f\x80"))
print(f"{'nested'}", f'{"q"}', f"{{literal braces}}", f"{1}{2}{3}")
name = "ember"
print(f"{name}", F"{name!r}", rf"\n{name}", fr"{name}\t")
print(f"""triple {name}
second line""")
print("%s" % "percent", "%%", "%d%%" % 50)
print(u"unicode prefix", "\u0041")
print(str(), repr(""), repr(''), len(""))
print("a" * 3 + "b" * 2, "-" * 20)
print("x" in "xyz", "" in "abc", "abc" in "ab")
print(ord("A"), ord("é"), ord("😀"), chr(65), chr(233), chr(128512))
print("😀".encode("utf-8"), len("😀"), len("😀".encode()))
print("tab\tsep".expandtabs(4), "\ttabbed".expandtabs())
print("é" == "e\u0301", len("e\u0301"))
print("\\".join(["a", "b"]), r"C:\path\to" + "\\file")
