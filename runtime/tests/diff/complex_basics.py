def t(label, f=None):
    if f is None:
        label, f = "", label
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t(lambda: complex(1,2,3))
t(lambda: complex(foo=1))
t(lambda: complex(real=1, imag=2))
t(lambda: complex('1', imag=2))
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex('abc'))
t(lambda: complex(''))
t(lambda: complex(' ( 1+2j ) '))
t(lambda: complex('1_0j'))
t(lambda: complex('1__0j'))
t(lambda: complex('-j'))
t(lambda: complex('j'))
t(lambda: complex('1e5-3.5e-2J'))
t(lambda: complex('infj'))
t(lambda: complex('-nan+infj'))
t(lambda: complex('1+'))
t(lambda: complex('(1'))
t(lambda: complex(1j, 1j))
t(lambda: complex(2**2000))
t(lambda: 1j / 0)
t(lambda: 1j // 2)
t(lambda: 1j % 2)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: (1e200+1j) ** 2)
t(lambda: abs(complex(1e308, 1e308)))
t(lambda: 1j < 2j)
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: (1+2j).__getnewargs__())
t(lambda: format(1+2j, '.2f'))
t(lambda: format(1+2j, ''))
t(lambda: format(1+2j, '10'))
t(lambda: f'{1.5+2j:>20}')
t(lambda: hash(1+2j))
t(lambda: hash(1.5-2.25j))
t(lambda: complex(float('nan'), float('inf')))
t(lambda: complex(0.0, -0.0))
t(lambda: complex(-0.0, -1))
t(lambda: 2 ** 0.5j)
t(lambda: (1+1j) ** 100)
t(lambda: (1+1j) ** 101)
t(lambda: (1+1j) ** -3)
t(lambda: (1+2j) ** (3+4j))
class C:
    def __complex__(self): return 5
t(lambda: complex(C()))
class D:
    def __float__(self): return 2.5
t(lambda: complex(D(), D()))
class E:
    def __index__(self): return 7
t(lambda: complex(E()))
t(lambda: complex('1e400j'))
t(lambda: complex(1+2j))
t(lambda: 1e308*10j)
t(lambda: 1 + 2j)
t(lambda: 3 - 1j)
t(lambda: 2.5 * 1j)
t(lambda: 1 / 2j)
t(lambda: 2 ** (1+1j))
t(lambda: 1j == 1j)
t(lambda: (1+0j) == 1)
t(lambda: 1 == (1+0j))
t(lambda: 1.5 != 1.5+0j)
t(lambda: (2**60+0j) == 2**60+1)
t(lambda: -(1+2j))
t(lambda: +(1+2j))
t(lambda: abs(3+4j))
t(lambda: (3+4j).conjugate())
t(lambda: (3+4j).real + (3+4j).imag)
t(lambda: bool(0j))
t(lambda: bool(1e-300j))
t(lambda: format(-1.5-2j, '+.3e'))
t(lambda: format(3j, '.1f'))
t(lambda: format(3j, '^20.2f'))
t(lambda: format(-0.0+3j, 'g'))
t(lambda: format(1+3j, '010'))
t(lambda: format(1+3j, 'x'))
t(lambda: format(1+3j, '.3'))
t(lambda: format(1e20+3j, ''))
t(lambda: str(1e-5+1e16j))
for s in ["1", "1j", "-1j", "+1.5j", "1+1j", "1-1j", "  2.5e3-4J  ", "(3+4j)", "( 3+4j )", "inf", "-inf+nanj",
          "infinityj", "NaN", "1e-3+1e3j", ".5j", "5.j", "1.e2", "1_000+2_0j", "j", "+j", "-j", "1+j", "1-j",
          "1+2", "1j+2", "j1", "1 + 2j", "((1+2j))", "1+2j)", "", " ", "1e", "1e+j", "1+2jj", "\t7\n",
          "0x10", "1__2", "_1", "1_"]:
    t(repr(s), lambda: complex(s))
for args in [(), (1,), (1.5,), (True,), (1, 2), (1.5, -2.5), (1j,), (1j, 2), (1, 2j), (1j, 1j), (2+3j, 4+5j),
             (0.0, -0.0), (-0.0, 0.0), (float("inf"), float("-inf"))]:
    t("complex%r" % (args,), lambda: complex(*args))
for z in [0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1+0j, -1-0j, 1e16j, 1e-5+1e-5j,
          123456789.123+0.1j, complex(1e300, -1e-300), complex(float("nan"), 1), complex(1, float("-inf"))]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z))
for spec in ["", "10", "<16", "^16", ">16", "*^20", "+", " ", ".1f", ".3e", ".2g", "g", "e", "f", "E", "F", "G",
             "n", ".0f", "#.0f", "15.2f", "+.2f", "-.2f", ",.2f", "_.1f", ".4", "=10", "010", "d", "s", "%"]:
    for z in [1+2j, -1.25-0.5j, 3j, -0.0+2j, 12345.678+9876.54321j]:
        t("format(%r, %r)" % (z, spec), lambda: format(z, spec))
print(f"{1+2j}", f"{1-2j!r}", f"{2j:>8}", "%s" % (1+1j), "%r" % (2-3j))
class Sub(complex):
    pass
c = Sub(1, 2)
print(type(c).__name__, c, c + 1, type(c + 1).__name__, Sub("3+4j"), Sub(), isinstance(c, complex))
print(type(complex(c)).__name__, complex(c) == c)
t("complex subclass hash", lambda: hash(c) == hash(1+2j))
t("real setattr", lambda: setattr(1j, "real", 2))
t("conjugate arg", lambda: (1j).conjugate(1))
