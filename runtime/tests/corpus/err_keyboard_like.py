# An uncaught exception of a class derived directly from BaseException.
for i in range(10):
    print("warmup", i, i % 3, "fizz" if i % 3 == 0 else "")
class Abort(BaseException):
    pass
def work():
    for i in range(4):
        print("step", i)
        if i == 2:
            try:
                raise Abort("stopping at step 2")
            except Exception:
                print("not caught by except Exception")
work()
