x: int = 1
y: str
def f(a: int, *b: str, c: float = 1.0, **d: dict) -> bool:
    z: int = 2
    return True
class K:
    attr: list
