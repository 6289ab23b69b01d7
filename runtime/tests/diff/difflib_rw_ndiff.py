# difflib: ndiff with intraline marks, unified/context diffs, opcodes, junk, close matches, restore.
import difflib
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "abcdefg\n", "same\n", "x\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "5ive\n", "abcXefgh\n", "same\n", "y\n", "extra\n"]
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.unified_diff(a, b, "a", "b", n=1)))
print("".join(difflib.context_diff(a, b, "a", "b")))
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_opcodes())
print(list(s.get_grouped_opcodes(1)))
s.set_seq1("abc"); print(s.ratio(), s.find_longest_match())
s2 = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  bcd")
print(s2.get_matching_blocks(), s2.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.Differ().compare(["abcdefghij\n", "same\n"], ["abcdXfghij\n", "same\n", "new\n"])))
print(list(difflib.Differ().compare(["aaa\n", "bbb\n"], ["ccc\n", "ddd\n", "eee\n"])))
print(list(difflib.ndiff(["ab\n", "cd\n"], ["cd\n", "ab\n"])))
print(list(difflib.restore(difflib.ndiff(a, b), 2))[:3])
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, [1, 2, 3] * 100, [1, 2, 4] * 100).ratio())
