import sys, types
sys.modules["pk"] = types.ModuleType("pk"); sys.modules["pk.sub"] = types.ModuleType("pk.sub")
from pk import sub; print(sub)
import pk.sub as s2; print(s2 is sub)
class Bad:
    def __str__(self): raise ValueError("no")
try:
    print("first", Bad(), "x")
except ValueError as e:
    print("|", e)
for start in (b"", bytearray()):
    try: sum([b"a"], start)
    except TypeError as e: print(e)
class A:
    def __mro_entries__(self, b): return (object,)
try: type("X", (A(),), {})
except TypeError as e: print(e)
class C: pass
try: C.__name__ = "bad\x00"
except ValueError as e: print(e)
try: type("a\x00b", (), {})
except ValueError as e: print(e)
for t in ["([a, b] := [1, 2])", "(x.y := 1)", "(f() := 1)", "x = [y for y in (a.b := 1)]"]:
    try: compile(t, "s", "exec")
    except SyntaxError as e: print(e)
import struct
for off in (-2, -4, -5, -9):
    try: print(struct.unpack_from('<i', b'abcdefgh', off))
    except struct.error as e: print(e)
    try:
        b = bytearray(8); struct.pack_into('<i', b, off, 1); print(b)
    except struct.error as e: print(e)
try: struct.pack()
except TypeError as e: print(e)
from fractions import Fraction
print(struct.pack('<d', Fraction(1, 4)))
class I:
    def __index__(self): return 3
print(struct.pack('<d', I()))
try: print(struct.pack('<f', '1'))
except Exception as e: print(type(e).__name__, e)
for v in (-1, -2, 127, 0):
    for n in (0, 1):
        try: print(v, n, v.to_bytes(n, 'big', signed=True))
        except OverflowError as e: print(v, n, e)
try: (1).to_bytes(2**63, 'big')
except Exception as e: print(type(e).__name__, e)
m = types.ModuleType('pq'); sys.modules['pq'] = m
import math
print(m, math, sys.modules['sys'])
