"""Decorator-based call logging: bind arguments, truncate reprs, report failures."""
import functools
import inspect
import logging
import reprlib
import sys
import traceback

short = reprlib.Repr()
short.maxstring = 15
short.maxlist = 3
short.maxdict = 2
short.maxother = 12

log = logging.getLogger("calls")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname).1s %(funcName)s> %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def logged(fn=None, *, level=logging.DEBUG, show_defaults=False):
    if fn is None:
        return functools.partial(logged, level=level, show_defaults=show_defaults)
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        if show_defaults:
            bound.apply_defaults()
        parts = []
        for name, value in bound.arguments.items():
            kind = sig.parameters[name].kind
            prefix = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}.get(kind, "")
            parts.append(f"{prefix}{name}={short.repr(value)}")
        log.log(level, "%s(%s)", fn.__name__, ", ".join(parts))
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            last = frames[-1]
            log.error("%s raised %s at %s:%s %r", fn.__name__,
                      "".join(traceback.format_exception_only(exc)).strip(), last.name, last.lineno - fn.__code__.co_firstlineno, last.line)
            raise
        log.log(level, "%s -> %s", fn.__name__, short.repr(result))
        return result
    wrapper.signature = sig
    return wrapper


@logged
def merge(base, *overrides, strict=False, **options):
    out = dict(base)
    for o in overrides:
        for k, v in o.items():
            if strict and k not in out:
                raise KeyError(f"unknown key {k!r}")
            out[k] = v
    out.update(options)
    return out


@logged(level=logging.INFO, show_defaults=True)
def paginate(items, page=1, per_page=3):
    if page < 1:
        raise ValueError("page must be >= 1")
    start = (page - 1) * per_page
    return items[start:start + per_page]


@logged
def describe(text: str, width: int = 10) -> str:
    return text[:width] + ("..." if len(text) > width else "")


merge({"a": 1, "b": 2, "c": 3}, {"b": 20}, {"d": 4}, mode="x")
paginate(list(range(20)), 2)
paginate(list("abcdefghij"), per_page=4)
describe("a fairly long sentence that will be cut", width=12)
for bad_call in (lambda: merge({"a": 1}, {"z": 0}, strict=True),
                 lambda: paginate([1, 2], 0),
                 lambda: describe(),
                 lambda: merge({}, bogus_positional_only_fail=1, base=2)):
    try:
        bad_call()
    except (KeyError, ValueError, TypeError) as e:
        print("caught:", type(e).__name__, e)

print(merge.__name__, merge.__wrapped__.__name__, merge.signature)
print(inspect.signature(paginate), inspect.signature(describe).return_annotation)
print(inspect.unwrap(describe) is describe.__wrapped__, describe.__doc__, describe.__annotations__)
print(short.repr("x" * 40), short.repr(list(range(10))), short.repr({"k1": 1, "k2": 2, "k3": 3}))
print(short.repr(3.14159265358979), short.repr(10 ** 30), short.repr(object)[:12], short.repr(None))
print(short.repr(("t",) * 5), short.repr({1, 2, 3, 4, 5}), short.repr(b"bytes-bytes-bytes"))
print(reprlib.repr([[1, [2, [3, [4, [5]]]]]]), reprlib.repr({"a": {"b": {"c": {}}}}))
