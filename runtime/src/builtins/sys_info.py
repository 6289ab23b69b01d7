# Structured sys attributes, built at the first use of one (run with sys's namespace as
# globals; see `materialize_info` in sys.rs).

class _Struct(tuple):
    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError(
                f"'{type(self)._name}' object has no attribute '{name}'",
                name=name, obj=self) from None

    def __repr__(self):
        body = ", ".join("%s=%r" % (n, v) for n, v in zip(type(self)._fields, self))
        return "%s(%s)" % (type(self)._name, body)


def _struct(name, fields):
    # A named read-only tuple type shown as `sys.<name>` (the type itself is not in sys).
    cls = type(name, (_Struct,), {"_name": "sys." + name, "_fields": fields})
    cls.__module__ = "sys"
    return cls


class _Implementation:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        body = ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
        return "namespace(%s)" % body


version_info = _struct("version_info", ("major", "minor", "micro", "releaselevel", "serial"))(
    (3, 11, 2, "final", 0))
flags = _struct("flags", (
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits"))((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
float_info = _struct("float_info", (
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
    "epsilon", "radix", "rounds"))((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                                    -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _struct("int_info", ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                "str_digits_check_threshold"))((30, 4, 4300, 640))
hash_info = _struct("hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm",
                                  "hash_bits", "seed_bits", "cutoff"))(
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
maxunicode = 0x10FFFF
exec_prefix = base_prefix = base_exec_prefix = prefix
platlibdir = "lib"
pycache_prefix = None
abiflags = ""
api_version = 1013
_xoptions = {}


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


def is_finalizing():
    return False


thread_info = _struct("thread_info", ("name", "lock", "version"))(("pthread", "semaphore", None))
implementation = _Implementation(name="ember", cache_tag=None, version=version_info,
                                 hexversion=0x30b02f0)


# sys.get_asyncgen_hooks() gives its pair as `asyncgen_hooks(firstiter=..., finalizer=...)`.
_asyncgen_hooks = _struct("asyncgen_hooks", ("firstiter", "finalizer"))
_asyncgen_hooks._name = "asyncgen_hooks"


def get_asyncgen_hooks(_get=_get_asyncgen_hooks, _make=_asyncgen_hooks):
    """Return the installed asynchronous generators hooks."""
    return _make(_get())


hexversion = 0x30b02f0
del _Struct, _Implementation, _struct, _asyncgen_hooks, _get_asyncgen_hooks

