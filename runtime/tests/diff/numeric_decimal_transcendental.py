from decimal import *
x = 12345
def rnd():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
    return x >> 16
for i in range(220):
    digits = rnd() % (10 ** (1 + rnd() % 20))
    a = Decimal('%dE%d' % (digits + 1, (rnd() % 30) - 20))
    e = Decimal('%dE%d' % (rnd() % 100000, -(rnd() % 6)))
    if rnd() % 2: e = -e
    ctx = Context(prec=1 + rnd() % 40, traps=[])
    res = []
    for f in (lambda: ctx.exp(e), lambda: ctx.ln(a), lambda: ctx.log10(a), lambda: ctx.sqrt(a), lambda: ctx.power(a, Decimal('0.5')), lambda: ctx.power(Decimal('1.5'), e / 1000)):
        try: res.append(str(f()))
        except Exception as ex: res.append(type(ex).__name__)
    print(i, a, e, ctx.prec, ' '.join(res), ''.join(k.__name__[:3] for k, v in ctx.flags.items() if v))
