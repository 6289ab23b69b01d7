# raise from, __context__, __cause__, __suppress_context__, re-raise.
def show(e):
    print(type(e).__name__, repr(str(e)),
          "cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)
try:
    raise ValueError("explicit cause") from KeyError("the cause")
except ValueError as e:
    show(e)
try:
    raise ValueError("cause is class") from KeyError
except ValueError as e:
    show(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    show(e)
def reraise_named():
    try:
        raise KeyError("named")
    except KeyError as err:
        raise err
try:
    reraise_named()
except KeyError as e:
    show(e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    show(e)
    show(e.__context__)
    print(repr(e.__context__.__context__.__context__))
try:
    raise RuntimeError
except RuntimeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError", err)
def context_in_finally():
    try:
        try:
            raise ValueError("in try")
        finally:
            raise KeyError("in finally")
    except KeyError as e:
        return repr(e.__context__)
print(context_in_finally())
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("after handled")
except TypeError as e:
    print("context after handled block:", repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", e)
err = ValueError("same object")
try:
    try:
        raise err
    except ValueError as e1:
        raise e1 from e1
except ValueError as e2:
    print(e2 is err, e2.__cause__ is err)
