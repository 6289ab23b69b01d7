import copy
import pickle
from dataclasses import dataclass, fields


class Outer:
    @dataclass(slots=True, frozen=True)
    class Inner:
        x: int
        y: str = 'y'

    @dataclass(slots=True, weakref_slot=True)
    class W:
        a: list


i = Outer.Inner(1)
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.__slots__, hasattr(i, '__dict__'))
print(pickle.loads(pickle.dumps(i)) == i, copy.deepcopy(i), i.__getstate__())
print(Outer.W.__qualname__, Outer.W.__slots__, [f.name for f in fields(Outer.W)])
