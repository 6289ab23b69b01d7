"""Signed session tokens and API keys: base64url, HMAC, hashlib, uuid."""
import base64
import binascii
import hashlib
import hmac
import json
import uuid

SECRET = b"not-so-secret-key"
NOW = 1_700_000_000


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text):
    pad = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + pad)


class BadToken(Exception):
    pass


def sign(payload, key=SECRET, alg="HS256"):
    header = {"alg": alg, "typ": "JWT"}
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    segs = [b64url(json.dumps(header, separators=(",", ":")).encode()),
            b64url(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())]
    mac = hmac.new(key, ".".join(segs).encode(), digest).digest()
    return ".".join(segs + [b64url(mac)])


def verify(token, key=SECRET, now=NOW):
    try:
        h64, p64, s64 = token.split(".")
    except ValueError:
        raise BadToken("wrong number of segments") from None
    try:
        header = json.loads(unb64url(h64))
        payload = json.loads(unb64url(p64))
        sig = unb64url(s64)
    except (binascii.Error, ValueError) as exc:
        raise BadToken(f"undecodable: {type(exc).__name__}") from None
    digest = getattr(hashlib, "sha" + header["alg"][2:])
    expect = hmac.new(key, f"{h64}.{p64}".encode(), digest).digest()
    if not hmac.compare_digest(expect, sig):
        raise BadToken("signature mismatch")
    if payload.get("exp", now + 1) <= now:
        raise BadToken(f"expired {now - payload['exp']}s ago")
    return payload


tok = sign({"sub": "user-42", "exp": NOW + 60, "roles": ["admin", "dev"], "name": "Zoë"})
print(tok)
print(verify(tok))
print(sign({"sub": 1}, alg="HS512").split(".")[2][:20])
h, p, s = tok.split(".")
cases = {
    "tampered payload": h + "." + b64url(json.dumps({"sub": "root", "exp": NOW + 60}).encode()) + "." + s,
    "bad segments": "a.b",
    "bad base64": h + ".@@@." + s,
    "wrong key": sign({"sub": "x"}, key=b"other"),
    "expired": sign({"sub": "x", "exp": NOW - 5}),
    "ok no exp": sign({"sub": "x"}),
}
for label, t in cases.items():
    try:
        print(label, "->", verify(t))
    except BadToken as exc:
        print(label, "-> BadToken:", exc)

print("--- digests")
msg = "The quick brown fox".encode()
for name in ["md5", "sha1", "sha224", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, msg)
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
inc = hashlib.sha256()
for chunk in [b"The ", b"quick ", b"brown fox"]:
    inc.update(chunk)
c = inc.copy()
c.update(b"!")
print(inc.hexdigest() == hashlib.sha256(msg).hexdigest(), c.hexdigest()[:16], inc.name)
print(hashlib.blake2b(msg, digest_size=16, key=b"k", person=b"webx").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"hunter2", b"salt", 1000, dklen=24).hex())
m = hmac.new(b"k", digestmod="sha1")
m.update(b"abc")
print(m.name, m.digest_size, m.hexdigest(), hmac.digest(b"k", b"abc", "md5").hex())

print("--- base64 variants")
data = bytes(range(250, 256)) + b"?>~"
print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data))
print(base64.b64decode(b"+/+/", altchars=b"-_"), base64.b64decode("-_-_", altchars="-_"))
for bad in ["abc", "ab!c", "a==="]:
    try:
        print(repr(bad), base64.b64decode(bad, validate=True))
    except binascii.Error as exc:
        print(repr(bad), "Error:", exc)
print(base64.b64decode("YW Jj\nZA=="), base64.b85encode(b"hello"), base64.a85encode(b"hello"))

print("--- uuids")
ns = uuid.NAMESPACE_URL
for name in ["https://example.com/", "https://example.com/users/42"]:
    u5, u3 = uuid.uuid5(ns, name), uuid.uuid3(ns, name)
    print(u5, u5.version, u5.variant, u3, u3.version)
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(repr(u), u.hex, u.int, u.urn, u.bytes[:4], u.fields, u.time_low, u.node, u.version)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=1), uuid.UUID(fields=u.fields) == u)
print(sorted([uuid.uuid5(uuid.NAMESPACE_DNS, d) for d in ["b.org", "a.org", "c.org"]]))
for bad in ["not-a-uuid", "12345678123456781234567812345678ab", "g2345678-1234-5678-1234-567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as exc:
        print("ValueError:", exc)
print(str(uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678")), uuid.NAMESPACE_OID)
api_key = b64url(uuid.uuid5(ns, "key-1").bytes + hmac.new(SECRET, b"key-1", "sha256").digest()[:8])
print(api_key, len(api_key), uuid.UUID(bytes=unb64url(api_key)[:16]))
