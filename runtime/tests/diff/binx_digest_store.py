# Content-addressed block store with several digests, HMAC-signed manifests and encodings.
import hashlib
import hmac
import binascii
import base64
import zlib
import struct

blocks = [b'', b'a', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 4]

for algo in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(algo)
    print(f'{algo:<9} ds={h.digest_size:<3} bs={h.block_size:<4} name={h.name}')
    for b in blocks[:4]:
        print('   ', hashlib.new(algo, b).hexdigest()[:48])

print(hashlib.shake_128(b'abc').hexdigest(16), hashlib.shake_256(b'abc').hexdigest(8))
print(hashlib.blake2b(b'abc', digest_size=20, key=b'secret', salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=10).hex())
print(sorted(a for a in hashlib.algorithms_guaranteed))

# incremental + copy
base = hashlib.sha256(b'prefix-')
forks = {}
for suffix in (b'one', b'two'):
    c = base.copy()
    c.update(suffix)
    forks[suffix] = c.hexdigest()
print(forks[b'one'] == hashlib.sha256(b'prefix-one').hexdigest(), forks[b'two'][:16])
print(base.digest()[:4], base.hexdigest()[:8])


class Store:
    def __init__(self):
        self.blocks = {}

    def put(self, data):
        key = hashlib.sha256(data).hexdigest()
        self.blocks[key] = zlib.compress(data)
        return key

    def get(self, key):
        data = zlib.decompress(self.blocks[key])
        if hashlib.sha256(data).hexdigest() != key:
            raise ValueError('corrupt block ' + key[:12])
        return data


store = Store()
keys = [store.put(b) for b in blocks]
print([k[:10] for k in keys])
print(all(store.get(k) == b for k, b in zip(keys, blocks)))
store.blocks[keys[2]] = zlib.compress(b'abd')
try:
    store.get(keys[2])
except ValueError as e:
    print('ValueError:', e)

# manifest: packed entries, signed with HMAC
secret = b'k3y'
manifest = b''.join(struct.pack('>I32s', len(b), bytes.fromhex(k)) for k, b in zip(keys, blocks))
sig = hmac.new(secret, manifest, hashlib.sha256)
print(len(manifest), sig.hexdigest(), sig.name, sig.digest_size)
tag = sig.digest()
print(hmac.compare_digest(tag, hmac.new(secret, manifest, 'sha256').digest()))
print(hmac.compare_digest(tag, hmac.new(b'wrong', manifest, 'sha256').digest()))
print(hmac.digest(secret, b'msg', 'md5').hex(), hmac.new(secret, digestmod='sha1').hexdigest())
m = hmac.new(secret, digestmod=hashlib.sha512)
m.update(b'part1')
m2 = m.copy()
m2.update(b'part2')
print(m.hexdigest()[:20], m2.hexdigest()[:20])

# encodings of digests
d = hashlib.md5(b'encode me').digest()
print(binascii.hexlify(d), binascii.hexlify(d, '-'), binascii.b2a_hex(d, b':', 4))
print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b16encode(d))
print(base64.b85encode(d), base64.a85encode(d), base64.b64decode(base64.b64encode(d)) == d)
print(base64.b32decode(base64.b32encode(d)) == d, base64.b16decode(base64.b16encode(d).lower(), casefold=True) == d)
print(binascii.b2a_base64(d), binascii.b2a_base64(d, newline=False), binascii.a2b_hex(b'00ff'))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b'hello world'))

errs = [
    lambda: hashlib.new('nope'),
    lambda: hashlib.sha256('text'),
    lambda: hashlib.blake2b(digest_size=100),
    lambda: hmac.new(secret),
    lambda: hmac.new('str', b'', 'sha256'),
    lambda: base64.b64decode('abc'),
    lambda: base64.b64decode('ab!c', validate=True),
    lambda: base64.b32decode('ABC'),
    lambda: base64.b16decode('0g'),
    lambda: binascii.a2b_hex('0'),
    lambda: hashlib.shake_128(b'x').hexdigest(-1),
    lambda: hashlib.sha256().update(1),
]
for i, f in enumerate(errs):
    try:
        print(i, 'ok', f())
    except Exception as e:
        print(i, type(e).__name__, e)
