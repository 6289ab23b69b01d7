# hashlib: SHA-3, SHAKE and BLAKE2 (with its parameter block), through new(), hmac and pbkdf2.
import hashlib, hmac
msgs = [b"", b"abc", b"x" * 63, b"x" * 64, b"x" * 65, b"y" * 127, b"y" * 128, b"y" * 129, b"z" * 135, b"z" * 136, b"z" * 137, bytes(range(256)) * 5]
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    for m in msgs:
        h.update(m)
    c = h.copy()
    c.update(b"more")
    print(name, "inc", h.hexdigest(), c.hexdigest()[:16])
for name in ["shake_128", "shake_256"]:
    for m in msgs:
        h = getattr(hashlib, name)(m)
        print(name, len(m), h.hexdigest(10), h.digest(300).hex()[-20:], h.digest_size, h.block_size)
    try:
        h.hexdigest()
    except TypeError as e:
        print("TypeError:", e)
    print(h.hexdigest(length=0), h.digest(length=4))
print(hashlib.blake2b(b"hi", digest_size=16).hexdigest(), hashlib.blake2s(b"hi", digest_size=7).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret", salt=b"NaCl", person=b"me").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"12345678", person=b"p" * 8).hexdigest())
print(hashlib.blake2b(b"tree", fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b"tree", fanout=0, depth=255, leaf_size=1, node_offset=2**47, node_depth=5, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2b(b"k", key=b"x" * 64, digest_size=1).hexdigest(), hashlib.blake2b(key=b"only").hexdigest()[:20])
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17), dict(person=b"x" * 17),
           dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(node_depth=256), dict(inner_size=65),
           dict(digest_size="a"), dict(key="s"), dict(bogus=1)]:
    try:
        hashlib.blake2b(**kw)
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(node_offset=2**48), dict(inner_size=33), dict(salt=b"x" * 9), dict(digest_size=33)]:
    try:
        hashlib.blake2s(**kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b(b"a", b"b")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.sha3_256("str")
except TypeError as e:
    print("TypeError:", e)
print(sorted(hashlib.algorithms_guaranteed))
print(hmac.new(b"k", b"m", "sha3_256").hexdigest(), hmac.new(b"k", b"m", hashlib.blake2s).hexdigest())
print(hmac.new(b"k" * 200, b"m", hashlib.sha3_512).hexdigest()[:32], hmac.digest(b"key", b"msg", "sha3_224").hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"pw", b"salt", 10).hex())
print(hashlib.new("SHA256", b"a").hexdigest()[:8])
try:
    hashlib.new("SHA3_256")
except ValueError as e:
    print("ValueError:", e)
