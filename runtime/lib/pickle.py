"""Serialising Python objects to bytes and back (protocols 0 to 5).

The pickler writes what CPython's C pickler writes, opcode for opcode, so the bytes match;
the unpickler reads any protocol.
"""

import sys
import copyreg
from copyreg import dispatch_table
from struct import pack, unpack
import io as _io

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Finished(Exception):
    """Raised by the STOP opcode to end Unpickler.load(); args[0] is the result."""


# Opcodes.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# Like CPython's, __all__ also lists every opcode name and the protocol constants.
__all__ += (
    "ADDITEMS APPEND APPENDS BINBYTES BINBYTES8 BINFLOAT BINGET BININT BININT1 BININT2 "
    "BINPERSID BINPUT BINSTRING BINUNICODE BINUNICODE8 BUILD BYTEARRAY8 DEFAULT_PROTOCOL "
    "DICT DUP EMPTY_DICT EMPTY_LIST EMPTY_SET EMPTY_TUPLE EXT1 EXT2 EXT4 FALSE FLOAT "
    "FRAME FROZENSET GET GLOBAL HIGHEST_PROTOCOL INST INT LIST LONG LONG1 LONG4 "
    "LONG_BINGET LONG_BINPUT MARK MEMOIZE NEWFALSE NEWOBJ NEWOBJ_EX NEWTRUE NEXT_BUFFER "
    "NONE OBJ PERSID POP POP_MARK PROTO PUT READONLY_BUFFER REDUCE SETITEM SETITEMS "
    "SHORT_BINBYTES SHORT_BINSTRING SHORT_BINUNICODE STACK_GLOBAL STOP STRING TRUE TUPLE "
    "TUPLE1 TUPLE2 TUPLE3 UNICODE "
).split()

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# One-byte strings and the short opcodes built on them, made once (building them per item
# is a large part of a pickle's cost).
_BYTE = [bytes((i,)) for i in range(256)]
_BINPUT_CODES = [BINPUT + b for b in _BYTE]
_BINGET_CODES = [BINGET + b for b in _BYTE]
_BININT1_CODES = [BININT1 + b for b in _BYTE]
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# Python 2 names of moved builtins, for protocols 0-2 (fix_imports).
_EXC_NAMES = (
    'ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
    'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
    'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError '
    'OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
    'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError '
    'UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError '
    'UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError'
).split()
_OSERROR_SUBS = (
    'BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
    'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
    'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
    'ProcessLookupError TimeoutError').split()

_REVERSE_NAME = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _n in _EXC_NAMES:
    _REVERSE_NAME[('builtins', _n)] = ('exceptions', _n)
for _n in _OSERROR_SUBS:
    _REVERSE_NAME[('builtins', _n)] = ('exceptions', 'OSError')
_REVERSE_IMPORT = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser', 'reprlib': 'repr',
    '_thread': 'thread', 'subprocess': 'commands', 'collections.abc': '_abcoll',
    '_functools': 'functools', '_pickle': 'pickle', 'urllib.parse': 'urlparse',
    'http.client': 'httplib', 'html.parser': 'HTMLParser', 'xmlrpc.client': 'xmlrpclib',
}
_NAME_MAPPING = {}
for _k, _v in _REVERSE_NAME.items():
    if _v[0] != 'exceptions' or _v[1] == _k[1]:
        _NAME_MAPPING.setdefault(_v, _k)
_NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
_NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
_NAME_MAPPING[('UserDict', 'UserDict')] = ('collections', 'UserDict')
_IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'exceptions': 'builtins', 'copy_reg': 'copyreg',
    'Queue': 'queue', 'SocketServer': 'socketserver', 'ConfigParser': 'configparser',
    'repr': 'reprlib', 'thread': '_thread', 'commands': 'subprocess',
    '_abcoll': 'collections.abc', 'urlparse': 'urllib.parse', 'httplib': 'http.client',
    'HTMLParser': 'html.parser', 'xmlrpclib': 'xmlrpc.client', 'cPickle': 'pickle',
    'UserList': 'collections', 'UserDict': 'collections', 'UserString': 'collections',
    'StringIO': 'io', 'cStringIO': 'io',
}


