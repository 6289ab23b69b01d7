# An exception raised in a finally block replaces the original one.
for i in range(8):
    try:
        r = 10 // (i - 4)
    except ZeroDivisionError:
        r = "div0"
    finally:
        print("iteration", i, r)
def process():
    try:
        print("processing")
        raise ValueError("original problem")
    finally:
        print("finally runs")
        raise KeyError("raised in finally")
try:
    process()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
process()
