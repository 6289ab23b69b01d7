# str() and repr() of builtin exception instances with various arguments.
classes = [Exception, ValueError, KeyError, IndexError, TypeError, OSError, StopIteration, SystemExit, AttributeError, NameError, UnicodeError, RuntimeError]
argsets = [(), ("msg",), (1,), ("a", "b"), (None,), ("",), (("tuple",),), ({"k": 1},), ("quote'd",)]
for cls in classes:
    for args in argsets:
        e = cls(*args)
        print(f"{cls.__name__}{args!r}: str={str(e)!r} repr={e!r} args={e.args!r}")
print(repr(KeyError("a\nb")), str(KeyError("a\nb")))
print(repr(ValueError(ValueError("inner"))), str(ValueError(ValueError("inner"))))
e = AttributeError("attr msg")
print(e.args, str(e))
e = NameError("nm", name="x") if False else NameError("nm")
print(repr(e))
e = StopIteration(1, 2)
print(e.value, e.args)
e = SyntaxError("bad syntax")
print(repr(e), e.msg, e.lineno)
print(repr(BaseException()), repr(GeneratorExit()), repr(KeyboardInterrupt("ki")))
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
