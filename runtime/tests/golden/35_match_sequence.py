match point:
    case (0, 0):
        origin()
    case [x, 0]:
        on_x(x)
    case [first, *rest]:
        many(first, rest)
    case _:
        other()
