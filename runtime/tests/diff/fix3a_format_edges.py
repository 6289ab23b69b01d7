# Formatting corners: '#' with no type on exponent floats, C length modifiers and
# '%5%' in %-formatting (str and bytes), and the args of float pow's OverflowError.
for v in [1e-07, 1e22, 3e-300, 1.5, 100.0, -2.5e-10, float('inf')]:
    print(format(v, '#'), format(v, '#12'), format(v, '#,'), f"{v:#}")

for f, a in [('%ld|%5hi|%Lf', (1, 2, 3.0)), ('%lld', (4,)), ('%l', (1,)), ('%hs', ('x',)),
             ('%5%', (1,)), ('%-5%|', (1,)), ('%5%', ()), ('%.0%', ()), ('%(x)%', {'x': 1}),
             ('%%|%s', (1,)), ('%(x)ld', {'x': 7})]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(repr(f.encode() % a))
    except Exception as e:
        print(type(e).__name__, e)

try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    (-3.5) ** 5000.0
except OverflowError as e:
    print(e.args)
