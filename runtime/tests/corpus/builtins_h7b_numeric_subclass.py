import math
class RF(float):
    def __int__(self): return 99
    def __float__(self): return 8.5
    def __index__(self): return 4
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __round__(self, n=None): return ('round', n)
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __bool__(self): return False
    def __hash__(self): return 12345
    def __complex__(self): return 3j
x = RF(1.5)
print(int(x), float(x), math.floor(x), math.ceil(x), math.trunc(x), round(x), round(x, 2), abs(x), -x, bool(x), hash(x), complex(x))
print('%d %i %f %.2e %g %s %r' % (x, x, x, x, x, x, x), f'{x}', f'{x:.2f}', format(x, 'g'), str(x), repr(x))
print(math.sqrt(x), math.isfinite(x), x + 1, x * 2, x == 1.5, x < 2, divmod(x, 1), x.is_integer(), x.hex(), x.as_integer_ratio(), x.real, x.conjugate())
print(sorted([RF(2.5), 1, RF(0.5)]), max(RF(2.5), 1), sum([x, x]), '{:.1f}'.format(x), math.fsum([x]), math.isclose(x, 1.5))
class RI(int):
    def __float__(self): return 0.25
    def __int__(self): return 77
    def __index__(self): return 5
    def __floor__(self): return 'ifloor'
    def __trunc__(self): return 'itrunc'
    def __round__(self, n=None): return 'iround'
    def __complex__(self): return 2j
y = RI(10)
print(int(y), float(y), math.floor(y), math.ceil(y), math.trunc(y), round(y), round(y, 1), complex(y), bin(y), hex(y), oct(y), '%x %o %d %f %e' % (y, y, y, y, y))
print(math.sqrt(y), math.log(y), math.exp(y) if False else '', y + 0.5, y / 4, y ** 2, (list(range(20)))[y], range(y)[-1], 'ab' * y, chr(y + 60) if False else '', y.bit_length(), math.gcd(y, 4), math.factorial(y) if False else '', math.comb(y, 2))
class RC(complex):
    def __complex__(self): return 1j
    def __abs__(self): return 'cabs'
z = RC(3, 4)
print(complex(z), abs(z), z + 1, str(z), repr(z))
class SF(str):
    def __float__(self): return 1.25
    def __int__(self): return 66
    def __index__(self): return 7
print(float(SF('2.5')), int(SF('12')), float(SF('x')) if False else '', int(SF('3'), 10))
