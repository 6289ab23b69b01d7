s = {x for x in data}
d = {k: v for k, v in items if v}
