import string
class T2(string.Template):
    delimiter = '%'
class T3(string.Template):
    idpattern = r'[a-z]+'
for cls in (string.Template, T2, T3):
    for src in ["$name is $age $$ and ${what}", "%name %% %{x} $y", "$a$b${c}d $", "${bad", "$1x", "line1\nx $ y", "", "no subs", "$who likes $what"]:
        t = cls(src)
        for m in ({"name": "N", "age": 3, "what": "W", "a": 1, "b": 2, "c": 3, "x": "X", "y": "Y", "who": "me"}, {}):
            for fn in (t.substitute, t.safe_substitute):
                for _ in range(2):
                    try: print(cls.__name__, repr(src), fn(m))
                    except Exception as e: print(cls.__name__, repr(src), type(e).__name__, e)
        print(t.is_valid(), t.get_identifiers())
t = string.Template("$x")
t.template = "$y!"
print(t.substitute(y=1), t.safe_substitute({"y": 2}, y=3))
t.delimiter = "!"
print(t.safe_substitute(y=1), vars(t))
print(string.Template("$x $y").substitute({"x": 1}, y=2))
