def f():
    try:
        {}["k"]
    except KeyError as e:
        e.add_note("note one")
        e.add_note("multi\nline note")
        raise ValueError("converted") from None
try:
    f()
except ValueError as v:
    v.add_note("outer note")
    eg = ExceptionGroup("grp", [v, TypeError("t")])
    eg.add_note("group note")
    eg.exceptions[1].add_note("member note")
    raise eg
