import decimal, time, sys
def factorial(n, m):
    if (n > m):
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)
t = time.time()
with decimal.localcontext(decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)):
    for n in [1000, 3000]:
        r = factorial(decimal.Decimal(n), 0)
        print(n, str(r)[:30], r.adjusted())

with decimal.localcontext(decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)):
    big = decimal.Decimal('9' * 5000)
    r = big + 1
    print(len(str(r)), str(r)[:5], r.adjusted(), r.as_tuple().digits[:3], len(str(big * big)))
    print(str(decimal.Decimal('1' * 6000) // 7)[:20], (decimal.Decimal(2) ** 20000).adjusted())
print(decimal.Decimal('1' * 5000) + 0)
print(len(repr(decimal.Decimal('12345' * 1000))))
