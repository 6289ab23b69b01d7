"""gettext rewrite check: translation classes, fallbacks, catalog parsing errors, API functions."""
import gettext, os, struct, tempfile, builtins, shutil, io, warnings


def mo_bytes(messages, version=0, big=False):
    keys = sorted(messages)
    e = ">" if big else "<"
    ids = b""; strs = b""; idx = []
    for k in keys:
        idx.append((len(k), len(ids), len(messages[k]), len(strs)))
        ids += k + b"\0"; strs += messages[k] + b"\0"
    n = len(keys)
    start = 28 + 16 * n
    out = struct.pack(e + "7I", 0x950412de, version, n, 28, 28 + 8 * n, 0, 0)
    for l1, o1, _, _ in idx:
        out += struct.pack(e + "2I", l1, start + o1)
    for _, _, l2, o2 in idx:
        out += struct.pack(e + "2I", l2, start + len(ids) + o2)
    return out + ids + strs


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


hdr = b"Content-Type: text/plain; charset=latin-1\nPlural-Forms: nplurals=2; plural=n>1;\nLast-Translator: someone\n  extra\n"
cat = {b"": hdr, b"yes": b"oui", b"apple\0apples": b"pomme\0pommes", b"ctx\x04word": b"mot",
       b"caf\xe9": b"caf\xe9!", b"ctx\x04one\0many": b"un\0plusieurs"}
t = gettext.GNUTranslations(io.BytesIO(mo_bytes(cat)))
print(t.charset(), sorted(t.info().items()))
print(t.gettext("yes"), t.gettext("no"), t.gettext("café"))
print([t.ngettext("apple", "apples", n) for n in (0, 1, 2)], t.ngettext("x", "xs", 0))
print(t.pgettext("ctx", "word"), t.pgettext("ctx", "yes"), t.pgettext("other", "word"))
print([t.npgettext("ctx", "one", "many", n) for n in (1, 2)], t.npgettext("ctx", "q", "qs", 1))
print(sorted(k if isinstance(k, str) else "%s|%d" % k for k in t._catalog))
show("plural float", lambda: t.ngettext("apple", "apples", 2.0))
show("plural str", lambda: t.ngettext("apple", "apples", "2"))

# no header: ascii strings, default plural n != 1
t2 = gettext.GNUTranslations(io.BytesIO(mo_bytes({b"a": b"b", b"s\0p": b"S\0P"}, big=True)))
print(t2.charset(), t2.info(), t2.gettext("a"), [t2.ngettext("s", "p", n) for n in (0, 1, 2)])
show("bad version", lambda: gettext.GNUTranslations(io.BytesIO(mo_bytes({b"a": b"b"}, version=2 << 16))))
print(gettext.GNUTranslations(io.BytesIO(mo_bytes({b"a": b"b"}, version=1))).gettext("a"))
show("bad magic", lambda: gettext.GNUTranslations(io.BytesIO(b"\x00" * 28)))
good = mo_bytes({b"a": b"b"})
show("truncated", lambda: gettext.GNUTranslations(io.BytesIO(good[:-3])))
print(gettext.GNUTranslations.LE_MAGIC, gettext.GNUTranslations.BE_MAGIC, gettext.GNUTranslations.VERSIONS,
      repr(gettext.GNUTranslations.CONTEXT), t._get_versions(0x10002))

# fallbacks: chains, NullTranslations with a file, subclass hook
class Upper(gettext.NullTranslations):
    def _parse(self, fp):
        self.words = fp.read().split()
    def gettext(self, message):
        if message in self.words:
            return message.upper()
        return super().gettext(message)
u = Upper(io.StringIO("red green"))
n = gettext.NullTranslations()
n.add_fallback(u)
n.add_fallback(t)
print(n.gettext("red"), n.gettext("yes"), n.gettext("zzz"), u._fallback is t, n._fallback is u)
print(n.ngettext("apple", "apples", 5), n.pgettext("ctx", "word"), n.npgettext("ctx", "one", "many", 3))
t3 = gettext.GNUTranslations(io.BytesIO(mo_bytes({b"": b"Content-Type: text/plain; charset=utf-8\n", b"extra": b"EXTRA"})))
t3.add_fallback(t)
print(t3.gettext("extra"), t3.gettext("yes"), t3.ngettext("apple", "apples", 3), t3.pgettext("ctx", "word"),
      t3.npgettext("ctx", "one", "many", 5), t3.npgettext("c", "s", "p", 1))

