"""uuid: the UUID type (RFC 4122) and uuid1/uuid3/uuid4/uuid5 with the standard namespaces."""

import os as _os
from enum import Enum as _Enum

__all__ = ["UUID", "SafeUUID", "uuid1", "uuid3", "uuid4", "uuid5", "getnode",
           "NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500",
           "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

class SafeUUID(_Enum):
    safe = 0
    unsafe = -1
    unknown = None


_MASK128 = (1 << 128) - 1
# Bits that UUID(version=...) overwrites: the variant (bits 62-63) and the version nibble.
_VARIANT_AND_VERSION = 0xc000 << 48 | 0xf000 << 64


class UUID:
    """An immutable 128-bit UUID; build it from exactly one of hex, bytes, bytes_le, fields or int."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            # The first three fields are stored little-endian.
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            int = _int.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            tl, tm, thv, cshv, csl, node = fields
            for idx, (val, bits) in enumerate(((tl, 32), (tm, 16), (thv, 16), (cshv, 8), (csl, 8), (node, 48))):
                if not 0 <= val < (1 << bits):
                    raise ValueError("field %d out of range (need %s %d-bit value)" % (idx + 1, "an" if bits == 8 else "a", bits))
            clock_seq = (cshv << 8) | csl
            int = (tl << 96) | (tm << 80) | (thv << 64) | (clock_seq << 48) | node
        if not 0 <= int <= _MASK128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # The RFC 4122 variant (binary 10) and the version number.
            int = (int & ~_VARIANT_AND_VERSION) | 0x8000 << 48 | version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        d = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            d["is_safe"] = self.is_safe.value
        return d

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown)

    def __int__(self):
        return self.int

    def __hash__(self):
        return hash(self.int)

    def __repr__(self):
        return f"{type(self).__name__}({str(self)!r})"

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        h = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _FIELD_LAYOUT)

    @property
    def time(self):
        # 60 bits: the version nibble is not part of it.
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        # 14 bits: the variant bits above them are not part of it.
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        bits = (self.int >> 61) & 0b111  # the top three bits of clock_seq_hi_variant
        if bits < 0b100:
            return RESERVED_NCS
        if bits < 0b110:
            return RFC_4122
        return RESERVED_MICROSOFT if bits == 0b110 else RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


# The six fields of the RFC 4122 layout, as (name, lowest bit, width), most significant first.
_FIELD_LAYOUT = (("time_low", 96, 32), ("time_mid", 80, 16), ("time_hi_version", 64, 16),
                 ("clock_seq_hi_variant", 56, 8), ("clock_seq_low", 48, 8), ("node", 0, 48))


def _field_reader(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


def _int_comparison(test):
    def compare(self, other):
        if isinstance(other, UUID):
            return test(self.int, other.int)
        return NotImplemented
    return compare


for _name, _shift, _width in _FIELD_LAYOUT:
    setattr(UUID, _name, _field_reader(_shift, _width))
for _name, _test in (("__eq__", lambda a, b: a == b), ("__lt__", lambda a, b: a < b),
                     ("__le__", lambda a, b: a <= b), ("__gt__", lambda a, b: a > b),
                     ("__ge__", lambda a, b: a >= b)):
    setattr(UUID, _name, _int_comparison(_test))
del _name, _shift, _width, _test

# Inside UUID.__init__ the parameter names shadow the builtins 'int' and 'bytes'.
_int = int

_node = None


def getnode():
    """A 48-bit node id. Ember reads no hardware address: a random one with the multicast bit set, as RFC 4122 allows."""
    global _node
    if _node is None:
        _node = _int.from_bytes(_os.urandom(6), "big") | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node id."""
    global _last_timestamp
    import time
    # 100-ns intervals since the Gregorian epoch, 1582-10-15, never repeating one
    # handed out before.
    timestamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None:
        timestamp = max(timestamp, _last_timestamp + 1)
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(_os.urandom(2), "big") & 0x3fff
    if node is None:
        node = getnode()
    # The timestamp's low, middle and high parts go to the first three fields, most
    # significant part last; UUID() then sets the variant and version bits.
    time_fields = ((timestamp & 0xffffffff) << 96 | ((timestamp >> 32) & 0xffff) << 80
                   | ((timestamp >> 48) & 0x0fff) << 64)
    return UUID(int=time_fields | (clock_seq & 0x3fff) << 48 | node, version=1)


def _name_based(algorithm, namespace, name, version):
    """A UUID from the first 16 bytes of a hash over the namespace's bytes and the name's
    UTF-8 encoding (3.11 takes only a str name: bytes() refuses anything else)."""
    import hashlib
    digest = getattr(hashlib, algorithm)(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _name_based("md5", namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=_os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _name_based("sha1", namespace, name, 5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
