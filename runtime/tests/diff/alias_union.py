print(list[int], dict[str, int], tuple[int, ...], set[int], frozenset[str], tuple[()], list[list[int]], dict[str, list[int] | None])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a([1, 2]), type(a([1])), a == list[int], a == list[str], hash(a) == hash(list[int]))
print(type(a), type(int | str))
try: isinstance([], list[int])
except Exception as e: print(type(e).__name__, e)
try: issubclass(list, list[int])
except Exception as e: print(type(e).__name__, e)
u = int | str
print(u, u.__args__, isinstance(1, u), isinstance('a', u), isinstance(1.0, u), issubclass(bool, u), issubclass(float, int | str))
print(int | None, None | int, int | int, int | str | int, (int | str) == (str | int), list[int] | None, int | list[int])
print(isinstance(None, int | None))
try: isinstance(1, int | list[int])
except Exception as e: print(type(e).__name__, e)
try: int | 3
except Exception as e: print(type(e).__name__, e)
class C(list[int]): pass
print(C.__bases__, C.__mro__)
class Foo: pass
print(list[Foo], Foo | None)
def f(x: list[int]) -> dict[str, int]: pass
print(f.__annotations__)
print(isinstance(3, (int | str, float)))
try: print(isinstance('x', int | list[int]))
except Exception as e: print(type(e).__name__, e)
try: print(issubclass(int, int | list[int]))
except Exception as e: print(type(e).__name__, e)
try: print(issubclass(str, int | list[int]))
except Exception as e: print(type(e).__name__, e)
