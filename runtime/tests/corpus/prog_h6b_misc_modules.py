import configparser
import difflib
import shlex
import fnmatch
import html
import urllib.parse as up
import uuid
import ipaddress
import graphlib
import reprlib
import keyword
import getopt
import posixpath
from pathlib import PurePosixPath
import io

cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
timeout = 30
debug = no

[server]
host = example.org
port = 8080
path = /srv/%(host)s

[client]
retries = 3
debug = yes
""")
print(cfg.sections(), cfg["server"]["path"], cfg.getint("server", "port"), cfg.getboolean("client", "debug"), cfg.getboolean("server", "debug"))
print(dict(cfg["client"]), cfg.get("client", "missing", fallback="fb"), cfg.has_option("server", "timeout"))
cfg["new"] = {"a": "1", "b": "two words"}
buf = io.StringIO()
cfg.write(buf)
print(buf.getvalue())
try:
    cfg.get("nope", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)

a = ["one", "two", "three", "four"]
b = ["one", "too", "three", "four", "five"]
print("\n".join(difflib.unified_diff(a, b, "old", "new", lineterm="")))
print(list(difflib.ndiff(["abc\n"], ["abd\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), round(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), 4))
print(difflib.SequenceMatcher(None, "kitten", "sitting").get_opcodes())

print(shlex.split('cmd -x "a b" \'c d\' e\\ f'), shlex.quote("it's here"), shlex.join(["a", "b c"]))
print(fnmatch.fnmatch("data.csv", "*.csv"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.t?t"))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;p&gt;&amp;&quot;&#39;&eacute;&#x41;"))
u = up.urlparse("https://user:pw@example.com:8443/path/to;p?q=1&r=a+b#frag")
print(u, u.hostname, u.port, u.username)
print(up.parse_qs("a=1&a=2&b=x%20y"), up.parse_qsl("k=v&e="), up.urlencode({"q": "a b", "n": [1, 2]}, doseq=True))
print(up.quote("a b/c?d"), up.quote_plus("a b&c"), up.unquote("%41%20b"), up.urljoin("http://x.com/a/b", "../c"), up.urlunparse(u))
print(up.urlsplit("http://h/p?q").query, up.urldefrag("http://h/p#f"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.UUID("12345678123456781234567812345678").hex)
uu = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(uu, uu.version, uu.int % 1000, uu.urn, repr(uu), uu.bytes[:4])
net = ipaddress.ip_network("192.168.1.0/28")
print(net, net.num_addresses, list(net.hosts())[:3], net.broadcast_address, net.netmask, ipaddress.ip_address("192.168.1.5") in net)
print(ipaddress.ip_address("::1"), ipaddress.ip_address("10.0.0.1").is_private, ipaddress.IPv4Address("1.2.3.4") + 1, list(ipaddress.ip_network("10.0.0.0/30").subnets(new_prefix=31)))
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}, "e": {"d"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0])
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(getopt.getopt(["-a", "-b", "val", "--long=x", "rest"], "ab:", ["long="]))
print(getopt.gnu_getopt(["x", "-a", "y", "--flag"], "a", ["flag"]))
try:
    getopt.getopt(["-z"], "a")
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)
print(posixpath.join("/a", "b", "../c"), posixpath.normpath("/a/./b/../c//d"), posixpath.splitext("x/y.tar.gz"), posixpath.basename("/p/q.txt"), posixpath.dirname("/p/q.txt"))
p = PurePosixPath("/home/user/docs/report.final.pdf")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.with_suffix(".txt"), p.relative_to("/home"), p.match("*.pdf"))
print(PurePosixPath("a") / "b" / "c.txt", PurePosixPath("/x/y").is_absolute(), list(p.parents)[:2], p.with_name("z.png"))
