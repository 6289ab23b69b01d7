from decimal import *
import hashlib
block = []
x = 987654321
def rnd():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    return x >> 16
def rdec():
    r = rnd()
    kind = r % 7
    digits = rnd() % (10 ** (1 + r % 35))
    exp = (rnd() % 60) - 30
    if kind == 0:
        exp = (rnd() % 8) - 4
    if kind == 1:
        digits = rnd() % 1000
    sign = '-' if rnd() % 3 == 0 else ''
    return Decimal('%s%dE%d' % (sign, digits, exp))
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
out = []
for i in range(1500):
    a = rdec(); b = rdec()
    ctx = Context(prec=1 + rnd() % 30, rounding=modes[rnd() % 8], Emin=-40, Emax=40, traps=[])
    res = []
    for name, f in [('add', ctx.add), ('sub', ctx.subtract), ('mul', ctx.multiply), ('div', ctx.divide), ('divint', ctx.divide_int), ('rem', ctx.remainder), ('sqrt', lambda a, b: ctx.sqrt(a)), ('q', lambda a, b: ctx.quantize(a, Decimal('1E%d' % (rnd() % 10 - 5)))), ('plus', lambda a, b: ctx.plus(a)), ('cmp', ctx.compare), ('pow', lambda a, b: ctx.power(a, rnd() % 7 - 3))]:
        try:
            r = f(a, b)
        except Exception as e:
            r = type(e).__name__
        res.append(str(r))
    flags = ''.join(k.__name__[0:3] for k in [Inexact, Rounded, Subnormal, Underflow, Overflow, Clamped, InvalidOperation, DivisionByZero] if ctx.flags[k])
    line = '%s %s %s %s %s %s %s' % (i, a, b, ctx.prec, ctx.rounding[6:], ' '.join(res), flags)
    # Every case counts, but only some are printed in full: the rest go into a digest per
    # hundred cases (the test runner reads at most a pipe's worth of output).
    if i < 120:
        print(line)
    block.append(line)
    if len(block) == 100:
        print(i, hashlib.md5('\n'.join(block).encode()).hexdigest())
        block = []
