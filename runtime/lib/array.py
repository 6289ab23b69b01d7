"""Arrays of C numbers: `array.array(typecode, initializer)`.

Items are kept as Python values already range-checked and converted for the typecode
(floats of 'f' rounded to single precision), so the array behaves as its C counterpart;
`tobytes`/`frombytes` use the machine's native layout.
"""

import struct as _struct
import sys as _sys
from operator import index as _index

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (item size, struct code, minimum, maximum, below-minimum message,
# above-maximum message); floats and 'u' are handled apart.
_INT_INFO = {
    'b': (1, 'b', -128, 127, "signed char is less than minimum",
          "signed char is greater than maximum"),
    'B': (1, 'B', 0, 255, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    'h': (2, 'h', -2 ** 15, 2 ** 15 - 1, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    'H': (2, 'H', 0, 2 ** 16 - 1, "unsigned short is less than minimum",
          "unsigned short is greater than maximum"),
    'i': (4, 'i', -2 ** 31, 2 ** 31 - 1, "signed integer is less than minimum",
          "signed integer is greater than maximum"),
    'I': (4, 'I', 0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum"),
    'l': (8, 'q', -2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    'L': (8, 'Q', 0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    'q': (8, 'q', -2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    'Q': (8, 'Q', 0, 2 ** 64 - 1, "can't convert negative int to unsigned",
          "int too big to convert"),
}
_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_STRUCT = {'b': 'b', 'B': 'B', 'u': 'I', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I', 'l': 'q',
           'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
# The machine-format codes of CPython's array pickles (little-endian machines).
_MFORMAT = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12, 'L': 10,
            'q': 12, 'Q': 10, 'f': 14, 'd': 16}


def _to_f32(x):
    """x rounded to single precision (overflow to infinity, as a C cast does)."""
    try:
        return _struct.unpack('f', _struct.pack('f', x))[0]
    except (OverflowError, _struct.error):
        return float('inf') if x > 0 else float('-inf')


def _make_checker(tc):
    if tc in _INT_INFO:
        _, _, lo, hi, lo_msg, hi_msg = _INT_INFO[tc]

        def check(v):
            if type(v) is not int:
                if isinstance(v, float):
                    raise TypeError("'float' object cannot be interpreted as an integer")
                v = _index(v)
            if v < lo:
                raise OverflowError(lo_msg)
            if v > hi:
                raise OverflowError(hi_msg)
            return v
        return check
    if tc in 'fd':
        def check(v):
            if type(v) is float:
                x = v
            elif isinstance(v, (int, float)) or hasattr(type(v), '__float__') or \
                    hasattr(type(v), '__index__'):
                x = float(v)
            else:
                raise TypeError("must be real number, not %s" % type(v).__name__)
            return _to_f32(x) if tc == 'f' else x
        return check

    def check(v):
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    return check


_CHECK = {tc: _make_checker(tc) for tc in typecodes}


class array(object):
    """array(typecode [, initializer]) -> array of C numbers of one type."""
    __ember_tp_name__ = 'array.array'

    __slots__ = ('_tc', '_items')

    def __new__(cls, typecode=None, initializer=None, *rest):
        if typecode is None:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if rest:
            raise TypeError("array() takes at most 2 arguments (%d given)" % (2 + len(rest)))
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _CHECK:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._items = self._checked(initializer._items)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self._items = self._checked(initializer)
        return self

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("array.array() takes no keyword arguments")

    def _checked(self, iterable):
        check = _CHECK[self._tc]
        return [check(v) for v in iterable]

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _ITEMSIZE[self._tc]

    # Sequence protocol.
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items, cls=None):
        # Slices, sums and repeats are plain arrays even for subclasses, as in CPython.
        a = object.__new__(cls or array)
        a._tc = self._tc
        a._items = items
        return a

    def __getitem__(self, i):
        if type(i) is int:
            try:
                return self._items[i]
            except IndexError:
                raise IndexError("array index out of range") from None
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if type(i) is int:
            v = _CHECK[self._tc](v)
            try:
                self._items[i] = v
                return
            except IndexError:
                raise IndexError("array assignment index out of range") from None
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            items = list(v._items)
            start, stop, step = i.indices(len(self._items))
            if step != 1:
                n = len(range(start, stop, step))
                if len(items) != n:
                    raise ValueError("attempt to assign array of size %d to extended slice of "
                                     "size %d" % (len(items), n))
            self._items[i] = items
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        v = _CHECK[self._tc](v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(list(other._items))
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return self._items, other._items

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else 'array'
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._items))
        return "%s('%s', %r)" % (name, self._tc, self._items)

    # Methods.
    def append(self, v):
        self._items.append(_CHECK[self._tc](v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(list(iterable._items))
            return
        self._items.extend(self._checked(iterable))

    def insert(self, i, v):
        i = _index(i)
        self._items.insert(i, _CHECK[self._tc](v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        i = _index(i)
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def _fmt(self, n):
        return '@%d%s' % (n, _STRUCT[self._tc])

    def tobytes(self):
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    # CPython hands bytes() the array's buffer; there is no buffer protocol for
    # classes written in Python here, so bytes(a) asks for the raw bytes this way.
    __bytes__ = tobytes
    # Read as a buffer by the runtime (bytearray(a), hashlib, zlib, b"".join...).
    __ember_buffer__ = tobytes

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = _ITEMSIZE[self._tc]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        vals = _struct.unpack(self._fmt(len(data) // size), data)
        if self._tc == 'u':
            vals = [chr(v) for v in vals]
        self._items.extend(vals)

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._items.extend(self._checked(lst))

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._items.extend(s)

    def byteswap(self):
        size = _ITEMSIZE[self._tc]
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self._items), len(self._items))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._tc]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")

    def __copy__(self):
        return self._new(list(self._items), type(self))

    def __deepcopy__(self, memo):
        return self._new(list(self._items), type(self))

    def __reduce_ex__(self, protocol):
        d = getattr(self, '__dict__', None) or None
        if protocol < 3:
            init = list(self._items)
            return (type(self), (self._tc, init), d)
        return (_array_reconstructor, (type(self), self._tc, _MFORMAT[self._tc],
                                       self.tobytes()), d)

    def __class_getitem__(cls, item):
        return cls


ArrayType = array


# As in CPython, arrays count as mutable sequences. Importing the ABCs here would slow
# `import array`, so whichever of the two modules loads second does the registering.
def _register_sequence_abc(mutable_sequence):
    mutable_sequence.register(array)


if '_collections_abc' in _sys.modules:
    _register_sequence_abc(_sys.modules['_collections_abc'].MutableSequence)


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Rebuilds a pickled array from its machine-format bytes."""
    if not isinstance(arraytype, type) or not issubclass(arraytype, array):
        raise TypeError("first argument must be a type object, not %s"
                        % type(arraytype).__name__)
    if typecode not in _CHECK:
        raise ValueError("second argument must be a valid type code")
    formats = {0: '<B', 1: '<b', 2: '<H', 3: '>H', 4: '<h', 5: '>h', 6: '<I', 7: '>I',
               8: '<i', 9: '>i', 10: '<Q', 11: '>Q', 12: '<q', 13: '>q', 14: '<f', 15: '>f',
               16: '<d', 17: '>d', 20: '<I', 21: '>I'}
    if mformat_code in (18, 19):
        s = items.decode('utf-16-le' if mformat_code == 18 else 'utf-16-be')
        return arraytype(typecode, s)
    if mformat_code not in formats:
        raise ValueError("third argument must be a valid machine format code.")
    fmt = formats[mformat_code]
    size = _struct.calcsize(fmt)
    vals = _struct.unpack(fmt[0] + '%d' % (len(items) // size) + fmt[1],
                          items[:len(items) - len(items) % size])
    if typecode == 'u':
        return arraytype(typecode, ''.join(chr(v) for v in vals))
    return arraytype(typecode, list(vals))


_array_reconstructor.__module__ = 'array'
