for x in [3.0, 1.0, 0.1, -2.5, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('nan')]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ['0x1.8p1', '  -0X1P-2 ', '1', 'a.b', '.8', '0x.8p0', '1p', 'inf', '-Infinity', 'nan', '0x1.fffffffffffff8p1023', '0x1p-1075','0x1.0000000000001p-1075', '0x1.00000000000008p0', '0x1.00000000000018p0', 'x', '0x', '', '0x1p+99999999999999999999', '0x1p-99999999999']:
    try: print(repr(s), float.fromhex(s))
    except Exception as e: print(type(e).__name__, e)
for x in [0.5, 2.5, 0.1, -0.75, 1e300, 5e-324, 10.0]:
    print(x.as_integer_ratio())
for x in [float('inf'), float('nan')]:
    try: x.as_integer_ratio()
    except Exception as e: print(type(e).__name__, e)
print(round(2.675, 2), round(0.125, 2), round(-0.4), round(2.5), round(3.5), round(-1.5, 0))
print((2.675).__round__(2), (0.125).__round__(2), (1234.5678).__round__(-2), (1250.0).__round__(-2), (-0.4).__round__(), (2.5).__round__(), (1.7e308).__round__(-2))
try: (1.7e308).__round__(-308)
except Exception as e: print(type(e).__name__, e)
import math
print(math.floor(-2.5), math.ceil(-2.5), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__())
print(format(1234.5, 'n'), format(0.0001, 'n'), format(1e20, '.3n'), format(2.5, '10n'))
print(float('١.٥'), float(' \u2003 ٣ '), (2.5).real, (2.5).imag, (2.5).conjugate())
try: float('١x')
except Exception as e: print(type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p0')), F.fromhex('0x1p0'))
