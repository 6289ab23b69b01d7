"""Differential test: secrets (only lengths, types and alphabets of random results are printed)."""
import secrets, string
print(type(secrets.token_bytes()), len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0))
h = secrets.token_hex(); print(len(h), set(h) <= set('0123456789abcdef'), len(secrets.token_hex(3)))
u = secrets.token_urlsafe(); print(len(u), set(u) <= set(string.ascii_letters + string.digits + '-_'), [len(secrets.token_urlsafe(n)) for n in range(8)])
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(8) < 256 for _ in range(200)), secrets.randbits(0))
print(secrets.choice('a'), secrets.choice([7, 7, 7]), secrets.choice('abc') in 'abc')
for bad in (0, -3):
    try: secrets.randbelow(bad)
    except ValueError as e: print(type(e).__name__, e)
try: secrets.choice([])
except IndexError as e: print(type(e).__name__, e)
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest(b'a', b'ab'))
try: secrets.compare_digest('a', b'a')
except TypeError as e: print(type(e).__name__, e)
print(isinstance(secrets.SystemRandom().random(), float), secrets.DEFAULT_ENTROPY)
print(len({secrets.token_hex(16) for _ in range(50)}))
