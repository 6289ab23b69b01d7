# Every method of every kind of builtin object, called with wrong numbers and kinds of
# arguments (bound and through the type): each call raises or returns, and the runtime
# neither panics nor crashes (found by this fuzzing: any(), id(), x.__add__(),
# int.__new__(1), (0).__delattr__(1) and more).
import sys
samples = [0, 1.5, 2j, True, "abc", b"ab", bytearray(b"xy"), [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({3}), range(3), slice(1, 2), memoryview(b"ab"), object(), type, int, iter([1]), reversed([1]), enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), staticmethod(abs), classmethod(abs), super, NotImplemented, Ellipsis, len, (lambda: 1), ValueError("x"), {}.keys(), {}.values(), {}.items()]
argsets = [(), (1,), (1, 2), (1, 2, 3), ("a",), (None,), ([],), ("a", "b", "c", "d"), (-1,), (2**70,)]
skip = {"__init_subclass__", "__subclasshook__", "__class__", "__del__", "__exit__", "__aexit__"}
def poke(which, x):
  for name in sorted(dir(x)):
      if name in skip:
          continue
      try:
          m = getattr(x, name)
      except BaseException:
          continue
      if not callable(m):
          continue
      for a in argsets:
          try:
              m(*a)
          except BaseException:
              pass
      try:
          m(k=1)
      except BaseException:
          pass
      # The unbound form too: the descriptor called with a wrong receiver.
      try:
          d = getattr(type(x), name)
          for a in argsets:
              try:
                  d(*a)
              except BaseException:
                  pass
      except BaseException:
          pass
  print("done", which)

for i, x in enumerate(samples):
    poke(i, x)

# (property() stays out of the loop above: re-initialising one with bad arguments trips a
# reference-count bug in CPython 3.11 itself at exit.) The messages of a few of them:
for expr in ["any()", "all(1, 2)", "id()", "(1).__add__()", "(1).__add__(1, 2)", "int.__add__()",
             "int.__new__()", "int.__new__(1)", "int.__new__(str)", "float.__new__('x')",
             "[].__setitem__(1)", "(2).__pow__()", "(2).__pow__(1, 2, 3)", "(1).__neg__(2)",
             "(0).__delattr__(1)", "object().__setattr__(1, 2)", "object().__format__(1)",
             "(1,).count()", "property().__set_name__(1)", "{}.__contains__()", "[].__add__()"]:
    try:
        eval(expr)
        print(expr, "-> no error")
    except TypeError as e:
        print(expr, "->", e)

# The same from a hot call site, once its call is specialised.
for i in range(300):
    try:
        (1).__add__()
    except TypeError as e:
        m = str(e)
    try:
        [].append()
    except TypeError as e:
        m2 = str(e)
print(m, "|", m2)
