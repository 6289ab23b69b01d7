def f():
    with ctx() as c:
        return c.value
