"""configparser rewrite check: parsing options, interpolation, write() format, proxies, errors."""
import io
import configparser as cp


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e, e.args)


text = """\
# leading comment
; another
[DEFAULT]
home = /usr
name : demo

[paths]
bin = %(home)s/bin
lib=%(bin)s/../lib
pct = 100%%
multi = first line
    second line

    third after blank
empty =
Mixed Case = yes
[numbers]
i = 42
f = 2.5
b1 = On
b2 = no
bad = maybe
deep1 = %(deep2)s
deep2 = %(deep1)s
miss = %(nothere)s
syntax = %(home
lone = 50% off
"""
c = cp.ConfigParser()
c.read_string(text, source="demo.ini")
print(c.sections(), c.defaults())
for sec in c.sections():
    for opt in c.options(sec):
        show("%s.%s" % (sec, opt), lambda: c.get(sec, opt))
        show("%s.%s raw" % (sec, opt), lambda: c.get(sec, opt, raw=True))
show("getint", lambda: c.getint("numbers", "i"))
show("getfloat", lambda: c.getfloat("numbers", "f"))
show("getboolean", lambda: (c.getboolean("numbers", "b1"), c.getboolean("numbers", "b2")))
show("getboolean bad", lambda: c.getboolean("numbers", "bad"))
show("getint bad", lambda: c.getint("numbers", "f"))
show("fallback", lambda: (c.get("nosec", "x", fallback="fb"), c.getint("numbers", "zz", fallback=7),
                          c.get("numbers", "zz", fallback=None)))
show("nosec", lambda: c.get("nosec", "x"))
show("noopt", lambda: c.get("paths", "nothing"))
show("vars", lambda: c.get("paths", "bin", vars={"home": "/opt", "EXTRA": 3}))
show("vars2", lambda: c.get("paths", "extra", vars={"EXTRA": 3}))
show("items", lambda: c.items("paths"))
show("items raw", lambda: c.items("paths", raw=True))
show("items vars", lambda: c.items("paths", vars={"home": "/v"}))
show("items default", lambda: c.items("DEFAULT"))
show("items nosec", lambda: c.items("nosec"))
show("items()", lambda: [(k, v.name) for k, v in c.items()])
show("has_option", lambda: (c.has_option("paths", "home"), c.has_option("paths", "BIN"), c.has_option("x", "y"),
                            c.has_option(None, "home"), c.has_option("DEFAULT", "name")))
show("has_section", lambda: (c.has_section("paths"), c.has_section("DEFAULT")))
show("add DEFAULT", lambda: c.add_section("DEFAULT"))
show("add dup", lambda: c.add_section("paths"))
show("add int", lambda: c.add_section(3))
show("set bad", lambda: c.set("paths", "x", "50%"))
show("set bad2", lambda: c.set("paths", "x", "%(a"))
show("set nonstr", lambda: c.set("paths", "x", 5))
show("set nosec", lambda: c.set("nosec", "x", "y"))
show("set ok", lambda: (c.set("paths", "New", "%%ok %(home)s"), c.get("paths", "new")))
show("remove_option", lambda: (c.remove_option("paths", "new"), c.remove_option("paths", "new")))
show("remove_option nosec", lambda: c.remove_option("nosec", "x"))
show("remove_section", lambda: (c.remove_section("numbers"), c.remove_section("numbers")))

out = io.StringIO()
c.write(out)
print(out.getvalue())
out = io.StringIO()
c.write(out, space_around_delimiters=False)
print(out.getvalue())

# parsing errors
for src in ["no header = 1\n", "[a]\nx=1\n[a]\n", "[a]\nx=1\nX=2\n", "[a]\n=novalue\njunk\n  \n[b]\nnokey\n",
            "[a]\nk\n", "  [a]\nk=v\n", "[a]\n[b]\nx=1\n[a]\ny=2\n"]:
    p = cp.ConfigParser()
    try:
        p.read_string(src, "src.ini")
        print(repr(src), "ok", {s: dict(p[s]) for s in p.sections()})
    except cp.Error as e:
        print(repr(src), type(e).__name__, repr(str(e)), e.args)

# non-strict, allow_no_value, delimiters, comment prefixes, empty lines
p = cp.RawConfigParser(strict=False, allow_no_value=True, delimiters=("->",),
                       comment_prefixes=("//",), inline_comment_prefixes=("#", "!"),
                       empty_lines_in_values=False, default_section="common")
p.read_string("""
[common]
shared -> yes
[s]
key -> value # comment
key -> again
flag
url -> http://x#y ! z
  continuation
// full-line comment
[s]
other -> 1

after_blank -> 2
""")
print(p.sections(), dict(p["s"]), p.defaults(), p.default_section)
out = io.StringIO()
p.write(out)
print(out.getvalue())
show("raw set nonstr", lambda: (p.set("s", "n", 5), p.get("s", "n"), p.items("s")))

