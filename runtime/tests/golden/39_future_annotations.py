from __future__ import annotations
def f(a: SomeType[int]) -> Other:
    pass
v: Deferred = 1
