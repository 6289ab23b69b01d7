def f(a):
    global g
    del a
    g = 1
    del g
