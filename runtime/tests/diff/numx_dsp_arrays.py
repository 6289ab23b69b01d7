"""Audio-style signal processing on typed arrays: synthesis, filters, WAV bytes."""
import array
import math
import struct
import io
from collections.abc import MutableSequence, Sequence

RATE = 8000


def as_floats(samples):
    """Accept any numeric sequence; arrays of 'u' are rejected like text."""
    if isinstance(samples, str):
        raise TypeError("text is not a signal")
    if isinstance(samples, array.array) and samples.typecode == "u":
        raise TypeError("unicode array is not a signal")
    if not isinstance(samples, Sequence):
        samples = list(samples)
    return array.array("d", samples)


def normalise_in_place(buf: MutableSequence):
    peak = max(abs(x) for x in buf) or 1
    for i, x in enumerate(buf):
        buf[i] = x / peak
    return buf


def tone(freq, seconds, amp=0.8, phase=0.0):
    n = int(RATE * seconds)
    return array.array("d", (amp * math.sin(2 * math.pi * freq * i / RATE + phase) for i in range(n)))


def to_pcm16(signal):
    out = array.array("h")
    for x in signal:
        v = round(x * 32767)
        out.append(max(-32768, min(32767, v)))
    return out


def moving_average(sig, width):
    out = array.array("d")
    acc = 0.0
    for i, x in enumerate(sig):
        acc += x
        if i >= width:
            acc -= sig[i - width]
        out.append(acc / min(i + 1, width))
    return out


def biquad_lowpass(sig, cutoff, q=0.7071):
    w0 = 2 * math.pi * cutoff / RATE
    alpha = math.sin(w0) / (2 * q)
    cw = math.cos(w0)
    b0 = b2 = (1 - cw) / 2
    b1 = 1 - cw
    a0, a1, a2 = 1 + alpha, -2 * cw, 1 - alpha
    x1 = x2 = y1 = y2 = 0.0
    out = array.array("d", bytes(8 * len(sig)))
    for i, x in enumerate(sig):
        y = (b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0
        x2, x1, y2, y1 = x1, x, y1, y
        out[i] = y
    return out


def rms(sig):
    return math.sqrt(math.fsum(x * x for x in sig) / len(sig))


def zero_crossings(sig):
    return sum(1 for a, b in zip(sig, sig[1:]) if (a < 0) != (b < 0))


def wav_bytes(pcm):
    data = pcm.tobytes() if pcm.itemsize == 2 else array.array("h", pcm).tobytes()
    header = struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(data), b"WAVE", b"fmt ", 16, 1, 1,
                         RATE, RATE * 2, 2, 16, b"data", len(data))
    return header + data


print("abc checks:", isinstance(array.array("d"), MutableSequence), isinstance(array.array("b"), Sequence),
      issubclass(array.array, MutableSequence), isinstance((1, 2), MutableSequence))

a440 = tone(440, 0.05)
e660 = tone(660, 0.05, amp=0.4)
mix = array.array("d", (x + y for x, y in zip(a440, e660)))
print("samples:", len(mix), "typecode:", mix.typecode, "itemsize:", mix.itemsize)
print("rms: a440=%.5f e660=%.5f mix=%.5f" % (rms(a440), rms(e660), rms(mix)))
print("zero crossings:", zero_crossings(a440), zero_crossings(e660), zero_crossings(mix))
print("peak before normalise: %.6f" % max(map(abs, mix)))
normalise_in_place(mix)
print("peak after: %.6f, first: %s" % (max(map(abs, mix)), [round(v, 4) for v in mix[:5]]))

pcm = to_pcm16(mix)
print("pcm16:", pcm[:6].tolist(), "min", min(pcm), "max", max(pcm), "bytes", len(pcm.tobytes()))
wav = wav_bytes(pcm)
fields = struct.unpack_from("<4sI4s4sIHHIIHH4sI", wav)
print("wav header:", fields[0], fields[1], fields[2], fields[5:11], fields[12])
stream = io.BytesIO(wav)
stream.seek(44)
back = array.array("h")
back.frombytes(stream.read())
print("round trip equal:", back == pcm, "bytes(pcm) ok:", bytes(pcm) == pcm.tobytes())
swapped = array.array("h", pcm)
swapped.byteswap()
print("big-endian first bytes:", swapped.tobytes()[:6].hex(), "vs struct:", struct.pack(">3h", *pcm[:3]).hex())

smooth = moving_average(mix, 8)
lp = biquad_lowpass(mix, 500)
print("moving average rms: %.5f lowpass rms: %.5f" % (rms(smooth), rms(lp)))
print("lowpass tail:", " ".join(f"{v:+.4f}" for v in lp[-5:]))

print("conversions between typecodes:")
ints = array.array("i", pcm[:4])
print("  i from h:", ints, "d from i:", array.array("d", ints), "f:", array.array("f", [0.1, 0.2]))
print("  b from bytes:", array.array("b", b"\x01\xff\x7f\x80"), "B:", array.array("B", b"\x01\xff"))
print("  u from u:", array.array("u", array.array("u", "hi")), "list of u:", array.array("u", "hi").tolist())
for bad in [lambda: array.array("i", array.array("u", "x")), lambda: array.array("u", array.array("i", [65])),
            lambda: as_floats("abc"), lambda: as_floats(array.array("u", "x")), lambda: array.array("h", [40000])]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(f"  {type(e).__name__}: {e}")
print("  generator input:", as_floats(x / 4 for x in range(5)), as_floats(range(3)))

print("spectrum by DFT (first 64 samples of a440+e660 at bins 0..8):")
seg = tone(500, 64 / RATE) 
for k in range(9):
    re = math.fsum(seg[n] * math.cos(2 * math.pi * k * n / 64) for n in range(64))
    im = -math.fsum(seg[n] * math.sin(2 * math.pi * k * n / 64) for n in range(64))
    mag = math.hypot(re, im)
    print(f"  bin {k} ({k * RATE / 64:6.1f} Hz): {mag:8.4f} {'*' * int(mag)}")
