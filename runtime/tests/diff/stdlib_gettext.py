"""Differential test of gettext: .mo catalogs (both byte orders), plural forms, contexts, fallbacks, the GNU API and c2py."""
import gettext, os, struct, tempfile, builtins, shutil

def write_mo(path, messages, big_endian=False):
    """messages: dict of msgid (bytes) -> msgstr (bytes), sorted by id."""
    keys = sorted(messages)
    ids = b""; strs = b""; offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(messages[k])))
        ids += k + b"\0"; strs += messages[k] + b"\0"
    n = len(keys)
    keystart = 7 * 4 + 16 * n
    valuestart = keystart + len(ids)
    koffsets = []; voffsets = []
    for o1, l1, o2, l2 in offsets:
        koffsets += [l1, o1 + keystart]
        voffsets += [l2, o2 + valuestart]
    e = ">" if big_endian else "<"
    magic = 0x950412de
    out = struct.pack(e + "Iiiiiii", magic, 0, n, 7 * 4, 7 * 4 + n * 8, 0, 0)
    out += struct.pack(e + "%di" % len(koffsets), *koffsets)
    out += struct.pack(e + "%di" % len(voffsets), *voffsets)
    out += ids + strs
    with open(path, "wb") as f:
        f.write(out)

tmp = tempfile.mkdtemp()
header = (b"Project-Id-Version: demo\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n"
          b"X-Long: first\n continued\n")
msgs = {
    b"": header,
    b"Hello": "Привет".encode(),
    b"file\0files": "файл\0файла\0файлов".encode(),
    b"menu\x04Open": "Открыть".encode(),
    b"menu\x04item\0items": "пункт\0пункта\0пунктов".encode(),
}
for lang, be in (("ru", False), ("uk", True)):
    d = os.path.join(tmp, lang, "LC_MESSAGES")
    os.makedirs(d)
    write_mo(os.path.join(d, "demo.mo"), msgs, big_endian=be)
os.makedirs(os.path.join(tmp, "de", "LC_MESSAGES"))
write_mo(os.path.join(tmp, "de", "LC_MESSAGES", "demo.mo"),
         {b"": b"Content-Type: text/plain; charset=UTF-8\n", b"Bye": b"Tsch\xc3\xbcss", b"Hello": b"Hallo"})

t = gettext.translation("demo", tmp, languages=["ru"])
print(type(t).__name__, t.charset(), sorted(t.info().items()))
print(t.gettext("Hello"), t.gettext("Unknown"), t.gettext("file"))
print([t.ngettext("file", "files", n) for n in (1, 2, 5, 11, 21, 22, 25)])
print(t.ngettext("dog", "dogs", 1), t.ngettext("dog", "dogs", 3))
print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.pgettext("menu", "item"))
print(gettext._expand_lang("sr_RS@latin"), gettext._expand_lang("C"), gettext._expand_lang("ja_JP.eucJP@mod"))
print([t.npgettext("menu", "item", "items", n) for n in (1, 3, 7)], t.npgettext("x", "a", "b", 2))
t2 = gettext.translation("demo", tmp, languages=["uk"])
print(t2.gettext("Hello"), t2.ngettext("file", "files", 3))
chain = gettext.translation("demo", tmp, languages=["de", "ru"])
print(chain.gettext("Hello"), chain.gettext("Bye"), chain.ngettext("file", "files", 5))
chain2 = gettext.translation("demo", tmp, languages=["ru", "de"])
print(chain2.gettext("Hello"), chain2.gettext("Bye"))
print(gettext.find("demo", tmp, ["fr", "de_DE.UTF-8", "ru"]) == os.path.join(tmp, "de", "LC_MESSAGES", "demo.mo"))
print([os.path.relpath(p, tmp) for p in gettext.find("demo", tmp, ["fr", "de", "ru", "C", "uk"], all=True)])
print(gettext.find("demo", tmp, ["fr"]), gettext.find("demo", tmp, ["fr"], all=True))
try:
    gettext.translation("demo", tmp, languages=["fr"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
nt = gettext.translation("demo", tmp, languages=["fr"], fallback=True)
print(type(nt).__name__, nt.gettext("Hello"), nt.ngettext("a", "b", 1), nt.ngettext("a", "b", 0),
      nt.pgettext("c", "m"), nt.npgettext("c", "a", "b", 2), nt.info(), nt.charset())
nt.add_fallback(t)
print(nt.gettext("Hello"), nt.ngettext("file", "files", 2))

t.install()
print(_("Hello"))
t.install(names=["ngettext", "pgettext", "bogus"])
print(builtins.ngettext("file", "files", 2), builtins.pgettext("menu", "Open"), hasattr(builtins, "bogus"))
gettext.install("demo", tmp)
print(_("Hello"))

print(gettext.textdomain(), gettext.textdomain("demo"), gettext.textdomain())
print(gettext.bindtextdomain("demo", tmp) == tmp, gettext.bindtextdomain("demo") == tmp)
os.environ["LANGUAGE"] = "ru:de"
print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 3), gettext.pgettext("menu", "Open"),
      gettext.npgettext("menu", "item", "items", 2), gettext.gettext("Bye"))
print(gettext.dgettext("nodomain", "Hello"), gettext.dngettext("nodomain", "x", "y", 2),
      gettext.dpgettext("nodomain", "c", "m"), gettext.dnpgettext("nodomain", "c", "a", "b", 1))
os.environ["LANGUAGE"] = "C"
print(gettext.gettext("Hello"))
print(gettext._expand_lang("de_DE.UTF-8@euro"), gettext._expand_lang("ru"), gettext._expand_lang("en_US"))
print(gettext.Catalog is gettext.translation, sorted(gettext.__all__))
bad = os.path.join(tmp, "bad.mo")
with open(bad, "wb") as f:
    f.write(b"\x00" * 40)
try:
    with open(bad, "rb") as f:
        gettext.GNUTranslations(f)
except OSError as e:
    print("OSError", e.errno, e.strerror, os.path.basename(e.filename))

for e in ['n != 1', 'n>1', '0', 'n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2', '!n', 'n/2', '(n)',
          'n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2', 'n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5',
          '(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2', 'n - 1 * 2 + 3 % 2', '!!n', 'n <= 3 || n >= 7 && n != 9']:
    f = gettext.c2py(e)
    print(repr(e), [f(i) for i in (0, 1, 2, 3, 5, 7, 9, 11, 22, 101, 111)], type(f(3)).__name__)
for b in ['n+', '(n', 'n)', 'x', 'n ? 1', 'n == 1 ?', '', '-n', 'n**2', 'n = 1', 'n ? 1 : 2 : 3',
          '(' * 30 + 'n' + ')' * 30, '(' * 20 + 'n' + ')' * 20, '(' * 21 + 'n' + ')' * 21, 'n' * 1001, 'nn', '1n', 'n 1', '(n))', '(n ? 1 : 2)']:
    try:
        print(repr(b)[:30], gettext.c2py(b)(3))
    except ValueError as ex:
        print(repr(b)[:30], "ValueError", ex)
f = gettext.c2py("n != 1")
for v in ["1", None]:
    try:
        f(v)
    except TypeError as ex:
        print("TypeError", ex)
shutil.rmtree(tmp)
