# `s += t` in functions appends in place when only the local holds the str; every case
# where someone else can see the str must keep the old value.
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s

s = build(100000, "abc")
print(len(s), s[:9], s[-6:], hash(s) == hash("abc" * 100000))
u = build(5000, "é中😀")
print(len(u), u[:6], u[-3:], u[7], u[14999], u.count("中"))

def shared():
    a = "x" * 3
    b = a              # a second reference: a must not change
    a += "y"
    return a, b

def aliased_in_list():
    s = "start"
    keep = [s]
    for i in range(3):
        s += str(i)
        keep.append(s)
    return keep

def self_concat():
    s = "ab"
    s += s
    s += s
    return s

def other_local():
    s = "p"
    t = "q"
    t += "r"           # stores into t, not s
    s += "s"
    return s, t

def cell_var():
    s = "c"
    def get():
        return s
    for i in range(3):
        s += "d"
    return s, get()

def global_target():
    global G
    for i in range(3):
        G += "g"

G = "G"
global_target()

def dict_keys():
    d = {}
    s = "k"
    for i in range(4):
        d[s] = i
        s += "k"
    return d

def hashed_then_grown():
    s = "h" * 10
    seen = {s}
    s += "!"
    return s in seen, ("h" * 10) in seen, hash(s) == hash("h" * 10 + "!")

def positions():
    s = "ü" * 40
    first = s[39]
    s += "ß" * 40
    return first, s[40], s[79], len(s), s[-1], s.index("ß")

def subclass():
    class S(str):
        pass
    s = S("sub")
    s += "x"
    return type(s).__name__, s

def not_str():
    l = [1]
    l += [2]
    n = 5
    n += 1
    return l, n

def error_keeps_local():
    s = "keep"
    try:
        s += 5
    except TypeError as e:
        return s, str(e)

print(shared(), aliased_in_list(), self_concat(), other_local(), cell_var(), G)
print(dict_keys(), hashed_then_grown(), positions(), subclass(), not_str(), error_keeps_local())

def plus_form(n):
    s = "<"
    for i in range(n):
        s = s + str(i % 10)
    t = s
    s = s + ">"        # t still holds the old text
    u = "x"
    u = "y" + u        # the local is the right operand: a new str
    return len(s), s[:5], s[-3:], t[-2:], u

print(plus_form(50000))
