# Ship a small dataset as a zip of CSV files: write it with csv through
# TextIOWrapper, read it back lazily with csv.DictReader, aggregate, add a
# summary member in append mode, and extract and compare with filecmp.
import csv
import filecmp
import hashlib
import io
import os
import shutil
import tempfile
import zipfile

WHEN = (2024, 2, 29, 12, 0, 0)
REGIONS = ["north", "south", "east", "west"]


def rows(year):
    for month in range(1, 13):
        for i, region in enumerate(REGIONS):
            units = (year * 7 + month * 13 + i * 29) % 97 + 3
            price = 1.25 + ((month + i) % 5) * 0.5
            yield {"month": "%d-%02d" % (year, month), "region": region,
                   "units": units, "price": "%.2f" % price}


def write_dataset(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for year in (2021, 2022, 2023):
            info = zipfile.ZipInfo("sales/%d.csv" % year, WHEN)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with zf.open(info, "w") as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                writer = csv.DictWriter(text, ["month", "region", "units", "price"])
                writer.writeheader()
                writer.writerows(rows(year))
                text.flush()
                text.detach()
        meta = zipfile.ZipInfo("README.txt", WHEN)
        zf.writestr(meta, "Monthly unit sales per region.\nColumns: month, region, units, price\n")


work = tempfile.mkdtemp()
here = os.getcwd()
os.chdir(work)
try:
    write_dataset("sales.zip")
    with open("sales.zip", "rb") as f:
        blob = f.read()
    print("archive:", len(blob), hashlib.sha256(blob).hexdigest()[:32])

    totals = {}
    revenue = {}
    with zipfile.ZipFile("sales.zip") as zf:
        for info in zf.infolist():
            print("%-16s %5d -> %4d  crc=%08x" % (info.filename, info.file_size,
                                                  info.compress_size, info.CRC))
        for name in sorted(n for n in zf.namelist() if n.endswith(".csv")):
            with zf.open(name) as raw:
                reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""))
                for row in reader:
                    year = row["month"][:4]
                    key = (year, row["region"])
                    totals[key] = totals.get(key, 0) + int(row["units"])
                    revenue[year] = revenue.get(year, 0.0) + int(row["units"]) * float(row["price"])
        with zf.open("README.txt") as f:
            print(f.readline().decode().strip())
    for year in sorted(revenue):
        per_region = [totals[(year, r)] for r in REGIONS]
        print(year, per_region, "revenue %.2f" % revenue[year])

    summary = io.StringIO()
    out = csv.writer(summary, lineterminator="\n")
    out.writerow(["year", "units", "revenue"])
    for year in sorted(revenue):
        out.writerow([year, sum(totals[(year, r)] for r in REGIONS), "%.2f" % revenue[year]])
    with zipfile.ZipFile("sales.zip", "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("summary.csv", WHEN), summary.getvalue(),
                    compress_type=zipfile.ZIP_DEFLATED)
    with open("sales.zip", "rb") as f:
        blob = f.read()
    print("after append:", len(blob), hashlib.sha256(blob).hexdigest()[:32])

    with zipfile.ZipFile("sales.zip") as zf:
        print(zf.read("summary.csv").decode().splitlines())
        zf.extractall("v1")
    write_dataset("again.zip")
    with zipfile.ZipFile("again.zip") as zf:
        zf.extractall("v2")
    print("rebuilt archive identical:", filecmp.cmp("sales.zip", "again.zip", shallow=False))
    cmp = filecmp.dircmp("v1", "v2")
    print("only in v1:", cmp.left_only, "subdirs:", cmp.common_dirs)
    sub = cmp.subdirs["sales"]
    print("sales same:", sub.same_files, "diff:", sub.diff_files)
    same, diff, errors = filecmp.cmpfiles("v1/sales", "v2/sales",
                                          ["2021.csv", "2022.csv", "2024.csv"], shallow=False)
    print(same, diff, errors)
finally:
    os.chdir(here)
    shutil.rmtree(work)
