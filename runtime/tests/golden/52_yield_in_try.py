def g():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        yield 2
