def f():
    counter = 1
    try:
        return countr
    except NameError:
        [].apend(1)
f()
