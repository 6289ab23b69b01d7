# str.format: positional, keyword, attribute/index access, conversion, nested specs, errors.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[key]} {2.real} {2.imag}".format([10, 20], {"key": "v"}, 3 + 4j))
print("{!r} {!s} {!a}".format("s", "s", "ü"), "{0!r:>10}".format("pad"), "{:{}{}}".format(3.14159, ">10", ".2f"))
print("{:{width}.{prec}f}".format(2.71828, width=10, prec=3), "{:*^{w}}".format("mid", w=11))
print("{{}} {{{}}} {{0}}".format("x"), "{0:{1}}".format(5, "03"))
class Obj:
    attr = "attribute"
    items = {"k": ["zero", "one"]}
print("{0.attr} {0.items[k][1]} {o.attr}".format(Obj(), o=Obj()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(-3.5), "{:,}".format(10 ** 9), "{:+.1%}".format(0.256))
print("{0}{1}{0}".format("ab", "-"), "{}".format([1, 2]), "{}".format(None), "{:d}".format(True), "{}".format(True))
data = {"name": "Ann", "langs": ["py", "rs"]}
print("{name} knows {langs[0]} and {langs[1]}".format(**data), "{0[name]}".format(data))
print("{:x} {:o} {:b} {:#X} {:c}".format(255, 8, 5, 255, 97), "{:e}".format(12345.678), "{:g}".format(1e-10))
for fmt, args, kwargs in [("{}", (), {}), ("{1}", ("a",), {}), ("{x}", (), {}), ("{0.missing}", (1,), {}),
                           ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}), ("{!x}", (1,), {}), ("{:d}", ("s",), {}),
                           ("{0}{}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{0:{1}}", (1,), {}), ("{:>{}}", ("a",), {})]:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 1, 4.25), ("fig", 12, 0.3)]
for row in table:
    if row[0] == "Name":
        print("{:<12}{:>5}{:>8}".format(*row))
        print("-" * 25)
    else:
        print("{:<12}{:>5d}{:>8.2f}".format(*row))
print("{0:>{1}}".format("x", 5), "{:.{}}".format("truncate", 4), "{:{}}".format("a", 3) + "|")
print("{:=+10.2f}".format(3.14159), "{:0=10}".format(-42), "{:#010b}".format(5), "{:_x}".format(2 ** 32))
print(str.format("{} {}", "unbound", "call"), "{0}".format(*["star"]), "{a}{b}".format_map({"a": 1, "b": 2}))
