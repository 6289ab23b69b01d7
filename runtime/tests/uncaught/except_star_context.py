try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print("caught", repr(e))
except* TypeError:
    raise RuntimeError("in handler")
