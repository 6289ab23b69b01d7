# string: Formatter (numbering, nested specs, conversions, hooks, errors), capwords, Template errors with line/column, constants.
import string
f = string.Formatter()
print(f.format("{} {} {x!r} {0!s:>5}".replace("{0!s:>5}", "") , 1, 2, x="y"))
print(f.format("{0:{1}} {a.real} {b[k]} {c[1]}", 3.14159, ".2f", a=3j, b={"k": "v"}, c=[0, 9]))
print(f.format("{!a}", "é"), f.vformat("{0}{1}", (1, 2), {}))
for bad in ["{} {0}", "{0} {}", "{!x}", "{0:{1:{2}}}"]:
    try:
        print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(list(f.parse("a{b!r:c}d{{e}}")), f.get_field("0.real", [5], {}), f.get_value("k", (), {"k": 1}), f.convert_field(1, None))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)), len(args), sorted(kwargs))
Strict().format("{0}{x}", 1, 2, x=3, y=4)
print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"), string.capwords("x  y", " "))
t = string.Template("$who likes ${what}; $$5\n $bad.")
print(t.substitute(who="tim", what="kung pao", bad="b"), t.safe_substitute(who="x"))
for tmpl in ["ab $", "line1\nline2 $3x", "${ x}"]:
    try:
        string.Template(tmpl).substitute({})
    except ValueError as e:
        print(e)
print(string.Template("$a").get_identifiers(), string.Template("$a $$ ${b}").is_valid(), string.Template("$").is_valid())
print(string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.Template.__doc__ is not None)