def _import(name):
    """The module `name`, imported if it is not loaded yet."""
    mod = sys.modules.get(name)
    if mod is not None:
        return mod
    ns = {}
    exec('import ' + name, ns)
    return sys.modules[name]


class _LocalObject(Exception):
    pass


def _getattribute(obj, name):
    """obj.a.b for name 'a.b'; AttributeError naming what failed."""
    top = obj
    if '<locals>' in name.split('.'):
        raise _LocalObject(name)
    for sub in name.split('.'):
        try:
            obj = getattr(obj, sub)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, top)) from None
    return obj


def _encode_long(x):
    """Little-endian two's complement bytes of x, as LONG1/LONG4 store it (b'' for 0)."""
    if not x:
        return b''
    size = x.bit_length() // 8 + 1
    data = x.to_bytes(size, 'little', signed=True)
    # For some negatives (-128, -32768, ...) that size is one byte more than needed:
    # a trailing 0xff whose predecessor already carries the sign bit is dropped.
    if x < 0 and size > 1 and data[-1] == 0xff and data[-2] >= 0x80:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    """Protocol 0's text for a str: raw-unicode-escape, with the characters that would break
    the line-based format escaped too."""
    out = []
    for ch in s:
        o = ord(ch)
        if o > 0xffff:
            out.append('\\U%08x' % o)
        elif o > 0xff or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(b):
    s = b.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n and s[i + 1] in 'uU':
            width = 4 if s[i + 1] == 'u' else 8
            h = s[i + 2:i + 2 + width]
            if len(h) == width:
                try:
                    out.append(chr(int(h, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(ch)
        i += 1
    return ''.join(out)


def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """Stands in for `_codecs.encode`, which protocols 0-2 name to rebuild bytes."""
    return obj.encode(encoding, errors)


def _is_python_instance(obj):
    return hasattr(obj, '__dict__') or any('__slots__' in c.__dict__
                                           for c in type(obj).__mro__)


_IMMUTABLE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


class _Probe:
    def method(self):
        pass


# Bound methods (Python and builtin) reduce to getattr(owner, name), as in CPython.
_BOUND_KINDS = (type(_Probe().method), type(len))
_CodeType = type(_Probe.method.__code__)
_DescriptorType = type(str.upper)
del _Probe


def _default_reduce(obj, proto):
    """What object.__reduce_ex__(proto) gives for obj."""
    cls = type(obj)
    if obj is NotImplemented:
        return 'NotImplemented'
    if obj is ...:
        return 'Ellipsis'
    if cls in _BOUND_KINDS:
        owner = obj.__self__
        if owner is None or type(owner) is type(sys):
            return obj.__qualname__
        return (getattr, (owner, obj.__name__))
    if cls is _DescriptorType:
        # str.upper and the like: looked up again on their class.
        return (getattr, (obj.__objclass__, obj.__name__))
    if isinstance(obj, BaseException):
        args = obj.args
        d = getattr(obj, '__dict__', None)
        return (cls, args, d) if d else (cls, args)
    for base in cls.__mro__:
        if base in (set, frozenset):
            d = getattr(obj, '__dict__', None) or None
            return (cls, (list(obj),), d)
        if base is bytearray:
            d = getattr(obj, '__dict__', None) or None
            if proto < 3:
                return (cls, (bytes(obj).decode('latin-1'), 'latin-1'), d) if obj else (cls, (), d)
            return (cls, (bytes(obj),), d) if obj else (cls, (), d)
        if base is slice:
            return (cls, (obj.start, obj.stop, obj.step))
        if base is range:
            return (cls, (obj.start, obj.stop, obj.step))
        if base is complex:
            return (cls, (obj.real, obj.imag))
    if (not _is_python_instance(obj) or getattr(cls, '__module__', None) == 'builtins') \
            and cls is not object:
        if cls is _CodeType or cls is memoryview:
            raise TypeError("cannot pickle %s objects" % cls.__name__)
        # Named as CPython's tp_name: with the module, unless that is builtins.
        module = getattr(cls, '__module__', None)
        name = cls.__name__ if module in (None, 'builtins') else module + '.' + cls.__name__
        raise TypeError("cannot pickle '%s' object" % name)
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            args = ()
            for base in cls.__mro__:
                if base in _IMMUTABLE_BASES:
                    args = (base(obj),)
                    break
    args = tuple(args)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = getstate(obj)
    else:
        state = None
        d = getattr(obj, '__dict__', None)
        if d:
            state = dict(d)
        slots = copyreg._slotnames(cls)
        if slots:
            slotstate = {}
            for name in slots:
                try:
                    slotstate[name] = getattr(obj, name)
                except AttributeError:
                    pass
            if slotstate:
                state = (state, slotstate)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (copyreg.__newobj__, (cls,) + args, state, listitems, dictitems)


def _effective_protocol(protocol):
    # None means the default, any negative number the highest.
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return int(protocol)


_FunctionType = type(_import)
_BuiltinType = type(len)


class Pickler(object):
    """Writes pickles of objects to a binary file: Pickler(file, protocol).dump(obj)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        proto = _effective_protocol(protocol)
        if proto < 5 and buffer_callback is not None:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._file_write = getattr(file, 'write', None)
        if self._file_write is None:
            raise TypeError("file must have a 'write' attribute")
        self.proto, self.bin = proto, proto > 0
        # Python 2 module names are only written where Python 2 could read the pickle.
        self.fix_imports = bool(fix_imports) and proto <= 2
        self.fast, self.memo = 0, {}
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, 'proto'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        out = bytearray()
        self._out = out
        self._frame_start = -1
        # persistent_id is only consulted when a subclass or the instance provides one.
        self._has_pid = 'persistent_id' in self.__dict__ or \
            type(self).persistent_id is not Pickler.persistent_id
        if self.proto >= 2:
            out += PROTO + _BYTE[self.proto]
        if self.proto >= 4:
            self._start_frame()
        # CPython's C pickler spends one to three recursion levels per nesting level; this one
        # spends two to five Python frames, so the limit is raised while saving.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(limit * 2 + 50)
        try:
            self.save(obj)
        except RecursionError as exc:
            if exc.args != ('maximum recursion depth exceeded',):
                raise
            raise RecursionError('maximum recursion depth exceeded while pickling an object') \
                from None
        finally:
            sys.setrecursionlimit(limit)
        out += STOP
        self._commit_frame()
        self._file_write(bytes(out))
        self._out = None

    # Framing (protocol 4+): FRAME and an 8-byte length are reserved at the start of a
    # frame and filled in, or taken out when the frame is too small to be worth it.
    def _start_frame(self):
        self._frame_start = len(self._out)
        self._out += b'\0' * 9

    def _commit_frame(self):
        if self._frame_start < 0:
            return
        out = self._out
        start = self._frame_start
        n = len(out) - start - 9
        if n >= _FRAME_SIZE_MIN:
            out[start:start + 9] = FRAME + pack('<Q', n)
        else:
            del out[start:start + 9]
        self._frame_start = -1

    def _boundary(self):
        if self._frame_start >= 0 and len(self._out) - self._frame_start - 9 >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._start_frame()

    def _write_large(self, header, payload):
        """Writes an opcode and its payload; big payloads go outside any frame."""
        if self._frame_start >= 0 and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out += header
            self._out += payload
            self._start_frame()
        else:
            self._out += header
            self._out += payload

    def memoize(self, obj):
        # The memo maps id(obj) to (index, obj); keeping obj alive keeps its id unique.
        if not self.fast:
            index = len(self.memo)
            self._out += self.put(index)
            self.memo[id(obj)] = index, obj

    def put(self, idx):
        # Protocol 4 numbers memo entries implicitly, in the order they are made.
        if self.proto > 3:
            return MEMOIZE
        if not self.bin:
            return PUT + repr(idx).encode('ascii') + b'\n'
        return _BINPUT_CODES[idx] if idx < 256 else LONG_BINPUT + pack('<I', idx)

    def get(self, i):
        if self.bin:
            if i < 256:
                return _BINGET_CODES[i]
            return LONG_BINGET + pack('<I', i)
        return GET + repr(i).encode('ascii') + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        if self._frame_start >= 0 and \
                len(self._out) - self._frame_start - 9 >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._start_frame()
        if save_persistent_id and self._has_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        # Atomic values are never memoized.
        if obj is None:
            self._out += NONE
            return
        if t is bool:
            if self.proto >= 2:
                self._out += NEWTRUE if obj else NEWFALSE
            else:
                self._out += TRUE if obj else FALSE
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._out += self.get(x[0])
            return
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = None
        rv = NotImplemented
        ro = getattr(self, 'reducer_override', None)
        if ro is not None:
            rv = ro(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(t, '__reduce__', None)
                    if reduce is not None and reduce is not getattr(object, '__reduce__', None):
                        rv = reduce(obj)
                    else:
                        rv = _default_reduce(obj, self.proto)
        # A string names a global that is obj; a tuple says how to rebuild it.
        if type(rv) is tuple or isinstance(rv, tuple):
            if len(rv) < 2 or len(rv) > 6:
                raise PicklingError(
                    "tuple returned by __reduce__ must contain 2 through 6 elements")
            self.save_reduce(*rv, obj=obj)
        elif isinstance(rv, str):
            self.save_global(obj, rv)
        else:
            raise PicklingError("__reduce__ must return a string or tuple")

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out += BINPERSID
        else:
            try:
                self._out += PERSID + str(pid).encode('ascii') + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        proto = self.proto
        out = self._out
        fname = getattr(func, '__name__', '')
        if proto >= 2 and fname == '__newobj_ex__' and func is copyreg.__newobj_ex__:
            cls, a, kw = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if proto >= 4:
                self.save(cls)
                self.save(a)
                self.save(kw)
                self._out += NEWOBJ_EX
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *a, **kw)
                self.save(func)
                self.save(())
                self._out += REDUCE
        elif proto >= 2 and fname == '__newobj__' and func is copyreg.__newobj__:
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._out += NEWOBJ
        else:
            self.save(func)
            self.save(args)
            self._out += REDUCE
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is None:
                self.memoize(obj)
            else:
                # Reached itself through its arguments: use that copy.
                self._out += POP + self.get(seen[0])
        # Then the items and the state, each only if given.
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is None:
            return
        if state_setter is not None:
            # state_setter(obj, state), its result thrown away.
            for part in (state_setter, obj, state):
                self.save(part)
            self._out += TUPLE2 + REDUCE + POP
        else:
            self.save(state)
            self._out += BUILD

    # Atomic types.
    def save_long(self, obj):
        out = self._out
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    out += _BININT1_CODES[obj]
                    return
                if obj <= 0xffff:
                    out += BININT2 + pack('<H', obj)
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                out += BININT + pack('<i', obj)
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                out += LONG1 + _BYTE[n] + data
            else:
                out += LONG4 + pack('<i', n) + data
            return
        if -0x80000000 <= obj <= 0x7fffffff and not self.bin:
            out += INT + repr(obj).encode('ascii') + b'\n'
        else:
            out += LONG + repr(obj).encode('ascii') + b'L\n'

    def save_float(self, obj):
        if self.bin:
            self._out += BINFLOAT + pack('>d', obj)
        else:
            self._out += FLOAT + repr(obj).encode('ascii') + b'\n'

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode_ref, (obj.decode('latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            out = self._out
            out += SHORT_BINBYTES
            out += _BYTE[n]
            out += obj
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), obj)
        else:
            self._write_large(BINBYTES + pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        data = bytes(obj)
        if self.proto >= 5:
            self._write_large(BYTEARRAY8 + pack('<Q', len(data)), data)
            self.memoize(obj)
        else:
            # Older protocols call bytearray() itself (with no argument when empty).
            self.save_reduce(bytearray, (data,) if data else (), obj=obj)

    def save_str(self, obj):
        if not self.bin:
            self._out += UNICODE + _raw_unicode_escape(obj) + b'\n'
        else:
            raw = obj.encode('utf-8', 'surrogatepass')
            size = len(raw)
            if self.proto < 4:
                self._write_large(BINUNICODE + pack('<I', size), raw)
            elif size < 256:
                out = self._out
                out += SHORT_BINUNICODE
                out += _BYTE[size]
                out += raw
            elif size > 0xffffffff:
                self._write_large(BINUNICODE8 + pack('<Q', size), raw)
            else:
                self._write_large(BINUNICODE + pack('<I', size), raw)
        self.memoize(obj)

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self._out += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        proto = self.proto
        memo = self.memo
        if n <= 3 and proto >= 2:
            for element in obj:
                self.save(element)
            x = memo.get(id(obj))
            if x is not None:
                self._out += POP * n + self.get(x[0])
            else:
                self._out += _TUPLESIZE2CODE[n]
                self.memoize(obj)
            return
        self._out += MARK
        for element in obj:
            self.save(element)
        x = memo.get(id(obj))
        if x is not None:
            # The tuple is recursive: drop what was pushed and fetch the memoized copy.
            if self.bin:
                self._out += POP_MARK + self.get(x[0])
            else:
                self._out += POP * (n + 1) + self.get(x[0])
            return
        self._out += TUPLE
        self.memoize(obj)

    def save_list(self, obj):
        self._out += EMPTY_LIST if self.bin else MARK + LIST
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        out = self._out
        if not self.bin:
            for x in items:
                self.save(x)
                self._out += APPEND
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                self._out += MARK
                for x in tmp:
                    self.save(x)
                self._out += APPENDS
            elif n:
                self.save(tmp[0])
                self._out += APPEND
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._out += EMPTY_DICT if self.bin else MARK + DICT
        self.memoize(obj)
        self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self._out += SETITEM
            return
        it = iter(items)
        while True:
            tmp = []
            for kv in it:
                tmp.append(kv)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                self._out += MARK
                for k, v in tmp:
                    self.save(k)
                    self.save(v)
                self._out += SETITEMS
            elif n:
                k, v = tmp[0]
                self.save(k)
                self.save(v)
                self._out += SETITEM
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._out += EMPTY_SET
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if batch:
                self._out += MARK
                for x in batch:
                    self.save(x)
                self._out += ADDITEMS
            if len(batch) < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._out += MARK
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            self._out += POP_MARK + self.get(x[0])
            return
        self._out += FROZENSET
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            # The qualified name finds nested classes; builtins may only have __name__.
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            module = _import(module_name)
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2 = _getattribute(module, name)
        except _LocalObject:
            raise AttributeError("Can't pickle local object %r" % name) from None
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        code = copyreg._extension_registry.get((module_name, name)) if self.proto >= 2 else None
        if code:
            if code <= 0xff:
                self._out += EXT1 + _BYTE[code]
            elif code <= 0xffff:
                self._out += EXT2 + pack('<H', code)
            else:
                self._out += EXT4 + pack('<i', code)
            return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._out += STACK_GLOBAL
        else:
            if '.' in name:
                # GLOBAL cannot name a nested object: rebuild it as getattr(parent, last).
                parent_name, _, last = name.rpartition('.')
                parent = _getattribute(module, parent_name)
                self.save_reduce(getattr, (parent, last), obj=obj)
                return
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME:
                    module_name, name = _REVERSE_NAME[(module_name, name)]
                elif module_name in _REVERSE_IMPORT:
                    module_name = _REVERSE_IMPORT[module_name]
            try:
                line = GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
            self._out += line
        self.memoize(obj)

    def save_type(self, obj):
        # The singletons' types have no global name: they pickle as type(singleton).
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                return self.save_reduce(type, (singleton,), obj=obj)
        return self.save_global(obj)

    _dispatch = {}


def _save_builtin(self, obj):
    # A builtin bound to an object (not a module) pickles as getattr(owner, name).
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner) is type(sys):
        return self.save_global(obj)
    return self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


Pickler._dispatch.update({
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_type,
    _FunctionType: Pickler.save_global,
    _BuiltinType: _save_builtin,
})


def _whichmodule(obj, name):
    """The name of the module obj lives in."""
    declared = getattr(obj, '__module__', None)
    if declared is not None:
        return declared
    # Otherwise the first loaded module that has obj under that name; the main
    # script's namespaces are left for last.
    for mod_name, module in list(sys.modules.items()):
        if module is None or mod_name in ('__main__', '__mp_main__'):
            continue
        try:
            found = _getattribute(module, name)
        except AttributeError:
            continue
        if found is obj:
            return mod_name
    return '__main__'


class _CodecsEncodeRef(object):
    """Pickles as the global `_codecs.encode` (protocols 0-2 rebuild bytes with it)."""
    __qualname__ = 'encode'
    __name__ = 'encode'

    def __call__(self, *a):
        return _codecs_encode(*a)


_codecs_encode_ref = _CodecsEncodeRef()


def _save_codecs_ref(self, obj):
    if self.proto >= 4:
        self.save('_codecs')
        self.save('encode')
        self._out += STACK_GLOBAL
    else:
        self._out += GLOBAL + b'_codecs\nencode\n'
    self.memoize(obj)


Pickler._dispatch[_CodecsEncodeRef] = _save_codecs_ref


class _Framed(object):
    """Reads a pickle from a file, serving FRAME contents from memory."""

    def __init__(self, file_read, file_readline):
        self.file_read = file_read
        self.file_readline = file_readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        if self.frame is not None:
            data = self.frame[self.pos:self.pos + n]
            if len(data) == n:
                self.pos += n
                return data
            if self.pos != len(self.frame) or not data == b'':
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self.frame is not None:
            i = self.frame.find(b'\n', self.pos)
            if i >= 0:
                data = self.frame[self.pos:i + 1]
                self.pos = i + 1
                return data
            if self.pos != len(self.frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load_frame(self, size):
        if self.frame is not None and self.pos != len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.frame = self.file_read(size)
        self.pos = 0
        if len(self.frame) < size:
            raise UnpicklingError("pickle data was truncated")


class _BytesReader(object):
    """A pickle held in memory (loads): reads by position."""

    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        p = self.pos
        d = self.data[p:p + n]
        self.pos = p + len(d)
        return d

    def readline(self):
        p = self.pos
        i = self.data.find(b'\n', p)
        if i < 0:
            d = self.data[p:]
        else:
            d = self.data[p:i + 1]
        self.pos = p + len(d)
        return d


class Unpickler(object):
    """Reads pickles from a binary file: Unpickler(file).load()."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        reader = getattr(file, 'read', None)
        line_reader = getattr(file, 'readline', None)
        if reader is None or line_reader is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file_read, self._file_readline = reader, line_reader
        # Out-of-band buffers (protocol 5) are consumed in order by NEXT_BUFFER.
        self._buffers = None if buffers is None else iter(buffers)
        # How protocol 0-2 byte strings (STRING opcodes) become str, or 'bytes' to keep them.
        self.encoding, self.errors = encoding, errors
        self.fix_imports, self.proto, self.memo = fix_imports, 0, {}

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        fr = self._unframer = _Framed(self._file_read, self._file_readline)
        self.read, self.readline = fr.read, fr.readline
        # stack holds the values since the innermost MARK; metastack the outer ones.
        self.stack, self.metastack = [], []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self._dispatch
        try:
            while True:
                frame = fr.frame
                if frame is not None and fr.pos < len(frame):
                    c = frame[fr.pos]
                    fr.pos += 1
                else:
                    fr.frame = None
                    key = self._file_read(1)
                    if not key:
                        raise EOFError("Ran out of input")
                    c = key[0]
                f = dispatch.get(c)
                if f is None:
                    if 0x20 <= c < 0x7f:
                        raise UnpicklingError("invalid load key, '%s'." % chr(c))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Finished as done:
            return done.args[0]

    def pop_mark(self):
        # The values pushed since the innermost MARK, which is removed.
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        since_mark = self.stack
        outer = self.stack = self.metastack.pop()
        self.append = outer.append
        return since_mark

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        mod = _import(module)
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)
            return getattr(mod, name)
        except (AttributeError, _LocalObject):
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # Opcode handlers.
    def load_proto(self):
        version = self.read(1)[0]
        if version > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % version)
        self.proto = version

    def load_frame(self):
        size, = unpack('<Q', self.read(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._unframer.load_frame(size)

    def _check_persistent_load(self):
        # The base class's persistent_load only raises; it does so before any
        # argument is read (and before the stack is looked at), as CPython's does.
        if ('persistent_load' not in self.__dict__ and
                type(self).persistent_load is Unpickler.persistent_load):
            self.persistent_load(None)

    def load_persid(self):
        self._check_persistent_load()
        line = self.readline()[:-1]
        if not line.isascii():
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(line.decode("ascii")))

    def load_binpersid(self):
        self._check_persistent_load()
        self.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            try:
                val = int(data.decode('ascii'), 0)
            except ValueError:
                raise ValueError("invalid literal for int() with base 10: %r"
                                 % data[:-1].decode('latin-1')) from None
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val.decode('ascii'), 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(_decode_long(self.read(n)))

    def load_long4(self):
        size = unpack('<i', self.read(4))[0]
        if size >= 0:
            self.append(_decode_long(self.read(size)))
        else:
            raise UnpicklingError("LONG pickle has negative byte count")

    def load_float(self):
        self.append(float(self.readline()[:-1].decode('ascii')))

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])

    def _py2_str(self, raw):
        # A Python 2 str: decoded with the encoding given to the Unpickler.
        encoding = self.encoding
        return raw if encoding == "bytes" else raw.decode(encoding, self.errors)

    def load_string(self):
        literal = self.readline()[:-1]
        quote = literal[:1]
        if len(literal) < 2 or quote not in (b'"', b"'") or not literal.endswith(quote):
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._py2_str(_unescape_bytes(literal[1:-1])))

    def load_binstring(self):
        # The length is read unsigned, so a "negative" one is just too long.
        size = unpack('<I', self.read(4))[0]
        self.append(self._py2_str(self.read(size)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._py2_str(self.read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self.read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self.read(8))
        self.append(self.read(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self.read(8))
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        source = self._buffers
        if source is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        buf = next(source, _NO_BUFFER)
        if buf is _NO_BUFFER:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self.read(4))
        self.append(self.read(n).decode('utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self.read(8))
        self.append(self.read(n).decode('utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(self.read(n).decode('utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    # (pop_mark replaces self.append, so it must run before self.append is looked up.)
    def load_frozenset(self):
        values = frozenset(self.pop_mark())
        self.append(values)

    def load_list(self):
        # The values since the mark already form a fresh list.
        values = self.pop_mark()
        self.append(values)

    def load_dict(self):
        items = self.pop_mark()
        d = {}
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        # Protocol 0/1 instances: a class without arguments (or __getinitargs__) is
        # created without calling __init__.
        if not args and isinstance(klass, type) and not hasattr(klass, "__getinitargs__"):
            self.append(klass.__new__(klass))
        else:
            self.append(klass(*args))

    def load_inst(self):
        where = self.readline()[:-1].decode("ascii")
        what = self.readline()[:-1].decode("ascii")
        self._instantiate(self.find_class(where, what), self.pop_mark())

    def load_obj(self):
        # OBJ: the class is the first value after the mark, the arguments follow it.
        values = self.pop_mark()
        if not values:
            raise UnpicklingError("unpickling stack underflow")
        self._instantiate(values[0], values[1:])

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self.read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self.read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self.read(4))[0])

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code)
        if obj is not None:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def load_pop(self):
        # With nothing above the innermost mark, POP removes the mark itself.
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self.read(4))[0])

    def load_put(self):
        top = self._top()
        index = int(self.readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = top

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()

    def load_long_binput(self):
        i, = unpack('<I', self.read(4))
        self.memo[i] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if isinstance(list_obj, list):
            list_obj.extend(items)
        else:
            append = list_obj.append
            for item in items:
                append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        for i in range(0, len(items) - 1, 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        custom = getattr(inst, "__setstate__", None)
        if custom is not None:
            custom(state)
            return
        # The default state is the instance dict, or (dict, slot values) for classes
        # with __slots__; either part may be None.
        by_slot = None
        if type(state) is tuple and len(state) == 2:
            state, by_slot = state
        if state:
            target = inst.__dict__
            intern = getattr(sys, 'intern', None)
            for key, val in state.items():
                if intern is not None and type(key) is str:
                    key = intern(key)
                target[key] = val
        for key, val in (by_slot or {}).items():
            setattr(inst, key, val)

    def load_mark(self):
        self.metastack.append(self.stack)
        fresh = self.stack = []
        self.append = fresh.append

    def load_stop(self):
        raise _Finished(self._pop())

    _dispatch = {}


_NO_BUFFER = object()


def _unescape_bytes(data):
    """The bytes of a protocol-0 STRING literal (Python 2 str escapes)."""
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n:
            e = data[i + 1]
            if e in simple:
                out.append(simple[e])
                i += 2
                continue
            if e == ord('x') and i + 3 < n + 1:
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if 48 <= e <= 55:
                j = i + 1
                while j < n and j < i + 4 and 48 <= data[j] <= 55:
                    j += 1
                out.append(int(data[i + 1:j], 8) & 0xff)
                i = j
                continue
        out.append(c)
        i += 1
    return bytes(out)


_U = Unpickler
Unpickler._dispatch.update({
    PROTO[0]: _U.load_proto, FRAME[0]: _U.load_frame, PERSID[0]: _U.load_persid,
    BINPERSID[0]: _U.load_binpersid, NONE[0]: _U.load_none, NEWFALSE[0]: _U.load_false,
    NEWTRUE[0]: _U.load_true, INT[0]: _U.load_int, BININT[0]: _U.load_binint,
    BININT1[0]: _U.load_binint1, BININT2[0]: _U.load_binint2, LONG[0]: _U.load_long,
    LONG1[0]: _U.load_long1, LONG4[0]: _U.load_long4, FLOAT[0]: _U.load_float,
    BINFLOAT[0]: _U.load_binfloat, STRING[0]: _U.load_string, BINSTRING[0]: _U.load_binstring,
    SHORT_BINSTRING[0]: _U.load_short_binstring, BINBYTES[0]: _U.load_binbytes,
    SHORT_BINBYTES[0]: _U.load_short_binbytes, BINBYTES8[0]: _U.load_binbytes8,
    BYTEARRAY8[0]: _U.load_bytearray8, NEXT_BUFFER[0]: _U.load_next_buffer,
    READONLY_BUFFER[0]: _U.load_readonly_buffer, UNICODE[0]: _U.load_unicode,
    BINUNICODE[0]: _U.load_binunicode, BINUNICODE8[0]: _U.load_binunicode8,
    SHORT_BINUNICODE[0]: _U.load_short_binunicode, TUPLE[0]: _U.load_tuple,
    EMPTY_TUPLE[0]: _U.load_empty_tuple, TUPLE1[0]: _U.load_tuple1, TUPLE2[0]: _U.load_tuple2,
    TUPLE3[0]: _U.load_tuple3, EMPTY_LIST[0]: _U.load_empty_list,
    EMPTY_DICT[0]: _U.load_empty_dictionary, EMPTY_SET[0]: _U.load_empty_set,
    FROZENSET[0]: _U.load_frozenset, LIST[0]: _U.load_list, DICT[0]: _U.load_dict,
    INST[0]: _U.load_inst, OBJ[0]: _U.load_obj, NEWOBJ[0]: _U.load_newobj,
    NEWOBJ_EX[0]: _U.load_newobj_ex, GLOBAL[0]: _U.load_global,
    STACK_GLOBAL[0]: _U.load_stack_global, EXT1[0]: _U.load_ext1, EXT2[0]: _U.load_ext2,
    EXT4[0]: _U.load_ext4, REDUCE[0]: _U.load_reduce, POP[0]: _U.load_pop,
    POP_MARK[0]: _U.load_pop_mark, DUP[0]: _U.load_dup, GET[0]: _U.load_get,
    BINGET[0]: _U.load_binget, LONG_BINGET[0]: _U.load_long_binget, PUT[0]: _U.load_put,
    BINPUT[0]: _U.load_binput, LONG_BINPUT[0]: _U.load_long_binput,
    MEMOIZE[0]: _U.load_memoize, APPEND[0]: _U.load_append, APPENDS[0]: _U.load_appends,
    SETITEM[0]: _U.load_setitem, SETITEMS[0]: _U.load_setitems,
    ADDITEMS[0]: _U.load_additems, BUILD[0]: _U.load_build, MARK[0]: _U.load_mark,
    STOP[0]: _U.load_stop,
})
del _U


class _BytesOut(object):
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data = b


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _BytesOut()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return Unpickler(_BytesReader(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# In CPython these come from the C accelerator, _pickle, which names them; that module is
# made importable here as an alias so that references to it resolve.
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = '_pickle'
_accel = type(sys)('_pickle')
for _n in ('PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads'):
    setattr(_accel, _n, globals()[_n])
sys.modules.setdefault('_pickle', _accel)
del _cls, _accel, _n

# The C accelerator's names, for code that imports them.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
