# configparser converters: ConverterMapping and the get<name>() helpers on parsers and section proxies.
import configparser
cp = configparser.ConfigParser(converters={"list": lambda s: [x.strip() for x in s.split(",")]})
cp.read_string("[s]\nitems = a, b ,c\nnum = 5\n")
print(cp.getlist("s", "items"), cp["s"].getlist("items"), cp.getint("s", "num"), type(cp.converters).__name__, sorted(cp.converters))
cp.converters["upper"] = str.upper
print(cp.getupper("s", "items"), cp["s"].getupper("num"))
del cp.converters["upper"]
print(hasattr(cp, "getupper"), cp.getlist("s", "missing", fallback=["d"]))
class LP(configparser.ConfigParser):
    pass
cp2 = configparser.RawConfigParser(converters={"path": lambda s: s.split("/")})
cp2.read_dict({"a": {"p": "x/y/z"}, "b": {}})
print(cp2.getpath("a", "p"), cp2["a"].getpath("p"), cp2["b"].getpath("p", ["none"]), cp2.getpath("b", "q", fallback=0), cp2["a"].getint("p", "dflt") if False else "")
cp2.add_section("c"); cp2.set("c", "p", "1/2")
print(cp2["c"].getpath("p"), len(cp2.converters), "path" in cp2.converters, cp2.converters["path"]("m/n"))
for bad in [5, ""]:
    try:
        cp2.converters[bad] = str
    except ValueError as e:
        print("ValueError:", e)
try:
    del cp2.converters["nope"]
except KeyError as e:
    print("KeyError:", e)
print(configparser.ConverterMapping.__name__, "ConverterMapping" in configparser.__all__, cp2.getint.__name__ if hasattr(cp2.getint, "__name__") else "")
