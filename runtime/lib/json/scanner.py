"""json.scanner: make_scanner(context) gives the function that reads one JSON value.

The scanner itself is the Rust decoder (module _json); this wraps it in the interface
of CPython's scan_once: (value, end) for a value starting exactly at idx, and
StopIteration(idx) when none does.
"""

import re
import _json

__all__ = ['make_scanner']

NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                       (re.VERBOSE | re.MULTILINE | re.DOTALL))

c_make_scanner = None


def py_make_scanner(context):
    """scan_once(string, idx) for a decoder (its hooks, parse functions and strictness)."""
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant

    def scan_once(string, idx):
        if idx < 0 or idx >= len(string):
            raise StopIteration(idx)
        try:
            return _json.decode(string, idx, False, strict, object_hook, object_pairs_hook,
                                parse_float, parse_int, parse_constant)
        except _json.JSONDecodeError as err:
            # CPython's scanner reports a missing value (at idx or nested) as
            # StopIteration, which raw_decode turns into "Expecting value".
            if err.msg == "Expecting value":
                raise StopIteration(err.pos) from None
            raise

    return scan_once


make_scanner = py_make_scanner
