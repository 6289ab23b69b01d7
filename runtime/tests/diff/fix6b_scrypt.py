# hashlib.scrypt (RFC 7914 vectors included) and its argument checks.
import hashlib
print(hashlib.scrypt(b'pw', salt=b'salt', n=16, r=8, p=1).hex())
print(hashlib.scrypt(b'', salt=b'', n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(bytearray(b'pleaseletmein'), salt=memoryview(b'SodiumChloride'), n=16384, r=8, p=1, dklen=16).hex())
print(hashlib.scrypt(b'k', salt=b's', n=2, r=3, p=2, dklen=100).hex(), hashlib.scrypt(password=b'k', salt=b's', n=4, r=1, p=1, dklen=1))
for kw in [dict(n=15, r=8, p=1), dict(n=1, r=8, p=1), dict(n=16, r=0, p=1), dict(n=16, r=8, p=0), dict(n=2**20, r=8, p=1),
           dict(n=16, r=8, p=1, dklen=0), dict(n=16, r=8, p=1, maxmem=-1), dict(n=16, r=8), dict(r=8, p=1), dict(n=16, p=1),
           dict(n=16, r=8, p=1, maxmem=100), dict(n=2**14, r=8, p=1, maxmem=2**25), dict(n=16, r=8, p=1, bogus=1)]:
    try:
        print(hashlib.scrypt(b'pw', salt=b's', **kw).hex()[:16])
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: hashlib.scrypt(b'pw', b's', n=16, r=1, p=1), lambda: hashlib.scrypt('pw', salt=b's', n=16, r=1, p=1),
             lambda: hashlib.scrypt(b'pw', n=16, r=1, p=1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
