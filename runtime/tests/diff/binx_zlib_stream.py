# Streaming compression of a log into framed blocks, with several container formats.
import zlib
import io

lines = [f'{i:05d} level={"INFO" if i % 3 else "WARN"} msg=request handled in {i * 7 % 113} ms\n'
         for i in range(400)]
payload = ''.join(lines).encode()
print('payload', len(payload), zlib.crc32(payload), zlib.adler32(payload))

# running checksums must match one-shot ones
crc = 0
adler = 1
for i in range(0, len(payload), 1000):
    crc = zlib.crc32(payload[i:i + 1000], crc)
    adler = zlib.adler32(payload[i:i + 1000], adler)
print('running', crc == zlib.crc32(payload), adler == zlib.adler32(payload))

for wbits, name in [(15, 'zlib'), (-15, 'raw'), (31, 'gzip'), (9, 'small')]:
    comp = zlib.compressobj(6, zlib.DEFLATED, wbits)
    out = bytearray()
    for i in range(0, len(payload), 4096):
        out += comp.compress(payload[i:i + 4096])
    out += comp.flush()
    decomp = zlib.decompressobj(wbits if wbits != 9 else 15)
    back = decomp.decompress(bytes(out))
    print(name, 'ok' if back == payload else 'BAD', 'head', bytes(out[:2]).hex() if wbits > 0 and wbits < 16 else '-',
          decomp.eof, decomp.unused_data, len(decomp.unconsumed_tail))
    auto = zlib.decompress(bytes(out), 47) if wbits > 8 else None
    print('  auto-detect', auto == payload if auto is not None else 'n/a')

# sync flush produces independently decodable prefixes
comp = zlib.compressobj()
d = zlib.decompressobj()
total = b''
for part in (payload[:500], payload[500:1500], payload[1500:2000]):
    piece = comp.compress(part) + comp.flush(zlib.Z_SYNC_FLUSH)
    print('sync piece ends with', piece[-4:].hex())
    total += d.decompress(piece)
    print('  have', len(total), total == payload[:len(total)])
tail = comp.flush(zlib.Z_FINISH)
total += d.decompress(tail)
print('finished', d.eof, len(total))
try:
    comp.compress(b'more')
except zlib.error as e:
    print('zlib.error:', e)

# max_length and unconsumed_tail
blob = zlib.compress(payload, 9)
d = zlib.decompressobj()
chunks = []
data = blob
while not d.eof:
    chunk = d.decompress(data, 4000)
    chunks.append(len(chunk))
    data = d.unconsumed_tail
print('chunks', chunks[:5], len(chunks), sum(chunks) == len(payload))

# unused_data with trailing garbage, and concatenated streams
d = zlib.decompressobj()
res = d.decompress(blob + b'TRAILER')
print(len(res), d.eof, d.unused_data)
two = zlib.compress(b'first') + zlib.compress(b'second')
parts = []
while two:
    d = zlib.decompressobj()
    parts.append(d.decompress(two))
    two = d.unused_data
print(parts)

# copy() of compressors
c = zlib.compressobj(9)
head = c.compress(b'common prefix ' * 20)
c2 = c.copy()
a = head + c.compress(b'A-branch') + c.flush()
b = head + c2.compress(b'B-branch') + c2.flush()
print(zlib.decompress(a)[-10:], zlib.decompress(b)[-10:])

# preset dictionary
zdict = b'level=INFO level=WARN msg=request handled in ms'
c = zlib.compressobj(zdict=zdict)
with_dict = c.compress(payload[:300]) + c.flush()
plain = zlib.compress(payload[:300])
print('dict smaller', len(with_dict) < len(plain))
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(with_dict) == payload[:300])
try:
    zlib.decompress(with_dict)
except zlib.error as e:
    print('zlib.error:', e)

# levels
sizes = [len(zlib.compress(payload, lvl)) for lvl in range(0, 10)]
print('level0 bigger', sizes[0] > len(payload), 'monotone-ish', sizes[9] <= sizes[1])
print(zlib.compress(b'') .hex(), zlib.decompress(zlib.compress(b'')), zlib.compress(b'a', level=0).hex())

errors = [
    lambda: zlib.decompress(b'not zlib data'),
    lambda: zlib.decompress(blob[:20]),
    lambda: zlib.compress(b'x', 10),
    lambda: zlib.compressobj(wbits=100),
    lambda: zlib.decompressobj().decompress(b'x', -1),
    lambda: zlib.compress('text'),
    lambda: zlib.crc32('text'),
    lambda: zlib.decompress(b'\x78\x9c\x00'),
]
for i, fn in enumerate(errors):
    try:
        fn()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH)
