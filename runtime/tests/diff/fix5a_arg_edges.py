# Argument edge cases of builtin methods: ssize_t overflow in list.insert/pop, round's
# clamped ndigits for floats, int.__round__(None), tuple() keywords, float.__getformat__,
# and list.__reversed__().
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


t("insert-huge", lambda: [1].insert(2**70, 1))
t("insert-str", lambda: [1].insert("a", 1))
t("pop-huge", lambda: [1].pop(2**70))
t("pop-neg-huge", lambda: [1].pop(-2**70))
t("pop-str", lambda: [1].pop("a"))
l = [1, 2]
l.insert(-2**62, 0)
t("insert-neg", lambda: l)
t("round-float-huge", lambda: round(1.5, 2**70))
t("round-float-neg-huge", lambda: round(1.5, -2**70))
t("float-round-huge", lambda: (2.5).__round__(2**100))
t("float-round-none", lambda: (2.5).__round__(None))
t("round-int-none", lambda: round(5, None))
t("int-round-none", lambda: (5).__round__(None))
t("int-round", lambda: (1234).__round__(-2))
t("int-round-str", lambda: (5).__round__("a"))
t("tuple-kw", lambda: tuple(x=1))
t("tuple-kw2", lambda: tuple([1], x=1))


class T(tuple):
    pass


class U(tuple):
    def __init__(self, *a, **k):
        pass


t("tuple-sub-kw", lambda: T(x=1))
t("tuple-sub-init-kw", lambda: U([1], x=1))
t("getformat", lambda: float.__getformat__("double"))
t("getformat-float", lambda: float.__getformat__("float"))
t("getformat-bad", lambda: float.__getformat__("x"))
t("getformat-int", lambda: float.__getformat__(1))
t("reversed", lambda: list([1, 2].__reversed__()))
