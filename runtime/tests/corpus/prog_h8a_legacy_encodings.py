import codecs
import io
import base64
from collections import Counter

# Files received from old systems: bytes in unknown single-byte encodings.
SAMPLES = {
    "report_ru.txt": "Отчёт за март: выручка 1 250 000 ₽, рост 12%".encode("cp1251", "replace"),
    "mail_ru.txt": "Здравствуйте! Ваш заказ №42 отправлен.".encode("koi8-r", "replace"),
    "notes_de.txt": "Größe: 5 m², Preis: 19,99 € — Straße".encode("cp1252"),
    "list_pl.txt": "Zażółć gęślą jaźń; Łódź, Kraków".encode("iso8859-2"),
    "greek.txt": "Καλημέρα κόσμε, τιμή 5€".encode("cp1253"),
    "dos_menu.txt": "╔══ Menü ══╗ Größe │ ½ ¼".encode("cp437"),
    "turkish.txt": "İstanbul'da güzel bir gün, ŞİŞLİ".encode("iso8859-9"),
    "mac_note.txt": "Café “quoted” • bullet … end".encode("mac_roman"),
}
CANDIDATES = ["utf-8", "cp1251", "koi8_r", "cp1252", "iso8859_2", "cp1253", "cp437", "iso8859_9", "mac_roman", "cp866", "latin_1"]

def score(text):
    letters = sum(ch.isalpha() for ch in text)
    odd = sum(1 for ch in text if not ch.isprintable() or ch in "\ufffd")
    scripts = Counter()
    for ch in text:
        if ch.isalpha():
            cp = ord(ch)
            scripts["latin" if cp < 0x250 else "greek" if 0x370 <= cp < 0x400 else "cyrillic" if 0x400 <= cp < 0x500 else "other"] += 1
    dominant = scripts.most_common(1)[0][1] if scripts else 0
    mixed = letters - dominant
    lowercase_run = sum(1 for a, b in zip(text, text[1:]) if a.islower() and b.islower())
    return lowercase_run * 2 + dominant - mixed * 3 - odd * 10

def guess(data):
    results = []
    for enc in CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as e:
            results.append((float("-inf"), enc, f"<{e.reason}>"))
            continue
        results.append((score(text), enc, text))
    results.sort(key=lambda r: (-r[0], CANDIDATES.index(r[1])))
    return results

for name, data in SAMPLES.items():
    print(f"== {name} ({len(data)} bytes) {data[:12].hex(' ')}")
    ranked = guess(data)
    for sc, enc, text in ranked[:3]:
        print(f"   {sc:>7} {codecs.lookup(enc).name:<10} {text[:42]!r}")
    best = ranked[0][1]
    print(f"   -> {best}; utf-8: {data.decode(best).encode('utf-8')[:24]}")

print()
text = "Ёлка, ёж, Юля — «цитата» №7"
for enc in ["cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_roman", "cp1252"]:
    b = text.encode(enc, errors="replace")
    back = b.decode(enc)
    lost = sum(1 for a, c in zip(text, back) if a != c)
    print(f"{codecs.lookup(enc).name:<10} {len(b):>3}B lost={lost:<2} {b.hex()[:36]} {back!r}")
mojibake = "Привет".encode("utf-8").decode("cp1251")
print(mojibake, "->", mojibake.encode("cp1251").decode("utf-8"))
moji2 = "naïve café".encode("utf-8").decode("cp1252")
print(moji2, "->", moji2.encode("cp1252").decode("utf-8"))
try:
    "日本".encode("cp1251")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\x98".decode("cp1251")
except UnicodeDecodeError as e:
    print(e)
print("日本€".encode("koi8_r", "xmlcharrefreplace"), "Ω≈π".encode("cp1252", "backslashreplace"), "Ωπ".encode("iso8859_2", "namereplace"))
stream = io.TextIOWrapper(io.BytesIO("строка 1\nстрока 2\n".encode("koi8_r")), encoding="koi8-r")
print([line.rstrip() for line in stream])
out = io.BytesIO()
w = codecs.getwriter("cp1251")(out)
w.write("Запись")
print(out.getvalue(), codecs.getreader("cp1251")(io.BytesIO(out.getvalue())).read())
print(base64.b64encode("Ωμέγα".encode("iso8859_7")), base64.b64decode(b"2ezd4+E=").decode("iso8859_7"))
table = Counter(ch for data in SAMPLES.values() for ch in data if ch >= 0x80)
print(len(table), table.most_common(5))
