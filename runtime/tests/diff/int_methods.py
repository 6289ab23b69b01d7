print(int('١٢٣'), int(' \u2003 ٣ \u00a0'), int('\u0663', 16))
try: int('١x')
except Exception as e: print(type(e).__name__, e)
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, type(True.real))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0,'big'), (5).to_bytes())
for args in [(1,), (-1,), (1,'x'), ]:
    try: print((256).to_bytes(*args))
    except Exception as e: print(type(e).__name__, e)
try: (-1).to_bytes(2,'big')
except Exception as e: print(type(e).__name__, e)
try: (128).to_bytes(1,'big', signed=True)
except Exception as e: print(type(e).__name__, e)
print((-128).to_bytes(1,'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1,2,3], 'big'), int.from_bytes(b'\x01'))
class I(int): pass
print(type(I.from_bytes(b'\x01', 'big')))
print((10).as_integer_ratio(), (255).bit_count(), (-255).bit_count())
import math
print(math.floor(5), math.ceil(5), math.trunc(5), (7).__trunc__())
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
print(format(1234567, 'n'), format(12, '5n'), (10).__pow__(2, 7))
print((1250).__round__(-2), (1350).__round__(-2), (1251).__round__(-2), (-1250).__round__(-2), (15).__round__(-1), (25).__round__(-1), (12345).__round__(-10))
i=int
print(i.__pow__(5, -1, 7), i.__pow__(38, -1, 97), i.__pow__(3, -2, 7), i.__pow__(2, 3, -7), i.__pow__(7, -1, -5), i.__pow__(5,0,1))
