# Every code point through the str predicates and case mappings; prints per-property checksums
# and the first few code points of each property so a difference is easy to locate.
preds = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isprintable",
         "islower", "isupper", "istitle", "isidentifier"]
maps = ["lower", "upper", "title", "casefold", "swapcase", "capitalize"]
counts = {p: 0 for p in preds}
sums = {p: 0 for p in preds}
msums = {m: 0 for m in maps}
mcounts = {m: 0 for m in maps}
first = {p: [] for p in preds + maps}
for plane_start, plane_end in [(0, 0xD800), (0xE000, 0x30000), (0xE0000, 0xE0200)]:
    for cp in range(plane_start, plane_end):
        c = chr(cp)
        for p in preds:
            if getattr(c, p)():
                counts[p] += 1
                sums[p] = (sums[p] * 31 + cp) % 1000000007
                if len(first[p]) < 3 and cp > 127:
                    first[p].append(hex(cp))
        for m in maps:
            r = getattr(c, m)()
            if r != c:
                mcounts[m] += 1
                for ch in r:
                    msums[m] = (msums[m] * 131 + ord(ch) + cp) % 1000000007
                if len(first[m]) < 3 and cp > 127:
                    first[m].append(hex(cp))
for p in preds:
    print(p, counts[p], sums[p], first[p])
for m in maps:
    print(m, mcounts[m], msums[m], first[m])
# Context-sensitive lowercasing of capital sigma around case-ignorable characters.
ign = 0
for cp in range(0x20, 0x3000):
    c = chr(cp)
    if ("a\u03a3" + c + " ").lower()[1] == "\u03c3":
        ign = (ign * 7 + cp) % 1000000007
print("sigma", ign)
