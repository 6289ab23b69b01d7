import hashlib
import hmac
import base64
import json

class PasswordStore:
    """Stores salted password hashes with a choice of key-derivation function."""

    def __init__(self, scheme="scrypt"):
        self.scheme = scheme
        self.users = {}

    def _derive(self, password, salt, scheme):
        pw = password.encode("utf-8")
        if scheme == "scrypt":
            return hashlib.scrypt(pw, salt=salt, n=64, r=4, p=1, dklen=32)
        if scheme == "pbkdf2":
            return hashlib.pbkdf2_hmac("sha256", pw, salt, 200, dklen=32)
        if scheme == "blake2b":
            return hashlib.blake2b(pw, salt=salt[:16], person=b"pwstore", digest_size=32).digest()
        raise ValueError(f"unknown scheme {scheme!r}")

    def add(self, user, password, salt):
        digest = self._derive(password, salt, self.scheme)
        self.users[user] = {"scheme": self.scheme, "salt": salt.hex(), "hash": base64.b64encode(digest).decode()}

    def check(self, user, password):
        rec = self.users.get(user)
        if rec is None:
            return False
        digest = self._derive(password, bytes.fromhex(rec["salt"]), rec["scheme"])
        return hmac.compare_digest(base64.b64encode(digest).decode(), rec["hash"])

store = PasswordStore()
store.add("alice", "correct horse", b"salt-0001")
store.scheme = "pbkdf2"
store.add("bob", "hunter2", b"salt-0002")
store.scheme = "blake2b"
store.add("carol", "s3cr3t!", b"salt-0003-padding")
print(json.dumps(store.users, indent=2, sort_keys=True))
for user, pw in [("alice", "correct horse"), ("alice", "wrong"), ("bob", "hunter2"), ("carol", "s3cr3t!"), ("dave", "x")]:
    print(user, pw, store.check(user, pw))
try:
    PasswordStore("md4")._derive("x", b"s", "md4")
except ValueError as e:
    print("ValueError:", e)

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha256", "sha3_256", "sha3_512", "blake2s"]:
    h = hashlib.new(name, data)
    print(f"{name:>9} {h.digest_size:3d} {h.block_size:4d} {h.hexdigest()[:24]}")
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(data).hexdigest(8))
mac = hmac.new(b"key", data, hashlib.sha3_256)
print(mac.name, mac.hexdigest()[:32], hmac.digest(b"key", data, "blake2b")[:8].hex())
chunks = [data[i:i + 7] for i in range(0, len(data), 7)]
inc = hashlib.blake2b(digest_size=20, key=b"k")
for c in chunks:
    inc.update(c)
print(inc.hexdigest() == hashlib.blake2b(data, digest_size=20, key=b"k").hexdigest(), inc.copy().hexdigest()[:10])
tree = [hashlib.sha3_224(c).digest() for c in chunks]
while len(tree) > 1:
    tree = [hashlib.sha3_224(b"".join(tree[i:i + 2])).digest() for i in range(0, len(tree), 2)]
print("merkle root", tree[0].hex())