# extended interpolation
e = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
e.read_string("""
[DEFAULT]
root = /srv
[app]
dir = ${root}/app
log = ${dir}/log
cost = $$5
other = ${db:host}:${db:port}
bad = ${db:host:x}
miss = ${nope}
miss2 = ${nosec:x}
syn = $x
syn2 = ${open
[db]
host = localhost
port = ${app:cost}
""")
for opt in e.options("app"):
    show("ext " + opt, lambda: e.get("app", opt))
show("ext set", lambda: e.set("app", "x", "$y"))
show("ext items", lambda: e.items("db"))

# no interpolation
r = cp.ConfigParser(interpolation=None)
r.read_string("[s]\na = %(b)s\nb = 1\n")
print(r.get("s", "a"), r["s"]["a"])
raw = cp.RawConfigParser()
raw.read_string("[s]\na = %(b)s\nb = 1\n")
print(raw.get("s", "a"))

# depth error, basic interpolation errors
d = cp.ConfigParser(allow_no_value=True)
d.read_dict({"s": {"a": "%(b)s", "b": "%(a)s", "c": "%(x)s", "n": None}})
d.read_string("[s]\ne = %z\n")
for opt in "abce":
    show("depth " + opt, lambda: d.get("s", opt))
show("none", lambda: d.get("s", "n"))

# read_dict, mapping protocol, proxies
m = cp.ConfigParser(defaults={"d1": "1"}, dict_type=dict, allow_no_value=True)
m.read_dict({"one": {"A": 1, "b": None, "c": 2.5}, 2: {"x": "y"}})
print(m.sections(), dict(m["one"]), list(m), len(m), "one" in m, "DEFAULT" in m, "zz" in m)
show("read_dict dup", lambda: m.read_dict({"s": {"a": 1, "A": 2}}))
show("read_dict dup2", lambda: cp.ConfigParser().read_dict({"s": {"a": 1}, "S": {}}))
sp = m["one"]
print(repr(sp), sp.name, sp.parser is m, "a" in sp, "zz" in sp, len(sp), list(sp))
print(sp["a"], sp.get("a"), sp.get("zz"), sp.get("zz", "fb"), sp.getint("a"), sp.getfloat("c"), sp.getboolean("a"))
print(sp.getint("zz", 5), sp.getboolean("zz"))
show("sp missing", lambda: sp["zz"])
sp["new"] = "v"
show("sp set nonstr", lambda: sp.__setitem__("k", 3))
del sp["new"]
show("sp del missing", lambda: sp.__delitem__("new"))
show("sp del default", lambda: sp.__delitem__("d1"))
m["fresh"] = {"k": "v"}
m["one"] = {"only": "1"}
print(dict(m["one"]), dict(m["fresh"]))
m["DEFAULT"] = {"d2": "2"}
print(m.defaults(), dict(m["DEFAULT"]), len(m["DEFAULT"]))
show("del DEFAULT", lambda: m.__delitem__("DEFAULT"))
show("del missing", lambda: m.__delitem__("missing"))
show("get missing", lambda: m["missing"])
del m["fresh"]
print(m.sections())
show("popitem", lambda: (m.popitem()[0], m.popitem()[0], m.sections()))
show("popitem empty", lambda: m.popitem())
m.clear()
print(m.sections(), m.defaults())

# converters
conv = cp.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_string("[s]\nitems = a, b ,c\nnum = 3\n")
print(conv.getlist("s", "items"), conv["s"].getlist("items"), conv["s"].getlist("zz", ["d"]))
print(sorted(conv.converters), conv.converters["list"] is not None, conv.converters["int"])
conv.converters["upper"] = str.upper
print(conv.getupper("s", "num"), conv["s"].getupper("items"))
del conv.converters["upper"]
print(hasattr(conv, "getupper"), hasattr(conv["s"], "getupper"), len(conv.converters))
show("conv bad key", lambda: conv.converters.__setitem__("", str))
show("conv del missing", lambda: conv.converters.__delitem__("nothing"))
show("conv del none", lambda: conv.converters.__delitem__(None))

# file reading
import os, tempfile
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "x.ini")
with open(path, "w") as f:
    f.write("[f]\nk = v\n")
fc = cp.ConfigParser()
print(fc.read([path, os.path.join(tmp, "missing.ini")]) == [path], fc.get("f", "k"))
import pathlib
print(fc.read(pathlib.Path(path)) == [path])
with open(path) as f:
    fc2 = cp.ConfigParser()
    fc2.read_file(f)
    print(fc2.get("f", "k"))
