"""os.environb and os.getenvb (loaded by os on first use)."""

import os
from os import _Environ, environ


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value.decode("utf-8")


class _BytesEnviron(_Environ):
    """os.environb: os.environ seen through bytes keys and values (one shared store)."""

    def __getitem__(self, key):
        try:
            return self._data[_check_bytes(key)].encode("utf-8")
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        environ[_check_bytes(key)] = _check_bytes(value)

    def __delitem__(self, key):
        try:
            del environ[_check_bytes(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([k.encode("utf-8") for k in self._data])

    def __contains__(self, key):
        return _check_bytes(key) in self._data

    def __repr__(self):
        return "environ({%s})" % ", ".join(
            "%r: %r" % (k.encode("utf-8"), v.encode("utf-8")) for k, v in self._data.items())

    def get(self, key, default=None):
        value = self._data.get(_check_bytes(key))
        return default if value is None else value.encode("utf-8")

    def keys(self):
        return self.copy().keys()

    def values(self):
        return self.copy().values()

    def items(self):
        return self.copy().items()

    def copy(self):
        return {k.encode("utf-8"): v.encode("utf-8") for k, v in self._data.items()}

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def popitem(self):
        for key in self._data:
            value = self[key.encode("utf-8")]
            del environ[key]
            return key.encode("utf-8"), value
        raise KeyError


environb = _BytesEnviron(environ._data)


def getenvb(key, default=None):
    """getenv for bytes keys, giving bytes values."""
    return environb.get(key, default)
