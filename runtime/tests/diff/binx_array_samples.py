# Audio-like sample processing with the array module and a tiny WAV writer.
import array
import struct
import sys
import io
import math

rate = 8000
samples = array.array('h', (int(12000 * math.sin(2 * math.pi * 440 * t / rate)) for t in range(32)))
print(samples.typecode, samples.itemsize, len(samples), samples.buffer_info()[1])
print(samples[:8].tolist(), samples[-3:], max(samples), min(samples))


def wav_bytes(data, channels=1, sample_rate=rate):
    raw = data.tobytes() if sys.byteorder == 'little' else data.byteswap() or data.tobytes()
    out = io.BytesIO()
    out.write(b'RIFF')
    out.write(struct.pack('<I', 36 + len(raw)))
    out.write(b'WAVEfmt ')
    out.write(struct.pack('<IHHIIHH', 16, 1, channels, sample_rate,
                          sample_rate * channels * data.itemsize, channels * data.itemsize, data.itemsize * 8))
    out.write(b'data' + struct.pack('<I', len(raw)) + raw)
    return out.getvalue()


wav = wav_bytes(samples)
print(len(wav), wav[:44].hex())
riff, size, wave = struct.unpack_from('<4sI4s', wav)
fmt_fields = struct.unpack_from('<IHHIIHH', wav, 16)
print(riff, size, wave, fmt_fields)
back = array.array('h')
back.frombytes(wav[44:])
print(back == samples, back[5], back.count(0), back.index(back[3]))

# gain, clipping, mixing
louder = array.array('h', (max(-32768, min(32767, s * 3)) for s in samples))
print(louder[:6].tolist())
mixed = array.array('h', (a // 2 + b // 2 for a, b in zip(samples, louder)))
print(mixed[:6].tolist())
try:
    array.array('h', [s * 3 for s in samples])
except OverflowError as e:
    print('OverflowError:', e)

# byteswap and endianness
big = array.array('h', samples[:4])
big.byteswap()
print(big.tobytes().hex(), struct.pack('>4h', *samples[:4]).hex())

# different typecodes
for code, init in [('b', [-1, 2]), ('B', [250, 5]), ('H', [65535]), ('i', [-2**31]), ('I', [2**32 - 1]),
                   ('l', [-5]), ('L', [7]), ('q', [-2**63]), ('Q', [2**64 - 1]), ('f', [0.1, 2.5]), ('d', [0.1]), ('u', 'hé')]:
    a = array.array(code, init)
    print(code, a.itemsize, a.tolist(), a.tobytes().hex(), repr(a))

errs = [
    lambda: array.array('b', [128]),
    lambda: array.array('B', [-1]),
    lambda: array.array('H', [70000]),
    lambda: array.array('I', [-1]),
    lambda: array.array('Q', [-1]),
    lambda: array.array('i', [1.5]),
    lambda: array.array('d', ['x']),
    lambda: array.array('z'),
    lambda: array.array('h', b'abc'),
    lambda: array.array('h').frombytes(b'abc'),
    lambda: array.array('h', [1]).pop(5),
    lambda: array.array('h').pop(),
    lambda: array.array('h', [1]).index(9),
    lambda: array.array('h', [1]).remove(9),
    lambda: array.array('h', [1]) + array.array('i', [1]),
    lambda: array.array('h', [1]).extend(array.array('i', [2])),
    lambda: array.array('u', [1]),
    lambda: array.array('h', [1])[3],
]
for i, f in enumerate(errs):
    try:
        print(i, 'ok', f())
    except Exception as e:
        print(i, type(e).__name__, e)

# sequence-style editing
a = array.array('i', range(10))
a[2:5] = array.array('i', [100, 200])
del a[::3]
a.insert(0, -1)
a.append(99)
a.extend([7, 8])
a.reverse()
print(a, len(a), a.pop(), a.pop(0), 7 in a, a * 2 == a + a)
a[1:3] = array.array('i')
print(a.tolist(), sorted(a), sum(a), list(reversed(a))[:3])
a.fromlist([5, 6])
print(a, a.tounicode() if a.typecode == 'u' else 'n/a')
try:
    a.fromlist([1, 'x'])
except TypeError as e:
    print('TypeError:', e, a)
raw = bytes(a)
print(len(raw), raw[:8].hex(), a.tobytes() == raw)
sink = io.BytesIO()
print(sink.write(a), sink.getvalue() == raw)
u = array.array('u', 'hello')
u.fromunicode(' world')
print(u.tounicode(), u.count('o'), u)
f = array.array('f', [1 / 3])
print(f[0], f.tolist(), array.array('d', [1 / 3])[0])
print(array.array('B', b'\x01\x02') < array.array('B', b'\x01\x03'), array.array('h', [1, 2]) == [1, 2])
print(array.typecodes)
