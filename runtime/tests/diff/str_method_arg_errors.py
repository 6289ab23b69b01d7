calls = [
    lambda: "a".startswith(), lambda: "a".startswith("a", x=1), lambda: "a".endswith(1),
    lambda: "a".find(), lambda: "a".find("a", 1, 2, 3), lambda: "a".count(x=1),
    lambda: "a".upper(1), lambda: "a".upper(x=1), lambda: "a".join(), lambda: "a".join(1, 2),
    lambda: "a".split(1, 2, 3), lambda: "a".strip(1, 2), lambda: "a".center(), lambda: "a".zfill(x=1),
    lambda: "a".__add__(), lambda: "a".__len__(1), lambda: "a".expandtabs(1, 2),
    lambda: "a".partition(), lambda: "a".lstrip(x=1),
]
for c in calls:
    try: print(c())
    except TypeError as e: print("TypeError:", e)
