"""Base16, Base32, Base64 and Base85 encodings (Ember's own implementation)."""

# The Base64 and hex work itself is native (binascii).
from binascii import Error as _Error, a2b_base64 as _a2b_base64, b2a_base64 as _b2a_base64

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = {c: i for i, c in enumerate(_B64)}
_PAD = ord('=')


def _bytes_from_decode_data(s):
    """Decoder input as bytes: ASCII-only text, or any bytes-like object."""
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if not isinstance(s, str):
        try:
            return memoryview(s).tobytes()
        except TypeError:
            raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                            % s.__class__.__name__) from None
    if not s.isascii():
        raise ValueError('string argument should contain only ASCII characters')
    return s.encode('ascii')


# The TypeError texts of CPython's encoders differ by the layer that rejects the argument:
# binascii (b64encode, b16encode), memoryview (b32/b85/a85) or base64's own check
# (encodebytes, decodebytes).
_NEED_BYTES = "a bytes-like object is required, not '%s'"
_NEED_BYTES_MV = "memoryview: a bytes-like object is required, not '%s'"
_NEED_BYTES_LEGACY = "expected bytes-like object, not %s"


def _bytes_arg(s, message=_NEED_BYTES):
    """The bytes of any bytes-like object `s` (bytes, bytearray, memoryview, array...)."""
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError(message % type(s).__name__) from None


def b64encode(s, altchars=None):
    """Base64 of a bytes-like object; altchars (2 bytes) replaces '+' and '/'."""
    encoded = _b2a_base64(s if type(s) is bytes else _bytes_arg(s), newline=False)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return encoded.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64; characters outside the alphabet are skipped unless validate."""
    data = _bytes_from_decode_data(s)
    if altchars is None:
        return _a2b_base64(data, strict_mode=validate)
    alt = _bytes_from_decode_data(altchars)
    assert len(alt) == 2, repr(alt)
    return _a2b_base64(data.translate(bytes.maketrans(alt, b'+/')), strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_urlsafe_decode))


MAXLINESIZE = 76                        # encodebytes() line length, newline excluded
MAXBINSIZE = (MAXLINESIZE // 4) * 3     # input bytes per such line


def encodebytes(s):
    s = _bytes_arg(s, _NEED_BYTES_LEGACY)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(_b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    return _a2b_base64(_bytes_arg(s, _NEED_BYTES_LEGACY))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _bytes_arg(s, _NEED_BYTES_MV)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        acc = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        group = bytes(alphabet[(acc >> (35 - 5 * k)) & 31] for k in range(8))
        # 1..5 input bytes give 2, 4, 5, 7, 8 significant characters.
        used = (len(chunk) * 8 + 4) // 5
        out += group[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    rev = {c: i for i, c in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise _Error('Incorrect padding')
    if map01 is not None:
        # The digit 0 reads as the letter O, and 1 as whichever letter map01 names.
        one_as = _bytes_from_decode_data(map01)
        assert len(one_as) == 1, repr(one_as)
        s = s.translate(bytes.maketrans(b'01', b'O' + one_as))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = rev.get(c)
            if v is None:
                raise _Error('Non-base32 digit found')
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, 'big')
    if padchars not in (0, 1, 3, 4, 6):
        raise _Error('Incorrect padding')
    if padchars and decoded:
        # The last group was short: keep only the bytes its characters carry.
        acc <<= 5 * padchars
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(decoded)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return _bytes_arg(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b'0123456789ABCDEF'):
        raise _Error('Non-base16 digit found')
    if len(s) % 2:
        raise _Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85REV = {c: i for i, c in enumerate(_B85)}


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    b = _bytes_arg(b, _NEED_BYTES_MV)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = []
            for _ in range(5):
                word, r = divmod(word, 85)
                digits.append(chars[r])
            out.append(bytes(reversed(digits)))
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = chars[0:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        chunk = b[i:i + 5]
        acc = 0
        for j, c in enumerate(chunk):
            v = _B85REV.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + v
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(b'~>'))
        if b.startswith(b'<~'):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for x in group:
                    acc = acc * 85 + (x - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    # The four 'u' added above complete the last group; drop the bytes they made.
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)


def _copy_converted(read, convert, output):
    # Feeds what read() returns through convert() until read() returns nothing.
    chunk = read()
    while chunk:
        output.write(convert(chunk))
        chunk = read()


def encode(input, output):
    """Base64-encodes binary file `input` into binary file `output`, in MIME lines."""
    _copy_converted(lambda: input.read(MAXBINSIZE), encodebytes, output)


def decode(input, output):
    """Decodes the Base64 lines of binary file `input` into binary file `output`."""
    _copy_converted(input.readline, decodebytes, output)
