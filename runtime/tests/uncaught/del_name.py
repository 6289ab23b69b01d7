# A failing del marks the deleted name.
x = 1
def f():
    del x
f()
