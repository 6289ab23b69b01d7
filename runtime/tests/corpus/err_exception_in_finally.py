# An exception raised in a finally block replaces the original one.
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
