import math
from decimal import *
import decimal
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c = getcontext(); print(c)
t(lambda: Decimal(1)/0); t(lambda: Decimal(0)/0); t(lambda: Decimal('x'))
t(lambda: Decimal('9e999999')*10)
t(lambda: Decimal(1).quantize(Decimal('1e-30')))
t(lambda: Decimal('nan') < 1)
t(lambda: Decimal(1)+1.5)
t(lambda: 1.5*Decimal(1))
t(lambda: Decimal(1)//0)
t(lambda: Decimal(5)%0)
t(lambda: divmod(Decimal(5), 0))
t(lambda: Decimal(10**30)//Decimal('0.001'))
t(lambda: Decimal(-1).sqrt())
t(lambda: hash(Decimal('snan')))
t(lambda: Decimal(1.5) == 1.5)
t(lambda: Decimal(1.5) < 2.5)
t(lambda: int(Decimal('nan')))
t(lambda: int(Decimal('inf')))
t(lambda: Decimal([1]))
t(lambda: Decimal((0,(1,2),-1)))
t(lambda: Decimal((1,(0,),'F')))
t(lambda: Decimal(1).as_tuple())
t(lambda: Decimal('-12.50').as_tuple())
t(lambda: Decimal(object()))
t(lambda: Decimal('1.2') + Decimal('inf'))
t(lambda: Decimal('inf') - Decimal('inf'))
t(lambda: Decimal('inf') * 0)
t(lambda: Decimal('nan') + 1)
t(lambda: Decimal('snan') + 1)
t(lambda: Decimal(3) / Decimal('inf'))
c.clear_flags()
with localcontext() as l:
    l.prec = 5; l.traps[Inexact] = True
    t(lambda: Decimal(1)/3)
    t(lambda: Decimal(1)/4)
    print(l)
with localcontext(prec=6, rounding=ROUND_DOWN) as l:
    print(Decimal(2)/3, Decimal('123456789') + 0, l.prec)
print(getcontext().prec)
t(lambda: Decimal('1e-999999')/10**10)
print(getcontext())
c.clear_flags()
for bad in [lambda: setattr(c, 'prec', 0), lambda: setattr(c, 'rounding', 'x'), lambda: setattr(c, 'Emax', -1), lambda: setattr(c, 'foo', 1), lambda: localcontext(5), lambda: setcontext(5)]:
    t(bad)
# rounding modes
vals = ['2.5', '3.5', '-2.5', '2.51', '-2.49', '2.05', '2.45', '-0.5', '0.05']
for r in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, [str(Decimal(v).quantize(Decimal('0.1'), rounding=r)) for v in vals], [str(Decimal(v).to_integral_value(rounding=r)) for v in vals])
# telco-like
rates = [Decimal('0.0013'), Decimal('0.00894')]
disttax = Decimal('0.0341'); basictax = Decimal('0.0675')
twodig = Decimal('0.01')
sumT = sumB = sumD = Decimal(0)
for n in [246, 138, 3600, 17, 9999, 1, 555]:
    calltype = n & 1
    r = rates[calltype]
    nt = Decimal(n)
    p = (r * nt).quantize(twodig, rounding=ROUND_HALF_EVEN)
    b = (p * basictax).quantize(twodig, rounding=ROUND_DOWN)
    sumB += b
    t_ = p + b
    if calltype:
        d = (p * disttax).quantize(twodig, rounding=ROUND_DOWN)
        sumD += d
        t_ += d
    sumT += t_
    print(p, b, t_)
print(sumT, sumB, sumD)
# decimal_pi-like
def pi_decimal():
    D = Decimal
    lasts, t, s, n, na, d, da = D(0), D(3), D(3), D(1), D(0), D(0), D(24)
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    return s
for prec in [9, 19, 38, 100]:
    getcontext().prec = prec
    print(pi_decimal())
getcontext().prec = 28
# arithmetic grid
xs = ['0', '-0', '1', '-1', '0.1', '123.456', '-7.25', '1E+3', '1e-7', '99999999999999999999999999999', '3']
for a in xs:
    A = Decimal(a)
    row = []
    for b in xs:
        B = Decimal(b)
        for op in (lambda: A + B, lambda: A - B, lambda: A * B, lambda: A / B, lambda: A // B, lambda: A % B):
            try: row.append(str(op()))
            except Exception as e: row.append(type(e).__name__)
    print(a, ' '.join(row))
    print(a, str(A), repr(A), A.adjusted(), A.is_zero(), A.is_signed(), -A, +A, abs(A), abs(A).sqrt(), A.normalize(), A.to_eng_string(), int(A), float(A), hash(A) == hash(float(a)) if a not in xs[-2:] else hash(A))
    print([A < Decimal(b) for b in xs], [A == Decimal(b) for b in xs])
print(Decimal(2) ** 100, Decimal('1.1') ** 20, Decimal(3) ** -3, Decimal('0.5') ** 2, Decimal(0) ** 0 if False else '', Decimal(-2) ** 3)
t(lambda: Decimal(0) ** 0)
t(lambda: Decimal(-2) ** Decimal('0.5'))
t(lambda: pow(Decimal(3), 4, 5))
print(Decimal(7).compare(Decimal(3)), Decimal(3).max(Decimal(7)), Decimal(3).min(7), Decimal('1.50').compare_total(Decimal('1.5')))
print(Decimal('1.23456789012345678901234567890123'), +Decimal('1.23456789012345678901234567890123'))
print(Decimal('123456789').quantize(Decimal('1e3')), Decimal('1e100').quantize(Decimal('1')) if False else '', Decimal('0.000').quantize(Decimal('1e-10')))
print(Decimal(10).exp(), Decimal('0.5').ln(), Decimal(1000).log10(), Decimal('7.389056098930650227230427461').ln(), Decimal(3).sqrt(), Decimal('0.0004').sqrt(), Decimal(100).sqrt())
print(sorted([Decimal('3.1'), Decimal(2), Decimal('-1'), Decimal('2.00')]), sum([Decimal('0.1')] * 10), max(Decimal(1), Decimal('1.5')))
print(Decimal('1.5').__round__(), round(Decimal('-2.5')), round(Decimal('1234.5678'), -2), math.floor(Decimal('-1.5')), math.ceil(Decimal('1.2')))
print(Decimal.from_float(0.25), Decimal(5).as_integer_ratio(), Decimal('-0.125').as_integer_ratio(), Decimal(3).is_nan(), Decimal('nan').is_nan(), Decimal('inf').is_infinite())
print(str(Decimal('1E+7')), Decimal('12e-10').to_eng_string(), Decimal('123e5').to_eng_string(), Decimal('1e100').to_eng_string())
print(isinstance(Decimal(1), Decimal), issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), Decimal.__module__, Context.__module__)
print(format(Decimal('1234.5678'), '.2f'), format(Decimal('-0.5'), '.0f'), format(Decimal('1234567.891'), ',.2f'), format(Decimal('0.25'), '%'), format(Decimal('3'), '>8.3f'), format(Decimal('12.5'), 'e'), format(Decimal('12.5'), '.2e'), format(Decimal('2.5'), ''), format(Decimal('-1.5'), '+'))
