"""Differential test: uuid (fixed UUIDs fully; random ones only by version, variant and shape)."""
import uuid, copy, pickle
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.variant, u.version)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for kw in [dict(hex='urn:uuid:12345678123456781234567812345678'), dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int)]:
    print(uuid.UUID(**kw) == u, uuid.UUID(**kw))
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).version, uuid.UUID(int=5, version=4))
for name in ['python.org', 'example.com', 'ü']:
    print(uuid.uuid3(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_URL, 'x'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
r = uuid.uuid4(); print(r.version, r.variant, len(str(r)), str(r).count('-'), type(r).__name__)
t = uuid.uuid1(); print(t.version, t.variant, len(t.hex))
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(clock_seq=5).clock_seq)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, hash(a) == hash(uuid.UUID(int=1)), int(b), sorted([b, a]))
print(len({a, b, uuid.UUID(int=1)}), {a: 1}[uuid.UUID(int=1)])
bad = [dict(), dict(hex='x', int=1), dict(hex='123'), dict(bytes=b'12'), dict(bytes_le=b'1'), dict(fields=(1, 2)),
       dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128), dict(int=1, version=6), dict(hex='zz' * 16)]
for kw in bad:
    try: uuid.UUID(**kw)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: a.int = 5
except TypeError as e: print(type(e).__name__, e)
print(copy.copy(u) == u, copy.deepcopy(u) == u, u.is_safe, uuid.SafeUUID.safe.value)
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.UUID('00000000-0000-0000-c000-000000000000').variant, uuid.UUID('00000000-0000-0000-e000-000000000000').variant)
print(f'{u}', str(u).upper(), uuid.UUID(str(u).upper()) == u, isinstance(uuid.getnode(), int))
