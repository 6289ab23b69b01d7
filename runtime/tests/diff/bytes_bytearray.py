# bytearray mutation: append/extend/insert/pop/remove/clear/copy/reverse, item and slice
# assignment and deletion, += and *=, with CPython's error messages.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([33, 33])
ba.extend(bytearray(b"?"))
ba.extend(x for x in (65, 66))
ba.extend(range(48, 51))
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 46)
ba.insert(-100, 44)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba[0] = ord("H")
ba[-1] = 35
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = b"<<"
print(ba)
ba[len(ba):] = [62, 62]
print(ba)
ba[2:4] = bytearray(b"XYZW")
print(ba)
ba[5:2] = b"!"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba[::-3] = b"q" * len(ba[::-3])
print(ba)
ba[1:4] = (x + 1 for x in b"abc")
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[::-4]
print(ba)
del ba[100:]
print(ba)
b2 = bytearray(b"0123456789")
b2[2:5] = b""
print(b2)
b2[::2] = b"abcd"
print(b2)
b2[1:2] = bytearray(b"XYZ")
print(b2, b2.index(b"XYZ"), b"XYZ" in b2, 88 in b2)
b2[:] = b2
print(b2)
b2[3:] = b2
print(b2)
c = b2.copy()
c.clear()
print(c, b2, c == bytearray(), bytearray() == b"", c is b2)
acc = bytearray()
for i in range(10):
    acc += bytes([i * 3])
acc += bytearray(b"!")
print(acc, acc.hex(), bytes(acc), list(acc)[:4])
m = bytearray(b"ab")
m *= 3
print(m)
m *= 0
print(m, len(m))
alias = bytearray(b"xy")
same = alias
alias += b"z"
print(same, same is alias)
alias *= 2
print(same, same is alias)
e = bytearray(b"abc")
t("e.append(256)", lambda: e.append(256))
t("e.append(-1)", lambda: e.append(-1))
t("e.append('a')", lambda: e.append("a"))
t("e.append(1.5)", lambda: e.append(1.5))
t("e.append()", lambda: e.append())
t("e.pop(10)", lambda: e.pop(10))
t("e.pop('a')", lambda: e.pop("a"))
t("e.pop(1, 2)", lambda: e.pop(1, 2))
t("bytearray().pop()", lambda: bytearray().pop())
t("e.insert(0, 300)", lambda: e.insert(0, 300))
t("e.insert(1)", lambda: e.insert(1))
t("e.remove(300)", lambda: e.remove(300))
t("e.remove(b'a')", lambda: e.remove(b"a"))
t("e.remove(ord('z'))", lambda: e.remove(ord("z")))
t("e.remove()", lambda: e.remove())
t("e.extend(5)", lambda: e.extend(5))
t("e.extend('abc')", lambda: e.extend("abc"))
t("e.extend([1, 300])", lambda: e.extend([1, 300]))
t("e.extend()", lambda: e.extend())
t("e.clear(1)", lambda: e.clear(1))
t("e.copy(1)", lambda: e.copy(1))
t("e.reverse(1)", lambda: e.reverse(1))
print(e)
def setitem(k, v):
    e[k] = v
def delitem(k):
    del e[k]
t("e[0] = 300", lambda: setitem(0, 300))
t("e[0] = b'a'", lambda: setitem(0, b"a"))
t("e[10] = 1", lambda: setitem(10, 1))
t("e[-10] = 1", lambda: setitem(-10, 1))
t("e['a'] = 1", lambda: setitem("a", 1))
def ss(v, step=None):
    e[0:1:step] = v
t("e[0:1] = 5", lambda: ss(5))
t("e[0:1] = 'a'", lambda: ss("a"))
t("e[0:1] = None", lambda: ss(None))
t("e[0:1] = 1.5", lambda: ss(1.5))
t("e[0:1] = [1, 300]", lambda: ss([1, 300]))
t("e[0:1] = [1, 'a']", lambda: ss([1, "a"]))
def s2(v, step):
    e[::step] = v
t("e[::2] = b'a'", lambda: s2(b"a", 2))
t("e[::0] = b''", lambda: s2(b"", 0))
t("del e[10]", lambda: delitem(10))
t("del e['a']", lambda: delitem("a"))
def d0():
    del e[::0]
t("del e[::0]", d0)
t("e += 'x'", lambda: e.__iadd__("x"))
t("e += 5", lambda: e.__iadd__(5))
def im():
    global e
    e *= 2.5
t("e *= 2.5", im)
t("hash(e)", lambda: hash(e))
t("{e: 1}", lambda: {e: 1})
print(e)
big = bytearray(range(256))
print(len(big), big[250:], big.count(b"\x00"), big.find(b"\xfe\xff"), big[::64])
