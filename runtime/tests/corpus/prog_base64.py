# Base64, hex, run-length and a Caesar/Vigenere cipher implemented by hand.
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        chars = [ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    if len(text) % 4 == 1:
        raise ValueError("invalid base64 length")
    rev = {c: i for i, c in enumerate(ALPHA)}
    bits = 0
    nbits = 0
    out = bytearray()
    for ch in text:
        if ch not in rev:
            raise ValueError(f"invalid base64 character {ch!r}")
        bits = (bits << 6) | rev[ch]
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld ☃".encode(), bytes(range(0, 256, 37))]:
    enc = b64encode(s)
    print(repr(s), enc, b64decode(enc) == s)
for bad in ["abc$", "a"]:
    try:
        b64decode(bad)
    except ValueError as e:
        print("ValueError", e)
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaab"]:
    e = rle(s)
    print(repr(e), unrle(e) == s)
def caesar(s, k):
    def shift(c):
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(shift, s))
msg = "The Quick Brown Fox Jumps Over The Lazy Dog!"
for k in (1, 13, 25, -3):
    print(k, caesar(msg, k), caesar(caesar(msg, k), -k) == msg)
def vigenere(s, key, decrypt=False):
    out, ki = [], 0
    for c in s:
        if c.isalpha():
            k = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                k = -k
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(c)
    return "".join(out)
v = vigenere("Attack at dawn, retreat at dusk.", "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
def to_hex(data):
    return "".join("0123456789abcdef"[b >> 4] + "0123456789abcdef"[b & 15] for b in data)
print(to_hex(b"\x00\x01\xab\xff hello"), to_hex(b"\x00\x01\xab\xff hello") == b"\x00\x01\xab\xff hello".hex())
def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
for s in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog"]:
    print(s, f"{crc32(s):08x}")
