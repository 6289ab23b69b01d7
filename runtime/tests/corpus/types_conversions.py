# Conversions between builtin types.
print(str(42), str(-0.0), str(1e100), str(True), str([1, 2]), str((1,)), str({1: 2}), str(b"x"))
print(int("42"), int(42.9), int(True), int("-0"), float("3.5"), float(3), float(True), complex(3), complex("2j"))
print(list("abc"), list((1, 2)), list({1: "a"}), list(range(3)), list({"b": 1, "a": 2}.items()))
print(tuple("ab"), tuple([1, 2]), tuple({"k": 1}), tuple(x for x in range(3)))
print(sorted(set("hello")), sorted(frozenset([3, 1, 2])), dict([("a", 1)]), dict(zip("ab", "xy")))
print(bool(""), bool("0"), bool(0.0), bool([]), bool([0]), bool(None), bool(range(0)))
print(bytes("hi", "ascii"), bytes([104, 105]), bytearray(b"hi"), list(b"hi"), str(b"hi", "ascii"), b"hi".decode())
print(chr(97), ord("a"), hex(255), oct(255), bin(255), int("ff", 16), int("377", 8), int("11111111", 2))
print(float.fromhex("0x1.8p0"), (1.5).hex(), int.from_bytes(b"\x00\x10", "big"), (16).to_bytes(2, "big"))
print(repr(str(1.0)), repr(str(10 ** 16 * 1.0)), repr(str(1 / 3)), float(str(0.1)) == 0.1)
print(int(float("1e10")), float(int("9" * 20)), int(-1e-10), round(1e-10), round(-2.5), round(2.5000001))
print(str(list(map(int, "1 2 3".split()))), [float(x) for x in ["1", "2.5", "-3e2", "inf"]])
print(list(map(str, [1, 2.0, None, True])), ",".join(map(str, range(5))))
print(dict.fromkeys(range(3), 0), list(zip(*[(1, "a"), (2, "b")])), list(enumerate("ab")))
print(ascii("naïve"), repr("naïve"), str("naïve"), "naïve".encode("ascii", "replace"))
print(int(" 0b101 ".strip(), 0), int("0_7"), float("1_0e1_0"), complex(" (1+1j) "))
for bad in ["12a", "", "1 2", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float([1])
except TypeError as e:
    print("TypeError", e)
try:
    list(1)
except TypeError as e:
    print("TypeError", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
