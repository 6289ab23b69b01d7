import io
import os
import tempfile

content = "Zoë's café\nСтрока два\n第三行 😀\r\nlast line without newline"

with tempfile.TemporaryDirectory() as d:
    for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "ascii"]:
        path = os.path.join(d, "f_" + enc + ".txt")
        try:
            with open(path, "w", encoding=enc, newline="") as f:
                n = f.write(content)
            print(enc, "wrote", n)
        except UnicodeEncodeError as e:
            print(enc, "encode error at", e.start, e.end, e.reason)
            with open(path, "w", encoding=enc, errors="backslashreplace", newline="") as f:
                f.write(content)
        raw = open(path, "rb").read()
        print("   bytes:", len(raw), raw[:10].hex(" "))
        with open(path, encoding=enc) as f:
            lines = f.readlines()
        print("   lines:", [ascii(l) for l in lines])
        with open(path, encoding=enc, newline="") as f:
            print("   newline='':", [ascii(l) for l in f])
        # read as a different encoding with replacement
        with open(path, encoding="utf-8", errors="replace") as f:
            txt = f.read()
        print("   as utf-8/replace:", ascii(txt[:25]), txt.count("\ufffd"))

    p = os.path.join(d, "mixed.txt")
    with open(p, "wb") as f:
        f.write(b"ok line\nbad \xff\xfe byte\nutf8 \xc3\xa9 here\n")
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            with open(p, encoding="utf-8", errors=errors) as f:
                data = f.read()
                print(errors, ascii(data))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError:", e)

print("--- TextIOWrapper over BytesIO")
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="utf-16-le", newline="\r\n")
w.write("α\nβ\n")
w.flush()
print(buf.getvalue())
w.detach()
buf.seek(0)
r = io.TextIOWrapper(buf, encoding="utf-16-le")
print([ascii(x) for x in r.readlines()])

b2 = io.BytesIO("línea1\nlínea2\n".encode("cp1252"))
t2 = io.TextIOWrapper(b2, encoding="cp1252")
print(t2.encoding, ascii(t2.readline()), ascii(t2.read()))

s = io.StringIO("uno\u2028dos\nthree\x85four\n")
print([ascii(x) for x in s])
s = io.StringIO(newline=None)
s.write("a\r\nb\rc\n")
print(ascii(s.getvalue()))
s = io.StringIO("x\r\ny", newline="")
print([ascii(x) for x in s])
print(io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfhi"), encoding="utf-8-sig").read(),
      ascii(io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfhi"), encoding="utf-8").read()))
