# try/except/else/finally ordering, with return/break/continue interactions.
def trace(label, exc=None):
    out = []
    try:
        out.append("try")
        if exc:
            raise exc
    except ValueError:
        out.append("except ValueError")
    except (TypeError, KeyError) as e:
        out.append(f"except {type(e).__name__}")
    else:
        out.append("else")
    finally:
        out.append("finally")
    print(label, out)
trace("none")
trace("value", ValueError())
trace("type", TypeError())
trace("key", KeyError())
try:
    trace("index", IndexError("escapes"))
except IndexError as e:
    print("outer caught", repr(e))

def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def ret_try_finally_side_effect():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    return inner(), log
print(ret_try_finally_side_effect())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally before else-return completes")
print(else_return())

def value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_evaluated_before_finally())

def mutable_modified_in_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutable_modified_in_finally())

out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(f"body{i}")
    finally:
        out.append(f"finally{i}")
print(out)

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("discarded")
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())

def continue_in_finally():
    res = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            res.append(i)
        finally:
            continue
    return res
print(continue_in_finally())

def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except ValueError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append(f"outer caught {e}")
    finally:
        log.append("outer finally")
    return log
print(nested())

def exception_in_else():
    try:
        try:
            pass
        except ValueError:
            print("  not here")
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"caught {e}"
print(exception_in_else())

def exception_in_except():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
        finally:
            print("  finally still runs")
    except ValueError as e:
        return f"{e!r} context={e.__context__!r}"
print(exception_in_except())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n >= 3:
                return n
        finally:
            print("  while finally", n)
print(while_finally())

def return_in_try_and_except():
    try:
        1 / 0
        return "try"
    except ZeroDivisionError:
        return "except"
    finally:
        print("  finally after except return")
print(return_in_try_and_except())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
g = gen_finally()
for v in g:
    print("got", v)
    break
print("after break from generator")
g.close()
print("after close")