fc3 = cp.ConfigParser()
show("read_file list", lambda: fc3.read_file(["[q]\n", "a=1\n"]))
show("missing header src", lambda: fc3.read_file(["a=1\n"]))
os.remove(path)
os.rmdir(tmp)

# exceptions directly
for exc in [cp.NoSectionError("s"), cp.NoOptionError("o", "s"), cp.DuplicateSectionError("s"),
            cp.DuplicateSectionError("s", "f", 3), cp.DuplicateSectionError("s", "f"),
            cp.DuplicateOptionError("s", "o"), cp.DuplicateOptionError("s", "o", "f", 12),
            cp.InterpolationError("o", "s", "msg"), cp.InterpolationSyntaxError("o", "s", "m"),
            cp.InterpolationMissingOptionError("o", "s", "raw", "ref"), cp.InterpolationDepthError("o", "s", "raw"),
            cp.ParsingError("src"), cp.MissingSectionHeaderError("f", 1, "line"), cp.Error("plain"), cp.Error()]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args, isinstance(exc, cp.Error))
pe = cp.ParsingError("src")
pe.append(3, "'x'")
pe.append(10, "'y'")
print(str(pe), pe.errors)
print(cp.DEFAULTSECT, cp.MAX_INTERPOLATION_DEPTH, sorted(cp.__all__), cp.Error.__name__)
print(cp.RawConfigParser.BOOLEAN_STATES == {"1": True, "yes": True, "true": True, "on": True,
                                            "0": False, "no": False, "false": False, "off": False})
class Custom(cp.ConfigParser):
    def optionxform(self, s):
        return s
cu = Custom()
cu.read_string("[S]\nKey = %(Other)s!\nOther = v\n")
print(cu.options("S"), cu.get("S", "Key"))

# inline comment prefixes are searched occurrence by occurrence, all prefixes in step
ic = cp.ConfigParser(inline_comment_prefixes=("#", ";"))
ic.read_string("[s]\nv = a#b #c ;d\nw = x;y ;z\n")
print(dict(ic["s"]))
ic2 = cp.ConfigParser(inline_comment_prefixes=("#",))
ic2.read_string("[s]\nv = a\n  #x\n  b\n\n  c\n")
print(repr(ic2["s"]["v"]))
# errors keep going: an empty option name is still stored, junk leaves the option open
ns = cp.ConfigParser(strict=False)
show("errors", lambda: ns.read_string("[s]\nx=1\n=2\n  cont\njunk\n  more\n"))
print(dict(ns["s"]))
ns2 = cp.ConfigParser()
show("errors2", lambda: ns2.read_string("[s]\nx=1\njunk\n  more\n"))
print(dict(ns2["s"]))
show("dup empty", lambda: cp.ConfigParser().read_string("[s]\n=1\n=2\n"))
show("raw add int", lambda: cp.RawConfigParser().add_section(3))
show("interp bad", lambda: cp.ConfigParser(interpolation=3))
show("raw proxy set", lambda: cp.RawConfigParser()["DEFAULT"].__setitem__("a", 3))
show("ParsingError()", lambda: cp.ParsingError())
show("ParsingError(2)", lambda: cp.ParsingError("a", "b"))
show("ParsingError(f)", lambda: cp.ParsingError(filename="f").source)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    sc = cp.SafeConfigParser()
    sc.readfp(["[a]\n", "k = %(x)s\n", "x = 1\n"], "fp")
    print(sc.get("a", "k"), isinstance(sc, cp.ConfigParser), cp.ParsingError(filename="f").filename)
    lg = cp.ConfigParser(interpolation=cp.LegacyInterpolation())
    lg.read_string("[a]\nk = %(X)s-%(y)s\nx = 1\ny = %(x)s%(x)s\nm = %(nope)s\nr = %(r)s\n")
    print(lg.get("a", "k"), lg.get("a", "y"))
    show("legacy missing", lambda: lg.get("a", "m"))
    show("legacy depth", lambda: lg.get("a", "r"))
    print([(x.category.__name__, str(x.message)) for x in w])
# delimiters with regex meaning, section header forms
dl = cp.RawConfigParser(delimiters=("::", "*"), allow_no_value=True)
dl.read_string("[ spaced ]\na :: b * c\nd*e\nlonely\n[x]]\nk*v\n")
print({s: dict(dl[s]) for s in dl.sections()})
out = io.StringIO()
dl.write(out)
print(repr(out.getvalue()))
print(bool(cp.RawConfigParser.SECTCRE.match("[a]")), bool(cp.RawConfigParser.SECTCRE.match("[]")))
# read_string splits only on newlines
rs = cp.ConfigParser()
rs.read_string("[s]\r\na = 1\x0c2\r\nb = 3\n")
print(dict(rs["s"]))
