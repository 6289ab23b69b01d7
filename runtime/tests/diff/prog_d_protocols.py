"""A spreadsheet-ish grid whose cells, ranges and sheets implement Python's container
and comparison protocols; printed through repr, format and print's keyword arguments."""
import io
import sys


class Cell:
    __slots__ = ("ref", "value")

    def __init__(self, ref, value=None):
        self.ref, self.value = ref, value

    def __eq__(self, other):
        if isinstance(other, Cell):
            return (self.ref, self.value) == (other.ref, other.value)
        return self.value == other

    def __hash__(self):
        return hash(self.ref)

    def __lt__(self, other):
        return (self.value or 0) < (other.value or 0)

    def __bool__(self):
        return self.value not in (None, "", 0)

    def __repr__(self):
        return f"Cell({self.ref}={self.value!r})"

    def __format__(self, spec):
        if spec.startswith("ref"):
            return format(self.ref, spec[3:])
        if isinstance(self.value, (int, float)):
            return format(self.value, spec)
        return format(str(self.value), spec)


class Range:
    """Cells A1..An of one column; supports len, indexing, slicing, iteration, reversal."""

    def __init__(self, sheet, col, n):
        self.sheet, self.col, self.n = sheet, col, n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(f"row {i} outside {self.col}1..{self.col}{self.n}")
        return self.sheet[f"{self.col}{i + 1}"]

    def __reversed__(self):
        print("  (reversed via __reversed__)")
        return (self[i] for i in range(self.n - 1, -1, -1))

    def __contains__(self, value):
        return any(c.value == value for c in self)


class Sheet(dict):
    def __missing__(self, ref):
        cell = Cell(ref)
        self[ref] = cell
        return cell

    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def __repr__(self):
        return f"Sheet({len(self)} cells)"


sheet = Sheet()
for i, v in enumerate([12, 7.5, None, "text", 0, 3, 7.5]):
    sheet[f"A{i + 1}"] = Cell(f"A{i + 1}", v)
col = Range(sheet, "A", 7)
print(len(col), col[0], col[-1], col[1:6:2], col[::-3])
print(7.5 in col, "text" in col, 99 in col, [c.ref for c in col if c])
print([c.ref for c in reversed(col)], list(iter(col))[:2])
try:
    col[7]
except IndexError as e:
    print("IndexError", e)
print(sheet["Z9"], "Z9" in sheet, len(sheet), list(sheet)[:3], sheet)
numeric = [c for c in col if isinstance(c.value, (int, float))]
print(sorted(numeric), max(numeric), min(numeric, key=lambda c: -c.value))
print(sorted(numeric, key=lambda c: c.value, reverse=True))
print(Cell("A1", 12) == 12, Cell("A1", 12) == Cell("B1", 12), Cell("A2", 7.5) in numeric, numeric.index(7.5))
print(len({Cell("A1", 1), Cell("A1", 2), Cell("B1", 1)}), {Cell("A1", 1)} == {Cell("A1", 1)})
print(f"{col[0]:>8.2f}|{col[3]:*^10}|{col[1]:ref>5}|{col[4]!r}|{col[2]:}|")
print("{0:+05}|{1:ref<4}|{0!s:.4}".format(col[0], col[6]))

print("== recursion in containers")
row = [1, 2]
row.append(row)
meta = {"name": "grid", "rows": [row]}
meta["self"] = meta
print(row, meta)
print(repr([meta, row]), str((row,)))


class Node:
    def __init__(self, name):
        self.name, self.links = name, []

    def __repr__(self):
        return f"Node({self.name}, {self.links})"


a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
try:
    repr(a)
except RecursionError:
    print("RecursionError from Node.__repr__")
import reprlib


class SafeNode(Node):
    @reprlib.recursive_repr("<...>")
    def __repr__(self):
        return f"SafeNode({self.name}, {self.links})"


x, y = SafeNode("x"), SafeNode("y")
x.links += [y, 1]
y.links.append(x)
print(x, [y])

print("== stable sorting")
people = [("ann", 31, "ops"), ("bob", 25, "dev"), ("cy", 31, "dev"), ("di", 25, "ops"), ("ed", 40, "dev")]
by_team = sorted(people, key=lambda p: p[2])
by_age_then_team = sorted(by_team, key=lambda p: p[1])
print(by_age_then_team)
print(sorted(people, key=lambda p: (p[2], -p[1])), sorted(people, key=lambda p: p[1], reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=str.casefold)[:2])
data = [3, 1, 2]
data.sort(key=lambda v: -v)
print(data, sorted("hello"), sorted((3, 1)), sorted({"b": 1, "a": 2}), sorted([[2, "b"], [1, "z"], [2, "a"]]))
try:
    sorted([3, "x", 1])
except TypeError as e:
    print("TypeError", e)

print("== print keywords")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" ...continued")
print(*["x", "y"], *range(3), sep=",")
print(sep="ignored")
buf = io.StringIO()
print("into", "buffer", sep="_", end="!", file=buf)
print(file=buf)
print("flush", file=buf, flush=True)
print(repr(buf.getvalue()))
print("diagnostics go to stderr", file=sys.stderr)
print("but this line is stdout", file=None)
for bad in ({"sep": 1}, {"end": b"x"}, {"file": 1}, {"bogus": 2}):
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Out:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)


o = Out()
print("p", 2, None, sep="|", file=o)
print(o.chunks)
