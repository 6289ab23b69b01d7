# difflib: matching blocks and opcodes on random input, junk handling, close matches,
# ndiff guide lines.
import difflib, random

r = random.Random(7)
for t in range(80):
    a = [r.choice("abcde") for _ in range(r.randrange(0, 14))]
    b = [r.choice("abcde") for _ in range(r.randrange(0, 14))]
    s = difflib.SequenceMatcher(None, a, b)
    print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 6))
    if len(a) > 2 and len(b) > 3:
        print(s.find_longest_match(1, len(a) - 1, 2, len(b) - 1))
    s = difflib.SequenceMatcher(lambda c: c == "a", "".join(a), "".join(b), autojunk=False)
    print(s.get_matching_blocks(), list(s.get_grouped_opcodes(1)))
s = difflib.SequenceMatcher(None, "abc", "xyz")
print(s.get_opcodes() is s.get_opcodes(), s.get_matching_blocks() is s.get_matching_blocks())
words = ["ape", "apple", "peach", "puppy", "applet", "apply", "appel"]
for w in ("appel", "pea", "xyz", "ap"):
    print(difflib.get_close_matches(w, words, n=2, cutoff=0.3),
          difflib.get_close_matches(w, iter(words)))
for n, cutoff in ((0, 0.5), (1, 1.5), (1, -0.1)):
    try:
        difflib.get_close_matches("a", ["a"], n, cutoff)
    except ValueError as e:
        print(type(e).__name__, e)
a = ["one two\tthree\n", "same\n", "alpha beta\n", "gamma\n", "x\n"]
b = ["one too\tthree\n", "same\n", "alpha  beta gamma\n", "delta\n", "x\n", "extra\n"]
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.ndiff(["abcdefg\n", "same\n"], ["abcxefg\n", "same\n", "same\n"])))
print("".join(difflib.ndiff(["a\n", "b\n", "a\n"], ["b\n", "a\n", "c\n"])))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(
    ["private Thread currentThread;\n"], ["private volatile Thread currentThread;\n"])))
