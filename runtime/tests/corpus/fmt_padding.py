# Padding, alignment and fill characters in all three formatting systems.
for width in range(0, 9):
    print(f"[{'ab':^{width}}] [{'abc':^{width}}] [{7:^{width}}] [{-7:^{width}}] [{'x':>{width}}] [{'x':<{width}}]")
for fill in "*-0 .#~é":
    print(f"{'mid':{fill}^9}|{42:{fill}>6}|{42:{fill}<6}|{-3.5:{fill}=9}|{'s':{fill}^4}")
print("%-8s|%8s|%08d|%-8d|%+08d|%08.2f|%-8.2f|" % ("ab", "ab", 42, 42, 42, 3.14159, 3.14159))
print("{:<8}|{:>8}|{:^8}|{:08}|{:+08}|{:08.2f}|".format("ab", "ab", "ab", 42, 42, 3.14159))
print("ab".ljust(8, "."), "ab".rjust(8, "."), "ab".center(8, "."), "42".zfill(8), "-42".zfill(8), "+4.2".zfill(8))
print(f"{'':>5}|{'':*^5}|{0:05}|{0.0:05}|{-0.0:06.1f}|{True:>5}|{None!s:>6}|")
print(f"{10:#08x}|{10:#8x}|{-10:#08x}|{10:08b}|{255:#010_b}|{1234567:012,}")
print(f"{3.14159:+10.3f}|{-3.14159:+10.3f}|{3.14159: 10.3f}|{-3.14159: 10.3f}|{3.14159:<+10.1f}|")
print(f"{'日本':>6}|{'日本':^6}|{'é':*^5}|{'😀':_>4}|")
cols = ["id", "name", "score"]
rows = [(1, "alice", 93.5), (22, "bob", 7.25), (333, "christopher", 100.0)]
widths = [max(len(str(r[i])) for r in rows + [tuple(cols)]) for i in range(3)]
print(" | ".join(c.center(w) for c, w in zip(cols, widths)))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join([str(r[0]).rjust(widths[0]), r[1].ljust(widths[1]), f"{r[2]:>{widths[2]}.1f}"]))
