from decimal import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
c = Context(prec=9, traps=[])
t(lambda: Decimal(1).compare_signal(Decimal('nan'), c)); print(c.flags[InvalidOperation])
t(lambda: Decimal(-3).compare_total_mag(2)); t(lambda: Decimal(-3).max_mag(2)); t(lambda: Decimal(-3).min_mag(2)); t(lambda: Decimal(3).max_mag(-3)); t(lambda: Decimal(2).min_mag(-2))
t(lambda: Decimal(1).next_toward(2)); t(lambda: Decimal(1).next_toward(0)); t(lambda: Decimal(1).next_toward(1)); t(lambda: Decimal(-1).next_toward(Decimal('-0')))
t(lambda: Decimal('123456789').rotate(2, c)); t(lambda: Decimal('123456789').rotate(-2, c)); t(lambda: Decimal('12').rotate(3, c)); t(lambda: Decimal('12').rotate(10, c))
t(lambda: Decimal('101').logical_invert(c)); t(lambda: c.logical_invert(Decimal('0')))
t(lambda: c.compare_total(1, 2)); t(lambda: c.max_mag(-5, 3)); t(lambda: c.next_plus(Decimal('1'))); t(lambda: c.shift(Decimal(123), 2)); t(lambda: c.scaleb(Decimal(1), 5)); t(lambda: c.logb(Decimal(1000)))
t(lambda: c.number_class(Decimal('1e-999999'))); t(lambda: c.is_normal(Decimal(1))); t(lambda: c.copy_sign(Decimal(1), Decimal(-2))); t(lambda: c.remainder_near(Decimal(10), Decimal(6)))
t(lambda: c.is_infinite(Decimal('inf'))); t(lambda: c.same_quantum(Decimal('1.0'), Decimal('2.0'))); t(lambda: c.radix()); t(lambda: Decimal(5).radix())
t(lambda: Decimal('1E-1000007').next_plus()); t(lambda: Decimal('9.999999999999999999999999999E+999999').next_plus())
