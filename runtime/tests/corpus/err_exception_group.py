# An uncaught ExceptionGroup (the last stderr line of its traceback is the box border).
errors = []
for i, v in enumerate(["1", "x", "3", "y"]):
    try:
        print("parsed", int(v))
    except ValueError as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("parse failures", errors)
