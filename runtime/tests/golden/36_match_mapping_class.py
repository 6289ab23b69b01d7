match event:
    case {"type": "click", "pos": (x, y)}:
        click(x, y)
    case {"type": "key", **rest}:
        key(rest)
    case Point(x=0, y=yy) if yy > 0:
        up(yy)
    case Point(a, b) as p:
        other(p)
