from dataclasses import dataclass
from enum import Enum
import collections
class Op(Enum):
    ADD = '+'
    MUL = '*'
@dataclass
class Num:
    v: int
@dataclass
class Bin:
    op: Op
    l: object
    r: object
@dataclass
class Neg:
    e: object
def ev(e):
    match e:
        case Num(v): return v
        case Bin(Op.ADD, Num(0), r) | Bin(Op.ADD, r, Num(0)): return ev(r)
        case Bin(Op.MUL, Num(0), _) | Bin(Op.MUL, _, Num(0)): return 0
        case Bin(op=Op.ADD, l=l, r=r): return ev(l) + ev(r)
        case Bin(Op.MUL, l, r): return ev(l) * ev(r)
        case Neg(Neg(x)): return ev(x)
        case Neg(x): return -ev(x)
        case _: raise ValueError(f'bad {e!r}')
exprs = [Num(3), Bin(Op.ADD, Num(0), Num(5)), Bin(Op.MUL, Num(7), Num(0)), Bin(Op.ADD, Bin(Op.MUL, Num(2), Num(3)), Neg(Neg(Num(4)))), Neg(Bin(Op.ADD, Num(1), Num(1)))]
for _ in range(100):
    res = [ev(x) for x in exprs]
print(res)
try: ev('x')
except ValueError as e: print('VE', e)
def cmd(c):
    match c.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]: return f'move {d}'
        case ['go', *_]: return 'bad direction'
        case ['take', item, *rest] if rest: return f'take {item} and {len(rest)} more'
        case ['take', item]: return f'take {item}'
        case ['quit' | 'exit']: return 'bye'
        case []: return 'empty'
        case [verb, *_]: return f'unknown {verb}'
print([cmd(c) for c in ['go north', 'go up', 'take lamp', 'take a b c', 'quit', '', 'dance now']])
def shape(x):
    match x:
        case {'type': 'circle', 'r': int(r) | float(r)} if r > 0: return f'circle {r}'
        case {'type': 'rect', **rest} if not rest.keys() - {'w', 'h'}: return f'rect {sorted(rest.items())}'
        case {'type': t}: return f'other {t}'
        case str() as s if len(s) > 3: return 'long str'
        case str(): return 'str'
        case (a, b): return f'pair {a},{b}'
        case [a, b, c]: return f'triple'
        case int(n) if n < 0: return 'neg'
        case True: return 'true'
        case 1: return 'one'
        case None: return 'none'
        case collections.OrderedDict(): return 'odict'
        case _: return 'unknown'
tests = [{'type': 'circle', 'r': 2.5}, {'type': 'circle', 'r': -1}, {'type': 'rect', 'w': 1, 'h': 2}, {'type': 'rect', 'x': 1}, 'hello', 'hi', (1, 2), [1, 2, 3], -5, True, 1, 1.0, None, b'ab', collections.OrderedDict(), {'r': 1}]
print([shape(t) for t in tests])
match (1, [2, 3], {'k': 'v'}):
    case (x, [y, *zs], {'k': w}):
        print(x, y, zs, w)
val = 5
match 5:
    case val2 if val2 == val: print('matched capture', val2)
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(x=1, y=yy) if yy > 1: print('kw match', yy)
match {'a': 1, 'b': 2}:
    case {'a': 1}: print('mapping partial ok')
match [1, 2]:
    case (1, 2): print('list matches tuple pattern')
match 'abc':
    case [*chars]: print('str as seq?', chars)
    case _: print('str not a sequence pattern')
