"""ast: parse a module using most of Python 3.11's syntax, dump it (with and without
positions, indented) and unparse it; the unparsed text must parse back to the same tree."""
import ast

SAMPLE = r"""'''Inventory tools: a sample module exercising most of Python 3.11 syntax.'''
from __future__ import annotations
import os, sys as _sys
from collections import defaultdict as dd, OrderedDict
from . import sibling
from ..pkg.mod import (a as b, c)
import xml.etree.ElementTree as ET

__all__ = ['Item', 'Store', "load"]
MAX: int = 10 ** 6
ratio = 3.5e-3 + 2j - 0.5j
big = 123456789012345678901234567890 * -1
neg = -(2 ** -1) + ~5 - +3
mask = 0xFF & 0o17 | 0b1010 ^ 7 << 2 >> 1
flags = not a and b or c and not (d or e)
chained = 1 < x <= 10 != y is not None is z in w not in v
text = 'single' "double" '''triple''' + u'uni' + r'raw\n' + b'bytes'.decode()
byts = b'\x00\xff' + rb'\d'
empty = ((), [], {}, set(), {*()})
weird = "it's" + 'say "hi"' + 'both \' and "' + 'tab\there' + 'nl\nx'


class Item:
    '''An item in the store.'''
    __slots__ = ('name', 'qty')

    def __init__(self, name: str, qty: int = 0, /, *extra, scale=1.0, unit: str, **opts) -> None:
        self.name, self.qty = name, qty * scale
        self.tags: list[str] = []

    @property
    def label(self):
        return f'{self.name!r}: {self.qty:>{width}.2f} units ({len(self.tags)} tags) {{raw}}'

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def parse(text, *, sep=',', strip=True):
        parts = [p.strip() if strip else p for p in text.split(sep) if p]
        return Item(*parts[:2], **{'unit': parts[2]} if len(parts) > 2 else {})

    def __repr__(self):
        return f"Item({self.name=}, {self.qty!s:5})"


class Store(Base, metaclass=Meta, flag=True):
    items: dict[str, Item]
    count = 0

    async def refresh(self, source):
        async with source.lock() as guard, other():
            async for row in source.rows():
                await self.add(row)
        data = [x async for x in source if await x.ok()]
        return await asyncio.gather(*(s.fetch() for s in data))

    def add(self, item, *args, **kwargs):
        global registry
        nonlocal_counter = 0
        def inner():
            nonlocal nonlocal_counter
            nonlocal_counter += 1
            yield nonlocal_counter
            yield from range(3)
            received = yield
            return received
        if (n := len(self.items)) > MAX:
            raise OverflowError('too many') from None
        elif n == 0:
            pass
        elif n < 0:
            raise
        else:
            self.items[item.name] = item
        del self.items[None], args[0]
        assert item is not None, "no item"
        return lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)

    def query(self, *keys):
        result = {k: v for k, v in self.items.items() if k in keys}
        seen = {k for k in keys}
        lazy = (k for k in keys for _ in range(2))
        matrix = [[i * j for j in range(3)] for i in range(3) if i if i > 0]
        sliced = keys[1:], keys[::2], keys[:-1:], keys[a:b, c], matrix[0][1:2]
        return result, seen, list(lazy), sliced


def load(path, mode='r'):
    try:
        with open(path, mode) as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                if line.startswith('#'):
                    break
            else:
                lineno = 0
    except (OSError, ValueError) as exc:
        print('failed', exc, file=_sys.stderr, sep='')
    except KeyError:
        raise RuntimeError('bad key') from exc
    except:
        pass
    else:
        return lineno
    finally:
        cleanup()
    while True:
        x = x + 1 if x else -x
        if x: break
    else:
        x = None
    return x


def grouped():
    try:
        risky()
    except* ValueError as eg:
        handle(eg)
    except* (TypeError, KeyError):
        pass


def describe(point):
    match point:
        case (0, 0):
            return 'origin'
        case [x, 0] | [0, x] if x > 0:
            return f'axis {x}'
        case Point(x=0, y=yy) as p:
            return p
        case {'kind': 'circle', 'r': r, **rest}:
            return r
        case [1, 2, *others]:
            return others
        case str() | bytes():
            return 'text'
        case -1 | 1.5 | 2 + 3j | None | True | Color.RED:
            return 'const'
        case {**rest}:
            return rest
        case _:
            return 'other'


x = y = z = [1, *rest, 2]
a, *b = c, d = 1, 2
(q) = r[0] = s.t = 5
v += 1; w //= 2; u **= 3; t @= m
print(*args, sep='', **kw)
value = obj.attr.method(1)(2)[3].next
fn = (lambda: (yield))
cond = a if b else (c if d else e)
res = (a or b)(c) and (not d)[0]
spread = {**base, 'k': 1, **other}
power = (-2) ** 2, 2 ** -2, (2 ** 3) ** 2, 2 ** 3 ** 2
walrus = [y := 5, y ** 2]
num_attr = 1 .real + 1.5.real + (1).imag
doc_after = f"{'nested'!r}" f'{x:{y}}' f"{a + b=}"
"""


def summary(tree):
    kinds = {}
    for node in ast.walk(tree):
        name = type(node).__name__
        kinds[name] = kinds.get(name, 0) + 1
    return sorted(kinds.items())


tree = ast.parse(SAMPLE, filename='sample.py')
print(summary(tree))
print(ast.dump(tree))
print(ast.dump(tree, include_attributes=True))
# Indented, for the class and the match statement only.
print(ast.dump(tree.body[20], indent=1))
print(ast.dump(tree.body[23], indent='  ', include_attributes=True))
text = ast.unparse(tree)
print(text)
again = ast.parse(text)
print('same tree:', ast.dump(again) == ast.dump(tree))
print('stable text:', ast.unparse(again) == text)
for stmt in tree.body:
    print(type(stmt).__name__, stmt.lineno, '->', ast.unparse(stmt).splitlines()[0][:60])
