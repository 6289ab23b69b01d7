"""Convert CSV exports to JSON documents with type inference, grouping and validation."""
import csv
import io
import json
import os
import re
import tempfile
from datetime import date
from decimal import Decimal, InvalidOperation

RAW = '''order_id;customer;placed;amount;currency;items;notes
1001;"Smith, Jane";2024-01-05;19.99;EUR;3;"first order"
1002;Bob;2024-01-06;5;USD;1;
1003;"O'Brien";2024-02-11;1,234.50;EUR;12;"bulk; discounted"
1004;Zoë;not-a-date;abc;GBP;-1;"needs ""review"""
1005;Bob;2024-02-29;0.10;USD;2;"multi
line note"
'''

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def infer(value):
    if value == "":
        return None
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if DATE_RE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    cleaned = value.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return value


class ExportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o) if o == o.to_integral_value() else str(o)
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)


def validate(row):
    problems = []
    if not isinstance(row["placed"], date):
        problems.append(f"placed={row['placed']!r}")
    if not isinstance(row["amount"], Decimal):
        problems.append(f"amount={row['amount']!r}")
    if isinstance(row["items"], int) and row["items"] < 0:
        problems.append("negative items")
    return problems


dialect = csv.Sniffer().sniff(RAW.splitlines()[0] + "\n" + RAW.splitlines()[1])
print("sniffed delimiter:", repr(dialect.delimiter))
reader = csv.DictReader(io.StringIO(RAW), delimiter=";")
good, bad = [], []
for raw in reader:
    row = {k: infer(v) for k, v in raw.items()}
    issues = validate(row)
    (bad if issues else good).append((reader.line_num, row, issues))

print("good:", [r["order_id"] for _, r, _ in good], "bad:", [(n, i) for n, _, i in bad])

by_customer = {}
for _, row, _ in good:
    entry = by_customer.setdefault(row["customer"], {"orders": [], "total": Decimal(0)})
    entry["orders"].append(row["order_id"])
    entry["total"] += row["amount"]

doc = {
    "summary": {"rows": len(good) + len(bad), "valid": len(good), "currencies": sorted({r["currency"] for _, r, _ in good})},
    "customers": by_customer,
    "orders": [row for _, row, _ in good],
}
text = json.dumps(doc, cls=ExportEncoder, indent=2, sort_keys=True, ensure_ascii=False)
print(text)

with tempfile.TemporaryDirectory() as tmp:
    out_path = os.path.join(tmp, "orders.jsonl")
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        for _, row, _ in good:
            fh.write(json.dumps(row, cls=ExportEncoder, separators=(",", ":")) + "\n")
    with open(out_path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    print(len(lines), lines[0])
    parsed = [json.loads(l, parse_float=Decimal) for l in lines]
    print([p["amount"] for p in parsed])

    # and back to CSV, quoting everything that is not numeric
    csv_path = os.path.join(tmp, "clean.csv")
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["order_id", "customer", "amount", "notes"],
                           extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
        w.writeheader()
        for p in parsed:
            p["amount"] = float(p["amount"]) if not isinstance(p["amount"], str) else p["amount"]
            p["notes"] = p["notes"] or ""
            w.writerow(p)
    with open(csv_path, "rb") as fh:
        raw_bytes = fh.read()
    print(raw_bytes.decode("utf-8"))
    print(raw_bytes.count(b"\r\n"), os.path.basename(csv_path))
    with open(csv_path, newline="", encoding="utf-8") as fh:
        back = list(csv.reader(fh, quoting=csv.QUOTE_NONNUMERIC))
    print(back[0], [type(v).__name__ for v in back[1]])

errors = []
for snippet in ['{"a": 1', '{"a": 1}{', '[1, 2, 3,]', '{"amount": 1.5e}']:
    try:
        json.loads(snippet)
    except json.JSONDecodeError as e:
        errors.append(f"{e.msg}@{e.pos}")
print(errors)
