# Aggregates CSV grade records and exits with a status code depending on failures.
import csv
import io
import statistics
import sys
from itertools import groupby
from operator import itemgetter

RAW = """student,course,score
ann,math,91
bob,math,67
ann,art,88
cy,math,45
bob,art,72
cy,art,n/a
dee,math,99
dee,art,
"""

records, rejected = [], []
for lineno, row in enumerate(csv.DictReader(io.StringIO(RAW)), start=2):
    try:
        score = int(row["score"])
    except ValueError as e:
        rejected.append((lineno, row["student"], str(e)))
        continue
    records.append((row["student"], row["course"], score))

for line, who, why in rejected:
    print(f"line {line}: {who}: {why}")

records.sort(key=itemgetter(1, 0))
for course, rows in groupby(records, key=itemgetter(1)):
    scores = [r[2] for r in rows]
    print(f"{course:<5} n={len(scores)} mean={statistics.mean(scores):6.2f} "
          f"median={statistics.median(scores):5.1f} stdev={statistics.pstdev(scores):6.3f} best={max(scores)}")

by_student = {}
for who, course, score in records:
    by_student.setdefault(who, []).append(score)
ranking = sorted(by_student.items(), key=lambda kv: (-statistics.fmean(kv[1]), kv[0]))
for rank, (who, sc) in enumerate(ranking, 1):
    grade = "ABCDF"[min(4, max(0, (100 - int(statistics.fmean(sc))) // 10))]
    print(f"{rank}. {who:<4} {statistics.fmean(sc):5.1f} {grade} {'*' * (len(sc))}")

failing = [w for w, sc in by_student.items() if min(sc) < 50]
print("failing:", failing, "rejected:", len(rejected))
sys.exit(len(failing) + len(rejected))
