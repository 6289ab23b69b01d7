# An uncaught ExceptionGroup (the last stderr line of its traceback is the box border).
for base in (2, 8, 10, 16):
    print(base, [int(s, base) for s in ("10", "11", "101")])
errors = []
for i, v in enumerate(["1", "x", "3", "y"]):
    try:
        print("parsed", int(v))
    except ValueError as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("parse failures", errors)
