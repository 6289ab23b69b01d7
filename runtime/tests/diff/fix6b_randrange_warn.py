# random.randrange's DeprecationWarnings for float arguments (pointing at the caller).
import random, warnings
for a in [(10.0,), (1.5,), (0, 10.0), (0, 10, 2.0), (0, 5.5), (0, 10, 1.5)]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            print(a, random.Random(1).randrange(*a))
        except ValueError as e:
            print(a, "ValueError:", e)
        print([(x.category.__name__, str(x.message), x.lineno, x.filename == __file__) for x in w])
