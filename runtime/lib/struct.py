"""Conversion between Python values and C structs as bytes (wraps the Rust `_struct`)."""

from _struct import error, calcsize, pack, unpack, unpack_from, pack_into

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


def _iter_unpack(fmt, size, buffer):
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    for off in range(0, len(buffer), size):
        yield unpack_from(fmt, buffer, off)


def iter_unpack(format, buffer):
    size = calcsize(format)
    buffer = bytes(buffer)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return _iter_unpack(format, size, buffer)


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
