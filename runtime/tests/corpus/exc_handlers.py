# Handler matching: order, tuples, bare except, name unbinding, handler expressions.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return f"other:{type(e).__name__}"
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
def bare():
    try:
        raise SystemExit(9)
    except:
        return "bare except catches SystemExit"
print(bare())
def first_match_wins():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError second"
print(first_match_wins())
handlers = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except handlers as e:
    print("caught via variable tuple:", e)
def pick():
    print("  handler expression evaluated")
    return KeyError
try:
    raise KeyError("x")
except pick():
    print("caught via call")
try:
    try:
        raise ValueError("v")
    except pick():
        print("not here")
except ValueError:
    print("ValueError passed through")
e = "outer value"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise ValueError("nested tuples")
except ((KeyError, (TypeError, ValueError)),) if False else (KeyError, ValueError) as ex:
    print("caught", ex)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise
    finally:
        print("finally before propagation")
except KeyError as ke:
    print("propagated", ke)
def handler_raises_new():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return f"inner handled {t}; context {t.__context__!r}"
print(handler_raises_new())
def exception_var_is_exception():
    try:
        {}["k"]
    except KeyError as err:
        return type(err).__name__, err.args
print(exception_var_is_exception())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as r:
        print("retry after", r)
print("count", count)
