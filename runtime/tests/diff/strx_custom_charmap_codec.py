"""A home-made 8-bit codec ("strx-runes") registered through a search function."""
import codecs

# bytes 0x00-0x7F are ASCII; 0x80.. map to a few symbols; the rest are undefined
upper_half = "äöüÄÖÜß€£¥©®°±²³µ¶·¼½¾×÷αβγδπΣΩ→←↑↓♠♣♥♦☺☻"
decoding_table = "".join(chr(i) for i in range(128)) + upper_half + "\ufffe" * (128 - len(upper_half))
encoding_table = codecs.charmap_build(decoding_table)
print(len(decoding_table), type(encoding_table).__name__ in ("dict", "EncodingMap"))


class RuneCodec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(self, input, errors="strict"):
        return codecs.charmap_decode(input, errors, decoding_table)


class RuneIncEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.charmap_encode(input, self.errors, encoding_table)[0]


class RuneIncDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, decoding_table)[0]


def search(name):
    if name in ("strx_runes", "strx-runes"):
        return codecs.CodecInfo(
            name="strx-runes",
            encode=RuneCodec().encode,
            decode=RuneCodec().decode,
            incrementalencoder=RuneIncEncoder,
            incrementaldecoder=RuneIncDecoder,
        )
    return None


codecs.register(search)
info = codecs.lookup("strx-runes")
print(info.name, info.incrementalencoder.__name__)

samples = ["Grüße €5", "π→Σ ±½", "plain ascii", "♠♥♦♣ ☺", "naïve 日本", "ÄÖÜ×÷ 100°"]
for s in samples:
    for errors in ["strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
        try:
            data, used = codecs.encode(s, "strx-runes", errors), len(s)
            back = codecs.decode(data, "strx-runes")
            print(f"{errors:17} {data!r} -> {back!r} {back == s}")
        except UnicodeEncodeError as e:
            print(f"{errors:17} UnicodeEncodeError {e.encoding} {e.start}-{e.end} {e.reason}: {e}")

print("--- decoding undefined bytes")
blob = bytes([0x41, 0x80, 0xAA, 0xFF, 0x42, 0xF0, 0xF1])
for errors in ["strict", "replace", "ignore", "backslashreplace"]:
    try:
        print(errors, ascii(codecs.decode(blob, "strx-runes", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e.encoding, e.start, e.end, e.reason, "|", e)
print(codecs.charmap_decode(blob, "replace", decoding_table))
print(codecs.charmap_decode(b"abc"), codecs.charmap_encode("abc\xff"))

print("--- dict mappings")
dec_map = {0x41: "Alpha", 0x42: 0x3b2, 0x43: None, 0x44: "", 0x45: "\ufffe"}
for raw in [b"AB", b"ABD", b"C", b"E", b"Z"]:
    try:
        print(raw, codecs.charmap_decode(raw, "strict", dec_map))
    except UnicodeDecodeError as e:
        print(raw, "UnicodeDecodeError", e.start, e.end, e.reason)
enc_map = {ord("a"): ord("A"), ord("b"): b"BB", ord("c"): None, ord("?"): 0x3F, ord("é"): 0xE9}
for text in ["ab", "abc", "éa", "xyz"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(text, errors, codecs.charmap_encode(text, errors, enc_map))
        except UnicodeEncodeError as e:
            print(text, errors, "UnicodeEncodeError", e.start, e.end, e.reason)
for bad in [{ord("a"): 300}, {ord("a"): "A"}]:
    try:
        codecs.charmap_encode("a", "strict", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    codecs.charmap_decode(b"a", "strict", {ord("a"): 0x110000})
except TypeError as e:
    print("TypeError:", e)
try:
    codecs.charmap_decode(b"a", "strict", {ord("a"): 1.5})
except TypeError as e:
    print("TypeError:", e)

print("--- make_encoding_map / identity")
decoding_map = codecs.make_identity_dict(range(128))
decoding_map.update({0x80: 0x20AC, 0x81: 0x263A, 0x82: 0x20AC})
em = codecs.make_encoding_map(decoding_map)
print(em[0x20AC], em[0x263A], em[0x41], len(em))
print(codecs.charmap_decode(b"\x80\x81A", "strict", decoding_map))
print(codecs.charmap_encode("☺A", "strict", em))
try:
    codecs.charmap_encode("€", "strict", em)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

print("--- incremental over chunks")
payload = "Preis: 5€ ±2 → π≈3.14? ok"
enc = codecs.getincrementalencoder("strx-runes")("replace")
chunks = [enc.encode(payload[i:i + 4]) for i in range(0, len(payload), 4)]
print(chunks)
dec = codecs.getincrementaldecoder("strx-runes")()
print(ascii("".join(dec.decode(c) for c in chunks)))