# install with names
for names in (None, [], ("gettext", "ngettext", "pgettext", "npgettext", "other")):
    for k in ("gettext", "ngettext", "pgettext", "npgettext", "_"):
        builtins.__dict__.pop(k, None)
    t.install(names)
    print(names, sorted(k for k in ("gettext", "ngettext", "pgettext", "npgettext", "_") if k in builtins.__dict__),
          builtins._("yes"))
for k in ("gettext", "ngettext", "pgettext", "npgettext", "_"):
    builtins.__dict__.pop(k, None)

# translation(): files on disk, caching, class_, fallback
tmp = tempfile.mkdtemp()
for lang, data in (("fr", cat), ("fr_CA", {b"": b"Content-Type: text/plain; charset=utf-8\n", b"yes": b"ouais"}),
                   ("de", {b"yes": b"ja"})):
    d = os.path.join(tmp, lang, "LC_MESSAGES")
    os.makedirs(d)
    with open(os.path.join(d, "app.mo"), "wb") as f:
        f.write(mo_bytes(data))
a1 = gettext.translation("app", tmp, ["fr_CA"])
a2 = gettext.translation("app", tmp, ["fr_CA"])
print(a1.gettext("yes"), a1.gettext("apple"), a1.ngettext("apple", "apples", 2), a1 is a2,
      a1._catalog is a2._catalog, type(a1._fallback).__name__)
a3 = gettext.translation("app", tmp, ["de", "fr"], class_=Upper)
print(type(a3).__name__, a3.gettext("yes"))
show("none found", lambda: gettext.translation("app", tmp, ["es"]))
show("none found fb", lambda: type(gettext.translation("app", tmp, ["es"], fallback=True)).__name__)
print([os.path.relpath(p, tmp) for p in gettext.find("app", tmp, ["fr_CA.UTF-8@x", "de"], all=True)])
print(gettext.find("app", tmp, ["C", "fr"]), gettext.find("app", tmp, ["es", "C", "fr"], all=True))
env = {k: os.environ.pop(k) for k in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG") if k in os.environ}
os.environ["LC_MESSAGES"] = "de:fr"
os.environ["LANG"] = "fr"
print([os.path.relpath(p, tmp) for p in gettext.find("app", tmp, all=True)])
os.environ["LANGUAGE"] = ""
print(os.path.relpath(gettext.find("app", tmp), tmp))
for k in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(k, None)
print(gettext.find("app", tmp), gettext.find("app", tmp, all=True))
os.environ.update(env)

# domain functions
print(gettext.textdomain(None), gettext.bindtextdomain("app", tmp) == tmp)
print(gettext.dgettext("app", "yes"), gettext.dngettext("app", "apple", "apples", 1))
os.environ["LANGUAGE"] = "fr"
print(gettext.dgettext("app", "yes"), gettext.dngettext("app", "apple", "apples", 4),
      gettext.dpgettext("app", "ctx", "word"), gettext.dnpgettext("app", "ctx", "one", "many", 9))
gettext.textdomain("app")
print(gettext.gettext("yes"), gettext.ngettext("apple", "apples", 1), gettext.pgettext("ctx", "word"),
      gettext.npgettext("ctx", "one", "many", 1))
gettext.install("app", tmp, names=["ngettext"])
print(_("yes"), builtins.ngettext("apple", "apples", 2))
gettext.textdomain("messages")
del os.environ["LANGUAGE"]
for k in ("_", "ngettext"):
    builtins.__dict__.pop(k, None)

# c2py extras
for expr in ["n%2", "n ? n-1 : 0", "(n % 10 == 1) && (n % 100 != 11)", "n>=2 ? n<=4 ? 1 : 2 : 0", "3 - 2 - 1", "8/2/2", "n != 1 ? 1 : 0"]:
    f = gettext.c2py(expr)
    print(expr, [f(i) for i in range(6)])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(gettext.c2py("n != 1")(1.0), [str(x.message) for x in w])
shutil.rmtree(tmp)
