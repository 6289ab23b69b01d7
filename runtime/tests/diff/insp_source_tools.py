"""Source-level tooling: pull code, comments and line numbers out of a generated module."""
import importlib
import inspect
import linecache
import os
import sys
import tempfile
import textwrap

MODULE_TEXT = textwrap.dedent('''\
    #!/usr/bin/env python3
    #
    # billing.py -- invoice helpers
    # Generated for the source tools demo.
    #
    """Billing helpers."""

    TAX = 0.2


    # Round half up to cents.
    # Used everywhere money is shown.
    def cents(amount):
        return int(amount * 100 + 0.5) / 100


    def registered(fn):
        fn.registered = True
        return fn


    #   # odd indentation is kept as written
    @registered
    def total(items, tax=TAX):
        """Sum line items and add tax."""
        subtotal = sum(price * qty
                       for price, qty in items)
        return cents(subtotal * (1 + tax))


    class Invoice:
        """An invoice with lines."""

        # how many lines fit on a page
        PAGE = 20

        def __init__(self, number):
            self.number = number
            self.lines = []

        # Add one line; returns self for chaining.
        def add(self, price, qty=1):
            self.lines.append((price, qty))
            return self

        @property
        def amount(self):
            return total(self.lines)

        def render(self):
            def fmt(line):
                return "%8.2f x %d" % line
            return [fmt(l) for l in self.lines]


    double = lambda x: x * 2
    ''')

workdir = tempfile.mkdtemp()
path = os.path.join(workdir, "billing.py")
with open(path, "w") as fh:
    fh.write(MODULE_TEXT)
sys.path.insert(0, workdir)
billing = importlib.import_module("billing")

print("module file:", os.path.basename(inspect.getfile(billing)))
print("module comments:", repr(inspect.getcomments(billing)))
print("module doc:", inspect.getdoc(billing))
src_lines, start = inspect.getsourcelines(billing)
print("module source lines:", len(src_lines), "start", start)

targets = [billing.cents, billing.total, billing.Invoice, billing.Invoice.add,
           billing.Invoice.amount.fget, billing.Invoice.render, billing.Invoice(1).render,
           billing.double, billing.registered]
for obj in targets:
    name = getattr(obj, "__qualname__", repr(obj))
    lines, first = inspect.getsourcelines(obj)
    print(f"== {name} (line {first}, {len(lines)} lines)")
    print("   comments:", repr(inspect.getcomments(obj)))
    print("   first:", lines[0].rstrip())
    print("   last: ", lines[-1].rstrip())
    print("   file: ", os.path.basename(inspect.getsourcefile(obj)))

print(inspect.getsource(billing.Invoice.render), end="")
print(inspect.getsource(billing.total), end="")
code = billing.total.__code__
print("co_firstlineno:", code.co_firstlineno, repr(linecache.getline(path, code.co_firstlineno)))
print("nested fn line:", billing.Invoice(2).render.__code__.co_firstlineno)
inv = billing.Invoice(7).add(9.99, 3).add(0.5)
print(inv.render(), inv.amount, billing.total.registered)

for i, line in enumerate(linecache.getlines(path)[:6], 1):
    print(f"{i:3}| {line.rstrip()}")
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 999)))
print(repr(inspect.getcomments(len)), repr(inspect.getcomments(42)))
for bad in (len, 42, int):
    try:
        inspect.getsource(bad)
    except (TypeError, OSError) as e:
        print(type(e).__name__)
print(inspect.indentsize("\t  x"), inspect.indentsize("x"), inspect.getmodulename(path), inspect.getmodulename("notes.txt"))
sys.path.remove(workdir)
