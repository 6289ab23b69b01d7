# int(), float() and %-formatting of int/float subclasses that define their own
# __int__/__float__: the override is called, as CPython's PyNumber_Long/PyNumber_Float
# and PyFloat_AsDouble do (the builtin value is used only when it is not overridden).
import math

class RI(int):
    def __float__(self):
        return 4.0
    def __int__(self):
        return 3

class RF(float):
    def __int__(self):
        return 99
    def __float__(self):
        return 8.5

class PlainI(int):
    pass

class PlainF(float):
    pass

i, f = RI(7), RF(1.5)
for _ in range(120):
    r = (int(i), float(i), int(f), float(f), '%d' % f, '%i' % f, '%.1f' % i, '%e' % i, '%g' % i)
print(r)
print('%f' % f, '%s %r' % (i, f), '%x %o' % (i, i), i + 1, f + 1, math.sqrt(i), math.floor(f))
print(int(PlainI(5)), float(PlainI(5)), int(PlainF(2.75)), float(PlainF(2.75)), '%d %.2f' % (PlainF(2.75), PlainI(5)))
print(type(int(f)).__name__, type(float(i)).__name__, type(float(f)).__name__, type(int(PlainF(1.0))).__name__)
print(float(True), int(2.9), float(10**20), '%d %f' % (True, False))

class BadFloat(int):
    def __float__(self):
        return 'x'
try:
    float(BadFloat(1))
except TypeError as e:
    print('TypeError', e)
try:
    '%f' % BadFloat(1)
except TypeError as e:
    print('TypeError', e)
class BadInt(float):
    def __int__(self):
        return 2.5
try:
    int(BadInt(1.0))
except TypeError as e:
    print('TypeError', e)
try:
    '%f' % 'text'
except TypeError as e:
    print('TypeError', e)

# A complex subclass's own __complex__, a str subclass's own __float__/__int__/__index__.
class RC(complex):
    def __complex__(self):
        return 1j
class PlainC(complex):
    pass
print(complex(RC(3, 4)), complex(PlainC(3, 4)), type(complex(PlainC(1, 2))).__name__, abs(RC(3, 4)))
class SF(str):
    def __float__(self):
        return 1.25
    def __int__(self):
        return 66
class SI(str):
    def __index__(self):
        return 7
class SPlain(str):
    pass
print(float(SF('2.5')), int(SF('12')), int(SF('3'), 10), float(SI('2.5')), int(SI('12')), float(SPlain('2.5')), int(SPlain(' 12 ')))
