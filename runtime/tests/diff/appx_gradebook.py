import statistics
import textwrap
import io
import csv
from collections import defaultdict, OrderedDict, namedtuple, ChainMap, deque

DATA = """\
student\tcourse\tscore\tweight
Ana Lima\tMath\t91\t2
Ana Lima\tHistory\t78.5\t1
Ben O'Neil\tMath\t67\t2
Ben O'Neil\tArt\t88\t1
Chloé Durand\tMath\t99\t2
Chloé Durand\tHistory\t85\t1
Chloé Durand\tArt\t72\t1
Dev Patel\tHistory\t55\t1
Dev Patel\tMath\t\t2
"""

Grade = namedtuple("Grade", "student course score weight")
grades = []
skipped = []
for rec in csv.DictReader(io.StringIO(DATA), delimiter="\t"):
    if not rec["score"]:
        skipped.append(rec["student"])
        continue
    grades.append(Grade(rec["student"], rec["course"], float(rec["score"]), int(rec["weight"])))
print("loaded", len(grades), "skipped", skipped)
print(grades[0], grades[0]._asdict(), grades[0]._replace(score=0).score, Grade._fields)

by_student = defaultdict(list)
by_course = defaultdict(list)
for g in grades:
    by_student[g.student].append(g)
    by_course[g.course].append(g.score)


def letter(score):
    for cutoff, name in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return name
    return "F"


width = max(len(s) for s in by_student) + 2
print("+" + "-" * (width + 26) + "+")
print("|" + "Report Card".center(width + 26) + "|")
print("+" + "-" * (width + 26) + "+")
for student in sorted(by_student, key=str.casefold):
    gs = by_student[student]
    wavg = sum(g.score * g.weight for g in gs) / sum(g.weight for g in gs)
    courses = ",".join(sorted(g.course[:3].upper() for g in gs))
    print(f"|{student.ljust(width)}{wavg:>7.2f} {letter(wavg):^3}{courses:<15}|")
print("+" + "-" * (width + 26) + "+")

print("--- course stats")
for course, scores in sorted(by_course.items()):
    line = (f"{course:<8} n={len(scores)} mean={statistics.mean(scores):6.2f} "
            f"median={statistics.median(scores):5.1f}")
    if len(scores) > 1:
        line += f" stdev={statistics.stdev(scores):6.3f} pvar={statistics.pvariance(scores):7.3f}"
    print(line)
allscores = [g.score for g in grades]
print("overall:", statistics.fmean(allscores), statistics.median_low(allscores), statistics.median_high(allscores))
print("mode:", statistics.mode([letter(s) for s in allscores]), statistics.multimode([1, 1, 2, 2, 3]))
print("quantiles:", statistics.quantiles(allscores, n=4))
print("geo/harm:", round(statistics.geometric_mean(allscores), 6), round(statistics.harmonic_mean(allscores), 6))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
xs = [1, 2, 3, 4, 5]
ys = [2.1, 3.9, 6.2, 8.1, 9.8]
print("corr:", round(statistics.correlation(xs, ys), 6), statistics.linear_regression(xs, ys))
nd = statistics.NormalDist.from_samples(allscores)
print("normal:", round(nd.mean, 4), round(nd.stdev, 4), round(nd.cdf(80), 4), round(nd.inv_cdf(0.9), 3))

print("--- string utilities")
name = "  Chloé Durand  "
print(repr(name.strip()), name.split(), name.strip().partition(" "), "a.b.c".rpartition("."))
print("ß".upper(), "ß".casefold(), "İ".lower().encode("utf-8"), "ǅ".title(), "hello world".title())
print("O'Neil's book".title(), "x".zfill(4), "-42".zfill(6), "+7".zfill(3), "abc".center(8, "*"))
table = str.maketrans({"é": "e", "'": None, " ": "_"})
print([s.translate(table).lower() for s in sorted(by_student)])
print("a\tbb\tccc".expandtabs(4), "|", "one\ntwo\r\nthree".splitlines(keepends=True))
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rindex("i"), "abc".removeprefix("a").removesuffix("c"))
print("12".isdigit(), "½".isnumeric(), "½".isdigit(), "x1".isidentifier(), " ".isspace(), "Ab".swapcase())
print("-".join(reversed("abc")), "CSV,,fields,".split(","), "a  b".split(" "), "a,b,c".split(",", 1), "a b c".rsplit(None, 1))
print(f"{'é':>3}|{'日本':^6}|", len("日本"), "naïve".encode("ascii", errors="replace"), "naïve".encode("ascii", "ignore"))
print("café".encode("ascii", "xmlcharrefreplace"), "café".encode("ascii", "backslashreplace"), b"caf\xc3\xa9".decode())
print(b"\xff".decode("utf-8", "replace"), repr(b"\xff".decode("latin-1")), "tab\there".encode("unicode_escape"))

print("--- comments")
comments = {
    "Ana Lima": "Consistently strong work in mathematics; history essays could use more primary sources.",
    "Dev Patel": "Missed the final math exam. Please schedule a make-up session before the end of term.",
}
for who, text in sorted(comments.items()):
    print(who + ":")
    print(textwrap.indent(textwrap.fill(text, 36), "    | "))

defaults = {"term": "Fall", "year": 2023, "show": True}
overrides = {"term": "Spring"}
cfg = ChainMap(overrides, defaults)
print(cfg["term"], cfg["year"], len(cfg), sorted(cfg), cfg.maps[0], cfg.new_child({"year": 2024})["year"])
od = OrderedDict.fromkeys("dcba", 0)
od.move_to_end("d")
od.move_to_end("a", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
recent = deque(maxlen=3)
for g in grades:
    recent.append(g.course)
print(recent, recent.count("Art"), list(reversed(recent)))
recent.rotate(1)
print(recent, recent[0], recent.maxlen)
