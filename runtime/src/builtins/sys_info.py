# Structured sys attributes, built once at start-up (run with sys's namespace as globals).

class _Struct(tuple):
    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __getattr__(self, name):
        try:
            return self[type(self)._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        body = ", ".join("%s=%r" % (n, v) for n, v in zip(type(self)._fields, self))
        return "%s(%s)" % (type(self)._name, body)


class version_info_type(_Struct):
    _name = "sys.version_info"
    _fields = ("major", "minor", "micro", "releaselevel", "serial")


class flags_type(_Struct):
    _name = "sys.flags"
    _fields = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
               "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
               "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
               "warn_default_encoding", "safe_path", "int_max_str_digits")


class float_info_type(_Struct):
    _name = "sys.float_info"
    _fields = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
               "mant_dig", "epsilon", "radix", "rounds")


class int_info_type(_Struct):
    _name = "sys.int_info"
    _fields = ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
               "str_digits_check_threshold")


class _Implementation:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        body = ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))
        return "namespace(%s)" % body


version_info = version_info_type((3, 11, 2, "final", 0))
flags = flags_type((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
float_info = float_info_type((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308,
                              -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = int_info_type((30, 4, 4300, 640))
implementation = _Implementation(name="ember", cache_tag=None, version=version_info,
                                 hexversion=0x30b02f0)
hexversion = 0x30b02f0
del _Struct, _Implementation
