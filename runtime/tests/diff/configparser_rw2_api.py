# configparser: Error str/repr, read_dict strictness, fallbacks, deleting sections,
# converters mapping.
import configparser

e = configparser.Error("plain")
print(str(e), repr(e), e.args, e.message, configparser.Error.__str__ is configparser.Error.__repr__)
e = configparser.Error()
print(repr(str(e)), e.args)
e = configparser.NoSectionError("s")
print(str(e), e.args, e.section)
print(len(configparser.__all__), configparser.__all__[:3], configparser.__all__[-3:])

cp = configparser.ConfigParser(comment_prefixes=["//"], inline_comment_prefixes=[";"],
                               allow_no_value=True, empty_lines_in_values=False)
cp.read_string("[a]\nx = 1 ; note\n// whole line\ny\n\n[b]\nz=2\n")
print({s: dict(cp[s]) for s in cp.sections()})
for kw in (dict(), dict(strict=False)):
    p = configparser.ConfigParser(**kw)
    p.read_dict({"s": {"k": 1}})
    for d in ({"s": {"k": 2}}, {1: {"k": 3}, "1": {"j": 4}}, {"t": {"k": 1, "K": 2}},
              {"DEFAULT": {"d": 5}}, {"u": {"n": None}}):
        try:
            p.read_dict(d, source="<mine>")
            print(kw, "ok", {s: dict(p.items(s, raw=True)) for s in p.sections()})
        except (configparser.DuplicateSectionError, configparser.DuplicateOptionError,
                TypeError) as err:
            print(kw, type(err).__name__, err)
try:
    cp.add_section("a")
except configparser.DuplicateSectionError as err:
    print(type(err).__name__, err)
try:
    cp.add_section("DEFAULT")
except ValueError as err:
    print(type(err).__name__, err)
cp.add_section("new")
print(cp.has_section("new"), cp["new"].name, dict(cp["new"]), "new" in cp)

print(cp.get("a", "x"), cp.get("nope", "x", fallback="fb"), cp.get("a", "nope", fallback=None))
for call in (lambda: cp.get("nope", "x"), lambda: cp.get("a", "nope"),
             lambda: cp.getint("nope", "x"), lambda: cp.getint("a", "nope")):
    try:
        call()
    except (configparser.NoSectionError, configparser.NoOptionError) as err:
        print(type(err).__name__, err)
print(cp.getint("a", "x"), cp.getint("nope", "x", fallback=-1), cp.getfloat("a", "q", fallback=0.5),
      cp.getboolean("b", "nope", fallback=True))
try:
    cp.getint("a", "y")
except TypeError as err:
    print(type(err).__name__)

try:
    del cp["DEFAULT"]
except ValueError as err:
    print(type(err).__name__, err)
try:
    del cp["ghost"]
except KeyError as err:
    print(type(err).__name__, err)
del cp["new"]
print(cp.sections(), "DEFAULT" in cp, "ghost" in cp)
cp["c"] = {"k": "v"}
cp["c"] = cp["c"]
print(dict(cp["c"]))

conv = cp.converters
print(len(conv), sorted(conv), conv["int"], "int" in conv)
conv["list"] = lambda s: s.split(",")
cp["c"]["l"] = "p,q"
print(len(conv), sorted(conv), cp.getlist("c", "l"), cp["c"].getlist("l"))
for bad in ("", 5):
    try:
        conv[bad] = str
    except ValueError as err:
        print(type(err).__name__, err)
del conv["list"]
print(sorted(conv), hasattr(cp, "getlist"))
try:
    del conv["nothing"]
except KeyError as err:
    print(type(err).__name__, err)
try:
    conv["missing"]
except KeyError as err:
    print(type(err).__name__, err)
p = configparser.ConfigParser(converters={"upper": str.upper})
p.read_string("[s]\nk = abc\n")
print(p.getupper("s", "k"), p["s"].getupper("k"), list(iter(p.converters)))
