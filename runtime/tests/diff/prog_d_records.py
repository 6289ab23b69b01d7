"""A binary record store: fixed-layout records packed with struct, a text index built
with io.StringIO and string.Template, and validation errors reported the way struct does."""
import io
import string
import struct

HEADER = struct.Struct("<4sHHI")          # magic, version, count, checksum
RECORD = struct.Struct("<I h 10s d ? x")  # id, delta, name, amount, active, pad


def checksum(payload):
    total = 0
    for i, b in enumerate(payload):
        total = (total * 31 + b + i) & 0xFFFFFFFF
    return total


def encode(records):
    body = bytearray(RECORD.size * len(records))
    for i, (rid, delta, name, amount, active) in enumerate(records):
        RECORD.pack_into(body, i * RECORD.size, rid, delta, name.encode(), amount, active)
    head = HEADER.pack(b"EMBR", 3, len(records), checksum(body))
    return head + bytes(body)


def decode(blob):
    magic, version, count, check = HEADER.unpack_from(blob)
    body = blob[HEADER.size:]
    if magic != b"EMBR":
        raise ValueError(f"bad magic {magic!r}")
    if checksum(body) != check:
        raise ValueError(f"checksum mismatch {checksum(body):#010x} != {check:#010x}")
    out = []
    for rid, delta, name, amount, active in RECORD.iter_unpack(body):
        out.append((rid, delta, name.rstrip(b"\0").decode(), amount, active))
    return version, out


rows = [(1, -5, "alpha", 12.5, True), (2, 300, "beta-long-name", -0.25, False),
        (70000, -32768, "", 1e100, True), (4294967295, 32767, "omega", float("-inf"), False)]
print(HEADER.size, RECORD.size, HEADER.format, RECORD.format)
blob = encode(rows)
print(len(blob), blob[:12].hex(" "), blob[12:24].hex())
version, back = decode(blob)
print(version)
for r in back:
    print(" ", r)
corrupt = bytearray(blob)
corrupt[20] ^= 0xFF
for bad in (bytes(corrupt), b"XXXX" + blob[4:], blob[:10]):
    try:
        decode(bad)
    except (ValueError, struct.error) as e:
        print(type(e).__name__, e)

print("== field ranges")
cases = [("<h", 40000), (">h", -40000), ("!H", -1), ("<H", 70000), ("@B", 256), ("!b", -129),
         ("<i", 2**31), ("@I", -1), (">I", 2**32), ("<l", 2**40), ("!L", 2**33), ("<q", 2**63),
         ("!q", -(2**63) - 1), ("<Q", -1), (">Q", 2**64), ("@q", 2**70), ("e", 70000), ("e", 1e10),
         ("!e", 65504.0), ("f", 2**1100), ("d", "1.5"), ("c", "x"), ("3s", 12), ("?", None), ("h", 2.0)]
for fmt, value in cases:
    try:
        packed = struct.pack(fmt, value)
        print(f"{fmt:>3} {value!r:>22.22} -> {packed.hex()}")
    except (struct.error, OverflowError, TypeError) as e:
        print(f"{fmt:>3} {value!r:>22.22} !! {type(e).__name__}: {e}")

print("== layouts")
for fmt in ["@bhi", "=bhi", "<bhi", "@hq", "<hq", "@3sxi", "2h0i", "@?d", ">5p", "4x", "c0q"]:
    print(f"{fmt:>6} size={struct.calcsize(fmt)}")
for fmt in ["<hhx", "3", "q!", "<z"]:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(f"{fmt:>6} error: {e}")
print(struct.pack(">5p3s", b"hello world", b"ab"), struct.unpack(">5p", b"\x09abcd"))
print(struct.unpack("<e", struct.pack("<e", 0.1)), struct.pack(">f", 0.1).hex(), struct.unpack(">?", b"\x02"))
try:
    struct.pack("<hh", 1)
except struct.error as e:
    print("error", e)
try:
    struct.unpack("<I", b"\x00" * 5)
except struct.error as e:
    print("error", e)

print("== text index")
row_tpl = string.Template("$rid\t${name}\t$$${amount}\t$state")
buf = io.StringIO()
for rid, delta, name, amount, active in back:
    buf.write(row_tpl.substitute(rid=rid, name=name or "-", amount=f"{amount:,.2f}", state="on" if active else "off"))
    buf.write("\n")
text = buf.getvalue()
print(text.expandtabs(12), end="")
print(buf.tell(), len(text), text.count("\n"))
buf.seek(0)
print([line.split("\t")[1] for line in buf])
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(4)), buf.tell())
partial = string.Template("$rid is $missing").safe_substitute(rid=7)
print(partial)
for tpl, kw in [("$rid is $missing", {"rid": 7}), ("cost: $", {}), ("${bad", {}), ("$1x", {})]:
    try:
        print(string.Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class PercentTemplate(string.Template):
    delimiter = "%"


print(PercentTemplate("%who paid %{amt}%% of %%total").substitute(who="ann", amt=50))
