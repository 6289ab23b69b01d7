x = 3.14159; name = 'bob'; items = [1, 2]
print(f"{x=}", f"{x = :.2f}", f"{name=!r:>10}", f"{name = !s}", f"{items[0]=}", f"{x*2=:.1e}", f"{len(items)=}")
print(f"{'nested {}'.format(1)}", f"{f'{x:.1f}':>8}", f"{{literal}}", f"{x!r:{'>'}{10}}", f"{3:{'0'}{5}d}")
import datetime
d = datetime.datetime(2024, 5, 6, 7, 8, 9)
print(f"{d:%Y/%m/%d %H-%M}", format(d, ''), '{:%d.%m}'.format(d), f"{d.date():%A}", f"{datetime.time(1, 2):%H%M}")
print('{0!r:^12}|{1:*<6}|{2:+08.3f}'.format('s', 'ab', -1.5), '{a[k]}-{b.real}'.format(a={'k': 'v'}, b=2j), '{:,}'.format(1234567.891))
print('{:>{w}.{p}f}'.format(3.14159, w=10, p=2), '%(x).3f %(name)s' % {'x': x, 'name': name}, 'Hi {name}'.format_map({'name': 'Z'}))
class Fmt:
    def __format__(self, spec): return f'<{spec}>'
print(f"{Fmt():abc}", f"{Fmt()!s:>3}" if False else '', format(Fmt(), 'x{y}'), '{:q}'.format(Fmt()), f"{Fmt():{x}}")
w = 7
print(f"{'a':{w}}|", f"{'a':^{w}}|", f"{12345:{w},}", f"{0.5:{w}.0%}", f"{-0.0:+}", f"{1e-7:f}", f"{123:_x}", f"{'x'*3!a}")
s = 'multi'
print(f"""{s
}""", f'{s:>{len(s)+2}}', f"{ {'a': 1}['a'] }", f"{(lambda v: v * 2)(3)}", f"{x if x > 3 else -x:.1f}")
