# Decimal: rounding constants, context handling, localcontext, numeric-tower attributes.
import decimal
from decimal import Decimal, Context, localcontext, getcontext, setcontext

modes = [decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN,
         decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_UP,
         decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
print(modes)
for m in modes:
    ctx = Context(prec=3, rounding=m)
    vals = ['1.235', '-1.235', '1.245', '-1.245', '1.2501', '1.201', '1.205', '-1.209']
    print(m, [str(ctx.plus(Decimal(v))) for v in vals])

try:
    Context(rounding='ROUND_SIDEWAYS')
except Exception as e:
    print(type(e).__name__)

print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)

d = Decimal('-3.250')
print(repr(d.real), repr(d.imag), repr(d.conjugate()), d.real is d, d.conjugate() is d)
print(repr(Decimal('NaN').real), repr(Decimal('Inf').imag))

class D(Decimal):
    pass
x = D('7.5')
print(type(x.real).__name__, type(x.imag).__name__, type(x.conjugate()).__name__)

# localcontext nesting and restoration
base = getcontext()
print(base.prec, base.rounding)
with localcontext() as c1:
    c1.prec = 5
    print(Decimal(1) / Decimal(7), getcontext() is c1)
    with localcontext(Context(prec=2, rounding=decimal.ROUND_UP)) as c2:
        print(Decimal(1) / Decimal(7), getcontext().prec, c2.rounding)
    print(Decimal(2) / Decimal(3), getcontext().prec)
print(Decimal(1) / Decimal(7), getcontext() is base)

with localcontext(prec=4, rounding=decimal.ROUND_FLOOR) as c3:
    print(c3.prec, c3.rounding, Decimal(-2) / Decimal(3))
print(getcontext().prec)

try:
    with localcontext(precision=3):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    localcontext('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    setcontext(3)
except TypeError as e:
    print(type(e).__name__, e)

# exceptions inside the block still restore the context
try:
    with localcontext() as c4:
        c4.prec = 2
        raise ValueError('boom')
except ValueError as e:
    print('caught', e, getcontext().prec)

# flags recorded on the local context do not leak
getcontext().clear_flags()
with localcontext() as c5:
    Decimal(1) / Decimal(3)
    print(bool(c5.flags[decimal.Inexact]), bool(c5.flags[decimal.Rounded]))
print(bool(getcontext().flags[decimal.Inexact]))

# traps raise, and the default-context copies are independent
with localcontext() as c6:
    c6.traps[decimal.DivisionByZero] = True
    try:
        Decimal(1) / Decimal(0)
    except decimal.DivisionByZero as e:
        print(type(e).__name__, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
    c6.traps[decimal.DivisionByZero] = False
    print(Decimal(1) / Decimal(0), Decimal(-1) / Decimal(0))

setcontext(decimal.BasicContext)
print(getcontext() is decimal.BasicContext, getcontext().prec, getcontext().rounding)
setcontext(decimal.DefaultContext)
print(getcontext().prec, getcontext().rounding)

print(Decimal.from_float(0.1))
print(Decimal.from_float(-0.0), Decimal.from_float(float('-inf')), Decimal.from_float(float('nan')))
print(Decimal.from_float(12), type(D.from_float(1.5)).__name__, D.from_float(1.5))
try:
    Decimal.from_float('1')
except TypeError as e:
    print(type(e).__name__, e)
print(Decimal('1.23E+5').adjusted(), Decimal('0.00012').adjusted(), Decimal('NaN').adjusted())
print(Decimal('-12.500').as_tuple())
print(Decimal(10).as_integer_ratio(), Decimal('-0.375').as_integer_ratio())
