import pickle, copyreg, io
class Outer:
    class Inner:
        def __init__(self): self.z = 9
        def __repr__(self): return 'Inner(%r)' % self.z
def t(fn):
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, str(e)[:90])
for p in range(6):
    t(lambda: pickle.dumps(Outer.Inner, p))
    t(lambda: pickle.loads(pickle.dumps(Outer.Inner(), p)))
    t(lambda: pickle.loads(pickle.dumps([Outer.Inner, Outer.Inner], p)))
# reading pickles CPython 2 / pure-python style writers produce
blobs = [
    b"S'abc'\np0\n.",
    b"(S'a\\nb'\nS\"q'x\"\nI5\nF2.5\ntp0\n.",
    b'U\x03abcq\x00.',
    b'T\x03\x00\x00\x00xyzq\x00.',
    b'(lp0\nI1\naI2\na.',
    b'(dp0\nS\'k\'\np1\nL12345678901234567890L\ns.',
    b'\x80\x02]q\x00(K\x01K\x02e.',
    b'\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01h\x00e.',
    b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.',
    b'\x80\x02c__builtin__\nset\n]\x85R.',
        b'\x80\x02N\x88\x89.',
    b'I01\n.', b'I00\n.', b'N.', b'F-0.0\n.', b'Finf\n.',
    b'\x80\x03C\x00.',
    b'\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00abc.',
    b'\x80\x04\x8c\x03abc\x8c\x03def\x86.',
    b'(K\x01K\x021K\x03.',
    b'K\x012.',
    b'\x80\x02K\x01K\x02K\x03\x87\x94.',
    b'}(K\x01K\x02K\x03K\x04u.',
    b'\x80\x04\x8f(K\x01K\x02\x90.',
    b'Vabc\\u20ac\\U0001f600\n.',
    b'\x8a\x00.', b'\x8a\x01\xff.', b'\x8b\x02\x00\x00\x00\x00\x80.',
    b'J\x00\x00\x00\x80.', b'M\xff\xff.',
    b'X\x02\x00\x00\x00\xc3\xa9.',
]
for b in [b'(i__main__\nOuter\n(dp0\nS\'a\'\nI1\nsb.', b'ccopy_reg\n_reconstructor\n(c__main__\nOuter\nc__builtin__\nobject\nNtR.']:
    o = pickle.loads(b); print(type(o).__name__, vars(o))
for b in blobs:
    t(lambda: pickle.loads(b))
t(lambda: pickle.loads(b"S'abc'\n.", encoding='bytes'))
t(lambda: pickle.loads(b"U\x02\xc3\xa9.", encoding='latin-1'))
t(lambda: pickle.loads(b"S'abc\n."))
t(lambda: pickle.loads(b"g5\n."))
t(lambda: pickle.loads(b"(K\x01"))
t(lambda: pickle.loads(b"\x80\x04\x95\x20\x00\x00\x00\x00\x00\x00\x00K\x01."))
t(lambda: pickle.loads(b"cnosuchmodule\nfoo\n."))
def t2(fn):
    try: fn()
    except Exception as e: print(type(e).__name__, str(e)[:30])
t2(lambda: pickle.loads(b"c__main__\nnosuch\n."))
t2(lambda: pickle.loads(b"\x80\x04\x8c\x08__main__\x8c\x06nosuch\x93."))
t(lambda: pickle.loads(b"P1\n."))
# dispatch_table, reducer_override, persistent_id
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
def reduce_point(p): return (Point, (p.x, p.y))
copyreg.pickle(Point, reduce_point)
print(pickle.dumps(Point(1, 2)), pickle.loads(pickle.dumps(Point(1, 2), 0)))
del copyreg.dispatch_table[Point]
class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None
class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:' + pid
for p in (0, 2, 4):
    f = io.BytesIO(); MyPickler(f, p).dump(['ext:a', 'b', ('ext:c',)])
    print(f.getvalue()); f.seek(0); print(MyUnpickler(f).load())
class P2(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (p.y, p.x))}
f = io.BytesIO(); P2(f, 3).dump(Point(1, 2)); print(f.getvalue(), pickle.loads(f.getvalue()))
class ReduceEx:
    def __reduce_ex__(self, proto):
        return (ReduceEx, (), {'proto': proto})
    def __setstate__(self, st): self.st = st
for p in range(6):
    print(pickle.dumps(ReduceEx(), p), pickle.loads(pickle.dumps(ReduceEx(), p)).st)
class Bad:
    def __reduce__(self): return 5
class Bad2:
    def __reduce__(self): return (1,)
class Bad3:
    def __reduce__(self): return (Bad3, 5)
class Bad4:
    def __reduce__(self): return (5, ())
for B in (Bad, Bad2, Bad3, Bad4):
    t(lambda: pickle.dumps(B()))
class NewArgs:
    def __new__(cls, a, b=0):
        o = object.__new__(cls); o.a = a; o.b = b; return o
    def __getnewargs__(self): return (self.a,)
    def __getnewargs_ex__(self): return ((self.a,), {'b': self.b})
for p in (2, 3, 4):
    t(lambda: pickle.dumps(NewArgs(1, 2), p))
    t(lambda: vars(pickle.loads(pickle.dumps(NewArgs(1, 2), p))))
class WithSlots:
    __slots__ = ('a', 'b_')
    def __init__(self): self.a = 1; self.b_ = 2
for p in (2, 4):
    s = pickle.dumps(WithSlots(), p); print(s); w = pickle.loads(s); print(w.a, w.b_)
from collections import OrderedDict
for p in (2, 4):
    t(lambda: pickle.loads(pickle.dumps(OrderedDict(a=1), p)))
print(pickle.dumps(float('inf'), 0), pickle.dumps(float('nan'), 0), pickle.dumps(-0.0, 0), pickle.dumps(1e100, 0), pickle.dumps(2**63, 0), pickle.dumps(-2**31-1, 0), pickle.dumps(-2**31, 1))
print(pickle.dumps([2**8*k for k in range(-3, 4)], 2), pickle.dumps(-256, 2), pickle.dumps(-(2**2047), 4)[:20], pickle.loads(pickle.dumps(-(2**2047), 4)) == -(2**2047))
print(pickle.dumps(True, 0), pickle.dumps(False, 1), pickle.dumps((True, False), 2))
