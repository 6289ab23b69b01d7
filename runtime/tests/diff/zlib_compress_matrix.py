# zlib: compressed bytes for many inputs, levels, strategies, window sizes and memory
# levels (hex for short outputs, CRC-32 and length for long ones), one-shot and streamed.
import zlib


def lcg_bytes(n, seed, alphabet=None):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        if alphabet is None:
            out.append((x >> 16) & 0xFF)
        else:
            out.append(alphabet[(x >> 16) % len(alphabet)])
    return bytes(out)


words = b"the quick brown fox jumps over the lazy dog while zlib keeps every match "
inputs = {
    "empty": b"",
    "one": b"a",
    "short": b"hello, world",
    "repeat": b"abc" * 400,
    "zeros": bytes(5000),
    "ramp": bytes(range(256)) * 12,
    "text": words * 60,
    "random": lcg_bytes(3000, 7),
    "fewsyms": lcg_bytes(6000, 11, b"ACGT"),
    "lines": b"".join(b"line %d: value=%d\n" % (i, i * i % 97) for i in range(400)),
}


def show(label, data):
    if len(data) <= 48:
        print(label, len(data), data.hex())
    else:
        print(label, len(data), hex(zlib.crc32(data)), data[:12].hex(), data[-8:].hex())


for name, data in inputs.items():
    for level in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
        show("compress %s L%d" % (name, level), zlib.compress(data, level))

for name in ("short", "text", "random", "lines", "zeros"):
    data = inputs[name]
    for wbits in (9, 10, 12, 15, -9, -12, -15, 25, 28, 31):
        for level in (1, 6, 9):
            out = zlib.compress(data, level, wbits)
            show("wbits %s %d L%d" % (name, wbits, level), out)
            assert zlib.decompress(out, wbits if wbits != 9 else 15) == data or wbits == 9

for name in ("text", "fewsyms", "ramp", "zeros"):
    data = inputs[name]
    for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY,
                     zlib.Z_RLE, zlib.Z_FIXED):
        for mem in (1, 5, 8, 9):
            c = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
            out = c.compress(data) + c.flush()
            show("strategy %s s%d m%d" % (name, strategy, mem), out)
            assert zlib.decompress(out) == data

# Streaming: the same bytes whatever the chunking, for levels above 0.
data = inputs["lines"] + inputs["random"] + inputs["text"]
whole = zlib.compress(data, 6)
for size in (1, 7, 64, 1000, 4096):
    c = zlib.compressobj(6)
    parts = [c.compress(data[i:i + size]) for i in range(0, len(data), size)]
    parts.append(c.flush())
    out = b"".join(parts)
    print("chunks", size, out == whole, sum(1 for p in parts if p))

# Level 0: stored blocks, sized by the output room zlib is given.
big = lcg_bytes(200000, 3)
for level in (0, 1):
    show("big L%d" % level, zlib.compress(big, level))
    c = zlib.compressobj(level)
    parts = [c.compress(big[i:i + 50000]) for i in range(0, len(big), 50000)]
    parts.append(c.flush())
    show("bigstream L%d" % level, b"".join(parts))
    print("parts", [len(p) for p in parts])

print(zlib.compress(bytearray(b"bytearray input")).hex())
print(zlib.compress(memoryview(b"memoryview input")).hex())
print(zlib.compress(b"keywords", level=9, wbits=-15).hex())
print(zlib.compress(b"x" * 100, wbits=8).hex())
