import uuid
print(list(uuid.SafeUUID), [m.value for m in uuid.SafeUUID])
for v in range(1, 6):
    for i in (0, (1 << 128) - 1, 0x123456789abcdef0fedcba9876543210):
        u = uuid.UUID(int=i, version=v)
        print(v, u, u.version, u.variant)
for bad in (0, 6):
    try:
        uuid.UUID(int=1, version=bad)
    except ValueError as e:
        print(type(e).__name__, e)
a, b = uuid.uuid1(node=1, clock_seq=5), uuid.uuid1(node=1, clock_seq=5)
print(a.version, a.variant, a.node, a.clock_seq, b.time > a.time, a != b)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "x"))
