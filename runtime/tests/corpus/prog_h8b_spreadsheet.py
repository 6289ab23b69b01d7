"""A tiny spreadsheet: cells hold values or formulas, with dependency tracking,
cycle detection and recalculation."""
import re
import math
from functools import reduce


class CellError(Exception):
    code = "#ERR"

    def __init__(self, ref, detail):
        super().__init__(ref, detail)
        self.ref = ref
        self.detail = detail

    def __str__(self):
        return f"{self.code} in {self.ref}: {self.detail}"


class CycleError(CellError):
    code = "#CYCLE"


class RefError(CellError):
    code = "#REF"


class DivError(CellError):
    code = "#DIV/0"


REF = re.compile(r"\b([A-Z])([0-9]+)\b")
RANGE = re.compile(r"\b([A-Z])([0-9]+):([A-Z])([0-9]+)\b")


def expand(m):
    c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
    refs = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
    return "[" + ", ".join(refs) + "]"


FUNCS = {
    "SUM": lambda xs: sum(xs),
    "AVG": lambda xs: sum(xs) / len(xs),
    "MAX": max,
    "MIN": min,
    "PROD": lambda xs: reduce(lambda a, b: a * b, xs, 1),
    "SQRT": math.sqrt,
    "ROUND": round,
}


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.deps = {}
        self.evals = 0

    def __setitem__(self, ref, value):
        self.raw[ref] = value
        self.invalidate(ref)

    def invalidate(self, ref, seen=None):
        seen = seen if seen is not None else set()
        if ref in seen:
            return
        seen.add(ref)
        self.cache.pop(ref, None)
        for other, ds in list(self.deps.items()):
            if ref in ds:
                self.invalidate(other, seen)

    def __getitem__(self, ref):
        return self.value(ref, ())

    def value(self, ref, stack):
        if ref in stack:
            raise CycleError(ref, " -> ".join(stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            result = self.evaluate(ref, raw[1:], stack + (ref,))
        else:
            result = raw
        self.cache[ref] = result
        return result

    def evaluate(self, ref, formula, stack):
        self.evals += 1
        expr = RANGE.sub(expand, formula)
        names = set(m.group(0) for m in REF.finditer(expr))
        self.deps[ref] = names
        env = {}
        for n in names:
            if n not in self.raw:
                raise RefError(ref, f"{n} is empty")
            env[n] = self.value(n, stack)
        env.update(FUNCS)
        try:
            return eval(expr, {"__builtins__": {}}, env)
        except ZeroDivisionError:
            raise DivError(ref, formula) from None
        except NameError as e:
            raise CellError(ref, str(e)) from None

    def show(self, cols="ABCD", rows=range(1, 6)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                ref = f"{c}{r}"
                if ref not in self.raw:
                    cells.append(f"{'':>10}")
                    continue
                try:
                    v = self[ref]
                    cells.append(f"{v:>10.4g}" if isinstance(v, float) else f"{v!s:>10}")
                except CellError as e:
                    cells.append(f"{e.code:>10}")
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
s["A1"], s["A2"], s["A3"], s["A4"] = 10, 20, 30, 40
s["B1"] = "=A1 * 2"
s["B2"] = "=A2 + B1"
s["B3"] = "=SUM(A1:A4)"
s["B4"] = "=AVG(A1:A4)"
s["C1"] = "=MAX(A1:B4) - MIN(A1:A4)"
s["C2"] = "=B3 / (A1 - 10)"
s["C3"] = "=D9 + 1"
s["C4"] = "=SQRT(A4 * 10)"
s["D1"] = "=D2 + 1"
s["D2"] = "=D1 + 1"
s["D3"] = "=PROD(A1:A3) // 1000"
s["D4"] = "=ROUND(B4 / 3, 2)"
s["A5"] = "=unknown + 1"
s.show()
for ref in ["B2", "C1", "C2", "C3", "D1", "A5"]:
    try:
        print(ref, "=", s[ref])
    except CellError as e:
        print(ref, "!", e, f"[{type(e).__name__}]")

print("evals so far", s.evals)
before = s.evals
print(s["B3"], s["B4"], "re-evals:", s.evals - before)
s["A1"] = 100
print("after A1=100:", s["B1"], s["B2"], s["B3"], s["C1"], "re-evals:", s.evals - before)
s["D2"] = 5
print("cycle broken:", s["D1"], s["D2"])
s["A1"] = 10
s["C2"] = "=B3 / A1"
s.show()
print(sorted(s.deps["C1"]))
print({k: sorted(v) for k, v in sorted(s.deps.items()) if len(v) <= 2})

grid = Sheet()
for i in range(1, 11):
    grid[f"A{i}"] = i
    grid[f"B{i}"] = f"=A{i} * A{i}" if i == 1 else f"=B{i-1} + A{i} * A{i}"
print([grid[f"B{i}"] for i in range(1, 11)])
grid["A5"] = 0
print([grid[f"B{i}"] for i in range(1, 11)])
