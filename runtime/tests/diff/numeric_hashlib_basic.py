import hashlib
for n in ['md5','sha1','sha224','sha256','sha384','sha512']:
    h = hashlib.new(n, b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
    c = h.copy(); c.update(b'def'); print(c.hexdigest(), h.hexdigest())
    print(getattr(hashlib, n)(b'hello').digest())
print(hashlib.sha256().hexdigest())
print(hashlib.md5(string=b'x').hexdigest())
print(hashlib.new('SHA256', data=b'x').hexdigest())
for bad in [lambda: hashlib.md5('x'), lambda: hashlib.md5(1), lambda: hashlib.new('foo'), lambda: hashlib.sha1().update('s'), lambda: hashlib.md5(b'a', b'b')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
h = hashlib.sha256(bytearray(b'q'*1000)); h.update(memoryview(b'x')) if False else None
print(h.hexdigest())
print(type(hashlib.md5()).__name__, 'md5' in hashlib.algorithms_guaranteed, 'sha256' in hashlib.algorithms_available)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, 50).hex())
print(hashlib.pbkdf2_hmac('md5', b'p' * 100, b'', 3, dklen=7).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha512', password=bytearray(b'x'), salt=b'y', iterations=5).hex())
for bad in [lambda: hashlib.pbkdf2_hmac('foo', b'', b'', 1), lambda: hashlib.pbkdf2_hmac('sha1', b'', b'', 0), lambda: hashlib.pbkdf2_hmac('sha1', b'', b'', 1, 0), lambda: hashlib.pbkdf2_hmac('sha1', 'pw', b'', 1), lambda: hashlib.pbkdf2_hmac('sha1', b'', b'')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
