# Enum.__members__ is a read-only, live mappingproxy of name -> member (aliases included).
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


m = Color.__members__
print(type(m).__name__, m)
print(list(m), list(m.values()), m["CRIMSON"], len(m), "RED" in m, "BLUE" in m)
print(dict(m), sorted(m.items()), m.get("GREEN"), m.get("BLUE", "none"))
for op in ("setitem", "delitem"):
    try:
        if op == "setitem":
            m["BLUE"] = 3
        else:
            del m["RED"]
    except TypeError as e:
        print("TypeError:", e)
print(Perm.__members__, [name for name, member in Perm.__members__.items() if member.name != name])
print([n for n, v in Color.__members__.items() if v.name != n], Color.__members__ == Color.__members__)
print(repr(enum.IntEnum("Level", "LOW HIGH").__members__))
