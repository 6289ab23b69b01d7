# Exporting/importing spreadsheet-style text files in UTF-16 and UTF-8-with-BOM,
# as Windows tools produce them: several writes, appends, reopening, seeking.
import codecs
import csv
import io
import os
import tempfile

rows = [("Kunde", "Stadt", "Betrag"), ("Zoë Ångström", "Malmö", "1.234,50 €"),
        ("李雷", "北京", "88,00 ¥"), ("Renée", "Paris", "0,99 €"), ("emoji 😀", "—", "1 🍺")]
# enough rows that the file spans several read chunks
rows += [(f"Kunde {i:04d} ü", "Köln" if i % 3 else "Zürich", f"{i * 7 % 1000},{i % 100:02d} €") for i in range(1500)]

with tempfile.TemporaryDirectory() as d:
    for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"):
        path = os.path.join(d, "export-" + enc + ".tsv")
        with open(path, "w", encoding=enc, newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
            for r in rows[:3]:
                w.writerow(r)
        with open(path, "a", encoding=enc, newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
            w.writerows(rows[3:])
        with open(path, "rb") as f:
            raw = f.read()
        boms = [name for name in ("BOM_UTF8", "BOM_UTF32_LE", "BOM_UTF16_LE", "BOM_UTF16_BE")
                if raw.startswith(getattr(codecs, name))]
        print(f"{enc:10} size={len(raw)} head={raw[:10]!r} bom={boms[:1]} "
              f"bom_count={raw.count(codecs.BOM_UTF16_LE) if enc == 'utf-16' else raw.count(codecs.BOM_UTF8)}")

        with open(path, encoding=enc, newline="") as f:
            back = [tuple(r) for r in csv.reader(f, delimiter="\t")]
        print("   roundtrip:", back == rows, len(back), back[1], back[-1])

        with open(path, encoding=enc) as f:
            first = f.readline()
            pos = f.tell()
            second = f.readline()
            f.seek(pos)
            again = f.readline()
            total = 2 + sum(1 for _ in f)
            print("   lines:", repr(first), repr(second), second == again, total)
            f.seek(0)
            print("   head:", repr(f.read(12)))

        with open(path, "r+", encoding=enc, newline="") as f:
            f.seek(0, io.SEEK_END)
            f.write("Summe\t\t∑\r\n")
            f.seek(0)
            data = f.read()
            print("   appended:", repr(data[-12:]), data.count("\r\n"))

    # incremental reading through a small buffer, and a BOM-less UTF-16 stream
    data = "".join("%d:%s\n" % (i, "ä€😀"[i % 3]) for i in range(3000)).encode("utf-16")
    for size in (1, 3, 1000):
        t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(data), size), encoding="utf-16")
        lines = t.readlines()
        print("buffer", size, len(lines), lines[:2], lines[-1])
    be = codecs.BOM_UTF16_BE + "groß\nklein\n".encode("utf-16-be")
    print(io.TextIOWrapper(io.BytesIO(be), encoding="utf-16").read().split())
    for enc, blob in (("utf-16", "no bom".encode("utf-16-le")), ("utf-16", b"\xff\xfeodd\x00!"),
                      ("utf-32", b"\xff\xfe\x00\x00A\x00\x00")):
        try:
            print(repr(io.TextIOWrapper(io.BytesIO(blob), encoding=enc).read()))
        except UnicodeError as e:
            print(type(e).__name__, e)
    print(repr(io.TextIOWrapper(io.BytesIO(b"\xff\xfeodd\x00!"), encoding="utf-16", errors="replace").read()))

    # a writer that is handed text piece by piece keeps one BOM
    buf = io.BytesIO()
    t = io.TextIOWrapper(buf, encoding="utf-16", newline="\r\n")
    for word in ["eins", "zwei", "drei"]:
        t.write(word + "\n")
    t.flush()
    print(buf.getvalue()[:12], buf.getvalue().count(codecs.BOM_UTF16_LE), len(buf.getvalue()))
    t.seek(0)
    t.write("EINS")
    t.flush()
    print(buf.getvalue()[:12])
