# Huffman compression: build the tree deterministically, encode, decode, and report the ratio.
TEXT = "this is an example of a huffman tree built by hand; it compresses text by giving frequent symbols short codes"
def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(f, i, ch, None, None) for i, (ch, f) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, None, a, b))
        counter += 1
    return nodes[0], freq
def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    _, _, ch, left, right = node
    if ch is not None:
        table[ch] = prefix or "0"
    else:
        codes(left, prefix + "0", table)
        codes(right, prefix + "1", table)
    return table
tree, freq = build(TEXT)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(f"{ch!r:6} freq={freq[ch]:2d} code={table[ch]}")
encoded = "".join(table[ch] for ch in TEXT)
print(len(TEXT) * 8, "bits ->", len(encoded), "bits", f"ratio {len(encoded) / (len(TEXT) * 8):.3f}")
print(encoded[:96])
def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[3] if b == "0" else node[4]
        if node[2] is not None:
            out.append(node[2])
            node = tree
    return "".join(out)
print(decode(encoded, tree) == TEXT)
packed = bytes(int(encoded[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(encoded), 8))
print(len(packed), packed[:16].hex())
avg = sum(freq[c] * len(table[c]) for c in freq) / len(TEXT)
print(f"average code length {avg:.4f}")
for text in ["aaaaaaaa", "ab", "abracadabra"]:
    t, f = build(text)
    c = codes(t)
    enc = "".join(c[ch] for ch in text)
    print(text, sorted(c.items()), enc, decode(enc, t) == text if len(c) > 1 else "single-symbol")
