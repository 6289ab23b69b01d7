# uuid: fields and derived values, name-based versions, comparisons, variants, uuid1 layout, pickling, errors.
import uuid, pickle, copy
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.int, u.hex, u.urn, u.bytes, u.bytes_le, u.fields, u.time, u.clock_seq, u.node, u.variant, u.version)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
for v in (3, 5):
    f = uuid.uuid3 if v == 3 else uuid.uuid5
    x = f(uuid.NAMESPACE_DNS, "python.org"); y = f(uuid.NAMESPACE_URL, "b")
    try:
        f(uuid.NAMESPACE_URL, b"bytes")
    except TypeError as e:
        print(e)
    print(x, x.version, x.variant, y)
a = uuid.UUID(int=5); b = uuid.UUID(int=7)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=5), a == 5, sorted([b, a]))
try:
    a < 3
except TypeError as e:
    print(e)
print(hash(a) == hash(5), int(a), uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
for n in (0, 1 << 63, 3 << 62, 7 << 61):
    print(uuid.UUID(int=n).variant, uuid.UUID(int=n).version)
t = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t.version, t.variant, t.node == 0x123456789abc, t.clock_seq == 0x1234, t.time > 0x01b21dd213814000)
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)))
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, u.is_safe)
try:
    u.x = 1
except TypeError as e:
    print(e)
for bad in ("xyz", "123"):
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
