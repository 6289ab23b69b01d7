def f():
    return {}["key"]


value = f()
