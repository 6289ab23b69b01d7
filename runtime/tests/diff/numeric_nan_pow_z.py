# NaN hashing by identity, pow()'s three-argument errors, and the 'z' format option
# on complex numbers.
nan = float('nan')
other = float('nan')
print("hash(nan) stable:", hash(nan) == hash(nan))
print("two NaNs hash apart:", hash(nan) != hash(other))
print("hash(nan) == 0:", hash(nan) == 0)
s = {nan, other, nan, 0.0, 1}
print("set size:", len(s), sorted(repr(x) for x in s))
d = {nan: "a", other: "b"}
d[nan] = "c"
print("dict:", len(d), sorted(d.values()))
c = complex(nan, 1.0)
print("complex nan hash stable:", hash(c) == hash(c))
print("hash(inf), hash(-inf), hash(-0.0):", hash(float('inf')), hash(float('-inf')), hash(-0.0))
print("complex(1.5, 2) hash:", hash(complex(1.5, 2)))

for args in [(2, 3, 1.5), (2.0, 3, 5), (2, 3.0, 5), (2, 3, "x"), (True, 2, 1.0),
             ("a", 2, 3), (2, 3, None), (2, 10, 7), (-2, 3, 5)]:
    try:
        print("pow%r =" % (args,), pow(*args))
    except TypeError as e:
        print("pow%r: TypeError: %s" % (args, e))

values = [complex(-0.0, -0.0), complex(-0.0001, -2.5), complex(-1e-300, 1e-300),
          complex(-3, -0.004), complex(nan, -0.0), complex(0.00004, -0.00004)]
for v in values:
    print(repr(v), [format(v, spec) for spec in ('z.1f', 'z.2e', 'z', 'z.3g', '+z.1f', 'z12.1f', 'z.0f', '.1f')])
