@decorator
@other(arg)
def f():
    pass

@dataclass
class C:
    x: int = 0
