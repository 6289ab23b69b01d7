# float() allows an underscore only between two digits; complex() reads decimal digits of
# any script (and Unicode spaces) as ASCII ones before parsing, as CPython does.
floats = ["2_e3", "1_0.5", "1_0", "126\u0661_e4", "-_\u06614", "1__0", "_1", "1_", "1._5", "1.5_e3",
          "1e_3", "1e1_0", "0x1_0", " 1_000.000_1 ", "\u0661_\u0662", "\u0661\u0662.\u0663", "1_\u0662"]
for s in floats:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
complexes = ["\u0661", "\u0662\u0663", ".\u0661", "-.\u0662" + "83", "73e5\u0662J", "\u0662+\u0663j",
             "9_\u0661o", "b\u0661_6-", "1_0+2_0j", "1__0j", "(\u0661+\u0662j)", "\u20031+1j\u2003",
             "1+1j\x0b", "\x0c2j", "1\u00a0+1j", "\u0661\u00bdj", "\u00b2", "x"]
for s in complexes:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
