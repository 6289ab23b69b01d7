import hmac, hashlib
for dm in ['md5', 'sha1', 'sha256', hashlib.sha512, 'sha384']:
    h = hmac.new(b'key', b'The quick brown fox', dm)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    c = h.copy(); c.update(b'!'); print(c.hexdigest(), h.digest())
print(hmac.new(b'k'*200, digestmod='sha256').hexdigest())
print(hmac.digest(b'k', b'msg', 'sha1'))
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('a', 'a'), hmac.compare_digest(b'a', bytearray(b'ab')))
for bad in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5'), lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest(1, 2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
for a,b in [('a',1),(1,'a'),(b'a',1),(1,b'a'),('a',b'a'),(b'a','a'),('é','é')]:
    try: hmac.compare_digest(a,b)
    except Exception as e: print(type(e).__name__, e)
