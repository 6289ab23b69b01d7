# f-strings: expressions, conversions, = specifier, nested specs, quotes, escapes.
name, n, pi = "Ember", 42, 3.14159265
items = ["a", "b"]
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {name!a} {'café'!a} {'café'!r}")
print(f"{n=}", f"{pi=:.2f}", f"{name = }", f"{n + 1=}", f"{items[0]=}", f"{len(items)=}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n: }")
print(f"{pi:.3}|{pi:.3f}|{pi:10.2f}|{pi:<10.2f}|{pi:e}|{pi:.2E}|{pi:g}|{pi:%}")
width, prec = 12, 4
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{name:{'*'}^{width}}|{n:{'x' if n > 40 else 'd'}}")
print(f"{{literal}} {{{n}}} {'{'}{n}{'}'}")
print(f"{'nested' + ' ' + 'expr'}", f"{[x * 2 for x in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda v: v * 3)(2)}")
print(f"{n if n > 10 else 0}", f"{n:#x} {n:#o} {n:#b} {n:x} {n:X}", f"{255:08b}", f"{1234567:,}", f"{1234567:_}")
q = '"'
print(f"{q}quoted{q}", f'{"double in single"}', f"""{'triple'}""", f"{'it' + chr(39) + 's'}")
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n']:03}", f"{d}", f"{d!r:>30}")
class P:
    def __init__(self): self.x, self.y = 1, 2
    def __repr__(self): return "P()"
    def __str__(self): return "P-str"
    def __format__(self, spec): return f"P-format[{spec}]"
p = P()
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:spec}", f"{p.x + p.y}", f"{p=}", f"{p=!s}", f"{p=:abc}")
print(f"{3.0}", f"{1e20}", f"{1e-20}", f"{0.1 + 0.2}", f"{2 ** 64}", f"{-0.0}", f"{float('nan')}", f"{True}", f"{None}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|")
print(f"{'truncated string':.5}|{'pad':*>8.2}|")
x = 10
print(f"{x!r:>6}", f"{'abc'!r:^9}", f"{x:{'>'}{'6'}}")
print(f"{3 + 4j}", f"{3 + 4j:.2f}", f"{complex(1, -1)!r}")
print(f"result: {sum(i * i for i in range(10))}", f"{'-' * 10}", f"{', '.join(map(str, range(5)))}")
print(f"{n:=^+9}", f"{-n:=9}", f"{n:_b}", f"{2 ** 20:_x}")
multi = f"""line1 {n}
line2 {name}"""
print(multi)
print(f"{'a'}" f"{'b'}" "c" f"{n}")
nested_fmt = "{:>8}"
print(f"{nested_fmt.format(n)}|", f"{n:{nested_fmt[2:4]}}|")
print(f"{12345.6789:,.2f}", f"{-12345.6789:,.1f}", f"{0.000123456:.3g}", f"{123456789:.3g}", f"{1.5:.0f}", f"{2.5:.0f}")
