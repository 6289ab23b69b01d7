# A small backtracking regex engine supporting . * + ? ^ $ [] and escapes, tested on many cases.
def parse_class(p, i):
    negate = i < len(p) and p[i] == "^"
    if negate:
        i += 1
    items = []
    first = True
    while i < len(p) and (p[i] != "]" or first):
        first = False
        if i + 2 < len(p) and p[i + 1] == "-" and p[i + 2] != "]":
            items.append((p[i], p[i + 2]))
            i += 3
        else:
            items.append((p[i], p[i]))
            i += 1
    if i >= len(p):
        raise ValueError("unterminated character class")
    return (negate, items), i + 1
def compile_re(p):
    atoms, i = [], 0
    while i < len(p):
        c = p[i]
        if c == "[":
            cls, i = parse_class(p, i + 1)
            atom = ("class", cls)
        elif c == "\\":
            if i + 1 >= len(p):
                raise ValueError("trailing backslash")
            e = p[i + 1]
            i += 2
            atom = {"d": ("class", (False, [("0", "9")])), "w": ("class", (False, [("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")])),
                    "s": ("class", (False, [(" ", " "), ("\t", "\t"), ("\n", "\n")]))}.get(e, ("lit", e))
        elif c == ".":
            atom = ("any", None); i += 1
        elif c == "$" and i == len(p) - 1:
            atoms.append(("end", None, None)); i += 1
            continue
        elif c in "*+?":
            raise ValueError(f"nothing to repeat at position {i}")
        else:
            atom = ("lit", c); i += 1
        quant = None
        if i < len(p) and p[i] in "*+?":
            quant = p[i]; i += 1
        atoms.append((atom[0], atom[1], quant))
    return atoms
def match_atom(kind, arg, ch):
    if kind == "lit":
        return ch == arg
    if kind == "any":
        return ch != "\n"
    negate, items = arg
    hit = any(lo <= ch <= hi for lo, hi in items)
    return hit != negate
def match_here(atoms, k, s, i):
    if k == len(atoms):
        return i
    kind, arg, quant = atoms[k]
    if kind == "end":
        return i if i == len(s) else None
    if quant is None:
        if i < len(s) and match_atom(kind, arg, s[i]):
            return match_here(atoms, k + 1, s, i + 1)
        return None
    lo = 1 if quant == "+" else 0
    hi = 1 if quant == "?" else len(s) - i
    n = 0
    while n < hi and i + n < len(s) and match_atom(kind, arg, s[i + n]):
        n += 1
    while n >= lo:
        r = match_here(atoms, k + 1, s, i + n)
        if r is not None:
            return r
        n -= 1
    return None
def search(pattern, s):
    anchored = pattern.startswith("^")
    atoms = compile_re(pattern[1:] if anchored else pattern)
    for start in ([0] if anchored else range(len(s) + 1)):
        end = match_here(atoms, 0, s, start)
        if end is not None:
            return (start, end, s[start:end])
    return None
def findall(pattern, s):
    atoms = compile_re(pattern)
    out, i = [], 0
    while i <= len(s):
        end = match_here(atoms, 0, s, i)
        if end is None:
            i += 1
        else:
            out.append(s[i:end])
            i = end if end > i else i + 1
    return out
tests = [("abc", "xxabcxx"), ("a.c", "abc adc a-c"), ("ab*c", "ac abc abbbc"), ("ab+c", "ac"), ("colou?r", "my colour"),
         ("^hello", "hello world"), ("^world", "hello world"), ("world$", "hello world"), ("^$", ""), ("\\d+", "abc 12345 def"),
         ("[a-c]+", "xyzabcabd"), ("[^0-9 ]+", "123 abc 456"), ("\\w+@\\w+\\.com", "mail me: joe_1@example.com!"),
         ("a*", "bbb"), (".*x", "abcxdefx"), ("\\.", "file.txt"), ("[]a]+", "x]a]y"), ("x?y?z?", "")]
for pat, s in tests:
    print(f"{pat!r:22} {s!r:30} -> {search(pat, s)}")
print(findall("\\d+", "a1b22c333d"), findall("[aeiou]", "regular expression"), findall("\\w+", "hi, there - you!"))
print(findall("a*", "baaac"))
for bad in ["*a", "a[bc", "abc\\", "+"]:
    try:
        compile_re(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
