# Greedy and possessive repeats of one-character units (literal, case-folded literal,
# `.`, sets) and the give-back to a following literal, on str and bytes subjects.
import re

cases = [
    (r"a*b", "aaab aab b xb"),
    (r"a+b", "caaaab ab b aaa"),
    (r"x{2,4}y", "xxxxxy xxy xy xxxxy"),
    (r"[a-c]+c", "abcabc abab cc c ac"),
    (r"[^,]*,", "one,two,,three"),
    (r".*o", "hello world\nfoo boo"),
    (r"(?s).*o", "hello world\nfoo boo"),
    (r".+?o", "hello world"),
    (r"(?i)k+e", "kKK\u212aEy ke KE"),
    (r"(?i)s+t", "sSsT \u017fst"),
    (r"a*+a", "aaaa"),
    (r"a++b", "aaab ab"),
    (r"[\d]+\.", "12.5 3. 44 .7"),
    (r"\w+d", "wordy word sword d"),
    (r"\s*x", "   x\t\nx x"),
    (r"(ab)*c", "ababc abc c"),
    (r"[a-z]{3}z", "abcz abz abcdz"),
    (r"o{0}x", "ox x"),
    (r"é+t", "ééét et"),
    (r"[^\n]*\n", "line1\nline2\n\nend"),
]
for pat, text in cases:
    rx = re.compile(pat)
    print(pat, "|", rx.findall(text), [m.span() for m in rx.finditer(text)])
    print("  search", rx.search(text).span() if rx.search(text) else None,
          "match", bool(rx.match(text)), "full", bool(rx.fullmatch(text)))

for pat, text in [(rb"a*b", b"aaab ab"), (rb"[\x00-\x10]+z", b"\x01\x02z \x05z"),
                  (rb".*\xff", b"ab\xffcd\xff\n\xff")]:
    print(pat, re.findall(pat, text))

long = "a" * 5000 + "b"
print(len(re.match(r"a*b", long).group()), re.match(r"a*c", long))
print(re.sub(r"[aeiou]+", "-", "queueing aerial boo"))
print(re.split(r",\s*", "a, b,c,   d"))
