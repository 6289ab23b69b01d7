"""Helpers shared by unittest: failure-proof and abbreviated reprs, dotted class
names, and the list/count comparisons behind assertCountEqual."""

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

# Ember's traceback frames carry no globals, so `__unittest` cannot mark a frame as
# the framework's own; instead the files of registered functions are remembered here
# and their frames are left out of failure tracebacks.
_OWN_FILES = set()


def _own(func):
    _OWN_FILES.add(func.__code__.co_filename)


# Geometry of abbreviated reprs in failure messages.
_MAX_LENGTH = 80
_MIN_BEGIN_LEN = _MIN_COMMON_LEN = _MIN_END_LEN = 5
_PLACEHOLDER_LEN = 12     # len('[NNN chars]') and a little slack
_MIN_DIFF_LEN = (_MAX_LENGTH - _MIN_BEGIN_LEN - _MIN_COMMON_LEN - _MIN_END_LEN
                 - 2 * _PLACEHOLDER_LEN)


def _shorten(s, prefixlen, suffixlen):
    """Replace the middle of s by '[N chars]' when that saves enough."""
    hidden = len(s) - prefixlen - suffixlen
    if hidden <= _PLACEHOLDER_LEN:
        return s
    tail = s[len(s) - suffixlen:]
    return f'{s[:prefixlen]}[{hidden} chars]{tail}'


def _common_shorten_repr(*args):
    reprs = [safe_repr(obj) for obj in args]
    longest = max(len(text) for text in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    shared = commonprefix(reprs)
    cut = len(shared)
    # Room left for the shared part once the longest differing tail is shown whole.
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(shared, _MIN_BEGIN_LEN, room)
        return tuple(head + text[cut:] for text in reprs)
    # The tails are long too: squeeze the shared part to its minimum and cut the tails.
    head = _shorten(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(text[cut:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for text in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        # A broken __repr__ must not hide the failure being reported.
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        text = text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def _skip_run(seq, pos, size, value):
    # Index of the first item after pos that differs from value.
    while pos < size and seq[pos] == value:
        pos += 1
    return pos


def sorted_list_difference(expected, actual):
    """For two sorted lists, return (items only in expected, items only in actual);
    duplicates are reported once, except in a leftover tail."""
    missing = []
    unexpected = []
    n_exp, n_act = len(expected), len(actual)
    i = j = 0
    while i < n_exp and j < n_act:
        want, got = expected[i], actual[j]
        if want < got:
            missing.append(want)
            i = _skip_run(expected, i + 1, n_exp, want)
        elif want > got:
            unexpected.append(got)
            j = _skip_run(actual, j + 1, n_act, got)
        else:
            i = _skip_run(expected, i + 1, n_exp, want)
            j = _skip_run(actual, j + 1, n_act, got)
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items without an order; quadratic, and it
    empties expected and strips the matched items from actual."""
    missing = []
    while expected:
        candidate = expected.pop()
        if candidate in actual:
            actual.remove(candidate)
        else:
            missing.append(candidate)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is below, equal to or above y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _take_equal(items, start, target, mark):
    # Count the items from start on that equal target, overwriting them with mark.
    found = 0
    for k in range(start, len(items)):
        if items[k] == target:
            items[k] = mark
            found += 1
    return found


def _count_diff_all_purpose(actual, expected):
    """Mismatched occurrence counts of two iterables whose items may be unhashable."""
    left, right = list(actual), list(expected)
    used = object()
    report = []
    for pos, item in enumerate(left):
        if item is used:
            continue
        in_left = _take_equal(left, pos, item, used)
        in_right = _take_equal(right, 0, item, used)
        if in_left != in_right:
            report.append(_Mismatch(in_left, in_right, item))
    for pos, item in enumerate(right):
        if item is not used:
            report.append(_Mismatch(0, _take_equal(right, pos, item, used), item))
    return report


def _count_diff_hashable(actual, expected):
    """Mismatched occurrence counts of two iterables of hashable items."""
    have, want = Counter(actual), Counter(expected)
    report = [_Mismatch(count, want[item], item)
              for item, count in have.items() if count != want[item]]
    report.extend(_Mismatch(0, count, item)
                  for item, count in want.items() if item not in have)
    return report


_own(safe_repr)
