"""csv2json: convert CSV files to JSON with type inference and options."""
import argparse
import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from decimal import Decimal


def infer(value):
    v = value.strip()
    if v == "":
        return None
    low = v.lower()
    if low in ("true", "yes"):
        return True
    if low in ("false", "no"):
        return False
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    return v


def convert(path, delimiter, infer_types, key, nested):
    with open(path, newline="", encoding="utf-8") as fh:
        sample = fh.read(1024)
        fh.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|") if delimiter == "auto" else None
        has_header = csv.Sniffer().has_header(sample)
        reader = csv.DictReader(fh, dialect=dialect) if dialect else csv.DictReader(fh, delimiter=delimiter)
        rows = []
        for row in reader:
            if None in row:
                row["_extra"] = row.pop(None)
            clean = {}
            for k, v in row.items():
                if isinstance(v, list):
                    clean[k] = v
                    continue
                val = infer(v) if (infer_types and v is not None) else v
                if nested and "." in k:
                    outer, inner = k.split(".", 1)
                    clean.setdefault(outer, {})[inner] = val
                else:
                    clean[k] = val
            rows.append(clean)
    meta = {"delimiter": dialect.delimiter if dialect else delimiter, "header": has_header,
            "fields": reader.fieldnames, "line_num": reader.line_num}
    if key:
        return {str(r[key]): {k: v for k, v in r.items() if k != key} for r in rows}, meta
    return rows, meta


def main(argv):
    p = argparse.ArgumentParser(prog="csv2json")
    p.add_argument("file")
    p.add_argument("-d", "--delimiter", default="auto")
    p.add_argument("--no-infer", dest="infer", action="store_false")
    p.add_argument("--key")
    p.add_argument("--nested", action="store_true")
    p.add_argument("--indent", type=int, default=None)
    p.add_argument("--sort-keys", action="store_true")
    args = p.parse_args(argv)
    try:
        data, meta = convert(args.file, args.delimiter, args.infer, args.key, args.nested)
    except FileNotFoundError as e:
        print(f"csv2json: {e.strerror}: {os.path.basename(e.filename)}", file=sys.stderr)
        return 2
    except csv.Error as e:
        print(f"csv2json: csv error: {e}", file=sys.stderr)
        return 3
    print(json.dumps(data, indent=args.indent, sort_keys=args.sort_keys, ensure_ascii=False))
    print("#", json.dumps(meta), file=sys.stderr)
    return 0


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as e:
            code = e.code
    print(f"$ csv2json {' '.join(argv)} -> {code}")
    print(out.getvalue(), end="")
    for line in err.getvalue().splitlines():
        print("  stderr:", line)
    return out.getvalue()


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("people.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "age", "active", "score", "addr.city", "addr.zip"])
        w.writerow([1, "Ana, the Great", 31, "yes", "9.5", "Lisbon", "1000"])
        w.writerow([2, 'Bo "Bobby" Li', "", "no", "7", "Oslo", "0150"])
        w.writerow([3, "Çelik\nNewline", 40, "TRUE", "1e3", "İzmir", ""])
    with open("semi.csv", "w", encoding="utf-8") as fh:
        fh.write("sku;qty;price\nA-1;3;2.50\nB-2;10;0.99\nC-3;1;100\n")
    with open("ragged.csv", "w", encoding="utf-8") as fh:
        fh.write("a,b\n1,2\n3,4,5,6\n7\n")
    with open("bad.csv", "w", encoding="utf-8") as fh:
        fh.write('x,y\n"unterminated,1\n')

    run(["people.csv", "--indent", "2"])
    run(["people.csv", "--no-infer", "--key", "id"])
    run(["people.csv", "--nested", "--sort-keys"])
    text = run(["semi.csv"])
    total = sum(Decimal(str(r["price"])) * r["qty"] for r in json.loads(text))
    print("semi total:", total)
    run(["ragged.csv", "-d", ","])
    run(["missing.csv"])
    run(["people.csv", "--indent", "two"])

    # Round trip: JSON back to CSV with DictWriter
    rows = json.loads(run(["semi.csv", "--no-infer"]))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["sku", "price", "qty", "note"], restval="-",
                       quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    print(buf.getvalue(), end="")
    try:
        csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "zzz": 2})
    except ValueError as e:
        print("extra field:", e)
    print("strict reader:")
    try:
        list(csv.reader(['a,"b"c,d'], strict=True))
    except csv.Error as e:
        print("  csv.Error:", e)
    print("  lenient:", list(csv.reader(['a,"b"c,d'])))
    print("  skipinitialspace:", list(csv.reader(['a, "b, c", d'], skipinitialspace=True)))
    print("  quotechar/escapechar:", list(csv.reader(["x|'a,b'|c\\,d"], delimiter="|", quotechar="'", escapechar="\\")))
    os.chdir("/")
