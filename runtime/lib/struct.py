"""Conversion between Python values and C structs as bytes (wraps the Rust `_struct`)."""

from _struct import error, calcsize, pack, unpack, unpack_from, pack_into

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


def _raw(buffer):
    """The bytes of a bytes-like object, for iter_unpack to walk over."""
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, (bytearray, memoryview)):
        return bytes(buffer)
    if type(buffer).__module__ == 'array':
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class _UnpackIterator:
    """What iter_unpack returns: one tuple per record, with a length hint."""
    __slots__ = ('_fmt', '_size', '_buf', '_off')

    def __iter__(self):
        return self

    def __next__(self):
        off = self._off
        if off >= len(self._buf):
            raise StopIteration
        self._off = off + self._size
        return unpack_from(self._fmt, self._buf, off)

    def __length_hint__(self):
        return (len(self._buf) - self._off) // self._size


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = "unpack_iterator"
_UnpackIterator.__module__ = "_struct"


def iter_unpack(format, buffer):
    size = calcsize(format)
    buffer = _raw(buffer)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    it = object.__new__(_UnpackIterator)
    it._fmt = format
    it._size = size
    it._buf = buffer
    it._off = 0
    return it


class Struct:
    """A compiled format: its size and pack/unpack methods."""

    def __init__(self, format):
        self.size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('latin-1')
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __getstate__(self):
        # A C type in CPython, which neither pickles nor copies.
        cls = type(self)
        name = '_struct.Struct' if cls is Struct else cls.__name__
        raise TypeError("cannot pickle '%s' object" % name)


Struct.__module__ = '_struct'
