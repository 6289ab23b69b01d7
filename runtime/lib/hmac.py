"""HMAC (RFC 2104) on top of hashlib: keyed message authentication."""

import hashlib as _hashlib


def _xor_table(pad):
    # byte.translate() table giving each byte XORed with the pad value.
    return bytes([value ^ pad for value in range(256)])


trans_5C = _xor_table(0x5C)   # applied to the key for the outer hash
trans_36 = _xor_table(0x36)   # and for the inner one

# The module-level figure PEP 247 asks for; it varies with the digest here.
digest_size = None


def _buffer_bytes(obj):
    try:
        return bytes(memoryview(obj))
    except TypeError:
        return None


def compare_digest(a, b):
    """True when a == b, taking a time that does not tell where they differ.
    Takes two ASCII strings or two bytes-like objects."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        left, right = a.encode(), b.encode()
    else:
        left, right = _buffer_bytes(a), _buffer_bytes(b)
        if left is None and right is None:
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for value, obj in ((left, a), (right, b)):
            if value is None:
                raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")
    # Always walk all of `right`; a length mismatch is remembered, not returned early.
    diff = len(left) ^ len(right)
    if diff:
        left = right
    for x, y in zip(left, right):
        diff |= x ^ y
    return diff == 0


def _constructor_for(digestmod):
    # A callable making fresh hash objects (optionally fed initial data) from whatever
    # digestmod names: a constructor, a hashlib algorithm name, or a module with new().
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """A keyed hash: feed it with update(), read it with digest() or hexdigest()."""

    blocksize = 64   # used when the hash reports an implausibly small block size

    __slots__ = ("_make_hash", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """key: bytes or bytearray; digestmod: a hash constructor, a hashlib name or a
        module with new(). It has no working default, despite the signature."""
        if not isinstance(key, (bytes, bytearray)):
            kind = type(key).__name__
            raise TypeError("key: expected bytes or bytearray, but got %r" % kind)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = self._make_hash = _constructor_for(digestmod)
        inner, outer = make(), make()
        block = self._pick_block_size(inner)
        # Keys longer than a block are replaced by their digest, then all are padded.
        if len(key) > block:
            key = make(key).digest()
        padded = bytes(key).ljust(block, b'\0')
        inner.update(padded.translate(trans_36))
        outer.update(padded.translate(trans_5C))
        self._inner, self._outer = inner, outer
        self.block_size = block
        self.digest_size = inner.digest_size
        if msg is not None:
            self.update(msg)

    def _pick_block_size(self, sample):
        block = getattr(sample, 'block_size', None)
        if block is None:
            message = 'No block_size attribute on given digest object; Assuming %d.'
        elif block < 16:
            message = 'block_size of %d seems too small; using our default of %d.'
        else:
            return block
        import warnings
        args = (self.blocksize,) if block is None else (block, self.blocksize)
        warnings.warn(message % args, RuntimeWarning, 3)
        return self.blocksize

    def update(self, msg):
        """Feeds more message bytes."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        twin = type(self).__new__(type(self))
        for slot in ("_make_hash", "block_size", "digest_size"):
            setattr(twin, slot, getattr(self, slot))
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _finish(self):
        # The outer hash over the inner digest, computed on copies so that more
        # update() calls stay possible.
        final = self._outer.copy()
        final.update(self._inner.digest())
        return final

    def digest(self):
        """The MAC so far, as bytes."""
        return self._finish().digest()

    def hexdigest(self):
        """The MAC so far, as a string of hex digits."""
        return self._finish().hexdigest()

    @property
    def name(self):
        return f"hmac-{self._inner.name}"


def new(key, msg=None, digestmod=''):
    """An HMAC object keyed with key, fed with msg if given, hashing with digestmod."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the given hash, in one call."""
    return HMAC(key, msg, digest).digest()
