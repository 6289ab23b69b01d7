import pickle
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
from fractions import Fraction
from decimal import Decimal
import enum, dataclasses
Pt = namedtuple('Pt', 'x y')
class Color(enum.Enum):
    RED = 1
    GREEN = 2
@dataclasses.dataclass
class DC:
    a: int
    b: list
class SetSub(set):
    pass
class DictSub(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self.extra = 'e'
def t(fn):
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, str(e)[:80])
objs = [deque([1, 2, 3], maxlen=5), defaultdict(list, {'a': [1]}), Counter('abca'), Pt(1, 2), Color.GREEN, DC(1, [2]), SetSub([1]), DictSub(k=1), Fraction(3, 4), Decimal('1.50'), OrderedDict(a=1), range(5), slice(1, 9, 2), 1+2j, frozenset(), [None, ..., NotImplemented]]
for p in (0, 2, 4, 5):
    for o in objs:
        def rt():
            s = pickle.dumps(o, p)
            r = pickle.loads(s)
            return (r == o or type(o) is DictSub, type(r).__name__, getattr(r, 'extra', None))
        t(rt)
for p in (2, 4):
    for o in [Pt(1, 2), Fraction(3, 4), Decimal("1.50"), Counter("ab")]:
        t(lambda: pickle.dumps(o, p))
