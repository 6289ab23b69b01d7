# Orders and hashes that depend on hash() of tuples and frozensets (values past the small-int range).
words = "the quick brown fox jumps over the lazy dog alpha beta gamma".split()
print(hash(frozenset(words)), hash(frozenset({1.5, "x", (1, 2)})), hash(frozenset({"a"})))
print({(i, i * i) for i in range(12)})
print(set((w, len(w)) for w in words))
print({frozenset({i}) for i in range(10)})
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 2, "c": 4, "d": 5}
print(d.items() ^ e.items(), d.items() | e.items(), d.items() - e.items())
print(frozenset({frozenset({1, 2}), frozenset({3}), frozenset()}))
for n in range(6):
    fs = frozenset(range(n)) | frozenset("ab"[: n % 3])
    print(n, hash(fs), hash(frozenset([fs])), fs)
pairs = {(i % 5, j % 3) for i in range(8) for j in range(8)}
print(len(pairs), pairs)
nested = {frozenset({i, i + 1}) for i in range(8)}
print(nested)
print({(w, i) for i, w in enumerate("one two three four five".split())})
print(set(zip("abcdef", range(6))) ^ set(zip("abcxyz", range(6))))
