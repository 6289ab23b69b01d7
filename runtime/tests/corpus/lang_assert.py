# assert statement, AssertionError messages.
def check(v):
    try:
        assert v > 0, f"value {v} not positive"
        return "ok"
    except AssertionError as e:
        return f"failed: {e}"
for v in [1, 0, -5, 3.5]:
    print(v, check(v))

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args, str(e) == "")

try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, e)

try:
    assert [], 42
except AssertionError as e:
    print(type(e.args[0]).__name__, e)

assert True, "never"
assert 1, "never"
assert "non-empty"
print("passing asserts are silent")

calls = []
def msg():
    calls.append(1)
    return "message"
assert True, msg()
print("message not evaluated:", calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)

# assert with parenthesized tuple is always true (warning only)
def f():
    try:
        assert (0 == 1)
    except AssertionError:
        return "caught"
print(f())
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
class MyErr(AssertionError):
    pass
try:
    raise MyErr("custom")
except AssertionError as e:
    print(type(e).__name__, e)
print(__debug__)
