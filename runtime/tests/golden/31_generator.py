def gen():
    x = yield 1
    yield from range(x)
    return 5
