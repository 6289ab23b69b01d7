# Assigning or deleting an enum member's `name`/`value` is refused with enum.property's
# messages; other attributes and the class-level guards behave as usual.
from enum import Enum, Flag, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2

    @property
    def hexa(self):
        return "#%02x" % self.value


class Perm(Flag):
    R = 4
    W = 2


class Level(IntEnum):
    LOW = auto()


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: setattr(Color.RED, "value", 5))
t(lambda: setattr(Color.RED, "name", "BLUE"))
t(lambda: delattr(Color.RED, "name"))
t(lambda: delattr(Color.GREEN, "value"))
t(lambda: setattr(Perm.R, "value", 1))
t(lambda: setattr(Level.LOW, "name", "x"))
t(lambda: setattr(Color.RED, "hexa", "x"))
t(lambda: (Color.RED.name, Color.RED.value, Color.RED.hexa, Perm.R | Perm.W, Level.LOW.value))
t(lambda: setattr(Color.RED, "note", "ok") or Color.RED.note)
t(lambda: setattr(Color, "RED", 5))
t(lambda: delattr(Color, "GREEN"))
t(lambda: (Color.__dict__["value"].__doc__, Color.__dict__["name"].__doc__))
