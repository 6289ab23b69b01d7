# range()'s argument errors, keywords first (as CPython checks them).
for src in ("range(x=1)", "range(1, step=2)", "range()", "range(1, 2, 3, 4)", "range(1.5)",
            "range(0, 10, 0)", "range('a')"):
    try:
        print(src, list(eval(src)))
    except (TypeError, ValueError) as e:
        print(src, type(e).__name__, e)
print(list(range(3)), list(range(1, 7, 2)), list(range(5, 0, -2)))
