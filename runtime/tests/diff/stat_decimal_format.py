from decimal import Decimal as D, localcontext, Context, InvalidOperation
import statistics as st

readings = [D("12.5"), D("-0.004"), D("1234567.891"), D("0.000015"), D("-98.76"), D("0"), D("-0.0"),
            D("3.14159265358979"), D("1E+6"), D("2.50E-3"), D("NaN"), D("-Infinity"), D("NaN42")]

SPECS = ["", ".2f", "z.2f", "z.2F", "+.3e", ".4g", ",.2f", "12.1%", "*^15.3f", "010.2f", "<10", "z.1%", "E", ".3G"]

def fmt(v, spec):
    try:
        return format(v, spec)
    except ValueError as e:
        return f"<{e}>"

print(f"{'value':>20} | " + " | ".join(f"{s!r:>8}" for s in SPECS[:7]))
for v in readings:
    print(f"{v!s:>20} | " + " | ".join(f"{fmt(v, s):>8}" for s in SPECS[:7]))
print()
print(f"{'value':>20} | " + " | ".join(f"{s!r:>12}" for s in SPECS[7:]))
for v in readings:
    print(f"{v!s:>20} | " + " | ".join(f"{fmt(v, s):>12}" for s in SPECS[7:]))

print()
for spec in [",n", "n", ".3n", "_f", ",.0f", "08,.1f", "=+12,.2f", "z,.3f"]:
    print(f"{spec!r:>10}:", [fmt(v, spec) for v in (D("1234.5"), D("-0.0001"), D("NaN7"))])

# Summary statistics with a fixed context, formatted for a report
with localcontext(Context(prec=12)) as ctx:
    finite = [v for v in readings if v.is_finite()]
    m = st.mean(finite)
    md = st.median(finite)
    sd = st.stdev(finite)
    print("n={} mean={:.6f} median={} stdev={:.4e}".format(len(finite), m, md, sd))
    print("mean repr", repr(m), "sd repr", repr(sd))
    print("z-scores:", ", ".join(f"{(v - m) / sd:+.3f}" for v in finite))
    print("log10 of powers:", [str(D(10) ** k) + "->" + str((D(10) ** k).log10()) for k in (-3, 0, 5)])

with localcontext(Context(prec=3)) as ctx:
    for v in [D("1E+1000"), D("1E-7"), D("100"), D("12345")]:
        print(v, "log10", v.log10(), "logb", v.logb(), sorted(k.__name__ for k, f in ctx.flags.items() if f))
        ctx.clear_flags()
    print("payload", +D("NaN123456"), -D("-NaN99"), D("NaN1234").max(D(1)))

# NaN propagation in a pipeline
ctx = Context(traps=[])
vals = [D("1.5"), D("sNaN5"), D("2")]
print("sum w/ sNaN:", ctx.add(vals[0], vals[1]), "flags:", sorted(k.__name__ for k, f in ctx.flags.items() if f))
ctx.clear_flags()
print("next_plus sNaN:", ctx.next_plus(D("sNaN")), ctx.next_minus(D("-NaN3")), sorted(k.__name__ for k, f in ctx.flags.items() if f))
try:
    Context().next_plus(D("sNaN"))
except InvalidOperation as e:
    print("trapped:", type(e).__name__)
print("compare NaN", D("NaN").compare(D(1)), D("NaN5").compare_total(D("NaN4")), D("NaN") == D("NaN"))
print("is_nan", [v.is_nan() for v in readings[-3:]], [v.is_qnan() for v in readings[-3:]])
print(sorted((v for v in readings if not v.is_nan()), key=lambda d: (d, str(d))))
