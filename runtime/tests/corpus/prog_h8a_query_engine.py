import re
from operator import itemgetter
from collections import defaultdict

ROWS = [
    {"id": 1, "name": "Ada", "dept": "eng", "salary": 120000, "city": "London", "start": "2015-03-01"},
    {"id": 2, "name": "Brian", "dept": "ops", "salary": 72000, "city": "Paris", "start": "2018-07-15"},
    {"id": 3, "name": "Chloé", "dept": "eng", "salary": 135000, "city": "Berlin", "start": "2012-01-09"},
    {"id": 4, "name": "Dmitri", "dept": "sales", "salary": 64000, "city": "London", "start": "2020-11-30"},
    {"id": 5, "name": "Eun-ji", "dept": "eng", "salary": 98000, "city": "Seoul", "start": "2019-05-20"},
    {"id": 6, "name": "Farah", "dept": "ops", "salary": 81000, "city": "London", "start": "2016-02-29"},
    {"id": 7, "name": "Gil", "dept": "sales", "salary": 59000, "city": "Paris", "start": "2021-08-01"},
    {"id": 8, "name": "Hana", "dept": "eng", "salary": None, "city": "Tokyo", "start": "2023-01-02"},
]

QUERY_RE = re.compile(r"""
    ^\s*SELECT\s+(?P<cols>.+?)
    \s+FROM\s+(?P<table>\w+)
    (?:\s+WHERE\s+(?P<where>.+?))?
    (?:\s+GROUP\s+BY\s+(?P<group>\w+))?
    (?:\s+ORDER\s+BY\s+(?P<order>\w+(?:\(\w+\))?)(?:\s+(?P<dir>ASC|DESC))?)?
    (?:\s+LIMIT\s+(?P<limit>\d+))?
    \s*;?\s*$""", re.I | re.X)
COND_RE = re.compile(r"(?P<col>\w+)\s*(?P<op>>=|<=|!=|=|<|>|LIKE|IS)\s*(?P<val>'[^']*'|-?\d+(?:\.\d+)?|NULL)", re.I)

def parse_val(v):
    if v.upper() == "NULL":
        return None
    if v.startswith("'"):
        return v[1:-1]
    return float(v) if "." in v else int(v)

def like(value, pattern):
    rx = "^" + re.escape(pattern).replace("%", ".*").replace("_", ".") + "$"
    return re.match(rx, str(value), re.I) is not None

def make_pred(where):
    if not where:
        return lambda r: True
    clauses = re.split(r"\s+AND\s+", where, flags=re.I)
    preds = []
    for c in clauses:
        m = COND_RE.fullmatch(c.strip())
        if not m:
            raise ValueError(f"bad condition: {c!r}")
        col, o, val = m["col"], m["op"].upper(), parse_val(m["val"])
        def pred(r, col=col, o=o, val=val):
            x = r.get(col)
            if o == "IS":
                return x is val
            if x is None:
                return False
            return {"=": x == val, "!=": x != val, "<": x < val, ">": x > val,
                    "<=": x <= val, ">=": x >= val, "LIKE": o == "LIKE" and like(x, val)}[o]
        preds.append(pred)
    return lambda r: all(p(r) for p in preds)

AGG = {"COUNT": len, "SUM": sum, "AVG": lambda xs: sum(xs) / len(xs) if xs else None,
       "MIN": lambda xs: min(xs) if xs else None, "MAX": lambda xs: max(xs) if xs else None}

def run(q):
    m = QUERY_RE.match(q)
    if not m:
        raise ValueError("syntax error")
    if m["table"] != "staff":
        raise LookupError(f"no such table: {m['table']}")
    cols = [c.strip() for c in m["cols"].split(",")]
    rows = [r for r in ROWS if make_pred(m["where"])(r)]
    if m["group"]:
        groups = defaultdict(list)
        for r in rows:
            groups[r[m["group"]]].append(r)
        out = []
        for key, grp in groups.items():
            rec = {}
            for c in cols:
                am = re.fullmatch(r"(\w+)\((\w+|\*)\)", c)
                if am:
                    fn, arg = am[1].upper(), am[2]
                    vals = grp if arg == "*" else [r[arg] for r in grp if r[arg] is not None]
                    rec[c] = AGG[fn](vals)
                else:
                    rec[c] = key
            out.append(rec)
        rows = out
    else:
        if cols == ["*"]:
            cols = list(ROWS[0])
        rows = [{c: r[c] for c in cols} for r in rows]
    if m["order"]:
        key = m["order"]
        rows.sort(key=lambda r: (r[key] is None, r[key] if r[key] is not None else 0), reverse=(m["dir"] or "").upper() == "DESC")
    if m["limit"]:
        rows = rows[:int(m["limit"])]
    return cols, rows

def fmt(v):
    if v is None:
        return "NULL"
    if isinstance(v, float):
        return f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)

def show(cols, rows):
    widths = [max([len(c)] + [len(fmt(r[c])) for r in rows]) for c in cols]
    line = "+".join("-" * (w + 2) for w in widths)
    print("+" + line + "+")
    print("| " + " | ".join(c.ljust(w) for c, w in zip(cols, widths)) + " |")
    print("+" + line + "+")
    for r in rows:
        cells = []
        for c, w in zip(cols, widths):
            v = r[c]
            cells.append(fmt(v).rjust(w) if isinstance(v, (int, float)) else fmt(v).ljust(w))
        print("| " + " | ".join(cells) + " |")
    print("+" + line + "+")
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")

QUERIES = [
    "SELECT name, dept, salary FROM staff WHERE salary > 80000 ORDER BY salary DESC",
    "SELECT name, city FROM staff WHERE city = 'London' AND dept != 'eng'",
    "select dept, count(*), avg(salary), max(salary) from staff group by dept order by dept",
    "SELECT city, COUNT(*) FROM staff GROUP BY city ORDER BY city LIMIT 3",
    "SELECT name, start FROM staff WHERE name LIKE '%a' ORDER BY start",
    "SELECT name FROM staff WHERE salary IS NULL",
    "SELECT * FROM staff WHERE id <= 2",
    "SELECT name, salary FROM staff ORDER BY salary LIMIT 4",
    "SELECT name FROM staff WHERE name LIKE '_h%'",
    "SELECT name FROM people",
    "SELECT FROM staff",
    "SELECT name FROM staff WHERE salary ~ 5",
]
for q in QUERIES:
    print(f"sql> {q}")
    try:
        show(*run(q))
    except (ValueError, LookupError) as e:
        print(f"ERROR {type(e).__name__}: {e}")
    print()
