import hmac, hashlib

key = b'secret-key'
for dm in ("sha256", hashlib.sha1, "md5", hashlib.sha512):
    try:
        h = hmac.new(key, b'hello', digestmod=dm)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
    except Exception as e:
        print(type(e).__name__, e)

h = hmac.new(b'k', digestmod='sha256')
h.update(b'part1')
c = h.copy()
h.update(b'part2')
c.update(b'part2')
print(h.hexdigest() == c.hexdigest(), h.digest() == c.digest(), type(c).__name__)
print(h.digest() == hmac.digest(b'k', b'part1part2', 'sha256'))
print(hmac.digest(b'k', b'm', hashlib.sha256).hex())
print(hmac.digest(b'k', bytearray(b'm'), 'sha1').hex())
# long keys are hashed first
long_key = b'x' * 200
print(hmac.new(long_key, b'msg', 'sha256').hexdigest())
print(hmac.new(long_key, b'msg', 'sha512').hexdigest()[:32])
print(hmac.new(bytearray(b'bk'), b'msg', 'sha256').hexdigest())
print(hmac.new(b'', b'', 'sha256').hexdigest())
# digest() does not finalize
h = hmac.new(b'k', b'a', 'sha256')
d1 = h.digest(); h.update(b'b'); print(d1 != h.digest())
print(hmac.HMAC(b'k', b'a', 'sha256').hexdigest() == hmac.new(b'k', b'a', 'sha256').hexdigest())
print(hmac.HMAC.blocksize, hmac.digest_size)
print(len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[:4], hmac.trans_5C[0x5C], hmac.trans_36[255])

for args in [(b'k',), ('strkey', b'm', 'sha256'), (b'k', b'm', None), (b'k', b'm', '')]:
    try:
        hmac.new(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hmac.new(b'k', 'text', 'sha256')
except TypeError as e:
    print(type(e).__name__)

# compare_digest
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest(b'abc', b'ab'), hmac.compare_digest('abc', 'abc'),
      hmac.compare_digest(bytearray(b'x'), b'x'), hmac.compare_digest(b'', b''),
      hmac.compare_digest('', 'a'))
for a, b in [('a', b'a'), (b'a', 'a'), (1, 2), ('é', 'é'), (b'a', 1), (1, b'a'), (None, None)]:
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
print(hmac.compare_digest(memoryview(b'ab'), b'ab'))
import warnings
class Tiny:
    digest_size = 4
    block_size = 8
    name = 'tiny'
    def __init__(self, data=b''):
        self.buf = bytes(data)
    def update(self, d):
        self.buf += bytes(d)
    def copy(self):
        t = Tiny(); t.buf = self.buf; return t
    def digest(self):
        return (sum(self.buf) % 2**32).to_bytes(4, 'big')
    def hexdigest(self):
        return self.digest().hex()
class NoBlock(Tiny):
    block_size = property(lambda self: (_ for _ in ()).throw(AttributeError('block_size')))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    h1 = hmac.new(b'key', b'data', Tiny)
    h2 = hmac.new(b'key', b'data', NoBlock)
for item in w:
    print(item.category.__name__, item.message, item.filename == __file__)
print(h1.block_size, h1.hexdigest(), h1.name, h2.block_size, h2.hexdigest())
