"""Tagging and permissions with sets of strings: displays, comprehensions, algebra, frozenset keys."""
ARTICLES = {
    "intro-to-rust": {"rust", "systems", "beginner", "memory"},
    "python-tips": {"python", "beginner", "productivity"},
    "async-deep-dive": {"python", "async", "advanced", "performance"},
    "gc-internals": {"memory", "advanced", "performance", "systems"},
    "cli-tools": {"rust", "productivity", "tools"},
}
STOP_TAGS = {"beginner", "advanced", "intermediate"}
ROLES = {
    "reader": frozenset({"read"}),
    "author": frozenset({"read", "write", "comment"}),
    "editor": frozenset({"read", "write", "comment", "publish", "delete"}),
}

print({"rust", "python", "go", "java", "kotlin", "swift"})
print({"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota"})
print(frozenset({"red", "green", "blue", "cyan", "magenta", "yellow", "black"}))
print(STOP_TAGS, ROLES["editor"], ROLES["author"])
for tag in {"urgent", "bug", "feature", "docs", "question", "wontfix"}:
    print(" tag:", tag)
print([t.upper() for t in {"io", "net", "fs", "db", "ui", "os"}])
print({t: len(t) for t in {"short", "medium", "lengthy", "x", "tiny", "enormous"}})
print(sorted({"b", "a", "c"}), len({"a", "a", "b"}), "a" in {"a", "b", "c"}, "z" not in {"a", "b", "c"})

all_tags = set().union(*ARTICLES.values())
print(len(all_tags), sorted(all_tags))
common = set.intersection(*(ARTICLES[a] for a in ["async-deep-dive", "gc-internals"]))
print(sorted(common), sorted(ARTICLES["intro-to-rust"] - STOP_TAGS), sorted(ARTICLES["python-tips"] ^ ARTICLES["cli-tools"]))
print(ARTICLES["cli-tools"].isdisjoint(ARTICLES["python-tips"]), {"rust"} <= ARTICLES["cli-tools"], {"rust"} < {"rust"})
index = {}
for name, tags in ARTICLES.items():
    for tag in tags - STOP_TAGS:
        index.setdefault(tag, set()).add(name)
for tag in sorted(index):
    print(f"  {tag:<13} {len(index[tag])} {sorted(index[tag])}")


def similar(a, b):
    ta, tb = ARTICLES[a] - STOP_TAGS, ARTICLES[b] - STOP_TAGS
    return len(ta & tb) / len(ta | tb)


names = sorted(ARTICLES)
pairs = sorted(((similar(a, b), a, b) for i, a in enumerate(names) for b in names[i + 1:]), reverse=True)
for score, a, b in pairs[:4]:
    print(f"  {score:.3f} {a} ~ {b}")

perm_index = {perms: role for role, perms in ROLES.items()}
print(perm_index[frozenset({"write", "read", "comment"})], frozenset({"read"}) in perm_index)
print(sorted(ROLES["editor"] - ROLES["author"]), ROLES["reader"] < ROLES["author"] < ROLES["editor"])
print(type(ROLES["reader"] | {"x"}).__name__, type({"x"} | ROLES["reader"]).__name__, sorted(ROLES["reader"] | {"x"}))
granted = set()
for role in ["reader", "author"]:
    granted |= ROLES[role]
granted -= {"comment"}
granted.add("share")
granted.discard("nope")
print(sorted(granted), len(granted))
try:
    granted.remove("nope")
except KeyError as e:
    print("KeyError", e)
s = {"one", "two", "three", "four", "five"}
popped = sorted(s.pop() for _ in range(2))
print(len(s), len(popped))
s.clear()
print(s, set(), frozenset(), {*()}, type({}).__name__)
s.update(["x", "y"], "zw", {"q": 1})
print(sorted(s))
s.intersection_update({"x", "z", "q", "nope"})
print(sorted(s))
s.symmetric_difference_update({"x", "new"})
s.difference_update(["q"])
print(sorted(s), s == {"z", "new"}, s != frozenset({"z", "new"}), hash(frozenset({"z", "new"})) == hash(frozenset(["new", "z"])))
print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20} - {2, 3})
print({0.5, 1.5, 2.5, -3, 100, 2 ** 40, "mixed", ("t", 1), True})
print({(1, 2), (2, 1), (0, 0), (5, 5), (3, 4)})
print(set("mississippi"), frozenset("abracadabra"), set(range(50, 0, -7)))
words = "the cat sat on the mat with the hat and the bat".split()
print({w for w in words if len(w) == 3}, {w[0] for w in words})
print(sorted({len(w) for w in words}), max({"pear", "fig", "banana"}, key=len))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    {"a"} + {"b"}
except TypeError as e:
    print("TypeError", e)
try:
    frozenset({"a"}).add("b")
except AttributeError as e:
    print("AttributeError", e)
print(repr({"quote's", 'double"', "back\\slash", "tab\t", "é", "😀"}))
