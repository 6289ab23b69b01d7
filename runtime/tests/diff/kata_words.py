"""Word puzzles: word ladder (BFS), anagram groups, run-length encoding, ciphers."""
import string
from collections import defaultdict, deque
from itertools import groupby, cycle

WORDS = """
cold cord card ward warm worm word wood good gold bold bolt boat coat cost cast case
cast vase base bass pass past pest best bust must mist mast mask task tusk
lead load goad gold head heal teal tell tall tale male mole hole hold
listen silent enlist inlets tinsel google elgoog stone tones notes onset
evil vile live veil levi angel glean angle below elbow bowel state taste
""".split()


def neighbours_index(words):
    buckets = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            buckets[w[:i] + "_" + w[i + 1:]].append(w)
    return buckets


def ladder(start, goal, words):
    words = set(words) | {start, goal}
    buckets = neighbours_index(w for w in words if len(w) == len(start))
    prev = {start: None}
    queue = deque([start])
    while queue:
        w = queue.popleft()
        if w == goal:
            path = []
            while w is not None:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for nxt in sorted(buckets[w[:i] + "_" + w[i + 1:]]):
                if nxt not in prev:
                    prev[nxt] = w
                    queue.append(nxt)
    return None


def anagram_groups(words):
    groups = defaultdict(set)
    for w in words:
        groups["".join(sorted(w))].add(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))


def rle_encode(text):
    return "".join(f"{len(list(grp))}{ch}" for ch, grp in groupby(text))


def rle_encode_compact(text):
    out = []
    for ch, grp in groupby(text):
        n = sum(1 for _ in grp)
        out.append(ch if n == 1 else f"{n}{ch}")
    return "".join(out)


def rle_decode(code):
    out, num = [], ""
    for ch in code:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    k = shift % 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    sign = -1 if decrypt else 1
    shifts = cycle(ord(c) - ord("A") for c in key.upper())
    res = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr(base + (ord(ch) - base + sign * next(shifts)) % 26))
        else:
            res.append(ch)
    return "".join(res)


def crack_caesar(cipher):
    freq_order = "etaoinshrdlu"
    def score(candidate):
        return sum(len(freq_order) - freq_order.index(c) for c in candidate.lower() if c in freq_order)
    best = max(range(26), key=lambda s: (score(caesar(cipher, -s)), -s))
    return best, caesar(cipher, -best)


if __name__ == "__main__":
    for a, b in [("cold", "warm"), ("lead", "gold"), ("cast", "best"), ("head", "tail"), ("mole", "hold")]:
        path = ladder(a, b, WORDS)
        if path:
            print(f"{a}->{b}: {len(path) - 1} steps: {' > '.join(path)}")
        else:
            print(f"{a}->{b}: no ladder")
    for g in anagram_groups(WORDS):
        print(len(g), ", ".join(g))

    samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
               "aabcccccaaa", "", "x", "  hello  world  "]
    for s in samples:
        enc = rle_encode(s)
        comp = rle_encode_compact(s)
        assert rle_decode(comp) == s, (s, comp)
        print(f"{s!r:.30} -> {enc!r} | {comp!r} ratio={len(comp) / max(len(s), 1):.2f}")

    msg = "The Quick Brown Fox Jumps Over The Lazy Dog, 42 times!"
    for k in (3, 13, -1, 29):
        enc = caesar(msg, k)
        print(f"{k:>3}: {enc}")
    print(caesar(caesar(msg, 13), 13) == msg)
    shift, plain = crack_caesar(caesar("meet me at the usual place at ten rather than eight", 7))
    print(shift, plain)
    key = "LEMON"
    ct = vigenere("Attack at dawn! Retreat at noon.", key)
    print(ct)
    print(vigenere(ct, key, decrypt=True))
