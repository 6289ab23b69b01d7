# A text-table renderer driven by column specs: widths and precisions come
# from nested format fields. A column whose values turn out to be strings is
# formatted with a float spec inside a lambda in a comprehension.


class Column:
    def __init__(self, title, key, kind="s", precision=None, align=">"):
        self.title = title
        self.key = key
        self.kind = kind
        self.precision = precision
        self.align = align

    def spec(self, width):
        prec = f".{self.precision}" if self.precision is not None else ""
        return f"{self.align}{width}{prec}{self.kind}"


class Table:
    def __init__(self, columns):
        self.columns = columns
        self.rows = []

    def add(self, **row):
        missing = [c.key for c in self.columns if c.key not in row]
        assert not missing, f"row lacks {', '.join(missing)}"
        self.rows.append(row)

    def widths(self):
        out = []
        for c in self.columns:
            cells = [len(str(r[c.key])) for r in self.rows]
            out.append(max([len(c.title)] + cells) + 2)
        return out

    def render(self):
        widths = self.widths()
        head = "".join(f"{c.title:^{w}}" for c, w in zip(self.columns, widths))
        fmt = [
            (lambda value, c=c, w=w: f"{value:{c.spec(w)}}")
            for c, w in zip(self.columns, widths)
        ]
        lines = [head, "-" * len(head)]
        for r in self.rows:
            lines.append("".join(f(r[c.key]) for f, c in zip(fmt, self.columns)))
        return "\n".join(lines)


t = Table([Column("name", "name", align="<"), Column("qty", "qty", "d"),
           Column("price", "price", "f", 2)])
t.add(name="apple", qty=3, price=0.5)
t.add(name="melon", qty=1, price=2.25)
t.add(name="cherries", qty=250, price=0.012)
print(t.render())
try:
    t.add(name="kiwi")
except AssertionError as exc:
    print("assertion:", exc)
print(Column("x", "x", "e", 3).spec(12), f"{12345.678:{'>'}{14}.{3}e}")

imported = Table([Column("sku", "sku", align="<"), Column("weight", "weight", "f", 1)])
for sku, weight in [("A-1", 1.25), ("B-7", 0.5), ("C-3", "n/a")]:
    imported.add(sku=sku, weight=weight)
print(imported.render())
