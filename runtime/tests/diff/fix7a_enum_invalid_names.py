# Enum member names "mro" and "" are refused, as CPython 3.11 does.
import enum
try:
    class C(enum.Enum):
        mro = 1
except ValueError as e: print(e)
try:
    class D(enum.Enum):
        A = 1
        mro = 2
except ValueError as e: print(e)
try:
    E = enum.Enum("E", ["mro", "x"])
except ValueError as e: print(e)
try:
    E = enum.Enum("E", {"": 1})
except ValueError as e: print(e)
