import heapq
from collections import Counter
from functools import lru_cache


def kmp_table(p):
    fail = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = fail[k - 1]
        if p[i] == p[k]:
            k += 1
        fail[i] = k
    return fail


def kmp_search(text, p):
    fail = kmp_table(p)
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != p[k]:
            k = fail[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - k + 1)
            k = fail[k - 1]
    return hits


def z_array(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def rabin_karp(text, p, base=256, mod=1_000_000_007):
    m = len(p)
    if m > len(text):
        return []
    hp = ht = 0
    high = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(len(text) - m + 1):
        if hp == ht and text[i:i + m] == p:
            out.append(i)
        if i + m < len(text):
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return out


def edit_distance(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        dp[i][0] = i
    for j in range(len(b) + 1):
        dp[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    # traceback
    ops = []
    i, j = len(a), len(b)
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            ops.append(("=" if a[i - 1] == b[j - 1] else "~") + a[i - 1])
            i -= 1
            j -= 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            ops.append("-" + a[i - 1])
            i -= 1
        else:
            ops.append("+" + b[j - 1])
            j -= 1
    return dp[-1][-1], "".join(reversed(ops))


@lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b:
        return ""
    if a[0] == b[0]:
        return a[0] + lcs(a[1:], b[1:])
    x, y = lcs(a[1:], b), lcs(a, b[1:])
    return x if len(x) >= len(y) else y


def suffix_array(s):
    return sorted(range(len(s)), key=lambda i: s[i:])


def lcp_array(s, sa):
    rank = [0] * len(s)
    for i, p in enumerate(sa):
        rank[p] = i
    lcp = [0] * len(s)
    h = 0
    for i in range(len(s)):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < len(s) and j + h < len(s) and s[i + h] == s[j + h]:
                h += 1
            lcp[rank[i]] = h
            if h:
                h -= 1
        else:
            h = 0
    return lcp


def huffman(text):
    freq = Counter(text)
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    if len(heap) == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")

    walk(heap[0][2], "")
    return codes


def longest_palindrome(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    k, center = max((v, i) for i, v in enumerate(p))
    start = (center - k) // 2
    return s[start:start + k]


text = "abracadabra abracadabra cadabra"
for pat in ("abra", "cad", "a", "zzz", "ra ab"):
    a = kmp_search(text, pat)
    b = rabin_karp(text, pat)
    print(f"{pat!r:8} kmp={a} rk_same={a == b} find={text.find(pat)} count={text.count(pat)}")
print("kmp table:", kmp_table("aabaaab"), kmp_table("abcabcabd"))
print("z:", z_array("aabcaabxaaaz"))
for a, b in (("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")):
    d, ops = edit_distance(a, b)
    print(f"edit({a!r}, {b!r}) = {d} ops={ops}")
print("lcs:", lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), lcs.cache_info().currsize > 0)
s = "banana$"
sa = suffix_array(s)
print("sa:", sa, [s[i:] for i in sa][:3], "lcp:", lcp_array(s, sa))
msg = "this is an example of a huffman tree"
codes = huffman(msg)
encoded = "".join(codes[ch] for ch in msg)
print("huffman bits:", len(encoded), "vs", 8 * len(msg))
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(f"  {ch!r}: {codes[ch]}")
rev = {v: k for k, v in codes.items()}
buf, out = "", []
for bit in encoded:
    buf += bit
    if buf in rev:
        out.append(rev[buf])
        buf = ""
print("decoded ok:", "".join(out) == msg)
for s in ("babad", "forgeeksskeegfor", "a", "abacdfgdcaba", "racecar level"):
    print(f"palindrome({s!r}) = {longest_palindrome(s)!r}")
words = "listen silent enlist google elgoog inlets banana tinsel".split()
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print("anagrams:", sorted(sorted(g) for g in groups.values() if len(g) > 1))


def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else chr((ord(c) - 65 + k) % 26 + 65) if c.isupper() else c for c in s)


enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
rle = lambda s: "".join(f"{len(m)}{m[0]}" for m in __import__("re").findall(r"((.)\2*)", s) for m in [m[0]])
print(rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
