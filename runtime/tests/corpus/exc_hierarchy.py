# The builtin exception hierarchy.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
         "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError",
         "LookupError", "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError",
         "FileNotFoundError", "PermissionError", "TimeoutError", "ConnectionError", "BrokenPipeError",
         "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError", "SyntaxError",
         "IndentationError", "TabError", "SystemError", "TypeError", "ValueError", "UnicodeError",
         "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "DeprecationWarning",
         "UserWarning", "RuntimeWarning", "SyntaxWarning", "ExceptionGroup", "BaseExceptionGroup"]
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for n in names:
    cls = b[n]
    print(n, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception), issubclass(Warning, Exception))
def catch(exc, *handlers):
    for h in handlers:
        try:
            raise exc
        except h:
            return h.__name__ if isinstance(h, type) else tuple(x.__name__ for x in h)
        except BaseException:
            continue
    return "uncaught"
print(catch(KeyError("k"), IndexError, LookupError))
print(catch(ZeroDivisionError(), ValueError, ArithmeticError))
print(catch(FileNotFoundError(), (KeyError, OSError)))
print(catch(KeyboardInterrupt(), Exception, BaseException))
print(catch(RecursionError(), NotImplementedError, RuntimeError))
print(catch(UnboundLocalError(), NameError))
print(catch(TabError(), SyntaxError))
print(OSError(2, "x").__class__.__name__, FileNotFoundError(2, "nf").errno, str(FileNotFoundError(2, "nf")))
print(str(OSError("just message")), OSError(1, "a", "file.txt").filename, str(OSError(1, "a", "file.txt")))
