# string.Template subclasses with their own idpattern, braceidpattern, flags or pattern.
import string, re
class T1(string.Template):
    idpattern = r"[a-z]+"
class T2(string.Template):
    braceidpattern = r"[A-Z_.]+"
class T3(string.Template):
    flags = 0
    delimiter = "#"
class T4(string.Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )"""
print(T1("$abc $ABC $abc1").safe_substitute(abc="x", ABC="y"))
print(T2("${A.B} $lower ${x}").safe_substitute({"A.B": 1, "lower": 2}))
try:
    print(T3("#Name #name ##").substitute(Name="N", name="n"))
except ValueError as e:
    print("ValueError:", e)
print(T3("#name ## #Name").safe_substitute(name="n"), T3("#name").is_valid(), T3("x #Name").is_valid(), T3("#a #b #a #C").get_identifiers())
print(T4("[[who]] says [[[[").substitute(who="me"), T4("x").pattern.pattern[:10])
print(string.Template("$a$b${c}d").substitute(a=1, b=2, c=3), string.Template("$$a").substitute(), string.Template("${a}").get_identifiers())
for t, kw in [("$1", {}), ("${", {}), ("$a ${b", {"a": 1})]:
    try:
        print(string.Template(t).substitute(**kw))
    except ValueError as e:
        print("ValueError:", e)
print(string.Template("$a $b").safe_substitute({"a": 1}, b="kw"), string.Template("é $x").substitute(x="ü"), string.Template.delimiter, string.Template.idpattern)
print(T1.pattern.pattern.count("\n") > 0, T1("$z").template, isinstance(string.Template.pattern, re.Pattern), string.Template.flags)
