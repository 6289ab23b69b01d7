# Assigning through a builtin type's read-only attribute, and explicit __set__/__delete__ on
# attribute and slot descriptors: errors name the descriptor's class.
class I(int): pass
for f in [lambda: setattr(I(5), "real", 1), lambda: setattr(5, "real", 1), lambda: int.real.__set__(5, 1),
          lambda: int.real.__delete__(5), lambda: int.real.__set__("x", 1)]:
    try: f()
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
class S:
    __slots__ = ("a",)
s = S()
S.a.__set__(s, 4); print(s.a, S.a.__get__(s, S)); S.a.__delete__(s)
try: S.a.__delete__(s)
except AttributeError as e: print("AttributeError", e)
try: S.a.__set__(3, 1)
except TypeError as e: print("TypeError", e)
