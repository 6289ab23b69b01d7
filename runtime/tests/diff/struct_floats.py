import struct

# Every half-precision bit pattern round-trips through unpack and pack.
bad = 0
vals = []
for h in range(65536):
    raw = struct.pack('<H', h)
    (x,) = struct.unpack('<e', raw)
    if x != x:
        continue
    if struct.pack('<e', x) != raw:
        bad += 1
    vals.append(x)
print(len(vals), bad, sum(vals[:1000]), max(vals), min(vals))
# Rounding of values between representable halves (ties to even).
for x in [1.0 + 2**-11, 1.0 + 3 * 2**-11, 3 * 2**-25, 2**-24 * 1.5, 65504.0, 65519.99, 0.1, -0.0, 1e-9, 0.333333]:
    print(x, struct.pack('>e', x), struct.unpack('>e', struct.pack('>e', x)))
for x in [0.1, 1e-40, 1e-46, 3.4028234e38, -1.5, float('-inf')]:
    print(x, struct.pack('<f', x), struct.unpack('<f', struct.pack('<f', x)), struct.pack('>d', x))
print(struct.unpack('<4e', struct.pack('<4e', 1, 2.5, -3, 0.5)), struct.unpack('=2f d', struct.pack('=2f d', 1.25, 3, 2**0.5)))
print(struct.pack('< h  2x i ', 1, 2), struct.calcsize('@ b  i '), struct.unpack('<?', b'\x02'), struct.unpack('@?', b'\x00'))
print(struct.unpack('<bBhHiIqQ', struct.pack('<bBhHiIqQ', -128, 255, -32768, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)))
print(struct.unpack('>bBhHiIqQ', struct.pack('>bBhHiIqQ', 127, 0, 32767, 0, 2**31 - 1, 0, 2**63 - 1, 0)))
