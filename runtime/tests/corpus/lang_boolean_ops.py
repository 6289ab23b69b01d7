# and/or/not return values, short-circuiting, truthiness of builtin and user objects.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "x", [0] and "x", not [], not [0], not None, not 0.0, not -0.0)
vals = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", "0", [], [0], (), ((),), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00", bytearray()]
for v in vals:
    print(repr(v), bool(v))
log = []
def t(name, val):
    log.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, log); log.clear()
r = t("a", 1) and t("b", 0) and t("c", 1)
print(r, log); log.clear()
r = t("a", 0) or t("b", "") or t("c", "yes") or t("d", 1)
print(r, log); log.clear()
r = t("a", 1) and t("b", 0) or t("c", 2)
print(r, log); log.clear()
r = not t("a", 0) or t("b", 1)
print(r, log); log.clear()

class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__ called on", self.v)
        return self.v
class Len:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__ called", self.n)
        return self.n
class Neither:
    pass
print(bool(Truth(True)), bool(Truth(False)))
print(bool(Len(0)), bool(Len(3)), bool(Neither()))
print(Truth(False) or "fallback")
x = Len(2) and "len truthy"
print(x)
if not Len(0):
    print("empty Len is falsy")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
class BothBoolLen:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BothBoolLen()), len(BothBoolLen()))
print(True + True, True * 10, -True, ~True, True / 2, True // 2, False ** 0)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(int(True), float(False), str(True), repr(False))
print(1 if [] else 2, 1 if [[]] else 2)
print(all([]), any([]), all([1, [], 3]), any([0, "", [0]]))
print(None is None, (not None) is True)
print(bool("False"), bool(int("0")))
