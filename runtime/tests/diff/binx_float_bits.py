# Taking IEEE-754 floats apart: bit fields, half/single/double conversions, ULP stepping.
import struct
import math
import sys


def fields(x, fmt='>d'):
    spec = {'>d': (64, 11, 52), '>f': (32, 8, 23), '>e': (16, 5, 10)}[fmt]
    total, ebits, mbits = spec
    raw = int.from_bytes(struct.pack(fmt, x), 'big')
    sign = raw >> (total - 1)
    exp = (raw >> mbits) & ((1 << ebits) - 1)
    mant = raw & ((1 << mbits) - 1)
    return sign, exp, mant, f'{raw:0{total // 4}x}'


def describe(x):
    s, e, m, h = fields(x)
    if e == 0x7FF:
        kind = 'nan' if m else 'inf'
    elif e == 0:
        kind = 'zero' if m == 0 else 'subnormal'
    else:
        kind = 'normal'
    return f'{x!r:>24} sign={s} exp={e:4d} (2^{e - 1023 if e else -1022}) mant={m:013x} {kind} hex={h}'


for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 5e-324, 2.2250738585072014e-308, sys.float_info.max,
          float('inf'), -float('inf'), 1e300 * 1e10, 123456789.125]:
    print(describe(x))
nan_s, nan_e, nan_m, nan_h = fields(float('nan'))
print('nan', nan_e, nan_m != 0)


def next_up(x):
    if math.isnan(x) or x == math.inf:
        return x
    if x == 0.0:
        return 5e-324
    (n,) = struct.unpack('<q', struct.pack('<d', x))
    n += 1 if x > 0 else -1
    return struct.unpack('<d', struct.pack('<q', n))[0]


for x in [1.0, 0.1, -1.0, 0.0, 1e308]:
    up = next_up(x)
    print(x, '->', up, up - x, up == math.nextafter(x, math.inf), math.ulp(x))

# single and half precision rounding
for x in [0.1, 1 / 3, 65504.0, 65519.0, 6.1e-5, 5.96e-8, 1e-9, 3.14159]:
    f32 = struct.unpack('>f', struct.pack('>f', x))[0]
    try:
        f16 = struct.unpack('>e', struct.pack('>e', x))[0]
    except OverflowError as err:
        f16 = f'OverflowError({err})'
    print(f'{x!r:>12} f32={f32!r:<24} f16={f16!r:<24} {fields(x, ">f")[3]} {fields(x, ">e")[3] if x < 65520 else "----"}')
for bad in [65520.0, 1e5, -1e10]:
    try:
        struct.pack('<e', bad)
    except OverflowError as e:
        print('OverflowError:', e)
try:
    struct.pack('<f', 3.5e38)
except OverflowError as e:
    print('OverflowError:', e)
print(struct.unpack('<f', struct.pack('<f', float('inf'))), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x7c')[0] != struct.unpack('<e', b'\x01\x7c')[0])

# float.hex / fromhex and frexp/ldexp round trips
for x in [1.0, 0.1, -3.75, 5e-324, 1e308, 0.0]:
    h = x.hex()
    m, e = math.frexp(x)
    print(f'{x!r:>24} {h:<24} {float.fromhex(h) == x} frexp=({m!r}, {e}) ldexp={math.ldexp(m, e) == x} ratio={x.as_integer_ratio()}')
print(float.fromhex('0x1.8p1'), float.fromhex('-0X.8p-2'), float.fromhex('inf'), float.fromhex(' 0x1p-1074 '))
for s in ['0x1p99999', 'zz', '0x1.g']:
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

# packing many floats and checksumming their bit patterns
values = [math.sin(i) * 10 ** (i % 7 - 3) for i in range(20)]
blob = struct.pack(f'<{len(values)}d', *values)
xor = 0
for (bits,) in struct.iter_unpack('<Q', blob):
    xor ^= bits
print(len(blob), hex(xor), f'{sum(values):.12f}', math.fsum(values) == sum(sorted(values, key=abs)))
print(sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.epsilon, sys.float_info.dig)
